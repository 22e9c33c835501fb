import { calendarFor, computeTerm, type IsoDate, reminderSchedule } from '../../../shared/calendar';
import { DEFAULT_RULE_SET, termRule } from '../../../shared/rules';
import { STRESA_SETTINGS } from '../calendar/stresa-settings';

// One worked example per procedure (and per term added), on Stresa's office calendar: the spec's
// date fixtures (recruitment.md §16.1, §16.8; disciplinary-mobility-other.md §13.2, §13.7) where they
// exist. Calendar days, dies a quo not counted; private-party terms roll forward off closed days,
// Administration terms never do (DECISIONS D2); notice terms count back from the event.

const stresa = calendarFor(STRESA_SETTINGS);
const compute = (ref: string, id: string, anchor: IsoDate) => computeTerm(termRule(ref, id), anchor, stresa);
const due = (ref: string, id: string, anchor: IsoDate) => compute(ref, id, anchor).dueDate;

type Row = [citation: string, id: string, anchor: IsoDate, expected: IsoDate];

describe(`concorso under ${DEFAULT_RULE_SET.concorso} (recruitment.md §16.1)`, () => {
  const ref = DEFAULT_RULE_SET.concorso;
  it.each<Row>([
    [
      'F-D6 art. 91 c. 1 (L1497): written test 2025-06-10, calendar notice by',
      'concorso.examCalendarNotice',
      '2025-06-10',
      '2025-05-21',
    ],
    [
      'F-D7 art. 100 c. 1 (L1639): oral 2025-07-01, preference documents by',
      'concorso.preferenceDocuments',
      '2025-07-01',
      '2025-07-16',
    ],
    [
      'F-D9 art. 101 c. 5 (L1655): ranking approved 2025-08-01, valid until',
      'concorso.rankingValidity',
      '2025-08-01',
      '2028-08-01',
    ],
    [
      'F-D10 art. 88 c. 2 (L1473): determination 2025-04-10, exclusion letters by (Easter Sunday, not moved)',
      'concorso.exclusionNotice',
      '2025-04-10',
      '2025-04-20',
    ],
    [
      'art. 102 c. 1 (L1663): records returned 2025-03-03, board reconvened by',
      'concorso.boardReconvene',
      '2025-03-03',
      '2025-03-13',
    ],
    [
      'D.P.R. 487/1994 art. 6 (D3 Q7): oral 2025-07-01, convocation by',
      'concorso.oralNotice',
      '2025-07-01',
      '2025-06-11',
    ],
    [
      'art. 87 c. 1 (L1465, D3 Q4): reopening published 2025-05-02, raw Sunday 1 June and 2 June skipped →',
      'concorso.reopenedApplicationDeadline',
      '2025-05-02',
      '2025-06-03',
    ],
    [
      'art. 89 c. 1 (L1481, D3 Q2): request received 2025-04-15, raw 25 April (holiday) →',
      'concorso.regularisation',
      '2025-04-15',
      '2025-04-28',
    ],
  ])('%s %s → %s', (_what, id, anchor, expected) => {
    expect(due(ref, id, anchor)).toBe(expected);
  });

  it('F-D10 art. 88 c. 2 (L1473): the letters term binds the Administration and says so in the trace', () => {
    const c = compute(ref, 'concorso.exclusionNotice', '2025-04-10');
    expect(c.rolledForward).toBe(false);
    expect(c.trace.at(-1)?.text).toContain("termine a carico dell'Amministrazione, non prorogato");
  });

  it('F-D6 art. 91 c. 1 (L1497): reminders 3 days before and on the last day to give notice', () => {
    const rule = termRule(ref, 'concorso.examCalendarNotice');
    expect(reminderSchedule(rule, computeTerm(rule, '2025-06-10', stresa)).map((r) => r.date)).toEqual([
      '2025-05-18',
      '2025-05-21',
    ]);
  });
});

