import { calendarFor, computeTerm, reminderSchedule, type TermRule } from '../../../shared/calendar';
import { STRESA_SETTINGS, testRule } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);
const saturdayOpen = calendarFor({ ...STRESA_SETTINGS, saturdayClosed: false });
const SEED = '004_29fc22527282130e.txt';

const rule = testRule;

const notice = (over: Partial<TermRule> = {}) =>
  rule({
    id: 'concorso.examCalendarNotice',
    anchor: 'FIRST_EXAM_DATE',
    kind: 'minimumNotice',
    quantity: 20,
    binds: 'administration',
    onExpiry: 'reminderOnly',
    citation: { source: 'seed', file: SEED, article: 'art. 91', paragraph: 'c. 1', lines: 'L1497' },
    ...over,
  });

const steps = (c: { trace: { kind: string; date: string; text: string }[] }) =>
  c.trace.map((s) => [s.kind, s.date, s.text]);

describe('minimumNotice: counted backwards from the event, never moved (art. 91 c.1, L1497)', () => {
  it('F-D6: written test on 2025-06-10 → notice by 2025-05-21', () => {
    const c = computeTerm(notice(), '2025-06-10', stresa);
    expect(c).toMatchObject({ dueDate: '2025-05-21', dueAt: '2025-05-21T21:59:59.999Z', rolledForward: false });
    expect(steps(c)).toEqual([
      ['anchor', '2025-06-10', 'Evento del 2025-06-10 (data della prima prova): non computato, si conta a ritroso'],
      ['count', '2025-05-21', '20 giorni di calendario a ritroso → 2025-05-21'],
      ['due', '2025-05-21', 'Preavviso da dare entro il 2025-05-21 ore 23:59:59 (Europe/Rome) — art. 91 c. 1 (L1497)'],
    ]);
  });

  it.each(['privateParty', 'administration'] as const)(
    'a closed last day stays literal, whoever is bound (%s)',
    (binds) => {
      const c = computeTerm(notice({ binds }), '2025-06-21', stresa);
      expect(c.dueDate).toBe('2025-06-01');
      expect(c.rolledForward).toBe(false);
      expect(c.trace.map((s) => s.kind)).toEqual(['anchor', 'count', 'due']);
      expect(c.trace[2].text).toContain('domenica: data non spostata, la comunicazione va fatta entro tale giorno');
    },
  );

  it('working days backwards skip closed days, each traced (Easter Monday, 25 April)', () => {
    const c = computeTerm(notice({ quantity: 5, unit: 'workingDays' }), '2025-04-28', stresa);
    expect(c.dueDate).toBe('2025-04-17');
    expect(steps(c).slice(1, -1)).toEqual([
      ['skip', '2025-04-27', 'Saltato 2025-04-27: domenica'],
      ['skip', '2025-04-26', 'Saltato 2025-04-26: sabato (uffici chiusi)'],
      ['skip', '2025-04-25', 'Saltato 2025-04-25: festività nazionale: Liberazione dal nazifascismo (1945)'],
      ['skip', '2025-04-21', "Saltato 2025-04-21: festività nazionale: Lunedì dell'Angelo"],
      ['skip', '2025-04-20', 'Saltato 2025-04-20: domenica; festività nazionale: Domenica di Pasqua'],
      ['skip', '2025-04-19', 'Saltato 2025-04-19: sabato (uffici chiusi)'],
      [
        'count',
        '2025-04-17',
        '5 giorni lavorativi a ritroso → 2025-04-17 (computati: 2025-04-24, 2025-04-23, 2025-04-22, 2025-04-18, 2025-04-17)',
      ],
    ]);
  });

  it('months backwards are clamped to the month end', () => {
    const c = computeTerm(notice({ quantity: 3, unit: 'months' }), '2025-05-31', stresa);
    expect(c.dueDate).toBe('2025-02-28');
    expect(c.trace[1].text).toBe('3 mesi a ritroso → 2025-02-28 (giorno inesistente nel mese: ultimo giorno del mese)');
  });

  it('across the year end: exam 2026-01-10 → notice by Sunday 2025-12-21', () => {
    expect(computeTerm(notice(), '2026-01-10', stresa).dueDate).toBe('2025-12-21');
  });

  it('its reminders lie before the anchor and are all kept', () => {
    const r = notice({ reminders: [{ daysBefore: 3, to: 'responsibleOfficer' }] });
    const c = computeTerm(r, '2025-06-10', stresa);
    expect(reminderSchedule(r, c)).toEqual([{ daysBefore: 3, date: '2025-05-18', at: '2025-05-18T07:00:00.000Z' }]);
  });
});

