/**
 * Anonymous marking as acts of the concorso (art. 93-96; D3 C2, Q13; exams.ts holds the rules):
 *  - a written or practical test is opened on its day with the candidates who handed in a paper: each
 *    gets a random code; the code → candidate table is sealed in its own item, which no board screen
 *    reads; the admitted who did not sit it withdrew (D3 Q13);
 *  - the commissioners' marks arrive in batches (a scoresheet at a time, not a transition per paper),
 *    each checked (0-10 per commissioner, once, the second paper only after the first passed);
 *  - the names are matched only when every paper is marked and, per titoli ed esami, the titles are
 *    locked; the matching is audited with the marks' digest, and when every marked test of the calendar
 *    is matched the list of those admitted to the oral is fixed and published at once (T21).
 * The test (codes and marks) and the sealed table live in items of their own (`EXAM#`, `SEAL#`): a
 * large competition's marks stay out of the procedure's item.
 */
import { romeDateOf } from '../../calendar/dates';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import { procPk } from '../../store/keys';
import type { ActorRef } from '../model';
import { admittedOf, assertBoardMayAct } from './board';
import type { CandidateRef } from './commission';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import {
  type AnonymousTest,
  assignCodes,
  type CandidateTestResult,
  type DeanonymisedTest,
  deanonymise,
  type MarkedTestKind,
  newAnonymousTest,
  type OralAdmissionList,
  oralAdmissionList,
  paperStatus,
  type RandomSource,
  recordMark,
  type SealedMapping,
} from './exams';
import type { DeanonymiseInput, MarksInput, StartTestInput } from './marking-schemas';

export const testSk = (testId: string) => `EXAM#${testId}`;
export const sealSk = (testId: string) => `SEAL#${testId}`;

/** The test's item: what the board sees (codes, marks) and, once matched, the results by candidate. */
export interface StoredTest {
  test: AnonymousTest;
  results?: CandidateTestResult[];
}

/** What the concorso's item keeps of each test: enough for its page, nothing of the mapping. */
export interface TestSummary {
  testId: string;
  kind: MarkedTestKind;
  papers: number;
  heldOn: string;
  commissioners: string[];
  codes: string[];
  /** Admitted candidates who did not sit the test: withdrawn (D3 Q13). */
  absent: { applicationId: string; name: string }[];
  /** Papers with every commissioner's mark, out of those to mark. */
  progress: { marked: number; toMark: number };
  deanonymisedAt?: string;
  outcomes?: { passed: number; failed: number; withdrawn: number; excluded: number };
}

export interface OralAdmission {
  publishedAt: string;
  admitted: { applicationId: string; name: string; written: number[]; practical: number[] }[];
  notAdmitted: { applicationId: string; name: string; outcome: string; reason: string }[];
  rows: string[];
}

const MARKED_KINDS: readonly string[] = ['WRITTEN', 'PRACTICAL'];

function progressOf(test: AnonymousTest): TestSummary['progress'] {
  let marked = 0;
  let toMark = 0;
  for (const code of test.codes) {
    for (let paper = 1; paper <= test.papers; paper++) {
      const s = paperStatus(test, code, paper).status;
      if (s === 'MARKED') marked += 1;
      if (s === 'MARKED' || s === 'PENDING') toMark += 1;
    }
  }
  return { marked, toMark };
}

function withSummary(state: Concorso, summary: TestSummary): Concorso['data'] {
  const tests = (state.data.tests ?? []).filter((t) => t.testId !== summary.testId);
  return { ...state.data, tests: [...tests, summary] };
}

function summaryOf(state: Concorso, testId: string): TestSummary {
  const s = state.data.tests?.find((t) => t.testId === testId);
  if (!s) throw problems.notFound('Prova non trovata.');
  return s;
}

/**
 * Opens a marked test on its day: codes drawn for those who sat it, the mapping sealed apart. The
 * three commissioners who mark must be components of a board that may give marks.
 */
