import { ruleSet } from '../../../shared/rules';

/**
 * Spec ID → rule id. A string instead of ids says why the row is not a term (the procedure still
 * enforces it, as a guard, a clock operation or a catalogue). Out of scope, not listed:
 *  - recruitment.md §14: D01–D03 (P0 planning), D19 (P2 corso-concorso), D20–D26 (P3 progressions),
 *    D27–D36 (P5 CFL), D48–D57 (P9–P13), D58–D59 (office and exam calendar: shared/calendar);
 *  - disciplinary-mobility-other.md §12: T-PD-41 (harassment), T-INC-*, T-INCONF-*, T-PT-*, T-ASS-*
 *    (DECISIONS D6), T-CESS-* (termination), T-OIV-* (evaluation review).
 */
type Row = readonly [specId: string, mapped: readonly string[] | string];

/** recruitment.md §14, in-scope rows: P1 concorso, P6 mobility, P7 contract formation → stresa-rous@1. */
const RECRUITMENT_14: readonly Row[] = [
  ['D04', ['concorso.applicationDeadline']],
  ['D05', ['concorso.postalGrace']],
  ['D06', ['concorso.albo']],
  ['D07', 'clock operation "extend" by the time elapsed (art. 82 c.2; DECISIONS D2, D3 Q5): no fixed length'],
  ['D08', ['concorso.reopenedApplicationDeadline']], // the once-only guard is the procedure's
  ['D09', ['concorso.earliestAdmission']],
  ['D10', ['concorso.exclusionNotice']],
  ['D11', ['concorso.maxDuration']],
  ['D12', ['concorso.examCalendarNotice']],
  ['D13', ['concorso.oralNotice']],
  ['D14', 'length of a test in hours: a configuration check of the exam, no hour unit in a rule set'],
  ['D15', 'immediate publication: a step of the transition, no quantity'],
  ['D16', ['concorso.preferenceDocuments']],
  ['D17', ['concorso.boardReconvene']],
  ['D18', ['concorso.rankingValidity']],
  ['D37', ['mobility.outgoingMinimumService']],
  ['D38', ['mobility.outgoingConcorsoHire']],
  ['D39', ['mobility.temporaryAssignmentMax']],
  ['D40', ['mobility.secondedInquadramento']],
  ['D41', 'seniority required by post and area (L1761–L1769): an eligibility catalogue, not a term'],
  ['D42', ['contract.takeUpService']],
  ['D43', ['contract.optionDeclaration']],
  ['D44', ['contract.serviceStartExtension']],
  ['D45', ['contract.medicalReview']],
  ['D46', ['contract.probationShort', 'contract.probationLong']],
  ['D47', ['contract.probationShort', 'contract.probationLong']],
];

/** Terms fixed by DECISIONS that have no §14 ID → stresa-rous@1. */
const DECISIONS_ONLY: readonly Row[] = [['D3 Q2', ['concorso.regularisation']]];

/** disciplinary-mobility-other.md §12, in-scope entries → stresa-rous@1 (Allegato H as written; D4 A-1…A-5). */
const CATALOGUE_12: readonly Row[] = [
  ['T-PD-01', ['discipline.minor.contestation']],
  ['T-PD-02', ['discipline.minor.hearingNotice']],
  ['T-PD-03', ['discipline.minor.conclusion']],
  ['T-PD-04', 'defence by the fixed hearing date: a validation against the hearing, no quantity'],
  ['T-PD-05', ['discipline.minor.deferralThreshold']],
  ['T-PD-06', 'one deferral per case: a guard of the procedure'],
  ['T-PD-10', ['discipline.major.transmissionToUpd']],
  ['T-PD-11', ['discipline.major.contestation']],
  ['T-PD-12', ['discipline.major.hearingNotice']],
  ['T-PD-13', ['discipline.major.conclusion']],
  ['T-PD-14', ['discipline.major.deferralThreshold']],
  ['T-PD-15', 'one deferral per case: a guard of the procedure'],
  ['T-PD-20', ['discipline.conciliation']],
  ['T-PD-21', 'clock operation "suspend" during conciliation (DECISIONS D2)'],
  ['T-PD-22', 'clock operation "interrupt" on transfer (DECISIONS D2)'],
  ['T-PD-30', ['discipline.reopeningRequest']],
  ['T-PD-31', ['discipline.resumption', 'discipline.reopening']],
  ['T-PD-32', ['discipline.resumedConclusion']],
  ['T-PD-40', ['discipline.cautionarySuspensionMax']],
  ['T-MOB-01', ['mobility.outgoingMinimumService']],
  ['T-MOB-02', ['mobility.outgoingConcorsoHire']],
  ['T-MOB-03', ['mobility.temporaryAssignmentMax']],
  ['T-MOB-04', ['mobility.secondedInquadramento']],
  ['T-MOB-05', ['mobility.surplusAvailabilityEnd']],
  ['T-MOB-06', 'internal mobility communicated before execution: an ordering check, no quantity'],
  ['T-ASSUN-01', ['contract.takeUpService']],
  ['T-ASSUN-02', ['contract.serviceStartExtension']],
  ['T-ASSUN-03', ['contract.optionDeclaration']],
  ['T-ASSUN-04', ['contract.medicalReview']],
];

