/**
 * The acts of the three mobility variants, as pure transitions. Each check comes from ./rules (with its
 * citation); an act that fails one is refused with the reason, nothing changed.
 */
import type { z } from 'zod';
import type { Calendar } from '../../calendar/calendar';
import { romeDateOf } from '../../calendar/dates';
import { formatCitation, type TermRule } from '../../calendar/terms';
import type { Entity } from '../../entities/entities';
import { type StaffMember, staffMember } from '../../entities/staff';
import { type FieldError, problems } from '../../http/problem';
import { deadlineFrom, remindersFor } from '../deadlines';
import { type ActorRef, type Deadline, type Decision, type NewEvent, SYSTEM_ACTOR } from '../model';
import {
  type IncomingData,
  type InternalData,
  MOBILITY,
  MOBILITY_PHASE_LABELS,
  type MobilityData,
  type MobilityPhase,
  type MobilityProcedure,
  type OutgoingData,
} from './model';
import {
  executionAllowed,
  giuntaOpinionCheck,
  incomingAdmission,
  internalTransferCheck,
  mobilityBoard,
  outgoingEligibility,
  secondedInquadramentoCheck,
  serviceHeadOpinionValid,
} from './rules';
import type * as s from './schemas';
import { NEGATIVE_OUTCOMES } from './schemas';

export interface MobilityActContext {
  now: Date;
  entity: Entity;
  calendar: Calendar;
  ruleSet: string;
  rule: (termId: string) => TermRule;
  newId: () => string;
}

export type MobilityDecision = Decision<MobilityPhase, MobilityData>;
type Terms = { deadlines: Deadline[]; reminders: Decision['reminders'] };

const today = (ctx: MobilityActContext) => romeDateOf(ctx.now);

function dateErrors(field: string, date: string, ctx: MobilityActContext, notBefore?: { date: string; what: string }) {
  const errors: FieldError[] = [];
  if (date > today(ctx)) errors.push({ field, message: "La data dell'atto non può essere futura." });
  if (notBefore && date < notBefore.date)
    errors.push({ field, message: `La data non può precedere ${notBefore.what} (${notBefore.date}).` });
  return errors;
}

function fail(errors: FieldError[]) {
  if (errors.length) throw problems.validation(errors);
}

function requirePhase(p: MobilityProcedure, phases: MobilityPhase[], what: string) {
  if (!phases.includes(p.phase))
    throw problems.wrongPhase(`${what} non è ammesso nella fase attuale (${MOBILITY_PHASE_LABELS[p.phase]}).`);
}

function requireRole(actor: ActorRef, role: string, why: string) {
  if (actor.role !== role) throw problems.forbidden(why);
}

/** Checks that failed, as one refusal: the reasons carry their citations. */
function refuseFailed(checks: { passed: boolean; reason: string }[], detail: string) {
  const failed = checks.filter((c) => !c.passed);
  if (failed.length) throw problems.rejected(`${detail}: ${failed.map((c) => c.reason).join(' ')}`);
}

const event = (
  type: string,
  actor: ActorRef,
  legalDate: string | undefined,
  payload: Record<string, unknown>,
): NewEvent => ({
  type,
  actor,
  ...(legalDate ? { legalDate } : {}),
  payload,
});

function base(
  entityId: string,
  id: string,
  title: string,
  phase: MobilityPhase,
  data: MobilityData,
  actor: ActorRef,
  ruleSet: string,
  now: Date,
): MobilityProcedure {
  const at = now.toISOString();
  return {
    entityId,
    id,
    type: MOBILITY,
    title,
    phase,
    version: 1,
    ruleSet,
    workflowVersion: 1,
    data,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
  };
}

/** Who is on staff: a request from someone not on the register is refused (issue: bad input). */
export function onStaff(entityId: string, userId: string): StaffMember {
  const member = staffMember(entityId, userId);
  if (!member) {
    throw problems.validation([
      {
        field: 'employeeUserId',
        message:
          "Il richiedente non risulta nel personale di ruolo dell'ente: la mobilità è riservata ai dipendenti (art. 74 c.1).",
      },
    ]);
  }
  return member;
}

