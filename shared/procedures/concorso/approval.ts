/**
 * The graduatoria's approval by the HR head (art. 99-101; T17; ranking.ts holds the rules): once every
 * candidate admitted to the oral has been examined and every term to document preference titles has run
 * (T15), the explained ranking is computed — points by component, titles and reserves used, the tie-break
 * applied, each with its citation — fixed with its approval act, valid three years, and handed to contract
 * formation as a graduatoria in the same write (the interface of contract/graduatoria.ts).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../audit/chain';
import { romeDateOf } from '../../calendar/dates';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import { italianDate } from '../../notify/email';
import { graduatoriaKey, procPk } from '../../store/keys';
import type { Graduatoria } from '../contract/graduatoria';
import { deadlineFrom } from '../deadlines';
import type { ActorRef, Deadline } from '../model';
import type { ApprovalInput, RatificationInput } from './approval-schemas';
import { boardFees, feeRecipientsOf } from './commission';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import { examOutcomes, type OralSession } from './exams';
import { matchedOf, oralListOf, type StoredTest } from './marking';
import { PREFERENCE_TERM } from './oral';
import { type RankCandidate, type Ranking, rank } from './ranking';
import type { TitlesResult } from './titles';

const VALIDITY_TERM = 'concorso.rankingValidity';
/** The approved ranking, explanations included, is stored as JSON in parts under this prefix (side records). */
export const rankingPrefix = (digest: string) => `RANKING#${digest.slice(0, 32)}#`;
/** Characters per part: well inside an item's 400 KB. */
const PART = 300_000;
/**
 * The hand-off carries every idoneo in one graduatoria item and one execution's payload (256 KB): past
 * this many, the approval is refused rather than truncated.
 */
export const MAX_IDONEI = 800;

export interface ApprovedGraduatoria {
  approval: { number: string; date: string };
  graduatoriaId: string;
  validUntil: string;
  rankingDigest: string;
  /** How many parts the stored ranking has (GET …/ranking reads them). */
  rankingParts: number;
  winners: { position: number; applicationId: string; name: string; score: number }[];
  idonei: number;
  notIdonei: number;
  /** The Giunta's optional ratification (art. 102, L1667; D3 C3): recorded, it changes no term. */
  ratification?: { number: string; date: string; recordedAt: string };
  /** The board's fees under art. 121, for the record (the expense to commit). */
  fees?: { total: number; reason: string; lines: { memberId: string; fee: number; steps: string[] }[] };
}

