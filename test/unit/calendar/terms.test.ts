import fc from 'fast-check';
import { addDays, calendarFor, computeTerm, diffDays, type IsoDate, reminderSchedule } from '../../../shared/calendar';
import { STRESA_SETTINGS, testRule } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);

const rule = testRule;

describe('computeTerm: dies a quo non computatur, concise Italian trace (D2)', () => {
  it('F-D1 art. 85 c.1 (L1441): 30 calendar days from 2025-03-04 → 2025-04-03, four trace steps', () => {
    const c = computeTerm(rule(), '2025-03-04', stresa);
    expect(c).toMatchObject({
      ruleId: 'test.term',
      anchorDate: '2025-03-04',
      dueDate: '2025-04-03',
      dueAt: '2025-04-03T21:59:59.999Z',
      rolledForward: false,
    });
    expect(c.trace).toEqual([
      {
        kind: 'anchor',
        date: '2025-03-04',
        text: 'Giorno iniziale 2025-03-04 (pubblicazione in Gazzetta Ufficiale): non computato (dies a quo)',
      },
      { kind: 'count', date: '2025-04-03', text: '30 giorni di calendario → 2025-04-03' },
      {
        kind: 'due',
        date: '2025-04-03',
        text: 'Scadenza 2025-04-03 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)',
      },
    ]);
  });

  it('unknown anchor codes appear as such in the trace', () => {
    expect(computeTerm(rule({ anchor: 'SOMETHING_ELSE' }), '2025-03-04', stresa).trace[0].text).toContain(
      '(SOMETHING_ELSE)',
    );
  });

  it('art. 85 c.2 (L1443): working days skip closed days, each traced with its reason', () => {
    const c = computeTerm(
      rule({ unit: 'workingDays', quantity: 5, anchor: 'APPLICATION_DEADLINE' }),
      '2025-04-17',
      stresa,
    );
    expect(c.dueDate).toBe('2025-04-28');
    expect(c.trace.map((s) => [s.kind, s.date, s.text])).toEqual([
      [
        'anchor',
        '2025-04-17',
        'Giorno iniziale 2025-04-17 (scadenza del termine di presentazione delle domande): non computato (dies a quo)',
      ],
      ['skip', '2025-04-19', 'Saltato 2025-04-19: sabato (uffici chiusi)'],
      ['skip', '2025-04-20', 'Saltato 2025-04-20: domenica; festività nazionale: Domenica di Pasqua'],
      ['skip', '2025-04-21', "Saltato 2025-04-21: festività nazionale: Lunedì dell'Angelo"],
      ['skip', '2025-04-25', 'Saltato 2025-04-25: festività nazionale: Liberazione dal nazifascismo (1945)'],
      ['skip', '2025-04-26', 'Saltato 2025-04-26: sabato (uffici chiusi)'],
      ['skip', '2025-04-27', 'Saltato 2025-04-27: domenica'],
      [
        'count',
        '2025-04-28',
        '5 giorni lavorativi → 2025-04-28 (computati: 2025-04-18, 2025-04-22, 2025-04-23, 2025-04-24, 2025-04-28)',
      ],
      ['due', '2025-04-28', 'Scadenza 2025-04-28 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)'],
    ]);
  });

  it.each([
    [{ quantity: 0 }, /positive integer/],
    [{ quantity: 1.5 }, /positive integer/],
  ])('refuses %j', (over, message) => {
    expect(() => computeTerm(rule(over), '2025-03-04', stresa)).toThrow(message);
  });

  it('refuses an invalid anchor date', () => {
    expect(() => computeTerm(rule(), '2025-02-30', stresa)).toThrow(/Invalid ISO date/);
  });
});

describe('roll-forward only for terms binding a private party (D2; art. 2963 c.c., art. 155 c.p.c.)', () => {
  it('privateParty: raw Sunday 2025-06-01 → Tue 2025-06-03, Monday 2 June traced as skipped', () => {
    const c = computeTerm(rule(), '2025-05-02', stresa);
    expect(c.dueDate).toBe('2025-06-03');
    expect(c.rolledForward).toBe(true);
    expect(c.trace.map((s) => s.kind)).toEqual(['anchor', 'count', 'rollForward', 'skip', 'due']);
    expect(c.trace[2]).toEqual({
      kind: 'rollForward',
      date: '2025-06-01',
      text: 'Il termine cade il 2025-06-01, domenica: prorogato al primo giorno di apertura (art. 2963 c.c., art. 155 c.p.c.)',
    });
    expect(c.trace[3].text).toBe('Saltato 2025-06-02: festività nazionale: Festa della Repubblica');
  });

  it.each([
    ['2025-05-02', 30, 'calendarDays', '2025-06-01', 'domenica'],
    ['2025-09-04', 30, 'calendarDays', '2025-10-04', 'sabato (uffici chiusi)'],
    ['2025-11-07', 30, 'calendarDays', '2025-12-07', 'domenica; santo patrono: festa patronale cittadina'],
    ['2025-10-05', 6, 'months', '2026-04-05', 'domenica; festività nazionale: Domenica di Pasqua'],
  ] as const)(
    'administration: from %s, %i %s ends on closed %s and does not move',
    (anchor, quantity, unit, due, reason) => {
      const c = computeTerm(
        rule({ binds: 'administration', quantity, unit, onExpiry: 'reminderOnly' }),
        anchor,
        stresa,
      );
      expect(c.dueDate).toBe(due);
      expect(c.rolledForward).toBe(false);
      expect(c.trace.map((s) => s.kind)).toEqual(['anchor', 'count', 'due']);
      expect(c.trace[2].text).toContain(`${reason}: termine a carico dell'Amministrazione, non prorogato`);
    },
  );
});