const employeeOf = (m: StaffMember) => ({
  userId: m.userId,
  name: m.name,
  category: m.category,
  profile: m.profile,
  service: m.service,
});

// ------------------------------------------------------------------ outgoing (art. 74, art. 110 c.8)

export function requestOutgoing(
  input: z.infer<typeof s.outgoingRequestSchema>,
  member: StaffMember,
  actor: ActorRef,
  id: string,
  ctx: MobilityActContext,
) {
  fail(dateErrors('requestedOn', input.requestedOn, ctx));
  const eligibility = outgoingEligibility(
    member,
    input.requestedOn,
    {},
    { ruleSetRef: ctx.ruleSet, calendar: ctx.calendar },
  );
  const data: OutgoingData = {
    variant: 'OUT',
    employee: employeeOf(member),
    destination: input.destination,
    reasons: input.reasons,
    requestedOn: input.requestedOn,
    eligibility: eligibility.checks,
    admissible: eligibility.admissible,
  };
  const procedure = base(
    input.entityId,
    id,
    `Mobilità verso ${input.destination} — ${member.name}`,
    'RICHIESTA',
    data,
    actor,
    ctx.ruleSet,
    ctx.now,
  );
  return {
    procedure,
    events: [
      event('OUTGOING_MOBILITY_REQUESTED', actor, input.requestedOn, {
        destination: input.destination,
        admissible: eligibility.admissible,
        checks: eligibility.checks.map((c) => ({ id: c.id, passed: c.passed })),
      }),
    ],
  };
}