describe(`mobility under ${DEFAULT_RULE_SET.mobility} (disciplinary-mobility-other.md §13.7)`, () => {
  const ref = DEFAULT_RULE_SET.mobility;
  it.each<Row>([
    // The floor falls on Sunday 2024-09-01 and stays there: a request that day is admissible (FX-MOB-02).
    [
      'FX-MOB-01/02 art. 74 c. 3 (L1265): contract signed 2020-09-01, request admissible from',
      'mobility.outgoingMinimumService',
      '2020-09-01',
      '2024-09-01',
    ],
    [
      'FX-MOB-03 art. 110 c. 8 (L1840): concorso hire in service 2022-10-01, third year completed on',
      'mobility.outgoingConcorsoHire',
      '2022-10-01',
      '2025-10-01',
    ],
    [
      'FX-MOB-12 art. 80 c. 2 lett. f) (L1330): seconded since 2023-09-01, inquadramento from',
      'mobility.secondedInquadramento',
      '2023-09-01',
      '2024-09-01',
    ],
    [
      'art. 74 c. 4 (L1267): assignment from 2024-01-01 ends at the latest (D2: same date)',
      'mobility.temporaryAssignmentMax',
      '2024-01-01',
      '2027-01-01',
    ],
    [
      'art. 148 c. 1 lett. c) (L2267): availability from 2024-02-29, relationship ends (clamped)',
      'mobility.surplusAvailabilityEnd',
      '2024-02-29',
      '2026-02-28',
    ],
  ])('%s %s → %s', (_what, id, anchor, expected) => {
    expect(due(ref, id, anchor)).toBe(expected);
  });

  it('FX-MOB-01 art. 74 c. 3 (L1265): a request on 2024-08-31 is before the floor; the trace reads "Non prima del"', () => {
    const c = compute(ref, 'mobility.outgoingMinimumService', '2020-09-01');
    expect('2024-08-31' < c.dueDate).toBe(true);
    expect(c.rolledForward).toBe(false);
    expect(c.trace.at(-1)?.text).toMatch(/^Non prima del 2024-09-01/);
  });
});

describe(`contract formation under ${DEFAULT_RULE_SET.contract} (recruitment.md §16.1 F-D8)`, () => {
  const ref = DEFAULT_RULE_SET.contract;
  it.each<Row>([
    [
      'F-D8 art. 108 c. 2 (L1798): appointment received 2025-09-01, take up service by',
      'contract.takeUpService',
      '2025-09-01',
      '2025-10-01',
    ],
    ['F-D8 art. 108 c. 3 (L1799): option declared by', 'contract.optionDeclaration', '2025-09-01', '2025-10-01'],
    // Raw 2026-01-01 is New Year's Day: the winner's term rolls to the next open day (D2).
    [
      'F-D8 art. 108 c. 3 (L1799): extension from the original 2025-10-01, at most until',
      'contract.serviceStartExtension',
      '2025-10-01',
      '2026-01-02',
    ],
    [
      'art. 108 c. 5 (L1801): opinion notified 2025-12-03, raw Immacolata 8 December →',
      'contract.medicalReview',
      '2025-12-03',
      '2025-12-09',
    ],
    [
      'art. 109 c. 4 (L1812): Operatori in service 2025-08-31, probation evaluated by',
      'contract.probationShort',
      '2025-08-31',
      '2025-10-31',
    ],
    [
      'art. 109 c. 4 (L1812): Istruttori in service 2025-08-31, probation evaluated by (clamped, Saturday)',
      'contract.probationLong',
      '2025-08-31',
      '2026-02-28',
    ],
  ])('%s %s → %s', (_what, id, anchor, expected) => {
    expect(due(ref, id, anchor)).toBe(expected);
  });

  it('F-D8 art. 108 c. 3 (L1799): the roll-forward is traced with its legal basis', () => {
    const c = compute(ref, 'contract.serviceStartExtension', '2025-10-01');
    expect(c.rolledForward).toBe(true);
    expect(c.trace.find((s) => s.kind === 'rollForward')?.text).toContain('art. 2963 c.c., art. 155 c.p.c.');
  });
});