/** national@1: DECISIONS D1 and disciplinary-mobility-other.md §15 (art. 55-bis as amended), recruitment.md D13. */
const NATIONAL: readonly Row[] = [
  ['D1 / §15: report to the UPD within 10 days (art. 55-bis c.4)', ['discipline.reportToUpd']],
  ['D1 / §15: contestation within 30 days (replaces T-PD-01, T-PD-11)', ['discipline.contestation']],
  ['D1 / §15: hearing notice ≥ 20 days (replaces T-PD-02, T-PD-12)', ['discipline.hearingNotice']],
  ['D1 / §15: conclusion within 120 days of the contestation (replaces T-PD-03, T-PD-13)', ['discipline.conclusion']],
  ['T-PD-05, T-PD-14: any deferral extends the conclusion (art. 55-bis c.4)', 'no threshold under national law'],
  ['T-PD-20 (art. 55 c.3, unchanged)', ['discipline.conciliation']],
  ['T-PD-30 (art. 55-ter c.2, unchanged)', ['discipline.reopeningRequest']],
  ['T-PD-31 (art. 55-ter c.4, unchanged)', ['discipline.resumption', 'discipline.reopening']],
  ['T-PD-32 (art. 55-ter c.4 as amended: 55-bis terms anew)', ['discipline.resumedConclusion']],
  ['T-PD-40 (CCNL, unchanged)', ['discipline.cautionarySuspensionMax']],
  ['D13 (D.P.R. 487/1994 art. 6)', ['concorso.oralNotice']],
];

/** stresa-rous@2: the incoming-mobility terms art. 107bis leaves open (G-9; recruitment.md §8.1 step 2). */
const MOBILITY_G9: readonly Row[] = [
  ['G-9: notice publication period, 30 days (art. 30 c.1 D.Lgs. 165/2001)', ['mobility.incomingNoticePublication']],
  ["G-9: home administration's consent, service-level term", ['mobility.homeConsent']],
];

/** national@2: what v1 missed of art. 55-bis c.4 (the Ispettorato's communications). */
const NATIONAL_2: readonly Row[] = [
  ...NATIONAL,
  [
    'art. 55-bis c.4: start and conclusion acts to the Ispettorato within 20 days',
    ['discipline.inspectorateStartCommunication', 'discipline.inspectorateCommunication'],
  ],
];

const mapped = (rows: readonly Row[]) =>
  rows.flatMap(([specId, m]) => (typeof m === 'string' ? [] : m.map((id) => [specId, id] as const)));

describe.each([
  ['recruitment.md §14', 'stresa-rous@1', RECRUITMENT_14],
  ['DECISIONS (no §14 ID)', 'stresa-rous@1', DECISIONS_ONLY],
  ['disciplinary-mobility-other.md §12', 'stresa-rous@1', CATALOGUE_12],
  ['DECISIONS D1, national law', 'national@1', NATIONAL],
  ['DECISIONS D1, national law', 'national@2', NATIONAL_2],
  ['disciplinary-mobility-other.md §14 G-9 (mobility defaults)', 'stresa-rous@2', MOBILITY_G9],
])('%s → %s', (_source, ref, rows) => {
  it.each(mapped(rows))('%s → %s exists', (_specId, id) => {
    expect(Object.hasOwn(ruleSet(ref).terms, id)).toBe(true);
  });
});

describe('coverage is complete', () => {
  it('recruitment.md §14 lists P1 as D04–D18 and P6–P7 as D37–D47: every one has a row', () => {
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `D${String(from + i).padStart(2, '0')}`);
    expect(RECRUITMENT_14.map(([id]) => id)).toEqual([...ids(4, 18), ...ids(37, 47)]);
  });

  it.each([
    ['stresa-rous@1', [...RECRUITMENT_14, ...DECISIONS_ONLY, ...CATALOGUE_12]],
    ['national@1', NATIONAL],
    ['national@2', NATIONAL_2],
    ['stresa-rous@2', [...RECRUITMENT_14, ...DECISIONS_ONLY, ...CATALOGUE_12, ...MOBILITY_G9]],
  ] as const)('every term of %s traces back to a spec row', (ref, rows) => {
    const traced = new Set(mapped(rows).map(([, id]) => id));
    expect(Object.keys(ruleSet(ref).terms).filter((id) => !traced.has(id))).toEqual([]);
  });
});