export function approveGraduatoria(
  state: Concorso,
  deadlines: Deadline[],
  input: ApprovalInput,
  tests: Record<string, StoredTest>,
  sessions: OralSession[],
  titles: Record<string, TitlesResult>,
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'EXAMS_SCHEDULED' || !state.data.oralAdmission) {
    throw problems.wrongPhase('La graduatoria si approva dopo le prove orali.');
  }
  const computed = oralListOf(state, matchedOf(tests), applicants, ctx.now.toISOString());
  if (!computed) throw problems.wrongPhase("L'elenco degli ammessi all'orale non è completo.");
  const byId = new Map(applicants.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const { outcomes, pendingOral } = examOutcomes(computed.list, sessions);
  if (pendingOral.length) {
    throw problems.conflict(
      'oral-pending',
      `Prova orale ancora da sostenere per: ${pendingOral.map(name).join(', ')} (art. 98 c.4).`,
    );
  }
  const open = deadlines.filter((d) => d.termId === PREFERENCE_TERM && d.status === 'OPEN');
  if (open.length) {
    throw problems.conflict(
      'preference-terms-open',
      `Termine per documentare i titoli di preferenza ancora aperto: ${open
        .map(
          (d) => `candidati della seduta ${d.id.slice(PREFERENCE_TERM.length + 1)} fino al ${italianDate(d.dueDate)}`,
        )
        .join('; ')} (art. 100 c.1).`,
    );
  }
  const errors: FieldError[] = [];
  if (input.act.date > romeDateOf(ctx.now))
    errors.push({ field: 'act.date', message: 'La data non può essere futura.' });
  if (errors.length) throw problems.validation(errors);

  const prefs = state.data.preferences ?? {};
  const documented = { declared: true, documented: true };
  const candidates: RankCandidate[] = outcomes.map((o) => {
    const docs = prefs[o.id];
    const birthDate = byId.get(o.id)?.birthDate ?? '1900-01-01';
    return {
      id: o.id,
      name: name(o.id),
      birthDate,
      marks: o.marks,
      ...(titles[o.id] ? { titles: titles[o.id] } : {}),
      ...(o.excluded ? { excluded: o.excluded } : {}),
      ...(docs
        ? {
            preferenceTitles: docs.preferenceTitles.map((title) => ({ title: title as never, ...documented })),
            // Only what the candidate documented: nothing else was declared in these documents.
            ...(docs.dependentChildren ? { dependentChildren: { count: docs.dependentChildren, ...documented } } : {}),
            ...(docs.commendablePublicService ? { commendablePublicService: documented } : {}),
            reserves: [
              ...(docs.militaryVolunteer
                ? [{ kind: 'MILITARY_VOLUNTEERS' as const, dischargedWithoutDemerit: true, ...documented }]
                : []),
              ...(docs.disabledL68 ? [{ kind: 'DISABLED_L68' as const, ...docs.disabledL68, ...documented }] : []),
              ...(docs.internalStaff
                ? [{ kind: 'INTERNAL_STAFF' as const, ...docs.internalStaff, ...documented }]
                : []),
            ],
          }
        : {}),
    };
  });
  // Those absent from a written test never had a code: listed as withdrawn (D3 Q13), never ranked.
  for (const c of computed.absent) {
    candidates.push({
      id: c.id,
      name: name(c.id),
      birthDate: byId.get(c.id)?.birthDate ?? '1900-01-01',
      marks: { written: ['ABSENT'] },
    });
  }
  const posts = state.data.bando.posts.reduce((n, p) => n + p.count, 0);
  // Art. 112 (L1854): 30% of the posts to military volunteers, in every competition of the annual plan;
  // then the bando's own reserves (L. 68/1999, internal staff), in that order of precedence.
  const ranking = rank(candidates, {
    posts,
    competitionType: state.data.bando.competitionType,
    reserves: [{ kind: 'MILITARY_VOLUNTEERS' }, ...(state.data.bando.reserves ?? [])],
  });
  if (ranking.entries.length > MAX_IDONEI) {
    throw problems.conflict(
      'graduatoria-too-large',
      `La graduatoria ha ${ranking.entries.length} idonei: il passaggio alla formazione del contratto ne accetta al più ${MAX_IDONEI}.`,
    );
  }
  const json = canonicalJson(ranking);
  const rankingDigest = createHash('sha256').update(json).digest('hex');
  const parts = Array.from({ length: Math.ceil(json.length / PART) }, (_, i) => json.slice(i * PART, (i + 1) * PART));
  const validity = deadlineFrom(ctx.rule(VALIDITY_TERM), state.ruleSet, 'RANKING_APPROVAL', input.act.date, ctx);
  const graduatoria = graduatoriaFor(state, ranking, input, byId, validity.dueDate, actor, ctx);
  const approved: ApprovedGraduatoria = {
    approval: input.act,
    graduatoriaId: graduatoria.id,
    validUntil: validity.dueDate,
    rankingDigest,
    rankingParts: parts.length,
    winners: ranking.entries
      .filter((e) => e.winner)
      .map((e) => ({ position: e.position, applicationId: e.candidateId, name: name(e.candidateId), score: e.score })),
    idonei: ranking.entries.length,
    notIdonei: ranking.excluded.length,
    ...feesOf(state, tests),
  };
  const pk = procPk(state.entityId, state.id);
  return {
    phase: 'GRADUATORIA_APPROVED',
    data: { ...state.data, graduatoria: approved },
    events: [
      {
        type: 'GRADUATORIA_APPROVED',
        actor,
        legalDate: input.act.date,
        payload: {
          act: input.act,
          graduatoriaId: graduatoria.id,
          idonei: ranking.entries.length,
          winners: ranking.winners.map((w) => w.candidateId),
          rankingDigest,
          validUntil: validity.dueDate,
          publication: ['ALBO_PRETORIO', 'SITO_WEB'],
          basis: 'artt. 99-101; validità tre anni (T17)',
        },
      },
    ],
    deadlines: [validity],
    reminders: [],
    messages: [],
    records: [{ ...graduatoriaKey(state.entityId, graduatoria.id), ...graduatoria }],
    sideRecords: parts.map((part, i) => ({
      pk,
      sk: `${rankingPrefix(rankingDigest)}${String(i).padStart(4, '0')}`,
      part,
    })),
  };
}