describe('notBefore: counted forward, traced as "non prima del"', () => {
  it('F-D1 art. 88 c.4 (L1477): deadline 2025-04-03 → admission determination not before 2025-04-10', () => {
    const c = computeTerm(
      rule({
        kind: 'notBefore',
        anchor: 'APPLICATION_DEADLINE',
        quantity: 5,
        unit: 'workingDays',
        binds: 'administration',
        citation: { source: 'seed', file: SEED, article: 'art. 88', paragraph: 'c. 4', lines: 'L1477' },
      }),
      '2025-04-03',
      stresa,
    );
    expect(c.dueDate).toBe('2025-04-10');
    expect(c.trace.at(-1)).toEqual({
      kind: 'due',
      date: '2025-04-10',
      text: 'Non prima del 2025-04-10 — art. 88 c. 4 (L1477)',
    });
  });

  it('an Administration notBefore on a closed day stays literal', () => {
    const c = computeTerm(rule({ kind: 'notBefore', binds: 'administration' }), '2025-09-04', stresa);
    expect(c.dueDate).toBe('2025-10-04');
    expect(c.trace.at(-1)?.text).toBe(
      "Non prima del 2025-10-04 — sabato (uffici chiusi): termine a carico dell'Amministrazione, non prorogato — art. 85 c. 1 (L1441)",
    );
  });
});

describe('calendar edge cases (D2)', () => {
  const calendars = { stresa, saturdayOpen };
  it.each([
    // [why, anchor, rule overrides, calendar, due, rolled forward]
    ['year boundary: Thursday 1 January rolls to Friday 2', '2025-12-02', {}, 'stresa', '2026-01-02', true],
    [
      'working days over Christmas and New Year',
      '2025-12-23',
      { quantity: 5, unit: 'workingDays' },
      'stresa',
      '2026-01-02',
      false,
    ],
    [
      'Administration, Saturday 28 February',
      '2025-08-31',
      { quantity: 6, unit: 'months', binds: 'administration' },
      'stresa',
      '2026-02-28',
      false,
    ],
    ["Easter Monday 2025 (Lunedì dell'Angelo)", '2025-03-22', {}, 'stresa', '2025-04-22', true],
    ['Easter Monday 2026', '2026-03-07', {}, 'stresa', '2026-04-07', true],
    ['4 October, national holiday from 2026, on a Monday', '2027-09-04', {}, 'stresa', '2027-10-05', true],
    [
      '4 October 2025: not yet a holiday, Saturday with offices open',
      '2025-09-04',
      {},
      'saturdayOpen',
      '2025-10-04',
      false,
    ],
    ['Saturday 4 October 2025 with offices closed (F-D5)', '2025-09-04', {}, 'stresa', '2025-10-06', true],
    ['7 December (patron, Monday) and 8 December (Immacolata)', '2026-11-07', {}, 'stresa', '2026-12-09', true],
    ['F-D4: Sunday 7 December (patron) and 8 December', '2025-11-07', {}, 'stresa', '2025-12-09', true],
    [
      'F-D4 grace after the rolled deadline',
      '2025-12-09',
      { quantity: 5, unit: 'workingDays' },
      'stresa',
      '2025-12-16',
      false,
    ],
    ['29 February, leap year', '2024-01-30', {}, 'stresa', '2024-02-29', false],
    ['28 February, common year', '2025-01-29', {}, 'stresa', '2025-02-28', false],
    [
      'one month from 31 January, leap year',
      '2024-01-31',
      { quantity: 1, unit: 'months' },
      'stresa',
      '2024-02-29',
      false,
    ],
    [
      'one month from 31 January, common year',
      '2025-01-31',
      { quantity: 1, unit: 'months' },
      'stresa',
      '2025-02-28',
      false,
    ],
    [
      '28 February 2027 is a Sunday: rolls to 1 March',
      '2027-01-31',
      { quantity: 1, unit: 'months' },
      'stresa',
      '2027-03-01',
      true,
    ],
  ] as const)('%s (from %s)', (_why, anchor, over, calendar, due, rolled) => {
    const c = computeTerm(rule(over as Partial<TermRule>), anchor, calendars[calendar]);
    expect(c.dueDate).toBe(due);
    expect(c.rolledForward).toBe(rolled);
  });

  it('7–8 December 2026: the roll-forward and the skip are both traced', () => {
    const c = computeTerm(rule(), '2026-11-07', stresa);
    expect(steps(c).slice(2)).toEqual([
      [
        'rollForward',
        '2026-12-07',
        'Il termine cade il 2026-12-07, santo patrono: festa patronale cittadina: prorogato al primo giorno di apertura (art. 2963 c.c., art. 155 c.p.c.)',
      ],
      ['skip', '2026-12-08', 'Saltato 2026-12-08: festività nazionale: Immacolata Concezione'],
      ['due', '2026-12-09', 'Scadenza 2026-12-09 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)'],
    ]);
  });

  it('Saturday with offices open: no roll, three steps', () => {
    const c = computeTerm(rule(), '2025-09-04', saturdayOpen);
    expect(c.trace.map((s) => s.kind)).toEqual(['anchor', 'count', 'due']);
  });

  it('a rule without kind (stored before kinds existed) is a deadline', () => {
    const { kind: _, ...old } = rule();
    expect(computeTerm(old as TermRule, '2025-03-04', stresa).trace.at(-1)?.text).toMatch(/^Scadenza 2025-04-03/);
  });
});