describe('discipline under stresa-rous@1, Allegato H as written (disciplinary-mobility-other.md §13.2)', () => {
  const ref = 'stresa-rous@1';
  it.each<Row>([
    [
      'FX-PD-01 All. H art. 4 c. 1 (L3647): notizia 2024-03-01, contestation by',
      'discipline.minor.contestation',
      '2024-03-01',
      '2024-03-21',
    ],
    [
      'FX-PD-02 All. H art. 4 c. 1 (L3647): hearing 2024-03-21, notice delivered by',
      'discipline.minor.hearingNotice',
      '2024-03-21',
      '2024-03-11',
    ],
    [
      'FX-PD-02 All. H art. 4 c. 3 (L3650): contestation act 2024-03-11, conclusion by',
      'discipline.minor.conclusion',
      '2024-03-11',
      '2024-05-10',
    ],
    [
      'FX-PD-02 All. H art. 8 c. 2 (L3705): conciliation window until',
      'discipline.conciliation',
      '2024-03-11',
      '2024-04-10',
    ],
    [
      'FX-PD-03/04 All. H art. 4 c. 4 (L3651): hearing 2024-03-25, deferral beyond this date extends the conclusion',
      'discipline.minor.deferralThreshold',
      '2024-03-25',
      '2024-04-04',
    ],
    [
      'FX-PD-10 All. H art. 5 c. 1 (L3657): Segretario 2024-01-10, transmission to the UPD by',
      'discipline.major.transmissionToUpd',
      '2024-01-10',
      '2024-01-15',
    ],
    [
      'FX-PD-10 All. H art. 5 c. 6-7 (L3667-L3668): UPD receives 2024-01-12, contestation by',
      'discipline.major.contestation',
      '2024-01-12',
      '2024-02-21',
    ],
    [
      'FX-PD-10 All. H art. 5 c. 8 (L3669, A-3): first knowledge 2024-01-08, conclusion by',
      'discipline.major.conclusion',
      '2024-01-08',
      '2024-05-07',
    ],
    [
      'FX-PD-11 All. H art. 5 c. 6 (L3667): hearing Sunday 2024-02-25, notice delivered by',
      'discipline.major.hearingNotice',
      '2024-02-25',
      '2024-02-05',
    ],
    [
      'All. H art. 5 c. 6 (L3667, A-1): hearing 2024-03-25, UPD deferral threshold (Sunday, not moved)',
      'discipline.major.deferralThreshold',
      '2024-03-25',
      '2024-04-14',
    ],
    [
      'FX-PD-13 All. H art. 9 c. 7 (L3721): judgment communicated 2025-09-15, resumption by',
      'discipline.resumption',
      '2025-09-15',
      '2025-11-14',
    ],
    [
      'FX-PD-13 All. H art. 9 c. 7 (L3721): resumed 2025-10-01, conclusion by',
      'discipline.resumedConclusion',
      '2025-10-01',
      '2026-03-30',
    ],
    // Raw Sunday 2025-08-10 (the spec's date): the employee's term rolls to Monday (D2).
    [
      'FX-PD-14 All. H art. 9 c. 4 (L3718): acquittal irrevocable 2025-02-10, request admissible until',
      'discipline.reopeningRequest',
      '2025-02-10',
      '2025-08-11',
    ],
    [
      'FX-PD-14 All. H art. 9 c. 7 (L3721): request 2025-07-01, reopening by (Saturday, not moved)',
      'discipline.reopening',
      '2025-07-01',
      '2025-08-30',
    ],
    [
      'FX-PD-14 All. H art. 9 c. 7 (L3721): reopened 2025-07-20, conclusion by',
      'discipline.resumedConclusion',
      '2025-07-20',
      '2026-01-16',
    ],
    [
      'FX-PD-16 All. H art. 13 c. 11 (L3777): suspended 2020-03-01, revoked by law on (Saturday)',
      'discipline.cautionarySuspensionMax',
      '2020-03-01',
      '2025-03-01',
    ],
  ])('%s %s → %s', (_what, id, anchor, expected) => {
    expect(due(ref, id, anchor)).toBe(expected);
  });

  it('FX-PD-01 All. H art. 4 c. 1 (L3647): reminders T-7, T-3, T-1 and same day (D4)', () => {
    const rule = termRule(ref, 'discipline.minor.contestation');
    expect(reminderSchedule(rule, computeTerm(rule, '2024-03-01', stresa)).map((r) => [r.daysBefore, r.date])).toEqual([
      [7, '2024-03-14'],
      [3, '2024-03-18'],
      [1, '2024-03-20'],
      [0, '2024-03-21'],
    ]);
  });
});

