/**
 * The examination board as acts of the concorso (recruitment.md §12; anticorruption-massa-carrara.md
 * §1.A; piao-lucca-nuxis.md §1.2): its appointment, refused unless every rule of commission.ts passes
 * (seats, qualifications, the gender third unless a motivated impossibility is recorded); each member's
 * declarations — at appointment, and about the admitted candidates once the admission is determined; a
 * member's replacement. After each act the board's standing (may it act? why not?) is kept on the
 * concorso, so the page and the guard of the board's acts (calendar, marks) read the same answer.
 */
import { romeDateOf } from '../../calendar/dates';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import type { ActorRef } from '../model';
import type { AppointBoard, BoardDeclarationInput, ReplaceBoardMember } from './board-schemas';
import {
  type Board,
  type BoardAct,
  type BoardContext,
  type BoardMember,
  boardMayAct,
  type CandidateRef,
  checkComposition,
  type Declaration,
  GENDER_RULE,
  NUXIS_GENDER_RULE,
  replaceMember,
  SEAT_LABELS,
} from './commission';
import type { Concorso, ConcorsoDecision, TermContext } from './concorso';

export interface BoardRecord {
  board: Board;
  context: { postArea: string; respHrId: string; hiringServiceHeadId: string };
  /** Recomputed after every act on the board and after the admission: what keeps it from acting. */
  standing: BoardStanding;
}

export interface BoardStanding {
  mayAct: boolean;
  obstacles: string[];
  /** Declarations owed and not yet made: who, and which. */
  missing: { memberId: string; memberName: string; kind: string }[];
  /** People barred by what they declared: they must be replaced. */
  barred: { memberId: string; memberName: string; kind: string }[];
}

/** Phases in which the board may be appointed or changed: from publication until the procedure ends. */
const BOARD_PHASES = ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ADMISSION_OPEN', 'ADMISSION_DETERMINED', 'EXAMS_SCHEDULED'];

/** The board's context: a public competition for the bando's (first) post, with the entity's gender rule. */
export function boardContext(state: Concorso, ctx: BoardRecord['context']): BoardContext {
  return {
    procedureType: 'CONCORSO_PUBBLICO',
    category: state.data.bando.posts[0].category,
    postArea: ctx.postArea,
    respHrId: ctx.respHrId,
    hiringServiceHeadId: ctx.hiringServiceHeadId,
    // Nuxis' PIAO sets its own share (piao-lucca-nuxis.md §1.2); the others follow art. 119 c.5.
    genderRule: state.entityId === 'nuxis' ? NUXIS_GENDER_RULE : GENDER_RULE,
  };
}

/**
 * The admitted candidates, once the admission is determined: every application not excluded
 * (admitted with reserve included). Undefined before: the conflict declarations are not yet owed.
 */