export function startAnonymousTest(
  state: Concorso,
  input: StartTestInput,
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
  random?: RandomSource,
): ConcorsoDecision {
  if (state.phase !== 'EXAMS_SCHEDULED')
    throw problems.wrongPhase('Le prove si svolgono dopo la fissazione del diario.');
  const admitted = admittedOf(state, applicants) ?? [];
  assertBoardMayAct(state, 'VOTI', admitted);
  const testId = input.kind;
  if (state.data.tests?.some((t) => t.testId === testId)) {
    throw problems.conflict('test-exists', 'La prova risulta già svolta: i suoi elaborati sono già codificati.');
  }
  const errors: FieldError[] = [];
  const scheduled = state.data.examCalendar?.exams.find((e) => e.kind === input.kind && e.date === input.heldOn);
  if (!scheduled) errors.push({ field: 'heldOn', message: 'Nel diario non c’è questa prova in questa data.' });
  if (input.heldOn > romeDateOf(ctx.now)) {
    errors.push({ field: 'heldOn', message: 'La prova non si è ancora svolta.' });
  }
  const admittedIds = new Set(admitted.map((c) => c.id));
  input.sat.forEach((id, i) => {
    if (!admittedIds.has(id)) errors.push({ field: `sat.${i}`, message: 'Non è un candidato ammesso.' });
  });
  const components = new Set(
    (state.data.board?.board.members ?? [])
      .filter((m) => m.seat !== 'SEGRETARIO' && m.seat !== 'MEMBRO_AGGIUNTO')
      .map((m) => m.id),
  );
  input.commissioners.forEach((id, i) => {
    if (!components.has(id))
      errors.push({ field: `commissioners.${i}`, message: 'Non è componente della commissione.' });
  });
  if (errors.length) throw problems.validation(errors);

  const assignment = assignCodes(input.sat, random);
  const test = newAnonymousTest(
    {
      testId,
      kind: input.kind,
      papers: input.papers,
      competitionType: state.data.bando.competitionType,
      commissioners: input.commissioners,
    },
    assignment,
  );
  const sat = new Set(input.sat);
  const absent = admitted.filter((c) => !sat.has(c.id)).map((c) => ({ applicationId: c.id, name: c.name ?? c.id }));
  const pk = procPk(state.entityId, state.id);
  return {
    phase: state.phase,
    data: withSummary(state, {
      testId,
      kind: input.kind,
      papers: test.papers,
      heldOn: input.heldOn,
      commissioners: [...input.commissioners],
      codes: [...test.codes],
      absent,
      progress: progressOf(test),
    }),
    events: [
      {
        type: 'TEST_CODED',
        actor,
        legalDate: input.heldOn,
        payload: {
          testId,
          kind: input.kind,
          papers: test.papers,
          codes: test.codes.length,
          seal: test.seal,
          absent: absent.map((a) => a.applicationId),
          basis: 'art. 94 c.2; D3 Q13 (assenti rinunciatari)',
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    replaceRecords: [
      { pk, sk: testSk(testId), test } satisfies StoredTest & { pk: string; sk: string },
      { pk, sk: sealSk(testId), testId, sealed: assignment.sealed, restricted: true },
    ],
  };
}

/** One commissioner's marks on a batch of papers: all accepted, or none (each refusal on its row). */
export function recordMarks(
  state: Concorso,
  input: MarksInput,
  stored: StoredTest | undefined,
  applicants: ApplicantRef[],
  actor: ActorRef,
): ConcorsoDecision {
  if (actor.role === 'COMMISSIONER') assertOwnMarks(state, actor, input.commissionerId);
  const summary = summaryOf(state, input.testId);
  if (!stored) throw problems.notFound('Prova non trovata.');
  assertBoardMayAct(state, 'VOTI', admittedOf(state, applicants) ?? []);
  let test = stored.test;
  const errors: FieldError[] = [];
  input.marks.forEach((m, i) => {
    const r = recordMark(test, {
      code: m.code,
      paper: m.paper,
      commissionerId: input.commissionerId,
      points: m.points,
    });
    if (r.ok) test = r.test;
    else errors.push({ field: `marks.${i}.${r.code === 'OUT_OF_RANGE' ? 'points' : 'code'}`, message: `${r.reason}.` });
  });
  if (errors.length) {
    throw problems.rejected('Voti non registrati: nessuno dei voti del foglio è stato salvato.', errors);
  }
  return {
    phase: state.phase,
    data: withSummary(state, { ...summary, progress: progressOf(test) }),
    events: [
      {
        type: 'MARKS_RECORDED',
        actor,
        payload: { testId: input.testId, commissionerId: input.commissionerId, marks: input.marks.length },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    replaceRecords: [{ pk: procPk(state.entityId, state.id), sk: testSk(input.testId), test }],
  };
}

/** A commissioner signed in gives only their own marks, and only on a board they sit on. */
export function assertOwnMarks(state: Concorso, actor: ActorRef, commissionerId: string): void {
  const me = state.data.board?.board.members.find((m) => m.userId === actor.id);
  if (!me) throw problems.forbidden('Non è componente della commissione di questo concorso.');
  if (me.id !== commissionerId) throw problems.forbidden('Ciascun commissario registra solo i propri voti.');
}

/** Whether a user sits on the concorso's board (what a commissioner may read). */
export const sitsOnBoard = (state: Concorso, userId: string) =>
  !!state.data.board?.board.members.some((m) => m.userId === userId);

/**
 * The names matched to the papers (art. 94 c.5; D3 C2): refused, nothing changed, until every paper is
 * marked (and the titles locked, per titoli ed esami). When every marked test of the calendar is
 * matched, the list of those admitted to the oral is fixed (art. 96 c.3) and published at once (T21).
 */
export function deanonymiseTest(
  state: Concorso,
  input: DeanonymiseInput,
  stored: StoredTest | undefined,
  sealed: SealedMapping | undefined,
  others: StoredTest[],
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const summary = summaryOf(state, input.testId);
  if (!stored || !sealed) throw problems.notFound('Prova non trovata.');
  // Per titoli ed esami, the titles are evaluated and locked before any name is matched (D3 C2).
  const titlesLocked = state.data.bando.competitionType === 'PER_ESAMI' || !!state.data.titles?.lockedAt;
  const outcome = deanonymise(stored.test, sealed, { titlesLocked, actor, at: ctx.now.toISOString() });
  if (!outcome.ok) {
    throw problems.conflict('deanonymisation-refused', `Abbinamento dei nomi rifiutato: ${outcome.reason}.`);
  }
  const results = outcome.deanonymised.results;
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  const next: Concorso = {
    ...state,
    data: withSummary(state, {
      ...summary,
      deanonymisedAt: ctx.now.toISOString(),
      outcomes: {
        passed: count('PASSED'),
        failed: count('FAILED'),
        withdrawn: count('WITHDRAWN'),
        excluded: count('EXCLUDED'),
      },
    }),
  };
  const matched = [
    { testId: summary.testId, results },
    ...others.filter((o) => o.results).map((o) => ({ testId: o.test.testId, results: o.results! })),
  ];
  const oral = oralListIfComplete(next, matched, applicants, ctx);
  return {
    phase: state.phase,
    data: oral ? { ...next.data, oralAdmission: oral } : next.data,
    events: [
      { ...outcome.event, legalDate: romeDateOf(ctx.now) },
      ...(oral
        ? [
            {
              type: 'ORAL_ADMISSION_LIST_PUBLISHED',
              actor,
              legalDate: romeDateOf(ctx.now),
              payload: {
                admitted: oral.admitted.length,
                notAdmitted: oral.notAdmitted.length,
                channels: ['ALBO_PRETORIO', 'SITO_WEB'],
                basis: 'art. 96 c.3, c.5 (T21)',
              },
            },
          ]
        : []),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    replaceRecords: [{ pk: procPk(state.entityId, state.id), sk: testSk(input.testId), test: outcome.test, results }],
  };
}

/**
 * The list of those admitted to the oral (art. 96 c.3) from the matched tests' results, once every
 * marked test of the calendar is matched; undefined before. Those absent from a test never got a code:
 * they are the admitted missing from `sat`, withdrawn (D3 Q13).
 */
export function oralListOf(
  state: Concorso,
  matched: { testId: string; results: CandidateTestResult[] }[],
  applicants: ApplicantRef[],
  at: string,
): { list: OralAdmissionList; absent: CandidateRef[] } | undefined {
  const expected = (state.data.examCalendar?.exams ?? []).filter((e) => MARKED_KINDS.includes(e.kind));
  const done = state.data.tests ?? [];
  if (!expected.every((e) => done.some((t) => t.kind === e.kind && t.deanonymisedAt))) return undefined;
  const admitted = admittedOf(state, applicants) ?? [];
  const sat = new Set(matched.flatMap((m) => m.results.map((r) => r.candidateId)));
  const tests: DeanonymisedTest[] = matched.map((m) => {
    const summary = done.find((t) => t.testId === m.testId)!;
    return { testId: m.testId, kind: summary.kind, papers: summary.papers, results: m.results };
  });
  const list = oralAdmissionList({ admitted: admitted.map((c) => c.id).filter((id) => sat.has(id)), tests, at });
  return { list, absent: admitted.filter((c) => !sat.has(c.id)) };
}

/** The matched results of the stored tests. */
export const matchedOf = (tests: Record<string, StoredTest>) =>
  Object.values(tests)
    .filter((t) => t.results)
    .map((t) => ({ testId: t.test.testId, results: t.results! }));

/** The oral admission list as the concorso's item keeps it and publishes it (T21). */
function oralListIfComplete(
  state: Concorso,
  matched: { testId: string; results: CandidateTestResult[] }[],
  applicants: ApplicantRef[],
  ctx: TermContext,
): OralAdmission | undefined {
  const computed = oralListOf(state, matched, applicants, ctx.now.toISOString());
  if (!computed) return undefined;
  const { list, absent } = computed;
  const admitted = admittedOf(state, applicants) ?? [];
  const name = (id: string) => admitted.find((c) => c.id === id)?.name ?? id;
  return {
    publishedAt: ctx.now.toISOString(),
    admitted: list.admitted.map((a) => ({
      applicationId: a.candidateId,
      name: name(a.candidateId),
      written: a.written,
      practical: a.practical,
    })),
    notAdmitted: [
      ...list.notAdmitted.map((n) => ({
        applicationId: n.candidateId,
        name: name(n.candidateId),
        outcome: n.outcome,
        reason: n.reason,
      })),
      ...absent.map((c) => ({
        applicationId: c.id,
        name: c.name ?? c.id,
        outcome: 'WITHDRAWN',
        reason: 'Assente alla prova: considerato rinunciatario (decisione D3 Q13).',
      })),
    ],
    rows: list.publication.rows,
  };
}
