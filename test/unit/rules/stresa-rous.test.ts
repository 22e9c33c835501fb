import { calendarFor, computeTerm, type IsoDate, reminderSchedule } from '../../../shared/calendar';
import { DEFAULT_RULE_SET, ruleSet, termRule } from '../../../shared/rules';
import { STRESA_SETTINGS } from '../calendar/stresa-settings';

const REF = DEFAULT_RULE_SET.concorso;
const stresa = calendarFor(STRESA_SETTINGS);
const saturdayOpen = calendarFor({ ...STRESA_SETTINGS, saturdayClosed: false });

const due = (termId: string, anchor: IsoDate, calendar = stresa) =>
  computeTerm(termRule(REF, termId), anchor, calendar).dueDate;

/** The concorso chain: GURI publication → deadline → postal grace / earliest admission / 6 months. */
function concorso(guri: IsoDate, calendar = stresa) {
  const deadline = due('concorso.applicationDeadline', guri, calendar);
  return {
    deadline,
    grace: due('concorso.postalGrace', deadline, calendar),
    earliestAdmission: due('concorso.earliestAdmission', deadline, calendar),
    maxDuration: due('concorso.maxDuration', deadline, calendar),
  };
}

describe('recruitment.md §16.1 date fixtures, stresa-rous@1', () => {
  it.each([
    // [case, GURI publication, deadline (art. 85 c.1, L1441), grace (art. 85 c.2, L1443), earliest admission (art. 88 c.4, L1477), six months (art. 90 c.3, L1493)]
    ['F-D1 ordinary deadline', '2025-03-04', '2025-04-03', '2025-04-10', '2025-04-10', '2025-10-03'],
    [
      'F-D2 grace spanning Easter Monday and 25 April',
      '2025-03-18',
      '2025-04-17',
      '2025-04-28',
      '2025-04-28',
      '2025-10-17',
    ],
    ['F-D3 Sunday 1 June rolls past 2 June', '2025-05-02', '2025-06-03', '2025-06-10', '2025-06-10', '2025-12-03'],
    [
      'F-D4 Sunday 7 December (patron) and 8 December',
      '2025-11-07',
      '2025-12-09',
      '2025-12-16',
      '2025-12-16',
      '2026-06-09',
    ],
    ['F-D5 Saturday, offices closed', '2025-09-04', '2025-10-06', '2025-10-13', '2025-10-13', '2026-04-06'],
  ])(
    '%s: art. 85 c.1 (L1441) GURI %s → deadline %s; art. 85 c.2 (L1443) grace %s; art. 88 c.4 (L1477) admission from %s; art. 90 c.3 (L1493) conclusion %s',
    (_case, guri, deadline, grace, earliestAdmission, maxDuration) => {
      expect(concorso(guri)).toEqual({ deadline, grace, earliestAdmission, maxDuration });
    },
  );

  it('F-D4 without roll-forward (§16.1): grace from the raw Sunday 2025-12-07 ends 2025-12-15 (art. 85 c.2, L1443)', () => {
    expect(due('concorso.postalGrace', '2025-12-07')).toBe('2025-12-15');
  });

  it('F-D4 trace: 7 December rolled (Sunday and patron day, L1973), 8 December skipped (Immacolata)', () => {
    const c = computeTerm(termRule(REF, 'concorso.applicationDeadline'), '2025-11-07', stresa);
    expect(c.trace.filter((s) => s.kind === 'rollForward' || s.kind === 'skip').map((s) => s.text)).toEqual([
      'Il termine cade il 2025-12-07, domenica; santo patrono: festa patronale cittadina: prorogato al primo giorno di apertura (art. 2963 c.c., art. 155 c.p.c.)',
      'Saltato 2025-12-08: festività nazionale: Immacolata Concezione',
    ]);
    expect(c.dueAt).toBe('2025-12-09T22:59:59.999Z');
  });

  it('F-D5 art. 85 c.1 (L1441): Saturday 2025-10-04 stays the deadline when the entity keeps Saturday open (L603 setting)', () => {
    const c = computeTerm(termRule(REF, 'concorso.applicationDeadline'), '2025-09-04', saturdayOpen);
    expect(c).toMatchObject({ dueDate: '2025-10-04', rolledForward: false, dueAt: '2025-10-04T21:59:59.999Z' });
  });

  it('F-D5 art. 90 c.3 (L1493): the six-month term binds the Administration and stays on Easter Monday 2026-04-06', () => {
    const c = computeTerm(termRule(REF, 'concorso.maxDuration'), '2025-10-06', stresa);
    expect(c).toMatchObject({ dueDate: '2026-04-06', rolledForward: false });
    expect(c.trace.at(-1)?.text).toContain('non prorogato');
  });

  it('art. 86 c.1 (L1453): Albo publication of 30 days ending on Sunday 2025-06-01 does not move (Administration)', () => {
    expect(due('concorso.albo', '2025-05-02')).toBe('2025-06-01');
    expect(due('concorso.albo', '2025-03-04')).toBe('2025-04-03');
  });
});