/**
 * The Giunta's delibera approving the operations and results of the concorso (art. 102, L1667). The
 * regulation also makes the HR head's approval "immediatamente efficace" (art. 101 c.2, L1649): DECISIONS
 * D3 C3 settles the conflict — the approval is the effective act, the ratification an optional step that
 * changes neither the validity nor the hand-off. Once only, not before the approval, not in the future.
 */
export function ratifyGraduatoria(
  state: Concorso,
  input: RatificationInput,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const g = state.data.graduatoria;
  if (state.phase !== 'GRADUATORIA_APPROVED' || !g) {
    throw problems.wrongPhase("La ratifica della Giunta segue l'approvazione della graduatoria.");
  }
  if (g.ratification) {
    throw problems.conflict(
      'already-ratified',
      `Graduatoria già ratificata con delibera n. ${g.ratification.number} del ${italianDate(g.ratification.date)}.`,
    );
  }
  const errors: FieldError[] = [];
  if (input.deliberation.date > romeDateOf(ctx.now))
    errors.push({ field: 'deliberation.date', message: 'La data non può essere futura.' });
  if (input.deliberation.date < g.approval.date)
    errors.push({
      field: 'deliberation.date',
      message: `La delibera non può precedere l'approvazione della graduatoria (${italianDate(g.approval.date)}).`,
    });
  if (errors.length) throw problems.validation(errors);
  const ratification = { ...input.deliberation, recordedAt: ctx.now.toISOString() };
  return {
    phase: state.phase,
    data: { ...state.data, graduatoria: { ...g, ratification } },
    events: [
      {
        type: 'GRADUATORIA_RATIFIED',
        actor,
        legalDate: input.deliberation.date,
        payload: {
          deliberation: input.deliberation,
          graduatoriaId: g.graduatoriaId,
          effectiveFrom: g.approval.date,
          basis: "art. 102 (L1667); efficace dall'approvazione, art. 101 c.2 (L1649) — DECISIONS D3 C3",
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The hand-off to contract formation: the idonei in order, with where to reach each winner. */
function graduatoriaFor(
  state: Concorso,
  ranking: Ranking,
  input: ApprovalInput,
  byId: Map<string, ApplicantRef>,
  validUntil: string,
  actor: ActorRef,
  ctx: TermContext,
): Graduatoria {
  const post = state.data.bando.posts[0];
  return {
    // One graduatoria per concorso: its id derives from the concorso's, so an approval is never handed over twice.
    id: `${state.entityId}.${`g${state.id.split('.').pop()}`.slice(0, 40)}`,
    entityId: state.entityId,
    title: state.title,
    sourceProcedureId: state.id,
    approval: input.act,
    post: {
      category: post.category,
      profile: post.profile,
      service: input.post.service,
      workplace: input.post.workplace,
    },
    posts: ranking.posts,
    entries: ranking.entries.map((e) => {
      const a = byId.get(e.candidateId);
      return {
        position: e.position,
        name: a?.name ?? e.candidateId,
        taxCode: a?.taxCode ?? '',
        score: e.score,
        ...(a?.email ? { email: a.email } : {}),
        ...(a?.pec ? { pec: a.pec } : {}),
        ...(a?.address ? { address: a.address } : {}),
      };
    }),
    validUntil,
    createdAt: ctx.now.toISOString(),
    createdBy: actor.id,
  };
}

/** Art. 121 fees, for the record: each member's fee and how it was computed, the candidates examined. */
function feesOf(state: Concorso, tests: Record<string, StoredTest>): Pick<ApprovedGraduatoria, 'fees'> {
  const board = state.data.board?.board;
  if (!board) return {};
  const examined = Math.max(0, ...Object.values(tests).map((t) => t.test.codes.length));
  const fees = boardFees(
    {
      procedureType: 'CONCORSO_PUBBLICO',
      category: state.data.bando.posts[0].category,
      competitionType: state.data.bando.competitionType,
      examined,
    },
    feeRecipientsOf(board),
  );
  if (!fees.applicable) return {};
  return {
    fees: {
      total: fees.total,
      reason: fees.reason,
      lines: fees.lines.map((l) => ({ memberId: l.memberId, fee: l.fee, steps: l.steps.map((x) => x.text) })),
    },
  };
}