/** The Giunta's derogation to the four-year bar (L1265), with the L1840 exception for recent concorso hires. */
export function giuntaDerogation(
  p: MobilityProcedure,
  input: z.infer<typeof s.giuntaDerogationSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  const d = p.data as OutgoingData;
  requirePhase(p, ['RICHIESTA'], 'La deroga della Giunta');
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.requestedOn, what: 'la richiesta' }));
  const member = onStaff(p.entityId, d.employee.userId);
  const eligibility = outgoingEligibility(
    member,
    d.requestedOn,
    { giuntaDerogation: { act: input.act, date: input.legalDate }, concorsoException: input.concorsoException },
    { ruleSetRef: ctx.ruleSet, calendar: ctx.calendar },
  );
  return {
    phase: p.phase,
    data: {
      ...d,
      giuntaDerogation: { act: input.act, date: input.legalDate, concorsoException: input.concorsoException },
      eligibility: eligibility.checks,
      admissible: eligibility.admissible,
    },
    events: [
      event('GIUNTA_DEROGATION', actor, input.legalDate, {
        act: input.act,
        concorsoException: input.concorsoException ?? null,
        admissible: eligibility.admissible,
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/**
 * The opinion of the head of the employee's service (outgoing: favourable and unconditional, V-MOB-03)
 * or of a head involved (internal: motivated assessments, L1279). Only a head of service gives it.
 */
export function serviceHeadOpinion(
  p: MobilityProcedure,
  input: z.infer<typeof s.opinionSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['RICHIESTA', 'ISTRUTTORIA'], 'Il parere del responsabile del servizio');
  const head = staffMember(p.entityId, actor.id);
  if (actor.role !== 'RESP_SERVIZIO' || !head?.isResponsabileServizio) {
    throw problems.forbidden('Il parere spetta al Responsabile del servizio (art. 74 c.2, L1263; art. 76 c.2, L1279).');
  }
  const d = p.data as OutgoingData | InternalData;
  if (d.variant === 'OUT' && head.service !== d.employee.service) {
    throw problems.forbidden(
      `Il parere spetta al Responsabile del servizio di assegnazione del dipendente (${d.employee.service}) (art. 74 c.2, L1263).`,
    );
  }
  fail(dateErrors('legalDate', input.legalDate, ctx));
  const validity = serviceHeadOpinionValid({
    favourable: input.favourable,
    text: input.text,
    conditional: input.conditional,
  });
  const opinion = {
    by: { userId: actor.id, name: actor.name },
    date: input.legalDate,
    favourable: input.favourable,
    text: input.text,
    conditional: validity.conditionalPhrases.length > 0 || input.conditional,
    check: validity.check,
  };
  const data: MobilityData =
    d.variant === 'OUT' ? { ...d, serviceHeadOpinion: opinion } : { ...d, opinions: [...d.opinions, opinion] };
  return {
    phase: p.phase,
    data,
    events: [
      event('SERVICE_HEAD_OPINION', actor, input.legalDate, { favourable: input.favourable, valid: validity.valid }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

export function giuntaOpinion(
  p: MobilityProcedure,
  input: z.infer<typeof s.giuntaOpinionSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['RICHIESTA'], 'Il parere della Giunta');
  const d = p.data as OutgoingData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.requestedOn, what: 'la richiesta' }));
  return {
    phase: p.phase,
    data: { ...d, giuntaOpinion: { act: input.act, date: input.legalDate, favourable: input.favourable } },
    events: [event('GIUNTA_OPINION', actor, input.legalDate, { act: input.act, favourable: input.favourable })],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** Authorisation or refusal by the HR head (art. 74 c.2). Granting needs the bars passed and both opinions. */
export function decide(
  p: MobilityProcedure,
  input: z.infer<typeof s.decisionSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requireRole(
    actor,
    'HR_HEAD',
    'La decisione spetta al Responsabile del Servizio Gestione Risorse Umane (art. 74 c.2, L1263; art. 76 c.4, L1283).',
  );
  if ((p.data as MobilityData).variant === 'INT') return decideInternal(p, input, actor, ctx);
  requirePhase(p, ['RICHIESTA'], 'La decisione sulla mobilità');
  const d = p.data as OutgoingData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.requestedOn, what: 'la richiesta' }));
  if (input.outcome === 'DISPOSTA') fail([{ field: 'outcome', message: 'Esito: AUTORIZZATA o RESPINTA.' }]);
  if (input.outcome === 'AUTORIZZATA') {
    const member = onStaff(p.entityId, d.employee.userId);
    // The 3-year rule bars the authorisation (L1840): checked again on the decision's date.
    const eligibility = outgoingEligibility(
      member,
      d.requestedOn,
      {
        giuntaDerogation: d.giuntaDerogation
          ? { act: d.giuntaDerogation.act, date: d.giuntaDerogation.date }
          : undefined,
        concorsoException: d.giuntaDerogation?.concorsoException,
        authorizationDate: input.legalDate,
      },
      { ruleSetRef: ctx.ruleSet, calendar: ctx.calendar },
    );
    refuseFailed(eligibility.checks, 'Autorizzazione non ammessa');
    if (!d.serviceHeadOpinion)
      throw problems.rejected('Manca il parere del Responsabile del servizio di assegnazione (art. 74 c.2, L1263).');
    refuseFailed([d.serviceHeadOpinion.check!], 'Autorizzazione non ammessa');
    if (!d.giuntaOpinion) throw problems.rejected('Manca il parere della Giunta (art. 74 c.2, L1263).');
    refuseFailed([giuntaOpinionCheck({ favourable: d.giuntaOpinion.favourable })], 'Autorizzazione non ammessa');
  }
  return {
    phase: input.outcome === 'AUTORIZZATA' ? 'AUTORIZZATA' : 'RESPINTA',
    data: {
      ...d,
      decision: {
        date: input.legalDate,
        outcome: input.outcome === 'AUTORIZZATA' ? 'AUTORIZZATA' : 'RESPINTA',
        motivation: input.motivation,
      },
    },
    events: [
      event(
        input.outcome === 'AUTORIZZATA' ? 'OUTGOING_MOBILITY_AUTHORISED' : 'OUTGOING_MOBILITY_REFUSED',
        actor,
        input.legalDate,
        { motivation: input.motivation },
      ),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

export function agreeTransferDate(
  p: MobilityProcedure,
  input: z.infer<typeof s.transferDateSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['AUTORIZZATA'], 'La data del trasferimento');
  const d = p.data as OutgoingData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.decision!.date, what: "l'autorizzazione" }));
  if (input.transferDate < input.legalDate)
    fail([{ field: 'transferDate', message: "Il trasferimento non può precedere l'accordo." }]);
  return {
    phase: p.phase,
    data: { ...d, transferDate: input.transferDate },
    events: [event('TRANSFER_DATE_AGREED', actor, input.legalDate, { transferDate: input.transferDate })],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The employment ends by transfer (art. 148 lett. h, L2272) on the agreed date. */
export function recordCessation(
  p: MobilityProcedure,
  input: z.infer<typeof s.cessationSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['AUTORIZZATA'], 'La cessazione per mobilità');
  const d = p.data as OutgoingData;
  if (!d.transferDate)
    throw problems.rejected("Manca la data del trasferimento concordata con l'ente di destinazione.");
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.transferDate, what: 'la data del trasferimento' }));
  return {
    phase: 'CONCLUSA',
    data: { ...d, cessationOn: input.legalDate },
    events: [
      event('EMPLOYMENT_ENDED_BY_TRANSFER', actor, input.legalDate, {
        destination: d.destination,
        basis: 'art. 148 lett. h, L2272',
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

// ------------------------------------------------------------------ incoming (art. 107bis)

export function publishNotice(
  input: z.infer<typeof s.incomingNoticeSchema>,
  actor: ActorRef,
  id: string,
  ctx: MobilityActContext,
) {
  fail(dateErrors('notice.publishedOn', input.notice.publishedOn, ctx));
  const rule = ctx.rule('mobility.incomingNoticePublication');
  const deadline = deadlineFrom(rule, ctx.ruleSet, 'NOTICE_PUBLICATION', input.notice.publishedOn, ctx);
  const data: IncomingData = {
    variant: 'IN',
    route: 'AVVISO',
    post: input.post,
    notice: input.notice,
    applications: [],
  };
  const procedure = base(
    input.entityId,
    id,
    `Mobilità in entrata — ${input.post.profile} (cat. ${input.post.category})`,
    'AVVISO_PUBBLICATO',
    data,
    actor,
    ctx.ruleSet,
    ctx.now,
  );
  return {
    procedure,
    events: [
      event('MOBILITY_NOTICE_PUBLISHED', actor, input.notice.publishedOn, {
        act: input.notice.act,
        applicationsUntil: deadline.dueDate,
        basis: formatCitation(deadline.citation),
      }),
    ],
    deadlines: [deadline],
    reminders: remindersFor(rule, deadline, ctx.entity.hrOffice.email, ctx.now),
  };
}

/**
 * Taking on seconded staff (art. 80 c.2 f, L1330; T-MOB-04, FX-MOB-12): after a year of service at the
 * Comune, with the Administration's interest and both prior consents. Refused with the reasons
 * otherwise; when allowed, the person is selected with the consent in hand, ready for the hand-off.
 */
export function takeOnSeconded(
  input: z.infer<typeof s.secondedSchema>,
  actor: ActorRef,
  id: string,
  ctx: MobilityActContext,
) {
  fail([
    ...dateErrors('decision.date', input.decision.date, ctx),
    ...dateErrors('secondmentStart', input.secondmentStart, ctx),
  ]);
  const result = secondedInquadramentoCheck(
    input.secondmentStart,
    input.decision.date,
    {
      employee: input.consents.employee,
      homeAdministration: input.consents.homeAdministration,
      administrationInterest: input.interest,
    },
    { ruleSetRef: ctx.ruleSet, calendar: ctx.calendar },
  );
  refuseFailed(result.checks, 'Inquadramento del personale comandato non ammesso');
  const candidateId = ctx.newId();
  const data: IncomingData = {
    variant: 'IN',
    route: 'COMANDO',
    post: input.post,
    seconded: {
      since: input.secondmentStart,
      interest: input.interest,
      consents: input.consents,
      decision: input.decision,
      checks: result.checks,
    },
    applications: [
      {
        id: candidateId,
        name: input.person.name,
        taxCode: input.person.taxCode,
        administration: input.person.administration,
        category: input.post.category,
        hasStudyTitle: true,
        seniorityYears: 0,
        sameArea: true,
        receivedOn: input.decision.date,
        ...(input.person.email ? { email: input.person.email } : {}),
        ...(input.person.pec ? { pec: input.person.pec } : {}),
        admitted: true,
        checks: result.checks,
      },
    ],
    evaluation: { date: input.decision.date, selectedId: candidateId },
    consent: {
      date: input.consents.homeAdministration.date,
      granted: true,
      act: input.consents.homeAdministration.act,
    },
  };
  const procedure = base(
    input.entityId,
    id,
    `Inquadramento del personale comandato — ${input.person.name}`,
    'ATTESA_ASSENSO',
    data,
    actor,
    ctx.ruleSet,
    ctx.now,
  );
  return {
    procedure,
    events: [
      event('SECONDED_STAFF_TAKEN_ON', actor, input.decision.date, {
        decision: input.decision,
        since: input.secondmentStart,
        basis: 'art. 80 c.2 lett. f, L1330',
      }),
    ],
  };
}

/** An application from another administration's employee: received by the term, checked for admission (L1761-L1769). */
export function recordApplication(
  p: MobilityProcedure,
  agg: Terms,
  input: z.infer<typeof s.applicationSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['AVVISO_PUBBLICATO'], 'La domanda di mobilità');
  const d = p.data as IncomingData;
  fail(
    dateErrors('receivedOn', input.receivedOn, ctx, {
      date: d.notice!.publishedOn,
      what: "la pubblicazione dell'avviso",
    }),
  );
  const term = agg.deadlines.find((x) => x.id === 'mobility.incomingNoticePublication');
  if (term && input.receivedOn > term.dueDate) {
    throw problems.rejected(
      `Domanda pervenuta il ${input.receivedOn}, oltre il termine dell'avviso (${term.dueDate}) (${formatCitation(term.citation)}).`,
    );
  }
  if (d.applications.some((a) => a.taxCode === input.taxCode))
    throw problems.conflict('duplicate-application', 'Domanda già registrata per questo codice fiscale.');
  const admission = incomingAdmission({ ...d.post, kind: d.post.kind! }, input);
  const { expectedVersion: _v, ...candidate } = input;
  const application = { ...candidate, id: ctx.newId(), admitted: admission.admissible, checks: admission.checks };
  return {
    phase: p.phase,
    data: { ...d, applications: [...d.applications, application] },
    events: [
      event('MOBILITY_APPLICATION_RECEIVED', actor, input.receivedOn, {
        applicationId: application.id,
        admitted: admission.admissible,
        route: admission.route ?? null,
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The board by post category with its substitutions (L1773-L1791, V-MOB-10); only after the term. */
export function appointBoard(
  p: MobilityProcedure,
  input: z.infer<typeof s.boardSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['VALUTAZIONE'], 'La nomina della commissione');
  const d = p.data as IncomingData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.notice!.publishedOn, what: "l'avviso" }));
  const { expectedVersion: _v, legalDate: _d, ...people } = input;
  const board = mobilityBoard({ kind: d.post.kind! }, people);
  refuseFailed(board.checks, 'Commissione non conforme');
  return {
    phase: p.phase,
    data: { ...d, board: { ...board, appointedOn: input.legalDate } },
    events: [
      event('MOBILITY_BOARD_APPOINTED', actor, input.legalDate, {
        members: board.members.map((m) => ({ role: m.role, name: m.person.name })),
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** CV and interview (L1771): the best admitted candidate is selected; the home administration's consent is chased. */
export function evaluate(
  p: MobilityProcedure,
  input: z.infer<typeof s.evaluationSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['VALUTAZIONE'], 'La valutazione');
  const d = p.data as IncomingData;
  if (!d.board) throw problems.rejected('Prima la nomina della commissione (art. 107bis, L1773-L1791).');
  fail(
    dateErrors('legalDate', input.legalDate, ctx, { date: d.board.appointedOn, what: 'la nomina della commissione' }),
  );
  const admitted = new Map(d.applications.filter((a) => a.admitted).map((a) => [a.id, a]));
  const errors = input.scores.flatMap((sc, i) =>
    admitted.has(sc.applicationId)
      ? []
      : [{ field: `scores.${i}.applicationId`, message: 'Domanda non ammessa o inesistente.' }],
  );
  fail(errors);
  const scored = d.applications.map((a) => {
    const sc = input.scores.find((x) => x.applicationId === a.id);
    return sc ? { ...a, score: { cv: sc.cv, interview: sc.interview, total: sc.cv + sc.interview } } : a;
  });
  const best = scored.filter((a) => a.score).sort((a, b) => b.score!.total - a.score!.total)[0];
  const consent = deadlineFrom(
    ctx.rule('mobility.homeConsent'),
    ctx.ruleSet,
    'CANDIDATE_SELECTED',
    input.legalDate,
    ctx,
  );
  return {
    phase: 'ATTESA_ASSENSO',
    data: { ...d, applications: scored, evaluation: { date: input.legalDate, selectedId: best.id } },
    events: [
      event('MOBILITY_CANDIDATE_SELECTED', actor, input.legalDate, {
        applicationId: best.id,
        total: best.score!.total,
      }),
    ],
    deadlines: [consent],
    reminders: remindersFor(ctx.rule('mobility.homeConsent'), consent, ctx.entity.hrOffice.email, ctx.now),
    messages: [],
  };
}

export function recordConsent(
  p: MobilityProcedure,
  agg: Terms,
  input: z.infer<typeof s.consentSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['ATTESA_ASSENSO'], "L'assenso dell'amministrazione di appartenenza");
  const d = p.data as IncomingData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.evaluation!.date, what: 'la selezione' }));
  const term = agg.deadlines.find(
    (x) => x.id === 'mobility.homeConsent' && (x.status === 'OPEN' || x.status === 'SUSPENDED'),
  );
  return {
    phase: p.phase,
    data: { ...d, consent: { date: input.legalDate, granted: input.granted, act: input.act } },
    events: [event('HOME_CONSENT', actor, input.legalDate, { granted: input.granted, act: input.act })],
    deadlines: term ? [{ ...term, status: 'MET', metBy: { act: 'HOME_CONSENT', legalDate: input.legalDate } }] : [],
    reminders: agg.reminders
      .filter((r) => r.deadlineId === 'mobility.homeConsent' && r.status === 'PENDING')
      .map((r) => ({ ...r, status: 'CANCELLED' as const })),
    messages: [],
  };
}

/**
 * The incoming mobility ends without a hire. Each reason must match the record: no applications only
 * when none was recorded, none suitable only once the notice has closed, consent refused only when the
 * home administration said no. The open terms end with it; the outcome is what a concorso for the same
 * post cites as the mobility attempt made first (art. 30 c.2-bis D.Lgs. 165/2001, ./prior-mobility).
 */
export function closeWithoutHire(
  p: MobilityProcedure,
  agg: Terms,
  input: z.infer<typeof s.negativeOutcomeSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['VALUTAZIONE', 'ATTESA_ASSENSO'], 'La chiusura senza assunzione');
  const d = p.data as IncomingData;
  const after = d.consent ?? d.evaluation ?? { date: d.notice?.publishedOn ?? d.seconded?.since ?? '' };
  const errors = dateErrors('legalDate', input.legalDate, ctx, {
    date: after.date,
    what: "l'ultimo atto della procedura",
  });
  if (input.reason === 'NESSUNA_DOMANDA' && d.applications.length > 0)
    errors.push({ field: 'reason', message: `Risultano ${d.applications.length} domande registrate.` });
  if (input.reason === 'NESSUN_IDONEO' && p.phase !== 'VALUTAZIONE')
    errors.push({
      field: 'reason',
      message: 'Un candidato è già stato individuato: la procedura attende il suo assenso.',
    });
  if (input.reason === 'ASSENSO_NEGATO' && d.consent?.granted !== false)
    errors.push({
      field: 'reason',
      message: "Non risulta registrato il diniego dell'amministrazione di appartenenza.",
    });
  if (input.reason === 'NESSUN_IDONEO' && !input.motivation)
    errors.push({ field: 'motivation', message: 'Motivare perché nessun candidato è idoneo.' });
  fail(errors);
  const reason = NEGATIVE_OUTCOMES[input.reason];
  return {
    phase: 'CONCLUSA',
    data: {
      ...d,
      negativeOutcome: {
        date: input.legalDate,
        act: input.act,
        reason: input.reason,
        ...(input.motivation ? { motivation: input.motivation } : {}),
      },
    },
    events: [
      event('MOBILITY_CLOSED_WITHOUT_HIRE', actor, input.legalDate, {
        act: input.act,
        reason,
        ...(input.motivation ? { motivation: input.motivation } : {}),
      }),
    ],
    deadlines: agg.deadlines
      .filter((x) => x.status === 'OPEN' || x.status === 'SUSPENDED')
      .map((x) => ({ ...x, status: 'CANCELLED' as const })),
    reminders: agg.reminders.filter((r) => r.status === 'PENDING').map((r) => ({ ...r, status: 'CANCELLED' as const })),
    messages: [],
  };
}

/** Hand-off to contract formation (art. 110): records the appointment procedure the API opens. */
export function handOff(p: MobilityProcedure, contractProcedureId: string, actor: ActorRef): MobilityDecision {
  requirePhase(p, ['ATTESA_ASSENSO'], "L'avvio dell'assunzione");
  const d = p.data as IncomingData;
  if (!d.consent?.granted)
    throw problems.rejected("Manca l'assenso dell'amministrazione di appartenenza (art. 30 c.1 D.Lgs. 165/2001).");
  return {
    phase: 'ASSUNZIONE_AVVIATA',
    data: { ...d, contractProcedureId },
    events: [event('HANDED_TO_CONTRACT_FORMATION', actor, undefined, { contractProcedureId })],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

// ------------------------------------------------------------------ internal (art. 76)

export function requestInternal(
  input: z.infer<typeof s.internalRequestSchema>,
  member: StaffMember,
  actor: ActorRef,
  id: string,
  ctx: MobilityActContext,
) {
  const errors = dateErrors('requestedOn', input.requestedOn, ctx);
  if (input.temporary && input.temporary.endDate <= input.requestedOn)
    errors.push({
      field: 'temporary.endDate',
      message: 'La fine della mobilità temporanea deve seguire la richiesta.',
    });
  if (input.to.service === member.service)
    errors.push({ field: 'to.service', message: 'Il servizio di destinazione è quello attuale.' });
  fail(errors);
  const data: InternalData = {
    variant: 'INT',
    mode: input.mode,
    employee: employeeOf(member),
    to: input.to,
    reasons: input.reasons,
    ...(input.temporary ? { temporary: input.temporary } : {}),
    opinions: [],
    communications: [],
  };
  const procedure = base(
    input.entityId,
    id,
    `Mobilità interna${input.temporary ? ' temporanea' : ''} — ${member.name} verso ${input.to.service}`,
    'ISTRUTTORIA',
    data,
    actor,
    ctx.ruleSet,
    ctx.now,
  );
  return {
    procedure,
    events: [
      event('INTERNAL_MOBILITY_STARTED', actor, input.requestedOn, {
        mode: input.mode,
        to: input.to,
        basis: input.mode === 'RICHIESTA' ? 'art. 76 c.1, L1277' : 'art. 76 c.3, L1281',
      }),
    ],
  };
}

/** Same category, analogous profile (V-MOB-20), on the opinions of the heads involved (L1283). */
function decideInternal(
  p: MobilityProcedure,
  input: z.infer<typeof s.decisionSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['ISTRUTTORIA'], 'La decisione sulla mobilità interna');
  const d = p.data as InternalData;
  fail(dateErrors('legalDate', input.legalDate, ctx));
  if (input.outcome === 'AUTORIZZATA') fail([{ field: 'outcome', message: 'Esito: DISPOSTA o RESPINTA.' }]);
  const check = internalTransferCheck(d.employee, d.to, {
    analogousProfileMotivation: input.analogousProfileMotivation,
  });
  if (input.outcome === 'DISPOSTA') {
    refuseFailed(check.checks, 'Trasferimento non ammesso');
    if (d.opinions.length === 0)
      throw problems.rejected('Mancano le valutazioni dei responsabili di servizio interessati (art. 76 c.2, L1279).');
  }
  return {
    phase: input.outcome === 'DISPOSTA' ? 'DISPOSTA' : 'RESPINTA',
    data: {
      ...d,
      decision: {
        date: input.legalDate,
        outcome: input.outcome === 'DISPOSTA' ? 'DISPOSTA' : 'RESPINTA',
        motivation: input.motivation,
        analogousProfileMotivation: input.analogousProfileMotivation,
        checks: check.checks,
      },
    },
    events: [
      event(
        input.outcome === 'DISPOSTA' ? 'INTERNAL_TRANSFER_ORDERED' : 'INTERNAL_TRANSFER_REFUSED',
        actor,
        input.legalDate,
        { motivation: input.motivation },
      ),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

export function recordCommunication(
  p: MobilityProcedure,
  input: z.infer<typeof s.communicationSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['DISPOSTA'], 'La comunicazione del trasferimento');
  const d = p.data as InternalData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.decision!.date, what: "l'atto di trasferimento" }));
  const communications = [
    ...d.communications.filter((c) => c.recipient !== input.recipient),
    { recipient: input.recipient, date: input.legalDate, reference: input.reference },
  ];
  return {
    phase: p.phase,
    data: { ...d, communications },
    events: [
      event('TRANSFER_COMMUNICATED', actor, input.legalDate, {
        recipient: input.recipient,
        reference: input.reference,
        basis: 'art. 76 c.6, L1287',
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** Executed only after the employee, the Sindaco, the Giunta and the unions were told (V-MOB-21, L1287). */
export function execute(
  p: MobilityProcedure,
  input: z.infer<typeof s.executeSchema>,
  actor: ActorRef,
  ctx: MobilityActContext,
): MobilityDecision {
  requirePhase(p, ['DISPOSTA'], "L'esecuzione del trasferimento");
  const d = p.data as InternalData;
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: d.decision!.date, what: "l'atto di trasferimento" }));
  const result = executionAllowed(d.communications, input.effectiveDate, {
    actDate: d.decision!.date,
    ...(d.temporary ? { temporary: d.temporary } : {}),
  });
  refuseFailed(result.checks, 'Trasferimento non eseguibile');
  return {
    phase: 'ESEGUITA',
    data: { ...d, effectiveDate: input.effectiveDate },
    events: [
      event('INTERNAL_TRANSFER_EXECUTED', actor, input.legalDate, {
        effectiveDate: input.effectiveDate,
        lastCommunication: result.lastCommunication ?? null,
        temporaryUntil: d.temporary?.endDate ?? null,
      }),
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The notice's term closes the applications (they bind the candidates, D2); the consent term escalates. */
export function expire(
  p: MobilityProcedure,
  agg: Terms,
  deadlineId: string,
  ctx: MobilityActContext,
): MobilityDecision {
  const d = agg.deadlines.find((x) => x.id === deadlineId);
  if (d?.status !== 'OPEN') throw problems.conflict('deadline-not-open', `Il termine ${deadlineId} non è aperto.`);
  if (Date.parse(d.dueAt) > ctx.now.getTime())
    throw problems.conflict('deadline-not-due', `Il termine ${deadlineId} non è ancora scaduto.`);
  const expired: Deadline = { ...d, status: 'EXPIRED', expiredAt: ctx.now.toISOString() };
  const closes = d.id === 'mobility.incomingNoticePublication' && p.phase === 'AVVISO_PUBBLICATO';
  return {
    phase: closes ? 'VALUTAZIONE' : p.phase,
    events: [
      event(closes ? 'MOBILITY_APPLICATIONS_CLOSED' : 'DEADLINE_EXPIRED', SYSTEM_ACTOR, d.dueDate, {
        deadlineId: d.id,
        label: d.label,
        basis: formatCitation(d.citation),
      }),
    ],
    deadlines: [expired],
    reminders: [],
    messages: [],
  };
}

export { MOBILITY };