describe('months and years: same calendar date, clamped to the month end (D2; recruitment §0.5.5)', () => {
  it.each([
    ['2025-04-03', 6, 'months', '2025-10-03', '6 mesi → 2025-10-03'],
    [
      '2025-08-31',
      6,
      'months',
      '2026-02-28',
      '6 mesi → 2026-02-28 (giorno inesistente nel mese: ultimo giorno del mese)',
    ],
    [
      '2023-08-31',
      6,
      'months',
      '2024-02-29',
      '6 mesi → 2024-02-29 (giorno inesistente nel mese: ultimo giorno del mese)',
    ],
    ['2025-08-01', 3, 'years', '2028-08-01', '3 anni → 2028-08-01'],
    [
      '2024-02-29',
      1,
      'years',
      '2025-02-28',
      '1 anno → 2025-02-28 (giorno inesistente nel mese: ultimo giorno del mese)',
    ],
  ] as const)('%s + %i %s = %s', (anchor, quantity, unit, due, countText) => {
    const c = computeTerm(rule({ binds: 'administration', quantity, unit }), anchor, stresa);
    expect(c.dueDate).toBe(due);
    expect(c.trace[1].text).toBe(countText);
  });
});

describe('dueAt is 23:59:59.999 Europe/Rome of the due date, DST-aware (D2)', () => {
  it.each([
    ['2025-03-04', '2025-04-03T21:59:59.999Z', 'summer time'],
    ['2025-11-10', '2025-12-10T22:59:59.999Z', 'winter time'],
    ['2025-02-28', '2025-03-31T21:59:59.999Z', 'first day after the spring change'],
    ['2025-09-26', '2025-10-27T22:59:59.999Z', 'Sunday 26 October (fall change) rolled to Monday'],
  ])('anchor %s → %s (%s)', (anchor, dueAt) => {
    expect(computeTerm(rule(), anchor, stresa).dueAt).toBe(dueAt);
  });
});

describe('reminderSchedule: 09:00 Rome, counted back from the due date', () => {
  const r = rule({
    reminders: [
      { daysBefore: 0, to: 'responsibleOfficer' },
      { daysBefore: 7, to: 'responsibleOfficer' },
      { daysBefore: 3, to: 'responsibleOfficer' },
      { daysBefore: 40, to: 'responsibleOfficer' },
    ],
  });

  it('earliest first; reminders before the anchor are dropped; DST per date', () => {
    const c = computeTerm(r, '2025-03-04', stresa);
    expect(reminderSchedule(r, c)).toEqual([
      { daysBefore: 7, date: '2025-03-27', at: '2025-03-27T08:00:00.000Z' },
      { daysBefore: 3, date: '2025-03-31', at: '2025-03-31T07:00:00.000Z' },
      { daysBefore: 0, date: '2025-04-03', at: '2025-04-03T07:00:00.000Z' },
    ]);
  });

  it('counts back from the rolled-forward date', () => {
    const c = computeTerm(r, '2025-05-02', stresa);
    expect(reminderSchedule(r, c).map((x) => x.date)).toEqual(['2025-05-27', '2025-05-31', '2025-06-03']);
  });
});

describe('properties (fast-check), anchors 2020–2035, Stresa calendar', () => {
  const base: IsoDate = '2020-01-01';
  const anchorArb = fc.integer({ min: 0, max: diffDays('2035-12-31', base) }).map((o) => addDays(base, o));
  const quantityArb = fc.integer({ min: 1, max: 120 });

  it('privateParty calendar-day term: due is open, ≥ anchor+n, and every day in between is closed', () => {
    fc.assert(
      fc.property(anchorArb, quantityArb, (anchor, n) => {
        const c = computeTerm(rule({ quantity: n }), anchor, stresa);
        const raw = addDays(anchor, n);
        expect(stresa.isOfficeOpen(c.dueDate)).toBe(true);
        expect(c.dueDate >= raw).toBe(true);
        for (let d = raw; d < c.dueDate; d = addDays(d, 1)) expect(stresa.isOfficeOpen(d)).toBe(false);
        expect(c.rolledForward).toBe(c.dueDate !== raw);
      }),
    );
  });

  it('administration calendar-day term: due is exactly anchor+n', () => {
    fc.assert(
      fc.property(anchorArb, quantityArb, (anchor, n) => {
        expect(computeTerm(rule({ quantity: n, binds: 'administration' }), anchor, stresa).dueDate).toBe(
          addDays(anchor, n),
        );
      }),
    );
  });

  it('working-day term: due is open and exactly n open days lie in (anchor, due]', () => {
    fc.assert(
      fc.property(anchorArb, fc.integer({ min: 1, max: 30 }), (anchor, n) => {
        const c = computeTerm(rule({ quantity: n, unit: 'workingDays' }), anchor, stresa);
        let open = 0;
        for (let d = addDays(anchor, 1); d <= c.dueDate; d = addDays(d, 1)) if (stresa.isOfficeOpen(d)) open++;
        expect(open).toBe(n);
        expect(stresa.isOfficeOpen(c.dueDate)).toBe(true);
        expect(c.trace.filter((s) => s.kind === 'skip')).toHaveLength(diffDays(c.dueDate, anchor) - n);
      }),
    );
  });
});