describe(`discipline under ${DEFAULT_RULE_SET.discipline}, art. 55-bis D.Lgs. 165/2001 as amended by D.Lgs. 75/2017`, () => {
  const ref = DEFAULT_RULE_SET.discipline;
  it.each<Row>([
    [
      'art. 55-bis c. 4: head aware 2025-02-28, report to the UPD by',
      'discipline.reportToUpd',
      '2025-02-28',
      '2025-03-10',
    ],
    ['art. 55-bis c. 4: UPD aware 2025-03-10, contestation by', 'discipline.contestation', '2025-03-10', '2025-04-09'],
    [
      'art. 55-bis c. 4: hearing 2025-05-12, notice delivered by',
      'discipline.hearingNotice',
      '2025-05-12',
      '2025-04-22',
    ],
    [
      'art. 55-bis c. 4: contestation act 2025-03-20, conclusion by',
      'discipline.conclusion',
      '2025-03-20',
      '2025-07-18',
    ],
    [
      'art. 55-ter c. 4: renewed contestation 2025-10-01, conclusion by (120, not 180 days)',
      'discipline.resumedConclusion',
      '2025-10-01',
      '2026-01-29',
    ],
    [
      'art. 55 c. 3 (shared, All. H art. 8 c. 2, L3705): contestation 2025-03-20, conciliation until',
      'discipline.conciliation',
      '2025-03-20',
      '2025-04-19',
    ],
  ])('%s %s → %s', (_what, id, anchor, expected) => {
    expect(due(ref, id, anchor)).toBe(expected);
  });

  it('art. 55-bis c. 4: the conclusion term binds the Administration and never rolls forward (Ferragosto 2025-08-15)', () => {
    const c = compute(ref, 'discipline.conclusion', '2025-04-17');
    expect(c).toMatchObject({ dueDate: '2025-08-15', rolledForward: false, dueAt: '2025-08-15T21:59:59.999Z' });
    expect(c.trace.map((s) => s.kind)).toEqual(['anchor', 'count', 'due']);
    const last = c.trace.at(-1)?.text;
    expect(last).toMatch(/^Scadenza 2025-08-15 ore 23:59:59 \(Europe\/Rome\) — festività nazionale: /);
    expect(last).toContain("termine a carico dell'Amministrazione, non prorogato — art. 55-bis c. 4 (D.Lgs. 165/2001");
  });

  it('art. 55-bis c. 4: contestation reminders to the procedure authority (UPD), T-7 … same day (D4)', () => {
    const rule = termRule(ref, 'discipline.contestation');
    expect(reminderSchedule(rule, computeTerm(rule, '2025-03-10', stresa))).toEqual([
      { daysBefore: 7, date: '2025-04-02', at: '2025-04-02T07:00:00.000Z' },
      { daysBefore: 3, date: '2025-04-06', at: '2025-04-06T07:00:00.000Z' },
      { daysBefore: 1, date: '2025-04-08', at: '2025-04-08T07:00:00.000Z' },
      { daysBefore: 0, date: '2025-04-09', at: '2025-04-09T07:00:00.000Z' },
    ]);
    expect(rule.reminders.every((r) => r.to === 'procedureAuthority')).toBe(true);
  });

  it('the same knowledge date under Allegato H gives the older terms: 40 days for the UPD (L3667), not 30', () => {
    expect(due('stresa-rous@1', 'discipline.major.contestation', '2025-03-10')).toBe('2025-04-19');
  });
});
