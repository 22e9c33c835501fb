/**
 * The titles evaluation of a concorso per titoli ed esami as acts (Allegato I; art. 90 c.1, art. 92
 * c.2; D3 C2; titles.ts holds the rules): the board evaluates each admitted candidate's declared titles,
 * as held on the application deadline; the evaluation can be redone until it is locked; the lock, with
 * every admitted candidate evaluated, publishes the results — only then may the names be matched to the
 * papers, and the results are known to the candidates before the oral.
 * Each evaluation (with its lines) lives in its own item (`TITLES#`); the concorso's item keeps totals.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../audit/chain';
import { romeDateOf } from '../../calendar/dates';
import { problems } from '../../http/problem';
import { procPk } from '../../store/keys';
import type { ActorRef, Deadline } from '../model';
import { admittedOf, assertBoardMayAct } from './board';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import { TERMS } from './concorso';
import { evaluateTitles, type TitlesResult } from './titles';
import type { EvaluateTitlesInput, LockTitlesInput } from './titles-schemas';

export const titlesSk = (applicationId: string) => `TITLES#${applicationId}`;

export interface StoredTitles {
  applicationId: string;
  declared: EvaluateTitlesInput['declared'];
  result: TitlesResult;
}

export interface TitlesSummary {
  /** Total points by application. */
  evaluated: Record<string, number>;
  lockedAt?: string;
  /** When the results were made known to the candidates. */
  publishedOn?: string;
  digest?: string;
}

const PHASES = ['ADMISSION_DETERMINED', 'EXAMS_SCHEDULED'];

function assertOpen(state: Concorso): void {
  if (state.data.bando.competitionType !== 'PER_TITOLI_ED_ESAMI') {
    throw problems.wrongPhase('Il concorso è per soli esami: non ci sono titoli da valutare.');
  }
  if (!PHASES.includes(state.phase)) {
    throw problems.wrongPhase(
      "I titoli si valutano dopo la determinazione di ammissione, prima dell'abbinamento dei nomi.",
    );
  }
  if (state.data.titles?.lockedAt) {
    throw problems.conflict('titles-locked', 'La valutazione dei titoli è chiusa e pubblicata: non si modifica più.');
  }
}

/** The day titles count as held: the (last) application deadline (art. 100 c.1, L1639). */
function cutoffOf(deadlines: Deadline[]): string | undefined {
  const terms = deadlines.filter(
    (d) => d.termId === TERMS.applicationDeadline || d.termId === TERMS.reopenedApplicationDeadline,
  );
  return terms
    .map((d) => d.dueDate)
    .sort()
    .at(-1);
}

export function evaluateTitlesAct(
  state: Concorso,
  deadlines: Deadline[],
  input: EvaluateTitlesInput,
  applicants: ApplicantRef[],
  actor: ActorRef,
): ConcorsoDecision {
  assertOpen(state);
  const admitted = admittedOf(state, applicants) ?? [];
  assertBoardMayAct(state, 'VALUTAZIONE_TITOLI', admitted);
  if (!admitted.some((c) => c.id === input.applicationId)) {
    throw problems.validation([{ field: 'applicationId', message: 'Non è un candidato ammesso.' }]);
  }
  let result: TitlesResult;
  try {
    result = evaluateTitles(input.declared, { scheme: input.scheme, cutoffDate: cutoffOf(deadlines) });
  } catch (error) {
    // A malformed title (a period ending before it starts, points over an item's maximum) is the input's fault.
    throw problems.validation([{ field: 'declared', message: (error as Error).message }]);
  }
  const titles = state.data.titles ?? { evaluated: {} };
  const stored: StoredTitles = { applicationId: input.applicationId, declared: input.declared, result };
  return {
    phase: state.phase,
    data: {
      ...state.data,
      titles: { ...titles, evaluated: { ...titles.evaluated, [input.applicationId]: result.total } },
    },
    events: [
      {
        type: 'TITLES_EVALUATED',
        actor,
        payload: {
          applicationId: input.applicationId,
          total: result.total,
          study: result.study.points,
          service: result.service.points,
          misc: result.misc.points,
          again: input.applicationId in titles.evaluated,
          basis: 'Allegato I',
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    replaceRecords: [{ pk: procPk(state.entityId, state.id), sk: titlesSk(input.applicationId), ...stored }],
  };
}

/** Closes and publishes the evaluation: every admitted candidate evaluated; the totals' digest audited. */
export function lockTitles(
  state: Concorso,
  input: LockTitlesInput,
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  assertOpen(state);
  const admitted = admittedOf(state, applicants) ?? [];
  const evaluated = state.data.titles?.evaluated ?? {};
  const missing = admitted.filter((c) => !(c.id in evaluated));
  if (missing.length) {
    throw problems.conflict(
      'titles-missing',
      `Titoli ancora da valutare per: ${missing.map((c) => c.name ?? c.id).join(', ')} (Allegato I).`,
    );
  }
  if (input.publishedOn > romeDateOf(ctx.now)) {
    throw problems.validation([{ field: 'publishedOn', message: 'La data non può essere futura.' }]);
  }
  const digest = createHash('sha256').update(canonicalJson(evaluated)).digest('hex');
  return {
    phase: state.phase,
    data: {
      ...state.data,
      titles: { evaluated, lockedAt: ctx.now.toISOString(), publishedOn: input.publishedOn, digest },
    },
    events: [
      {
        type: 'TITLES_LOCKED',
        actor,
        legalDate: input.publishedOn,
        payload: { candidates: Object.keys(evaluated).length, digest, basis: 'art. 90 c.1; D3 C2' },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}