describe('stresa-rous@1 reminders', () => {
  it('art. 85 c.1 (L1441): 7, 3, 1 and 0 days before the deadline at 09:00 Rome (F-D1)', () => {
    const rule = termRule(REF, 'concorso.applicationDeadline');
    expect(reminderSchedule(rule, computeTerm(rule, '2025-03-04', stresa))).toEqual([
      { daysBefore: 7, date: '2025-03-27', at: '2025-03-27T08:00:00.000Z' },
      { daysBefore: 3, date: '2025-03-31', at: '2025-03-31T07:00:00.000Z' },
      { daysBefore: 1, date: '2025-04-02', at: '2025-04-02T07:00:00.000Z' },
      { daysBefore: 0, date: '2025-04-03', at: '2025-04-03T07:00:00.000Z' },
    ]);
  });

  it('art. 90 c.3 (L1493): 30 and 7 days before the six-month conclusion (F-D1)', () => {
    const rule = termRule(REF, 'concorso.maxDuration');
    expect(reminderSchedule(rule, computeTerm(rule, '2025-04-03', stresa))).toEqual([
      { daysBefore: 30, date: '2025-09-03', at: '2025-09-03T07:00:00.000Z' },
      { daysBefore: 7, date: '2025-09-26', at: '2025-09-26T07:00:00.000Z' },
    ]);
  });
});

describe('stresa-rous@1 terms: kinds as DECISIONS D2 requires', () => {
  it.each([
    ['concorso.applicationDeadline', 'GURI_PUBLICATION', 30, 'calendarDays', 'privateParty', true, 'close'],
    ['concorso.postalGrace', 'APPLICATION_DEADLINE', 5, 'workingDays', 'privateParty', true, 'close'],
    ['concorso.earliestAdmission', 'APPLICATION_DEADLINE', 5, 'workingDays', 'administration', false, 'reminderOnly'],
    ['concorso.albo', 'ALBO_PUBLICATION', 30, 'calendarDays', 'administration', false, 'reminderOnly'],
    ['concorso.maxDuration', 'APPLICATION_DEADLINE', 6, 'months', 'administration', false, 'escalate'],
  ])(
    '%s: %s + %i %s, binds %s, peremptory %p, on expiry %s',
    (id, anchor, quantity, unit, binds, peremptory, onExpiry) => {
      expect(termRule(REF, id)).toMatchObject({ id, anchor, quantity, unit, binds, peremptory, onExpiry });
    },
  );

  it('is frozen: a pinned version cannot be edited at run time (D1)', () => {
    const rs = ruleSet(REF);
    expect(Object.isFrozen(rs)).toBe(true);
    expect(Object.isFrozen(rs.terms['concorso.applicationDeadline'].citation)).toBe(true);
  });
});

// The citations of every registered rule set are checked against the seed text in citations.test.ts.