export function admittedOf(state: Concorso, applicants: { id: string; name: string }[]): CandidateRef[] | undefined {
  const admission = state.data.admission;
  if (!admission) return undefined;
  const excluded = new Set(admission.excluded.map((x) => x.applicationId));
  return applicants.filter((a) => !excluded.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
}

export function standingOf(
  state: Concorso,
  record: Omit<BoardRecord, 'standing'>,
  admitted: CandidateRef[] | undefined,
  act: BoardAct = 'CALENDARIO_PROVE',
): BoardStanding {
  const r = boardMayAct(record.board, boardContext(state, record.context), act, admitted);
  const who = (x: { memberId: string; memberName: string; kind: string }) => ({
    memberId: x.memberId,
    memberName: x.memberName,
    kind: x.kind,
  });
  return {
    mayAct: r.allowed,
    obstacles: r.reasons,
    missing: r.declarations.missing.map(who),
    barred: r.declarations.barred.map(who),
  };
}

function assertPhase(state: Concorso): void {
  if (!BOARD_PHASES.includes(state.phase)) {
    throw problems.wrongPhase(
      'La commissione si nomina dopo la pubblicazione del bando e prima della sua conclusione.',
    );
  }
}

function notFuture(date: string, field: string, ctx: TermContext): FieldError[] {
  return date > romeDateOf(ctx.now) ? [{ field, message: 'La data non può essere futura.' }] : [];
}

function member(input: AppointBoard['members'][number]): BoardMember {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as unknown as BoardMember;
}

/** The failed checks as field errors: on the member they concern, else on the board as a whole. */
function compositionErrors(board: Board, checks: { passed: boolean; reason: string; memberId?: string }[]) {
  return checks
    .filter((c) => !c.passed)
    .map((c) => {
      const i = c.memberId ? board.members.findIndex((m) => m.id === c.memberId) : -1;
      return { field: i >= 0 ? `members.${i}` : 'members', message: c.reason };
    });
}

function decision(state: Concorso, record: BoardRecord, event: ConcorsoDecision['events'][number]): ConcorsoDecision {
  return {
    phase: state.phase,
    data: { ...state.data, board: record },
    events: [event],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The board's appointment (art. 119 c.1-2, 5, 7): refused, with every failed rule, unless it is regular. */
export function appointBoard(
  state: Concorso,
  input: AppointBoard,
  admitted: CandidateRef[] | undefined,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  assertPhase(state);
  if (state.data.board) {
    throw problems.conflict(
      'board-exists',
      'La commissione è già nominata: un componente si cambia con la sostituzione, motivata.',
    );
  }
  const errors = notFuture(input.act.date, 'act.date', ctx);
  if (errors.length) throw problems.validation(errors);
  const board: Board = {
    appointedBy: input.appointedBy,
    appointment: { act: input.act.number, date: input.act.date },
    members: input.members.map(member),
    ...(input.genderException ? { genderException: input.genderException } : {}),
    declarations: [],
    formerMembers: [],
  };
  const context = {
    postArea: input.postArea,
    respHrId: input.respHrId,
    hiringServiceHeadId: input.hiringServiceHeadId,
  };
  const composition = checkComposition(board, boardContext(state, context));
  if (!composition.valid) {
    throw problems.rejected(
      'La commissione non è regolarmente composta: ogni motivo indica la norma violata.',
      compositionErrors(board, composition.checks),
    );
  }
  const record = { board, context };
  return decision(
    state,
    { ...record, standing: standingOf(state, record, admitted) },
    {
      type: 'BOARD_APPOINTED',
      actor,
      legalDate: input.act.date,
      payload: {
        act: input.act,
        appointedBy: input.appointedBy,
        members: board.members.map((m) => ({ id: m.id, name: m.name, seat: m.seat, gender: m.gender })),
        genderException: input.genderException?.motivation,
        checks: composition.checks.map((c) => ({ id: c.id, passed: c.passed })),
        basis: 'art. 119 c.1-7',
      },
    },
  );
}

/**
 * A declaration of a board member (art. 35-bis D.Lgs. 165/2001; art. 119 c.4; the conflict declaration
 * about the admitted candidates). The conflict declaration covers the admitted list as it stands; a
 * declared bar or conflict is recorded and keeps the board from acting until the person is replaced.
 */
export function recordBoardDeclaration(
  state: Concorso,
  input: BoardDeclarationInput,
  admitted: CandidateRef[] | undefined,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const record = state.data.board;
  if (!record) throw problems.wrongPhase('La commissione non è ancora nominata.');
  const person = record.board.members.find((m) => m.id === input.memberId);
  const errors: FieldError[] = [...notFuture(input.date, 'date', ctx)];
  if (!person) errors.push({ field: 'memberId', message: 'Non è componente né segretario della commissione.' });
  if (input.date < (record.board.appointment?.date ?? '')) {
    errors.push({ field: 'date', message: 'La dichiarazione non può precedere la nomina.' });
  }
  let candidateIds: string[] | undefined;
  if (input.kind === 'CONFLITTO_CANDIDATI') {
    if (!admitted) {
      throw problems.wrongPhase(
        "La dichiarazione sui candidati si rende quando è formato l'elenco degli ammessi (determinazione di ammissione).",
      );
    }
    const ids = new Set(admitted.map((c) => c.id));
    if (input.outcome === 'SUSSISTENZA') {
      candidateIds = input.conflictApplicationIds ?? [];
      if (!candidateIds.length) {
        errors.push({
          field: 'conflictApplicationIds',
          message: 'Indicare i candidati con cui sussiste il conflitto.',
        });
      }
      candidateIds.forEach((id, i) => {
        if (!ids.has(id)) errors.push({ field: `conflictApplicationIds.${i}`, message: 'Non è un candidato ammesso.' });
      });
    } else {
      // Declared against the list shown: every admitted candidate, as the list stands now.
      candidateIds = admitted.map((c) => c.id);
    }
  }
  if (errors.length) throw problems.validation(errors);
  const declaration: Declaration = {
    memberId: input.memberId,
    kind: input.kind,
    date: input.date,
    outcome: input.outcome,
    ...(candidateIds ? { candidateIds } : {}),
  };
  const board = { ...record.board, declarations: [...record.board.declarations, declaration] };
  const next = { board, context: record.context };
  const standing = standingOf(state, next, admitted);
  return decision(
    state,
    { ...next, standing },
    {
      type: 'BOARD_DECLARATION_RECORDED',
      actor,
      legalDate: input.date,
      payload: {
        memberId: input.memberId,
        memberName: person!.name,
        kind: input.kind,
        outcome: input.outcome,
        candidates: candidateIds?.length,
        barred: standing.barred.some((b) => b.memberId === input.memberId),
      },
    },
  );
}

/** A member replaced (art. 119 c.6; spec R-COM-04): valid only if the board stays regular. */
export function replaceBoardMember(
  state: Concorso,
  input: ReplaceBoardMember,
  admitted: CandidateRef[] | undefined,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const record = state.data.board;
  if (!record) throw problems.wrongPhase('La commissione non è ancora nominata.');
  assertPhase(state);
  const errors = notFuture(input.reason.date, 'reason.date', ctx);
  if (!record.board.members.some((m) => m.id === input.memberId)) {
    errors.push({ field: 'memberId', message: 'Non è componente né segretario della commissione.' });
  }
  if (errors.length) throw problems.validation(errors);
  const result = replaceMember(
    record.board,
    input.memberId,
    member(input.replacement),
    input.reason,
    boardContext(state, record.context),
  );
  if (!result.valid) {
    throw problems.rejected(
      'La sostituzione lascerebbe la commissione irregolare.',
      result.checks.filter((c) => !c.passed).map((c) => ({ field: 'replacement', message: c.reason })),
    );
  }
  const next = { board: result.board, context: record.context };
  return decision(
    state,
    { ...next, standing: standingOf(state, next, admitted) },
    {
      type: 'BOARD_MEMBER_REPLACED',
      actor,
      legalDate: input.reason.date,
      payload: {
        replaced: input.memberId,
        replacement: { id: input.replacement.id, name: input.replacement.name, seat: input.replacement.seat },
        seat: SEAT_LABELS[input.replacement.seat],
        cause: input.reason.cause,
        record: result.record,
      },
    },
  );
}

/** The guard of every board act: refused with the Italian reasons unless the board may act. */
export function assertBoardMayAct(state: Concorso, act: BoardAct, admitted: CandidateRef[] | undefined): void {
  const record = state.data.board;
  if (!record) throw problems.wrongPhase('La commissione non è ancora nominata: non può compiere atti.');
  const standing = standingOf(state, record, admitted, act);
  if (!standing.mayAct) {
    throw problems.conflict('board-may-not-act', standing.obstacles.join(' '), {
      errors: standing.obstacles.map((message) => ({ field: '(commissione)', message })),
    });
  }
}
