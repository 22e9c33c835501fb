/**
 * The acts of contract formation (ROUS artt. 108-110; recruitment.md §9): each a pure transition from the
 * procedure as it stands to a decision. Terms that run from receipt start only when the notice's
 * evidence is in; the winner's terms roll forward to the next open day (D2: they bind a private party).
 */
import type { z } from 'zod';
import type { Calendar } from '../../calendar/calendar';
import { addDays, diffDays, romeDateOf } from '../../calendar/dates';
import { computeTerm, formatCitation, type TermRule } from '../../calendar/terms';
import type { Entity } from '../../entities/entities';
import { staffMember } from '../../entities/staff';
import { type FieldError, problems } from '../../http/problem';
import { procPk } from '../../store/keys';
import { clockOperation } from '../clock';
import { deadlineFrom, remindersFor } from '../deadlines';
import {
  type Addressee,
  type DeliveryEvidence,
  type LegalChannel,
  type LegalCommunication,
  legalCommunication,
  manualDeliveryTarget,
  pecAvailable,
  pecReceiptTarget,
  replaceCommunication,
} from '../legal-communications';
import { type ActorRef, type Deadline, type Decision, type NewEvent, type Reminder, SYSTEM_ACTOR } from '../model';
import { contractTermsSchema, renderContract, validateContract } from './document';
import type { GraduatoriaEntry } from './graduatoria';
import { CONTRACT_PHASE_LABELS, type ContractData, type ContractPhase, type ContractProcedure } from './model';
import type * as s from './schemas';

export interface ContractContext {
  now: Date;
  entity: Entity;
  calendar: Calendar;
  rule: (termId: string) => TermRule;
  newId: () => string;
  /** A number of the general protocol register, drawn only if the act is accepted. */
  protocol: () => string;
  /** For acts that end the appointment: who the graduatoria proposes next (scorrimento). */
  nextEligible?: GraduatoriaEntry;
}

export type ContractDecision = Decision<ContractPhase, ContractData>;
type Terms = { deadlines: Deadline[]; reminders: Reminder[] };

export const TERMS = {
  takeUpService: 'contract.takeUpService',
  option: 'contract.optionDeclaration',
  extension: 'contract.serviceStartExtension',
  medicalReview: 'contract.medicalReview',
  probationShort: 'contract.probationShort',
  probationLong: 'contract.probationLong',
} as const;

/** Probation length by category: 2 months for Operatori and Operatori esperti (A, B), 6 otherwise [EXT, CCNL 16.11.2022]. */
export const probationTermFor = (category: string) =>
  /^(A|B1|B3)$/.test(category) ? TERMS.probationShort : TERMS.probationLong;

const today = (ctx: ContractContext) => romeDateOf(ctx.now);

function dateErrors(field: string, date: string, ctx: ContractContext, notBefore?: { date: string; what: string }) {
  const errors: FieldError[] = [];
  if (date > today(ctx)) errors.push({ field, message: "La data dell'atto non può essere futura." });
  if (notBefore && date < notBefore.date) {
    errors.push({ field, message: `La data non può precedere ${notBefore.what} (${notBefore.date}).` });
  }
  return errors;
}

function fail(errors: FieldError[]) {
  if (errors.length) throw problems.validation(errors);
}

function requirePhase(p: ContractProcedure, phases: ContractPhase[], what: string) {
  if (!phases.includes(p.phase)) {
    throw problems.wrongPhase(`${what} non è ammesso nella fase attuale (${CONTRACT_PHASE_LABELS[p.phase]}).`);
  }
}

const running = (agg: Terms, id: string) =>
  agg.deadlines.find((d) => d.id === id && (d.status === 'OPEN' || d.status === 'SUSPENDED'));
const met = (d: Deadline, act: string, legalDate: string): Deadline => ({
  ...d,
  status: 'MET',
  metBy: { act, legalDate },
});
const cancelled = (d: Deadline): Deadline => ({ ...d, status: 'CANCELLED' });
const cancelReminders = (agg: Terms, ids: string[]) =>
  agg.reminders
    .filter((r) => ids.includes(r.deadlineId) && r.status === 'PENDING')
    .map((r) => ({ ...r, status: 'CANCELLED' as const }));

function setTerm(p: ContractProcedure, termId: string, anchorEvent: string, anchorDate: string, ctx: ContractContext) {
  const rule = ctx.rule(termId);
  const deadline = deadlineFrom(rule, p.ruleSet, anchorEvent, anchorDate, ctx);
  const event: NewEvent = {
    type: 'DEADLINE_SET',
    actor: SYSTEM_ACTOR,
    payload: {
      deadlineId: deadline.id,
      label: deadline.label,
      dueDate: deadline.dueDate,
      basis: formatCitation(deadline.citation),
    },
  };
  return { deadline, reminders: remindersFor(rule, deadline, ctx.entity.hrOffice.email, ctx.now), event };
}

/** A term of the winner that is past (by the act's date) refuses the act: the appointment lapsed (L1798, L1838). */
function withinTerm(term: Deadline | undefined, date: string, field: string, what: string) {
  if (term && date > term.dueDate) {
    throw problems.rejected(
      `${what} del ${date} è oltre il termine "${term.label}" scaduto il ${term.dueDate} (${formatCitation(term.citation)}).`,
      [{ field, message: `Oltre il termine del ${term.dueDate}.` }],
    );
  }
}

const addressee = (p: ContractProcedure): Addressee => ({ ...p.data.appointee });

function noticeOfAppointment(
  p: ContractProcedure,
  channel: LegalChannel,
  act: { number: string; date: string },
  protocol: string,
  ctx: ContractContext,
) {
  const problem = pecAvailable(addressee(p), channel);
  if (problem) fail([{ field: 'channel', message: problem }]);
  const post = p.data.post;
  return legalCommunication(
    addressee(p),
    procPk(p.entityId, p.id),
    {
      kind: 'NOMINA',
      title: 'Comunicazione di nomina',
      channel,
      protocol,
      actDate: act.date,
      body: [
        `con determinazione n. ${act.number} del ${act.date} è stato/a nominato/a nel posto di ${post.profile}, categoria ${post.category}, presso ${post.service} (sede: ${post.workplace}).`,
        "Entro trenta giorni dal ricevimento della presente deve presentare i documenti richiesti per l'assunzione, sottoscrivere il contratto individuale di lavoro e prendere effettivo servizio (art. 108 c.2 del Regolamento degli uffici e dei servizi). In mancanza, sarà dichiarato/a decaduto/a dalla nomina.",
        ...(p.data.incompatibility
          ? [
              "Se è titolare di altro impiego o di un'attività incompatibile, entro lo stesso termine di trenta giorni deve dichiarare per quale posto opta; in mancanza la nomina sarà inefficace. Il termine per la presa di servizio è prorogato del preavviso dovuto per le dimissioni, comunque non oltre tre mesi (art. 108 c.3).",
            ]
          : []),
        `Ufficio responsabile: ${ctx.entity.hrOffice.name}, ${ctx.entity.hrOffice.address} (${ctx.entity.hrOffice.email}).`,
      ],
      basis: 'Comunicazione con prova di ricezione: i termini decorrono dal ricevimento (art. 108 c.2, L1798).',
      whereToRead: 'Può consultare la comunicazione e i documenti da presentare nella sua pagina personale.',
    },
    ctx,
  );
}

/** A new contract formation procedure: the appointment and its notice (art. 108 c.1-2, L1797-L1798). */
export function appoint(
  input: {
    entityId: string;
    source: ContractData['source'];
    appointee: ContractData['appointee'];
    post: ContractData['post'];
    appointment: { number: string; date: string };
    channel: LegalChannel;
    incompatibility?: { currentEmployer: string };
  },
  actor: ActorRef,
  id: string,
  ruleSet: string,
  ctx: ContractContext,
): { procedure: ContractProcedure; events: NewEvent[]; messages: Decision['messages'] } {
  fail(dateErrors('appointment.date', input.appointment.date, ctx));
  const protocol = ctx.protocol();
  const at = ctx.now.toISOString();
  const procedure: ContractProcedure = {
    entityId: input.entityId,
    id,
    type: 'contract',
    title: `Nomina di ${input.appointee.name} — ${input.post.profile} (cat. ${input.post.category})`,
    phase: 'NOMINA_IN_NOTIFICA',
    version: 1,
    ruleSet,
    workflowVersion: 1,
    data: {
      source: input.source,
      appointee: input.appointee,
      post: input.post,
      appointment: { act: input.appointment, protocol, communicationId: '' },
      ...(input.incompatibility ? { incompatibility: input.incompatibility } : {}),
      contracts: [],
      communications: [],
    },
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
  };
  const sent = noticeOfAppointment(procedure, input.channel, input.appointment, protocol, ctx);
  procedure.data.appointment.communicationId = sent.communication.id;
  procedure.data.communications = [sent.communication];
  return {
    procedure,
    events: [
      {
        type: 'APPOINTED',
        actor,
        legalDate: input.appointment.date,
        payload: {
          act: input.appointment,
          protocol,
          source: input.source,
          channel: input.channel,
          basis: 'art. 108 c.1, L1797',
        },
      },
    ],
    messages: sent.messages,
  };
}

/**
 * The notice reached the appointee: the 30 days to present documents, sign and take service run from
 * receipt (L1798); with an incompatible job, the 30 days to declare the option too (L1799).
 */
function received(
  p: ContractProcedure,
  comm: LegalCommunication,
  deliveredOn: string,
  evidence: DeliveryEvidence,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  const done: LegalCommunication = { ...comm, status: 'CONSEGNATA', deliveredOn, evidence, failure: undefined };
  const data: ContractData = { ...p.data, communications: replaceCommunication(p.data.communications, done) };
  const events: NewEvent[] = [
    {
      type: 'COMMUNICATION_DELIVERED',
      actor,
      legalDate: deliveredOn,
      payload: { communicationId: comm.id, kind: comm.kind, channel: comm.channel, evidence },
    },
  ];
  // Only the notice of an appointment still awaiting it starts the terms: a receipt that arrives after a
  // renunciation or an annulment is evidence, nothing more.
  if (comm.id !== p.data.appointment.communicationId || p.phase !== 'NOMINA_IN_NOTIFICA') {
    return { phase: p.phase, data, events, deadlines: [], reminders: [], messages: [] };
  }
  const terms = [setTerm(p, TERMS.takeUpService, 'APPOINTMENT_RECEIVED', deliveredOn, ctx)];
  if (p.data.incompatibility) terms.push(setTerm(p, TERMS.option, 'APPOINTMENT_RECEIVED', deliveredOn, ctx));
  return {
    phase: 'IN_ATTESA_PRESA_SERVIZIO',
    data: { ...data, receivedOn: deliveredOn },
    events: [...events, ...terms.map((t) => t.event)],
    deadlines: terms.map((t) => t.deadline),
    reminders: terms.flatMap((t) => t.reminders),
    messages: [],
  };
}

export function recordDelivery(
  p: ContractProcedure,
  input: z.infer<typeof s.deliverySchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  const comm = manualDeliveryTarget(p.data.communications, input.communicationId, input.evidence.kind);
  fail(dateErrors('deliveredOn', input.deliveredOn, ctx, { date: comm.actDate, what: "la data dell'atto" }));
  return received(
    p,
    comm,
    input.deliveredOn,
    { kind: input.evidence.kind, reference: input.evidence.reference },
    actor,
    ctx,
  );
}

export function pecReceipt(
  p: ContractProcedure,
  input: z.infer<typeof s.pecReceiptSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  const comm = pecReceiptTarget(p.data.communications, input.communicationId);
  const on = romeDateOf(new Date(input.issuedAt));
  if (input.type === 'MANCATA_CONSEGNA') {
    const failed: LegalCommunication = {
      ...comm,
      status: 'MANCATA_CONSEGNA',
      pecMessageId: input.pecMessageId,
      failure: input.detail ?? 'mancata consegna',
    };
    return {
      phase: p.phase,
      data: { ...p.data, communications: replaceCommunication(p.data.communications, failed) },
      events: [
        {
          type: 'PEC_NOT_DELIVERED',
          actor,
          legalDate: on,
          payload: { communicationId: comm.id, detail: failed.failure },
        },
      ],
      deadlines: [],
      reminders: [],
      messages: [],
    };
  }
  return received(
    p,
    { ...comm, pecMessageId: input.pecMessageId },
    on,
    { kind: 'RICEVUTA_PEC', reference: input.receiptId, issuedAt: input.issuedAt },
    actor,
    ctx,
  );
}

/**
 * The option for the post within 30 days of receipt (L1799): the start moves by the notice period of the
 * current job, and at most three months past the original term (contract.serviceStartExtension).
 */
export function declareOption(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.optionSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'La dichiarazione di opzione');
  if (!p.data.incompatibility) throw problems.wrongPhase('Il nominato non ha dichiarato un impiego incompatibile.');
  if (p.data.option) throw problems.wrongPhase(`Opzione già dichiarata il ${p.data.option.declaredOn}.`);
  fail(
    dateErrors('declaredOn', input.declaredOn, ctx, { date: p.data.receivedOn!, what: 'il ricevimento della nomina' }),
  );
  const option = running(agg, TERMS.option);
  withinTerm(option, input.declaredOn, 'declaredOn', 'La dichiarazione di opzione');
  const take = running(agg, TERMS.takeUpService)!;
  const cap = computeTerm(ctx.rule(TERMS.extension), take.dueDate, ctx.calendar);
  const wanted = addDays(take.dueDate, input.noticeDays);
  const extendedTo = [wanted, cap.dueDate].sort()[0]; // ISO dates: the earlier of the two
  const days = diffDays(extendedTo, take.dueDate);
  const moved =
    days > 0
      ? clockOperation<ContractPhase, ContractData>(
          p,
          agg.deadlines,
          agg.reminders,
          take.id,
          {
            expectedVersion: p.version,
            operation: 'extend',
            legalDate: input.declaredOn,
            days,
            basis: `preavviso per le dimissioni dall'impiego presso ${p.data.incompatibility.currentEmployer}, ${input.noticeDays} giorni${wanted > cap.dueDate ? `, limitato a tre mesi (${formatCitation(cap.citation)})` : ''}`,
          },
          actor,
          { now: ctx.now, calendar: ctx.calendar, rule: ctx.rule, reminderRecipient: ctx.entity.hrOffice.email },
        )
      : undefined;
  const finalDue = moved?.deadlines[0]?.dueDate ?? take.dueDate;
  return {
    phase: p.phase,
    data: { ...p.data, option: { declaredOn: input.declaredOn, noticeDays: input.noticeDays, extendedTo: finalDue } },
    events: [
      {
        type: 'OPTION_DECLARED',
        actor,
        legalDate: input.declaredOn,
        payload: { statement: input.statement, noticeDays: input.noticeDays, extendedTo: finalDue, cap: cap.dueDate },
      },
      ...(moved?.events ?? []),
    ],
    deadlines: [...(option ? [met(option, 'OPTION_DECLARED', input.declaredOn)] : []), ...(moved?.deadlines ?? [])],
    reminders: [...cancelReminders(agg, option ? [option.id] : []), ...(moved?.reminders ?? [])],
    messages: [],
  };
}

export function requestMedical(
  p: ContractProcedure,
  input: z.infer<typeof s.medicalRequestSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'La visita medica');
  if (p.data.medical) throw problems.wrongPhase('La visita medica è già stata disposta.');
  fail(
    dateErrors('legalDate', input.legalDate, ctx, { date: p.data.receivedOn!, what: 'il ricevimento della nomina' }),
  );
  return {
    phase: p.phase,
    data: { ...p.data, medical: { requestedOn: input.legalDate } },
    events: [
      { type: 'MEDICAL_CHECK_ORDERED', actor, legalDate: input.legalDate, payload: { basis: 'art. 108 c.4, L1800' } },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** An unfavourable opinion opens five days for the collegial review (L1801); only the outcome is kept, never a diagnosis. */
export function medicalOpinion(
  p: ContractProcedure,
  input: z.infer<typeof s.medicalOpinionSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'Il giudizio sanitario');
  if (!p.data.medical || p.data.medical.opinion)
    throw problems.wrongPhase('Nessuna visita medica in attesa di giudizio.');
  fail([
    ...dateErrors('legalDate', input.legalDate, ctx, {
      date: p.data.medical.requestedOn,
      what: 'la richiesta di visita',
    }),
    ...dateErrors('notifiedOn', input.notifiedOn, ctx, { date: input.legalDate, what: 'il giudizio' }),
  ]);
  const review =
    input.outcome === 'NON_IDONEO'
      ? setTerm(p, TERMS.medicalReview, 'MEDICAL_OPINION_NOTIFIED', input.notifiedOn, ctx)
      : undefined;
  return {
    phase: p.phase,
    data: { ...p.data, medical: { ...p.data.medical, opinion: input.outcome, notifiedOn: input.notifiedOn } },
    events: [
      { type: 'MEDICAL_OPINION', actor, legalDate: input.legalDate, payload: { outcome: input.outcome } },
      ...(review ? [review.event] : []),
    ],
    deadlines: review ? [review.deadline] : [],
    reminders: review?.reminders ?? [],
    messages: [],
  };
}

export function requestCollegialReview(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.collegialRequestSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'La richiesta di visita collegiale');
  const term = running(agg, TERMS.medicalReview);
  if (!term || p.data.medical?.review) throw problems.wrongPhase('Nessun giudizio sfavorevole da riesaminare.');
  fail(
    dateErrors('requestedOn', input.requestedOn, ctx, {
      date: p.data.medical!.notifiedOn!,
      what: 'la comunicazione del giudizio',
    }),
  );
  withinTerm(term, input.requestedOn, 'requestedOn', 'La richiesta di visita collegiale');
  return {
    phase: p.phase,
    data: { ...p.data, medical: { ...p.data.medical!, review: { requestedOn: input.requestedOn } } },
    events: [
      {
        type: 'COLLEGIAL_REVIEW_REQUESTED',
        actor,
        legalDate: input.requestedOn,
        payload: { basis: 'art. 108 c.5, L1801' },
      },
    ],
    deadlines: [met(term, 'COLLEGIAL_REVIEW_REQUESTED', input.requestedOn)],
    reminders: cancelReminders(agg, [term.id]),
    messages: [],
  };
}

/** The collegial review: unfavourable, absent or refused → the appointee lapses (L1802-L1803). */
export function collegialOutcome(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.collegialOutcomeSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], "L'esito della visita collegiale");
  const review = p.data.medical?.review;
  if (!review || review.outcome) throw problems.wrongPhase('Nessuna visita collegiale in attesa di esito.');
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: review.requestedOn, what: 'la richiesta' }));
  const data = {
    ...p.data,
    medical: { ...p.data.medical!, review: { ...review, outcome: input.outcome, date: input.legalDate } },
  };
  if (input.outcome === 'IDONEO') {
    return {
      phase: p.phase,
      data,
      events: [
        { type: 'COLLEGIAL_REVIEW_OUTCOME', actor, legalDate: input.legalDate, payload: { outcome: input.outcome } },
      ],
      deadlines: [],
      reminders: [],
      messages: [],
    };
  }
  return lapse(
    { ...p, data },
    agg,
    input.legalDate,
    `esito della visita collegiale: ${input.outcome} (art. 108 c.6-7, L1802-L1803)`,
    actor,
    ctx,
    'DECADUTO',
  );
}

export function presentDocuments(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.documentsSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'La presentazione dei documenti');
  fail(
    dateErrors('presentedOn', input.presentedOn, ctx, {
      date: p.data.receivedOn!,
      what: 'il ricevimento della nomina',
    }),
  );
  withinTerm(running(agg, TERMS.takeUpService), input.presentedOn, 'presentedOn', 'La presentazione dei documenti');
  return {
    phase: p.phase,
    data: { ...p.data, documents: { presentedOn: input.presentedOn, items: input.items } },
    events: [{ type: 'DOCUMENTS_PRESENTED', actor, legalDate: input.presentedOn, payload: { items: input.items } }],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/**
 * The individual contract, signed within the term (L1798) with every mandatory element (art. 110 c.2-3);
 * signed again after a change, as a new version (c.6). Refused while the option is owed (L1799) or a
 * medical check is pending.
 */
export function signContract(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.signSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO', 'IN_PROVA'], 'La sottoscrizione del contratto');
  // Every mandatory element (art. 110 c.2-3), each missing one named with its letter and line.
  fail(validateContract(input.terms).map((e) => ({ ...e, field: e.field ? `terms.${e.field}` : 'terms' })));
  const terms = contractTermsSchema.parse(input.terms);
  // The contract is for this appointment: the person, the post and the procedure it comes from.
  const mismatch: FieldError[] = [];
  if (terms.worker.taxCode !== p.data.appointee.taxCode) {
    mismatch.push({ field: 'terms.worker.taxCode', message: 'Il contratto deve intestarsi al nominato.' });
  }
  if (terms.category !== p.data.post.category) {
    mismatch.push({ field: 'terms.category', message: `La categoria del posto è ${p.data.post.category}.` });
  }
  if (terms.probationMonths !== ctx.rule(probationTermFor(p.data.post.category)).quantity) {
    mismatch.push({
      field: 'terms.probationMonths',
      message: `Il periodo di prova per la categoria ${p.data.post.category} è di ${ctx.rule(probationTermFor(p.data.post.category)).quantity} mesi.`,
    });
  }
  fail(mismatch);
  const errors = dateErrors('signedOn', input.signedOn, ctx, {
    date: p.data.receivedOn ?? p.data.appointment.act.date,
    what: 'il ricevimento della nomina',
  });
  if (p.phase === 'IN_ATTESA_PRESA_SERVIZIO') {
    if (p.data.incompatibility && !p.data.option) {
      errors.push({
        field: 'signedOn',
        message: 'Prima la dichiarazione di opzione per il posto (art. 108 c.3, L1799).',
      });
    }
    if (p.data.medical && p.data.medical.opinion !== 'IDONEO' && p.data.medical.review?.outcome !== 'IDONEO') {
      errors.push({
        field: 'signedOn',
        message: 'La visita medica disposta non ha ancora un giudizio di idoneità (art. 108 c.4-7).',
      });
    }
  }
  fail(errors);
  if (p.phase === 'IN_ATTESA_PRESA_SERVIZIO')
    withinTerm(running(agg, TERMS.takeUpService), input.signedOn, 'signedOn', 'La sottoscrizione del contratto');
  const previous = p.data.contracts.at(-1);
  const version = (previous?.version ?? 0) + 1;
  const rendered = renderContract(terms, {
    entity: ctx.entity,
    version,
    ...(previous
      ? { previousVersion: { version: previous.version, terms: contractTermsSchema.parse(previous.terms) } }
      : {}),
  });
  return {
    phase: p.phase,
    data: {
      ...p.data,
      contracts: [
        ...p.data.contracts,
        {
          version,
          terms: terms as Record<string, unknown>,
          signedOn: input.signedOn,
          html: rendered.html,
          ...(previous ? { replaces: previous.version } : {}),
        },
      ],
    },
    events: [
      {
        type: previous ? 'CONTRACT_AMENDED' : 'CONTRACT_SIGNED',
        actor,
        legalDate: input.signedOn,
        payload: {
          version,
          ...(previous
            ? { replaces: previous.version, basis: 'art. 110 c.6, L1836' }
            : { basis: 'art. 110 c.2, L1820' }),
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** Taking service within the term (L1798): the appointment's effects start (art. 109); probation starts. */
export function takeService(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.serviceSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_ATTESA_PRESA_SERVIZIO'], 'La presa di servizio');
  const errors = dateErrors('startOn', input.startOn, ctx, {
    date: p.data.receivedOn!,
    what: 'il ricevimento della nomina',
  });
  if (!p.data.documents)
    errors.push({ field: 'startOn', message: "Mancano i documenti richiesti per l'assunzione (art. 108 c.2, L1798)." });
  const contract = p.data.contracts.at(-1);
  if (!contract)
    errors.push({ field: 'startOn', message: 'Manca il contratto individuale sottoscritto (art. 110, L1820).' });
  else if (contract.signedOn > input.startOn)
    errors.push({ field: 'startOn', message: 'La presa di servizio non può precedere la firma del contratto.' });
  fail(errors);
  const take = running(agg, TERMS.takeUpService);
  withinTerm(take, input.startOn, 'startOn', 'La presa di servizio');
  const termId = probationTermFor(p.data.post.category);
  const probation = setTerm(p, termId, 'SERVICE_START', input.startOn, ctx);
  const closed = [take, running(agg, TERMS.option)]
    .filter((d): d is Deadline => !!d)
    .map((d) => met(d, 'SERVICE_TAKEN', input.startOn));
  return {
    phase: 'IN_PROVA',
    data: { ...p.data, service: { startOn: input.startOn }, probation: { termId, months: ctx.rule(termId).quantity } },
    events: [
      { type: 'SERVICE_TAKEN', actor, legalDate: input.startOn, payload: { basis: 'art. 109 c.1, L1807' } },
      probation.event,
    ],
    deadlines: [...closed, probation.deadline],
    reminders: [
      ...cancelReminders(
        agg,
        closed.map((d) => d.id),
      ),
      ...probation.reminders,
    ],
    messages: [],
  };
}

/** Absences that suspend probation per the CCNL: a clock operation on the probation term. */
export function moveProbation(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.probationSuspensionSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_PROVA'], 'La sospensione del periodo di prova');
  const term = running(agg, p.data.probation!.termId);
  if (!term) throw problems.wrongPhase('Il periodo di prova non è in corso.');
  return clockOperation<ContractPhase, ContractData>(
    p,
    agg.deadlines,
    agg.reminders,
    term.id,
    { expectedVersion: p.version, operation: input.operation, legalDate: input.legalDate, basis: input.basis },
    actor,
    { now: ctx.now, calendar: ctx.calendar, rule: ctx.rule, reminderRecipient: ctx.entity.hrOffice.email },
  );
}

export function requestProbationOpinion(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.probationOpinionRequestSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_PROVA'], 'La richiesta di parere sul periodo di prova');
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: p.data.service!.startOn, what: 'la presa di servizio' }));
  const term = running(agg, p.data.probation!.termId);
  withinTerm(term, input.legalDate, 'legalDate', 'La richiesta di parere');
  return {
    phase: p.phase,
    data: { ...p.data, probation: { ...p.data.probation!, opinionRequestedOn: input.legalDate } },
    events: [
      {
        type: 'PROBATION_OPINION_REQUESTED',
        actor,
        legalDate: input.legalDate,
        payload: { from: p.data.post.service, basis: 'art. 109 c.4, L1812' },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The head of the unit's opinion (L1812: "sentito il responsabile"): only after it was requested. */
export function probationOpinion(
  p: ContractProcedure,
  input: z.infer<typeof s.probationOpinionSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_PROVA'], 'Il parere sul periodo di prova');
  if (actor.role !== 'RESP_SERVIZIO' || staffMember(p.entityId, actor.id)?.service !== p.data.post.service) {
    throw problems.forbidden(
      "Il parere sul periodo di prova spetta al responsabile dell'unità in cui il dipendente presta servizio (art. 109 c.4, L1812).",
    );
  }
  if (!p.data.probation?.opinionRequestedOn)
    throw problems.wrongPhase("Il parere non è stato richiesto dall'ufficio del personale.");
  fail(
    dateErrors('legalDate', input.legalDate, ctx, { date: p.data.probation.opinionRequestedOn, what: 'la richiesta' }),
  );
  return {
    phase: p.phase,
    data: {
      ...p.data,
      probation: {
        ...p.data.probation,
        opinion: { date: input.legalDate, favourable: input.favourable, text: input.text, by: actor.name },
      },
    },
    events: [
      { type: 'PROBATION_OPINION', actor, legalDate: input.legalDate, payload: { favourable: input.favourable } },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The HR head's decision by the end of probation, after the head of unit's opinion (L1812). */
export function probationDecision(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.probationDecisionSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['IN_PROVA'], "L'esito del periodo di prova");
  if (actor.role !== 'HR_HEAD')
    throw problems.forbidden(
      "L'esito del periodo di prova spetta al responsabile del personale (art. 109 c.4, L1812).",
    );
  if (!p.data.probation?.opinion) {
    throw problems.rejected(
      "Manca il parere del responsabile dell'unità in cui il dipendente ha prestato servizio (art. 109 c.4, L1812).",
    );
  }
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: p.data.probation.opinion.date, what: 'il parere' }));
  const term = running(agg, p.data.probation.termId);
  withinTerm(term, input.legalDate, 'legalDate', "L'esito del periodo di prova");
  return {
    phase: input.outcome === 'CONFERMATO' ? 'CONFERMATO' : 'PROVA_NON_SUPERATA',
    data: {
      ...p.data,
      probation: {
        ...p.data.probation,
        decision: { date: input.legalDate, outcome: input.outcome, motivation: input.motivation },
      },
    },
    events: [
      {
        type: 'PROBATION_DECIDED',
        actor,
        legalDate: input.legalDate,
        payload: { outcome: input.outcome, basis: 'art. 109 c.4, L1812' },
      },
    ],
    deadlines: term ? [met(term, 'PROBATION_DECIDED', input.legalDate)] : [],
    reminders: cancelReminders(agg, term ? [term.id] : []),
    messages: [],
  };
}

/** Ends the appointment; from a graduatoria, proposes the next eligible candidate to the HR head (D3 Q14). */
function lapse(
  p: ContractProcedure,
  agg: Terms,
  on: string,
  reason: string,
  actor: ActorRef,
  ctx: ContractContext,
  phase: 'DECADUTO' | 'RINUNCIATO',
): ContractDecision {
  const runningTerms = agg.deadlines.filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED').map(cancelled);
  const next = ctx.nextEligible;
  return {
    phase,
    data: {
      ...p.data,
      ended: { on, reason },
      ...(next && p.data.source.kind === 'GRADUATORIA'
        ? { scorrimento: { position: next.position, name: next.name } }
        : {}),
    },
    events: [
      {
        type: phase === 'DECADUTO' ? 'APPOINTMENT_LAPSED' : 'APPOINTMENT_RENOUNCED',
        actor,
        legalDate: on,
        payload: { reason },
      },
      ...(next && p.data.source.kind === 'GRADUATORIA'
        ? [
            {
              type: 'SCORRIMENTO_PROPOSED',
              actor: SYSTEM_ACTOR,
              legalDate: on,
              payload: { position: next.position, name: next.name, basis: 'art. 110 c.7, L1838; DECISIONS D3 Q14' },
            },
          ]
        : []),
    ],
    deadlines: runningTerms,
    reminders: cancelReminders(
      agg,
      runningTerms.map((d) => d.id),
    ),
    messages: next && p.data.source.kind === 'GRADUATORIA' ? [scorrimentoNotice(p, next, reason, ctx)] : [],
  };
}

function scorrimentoNotice(
  p: ContractProcedure,
  next: GraduatoriaEntry,
  reason: string,
  ctx: ContractContext,
): Decision['messages'][number] {
  const text = [
    'Gentile responsabile del personale,',
    '',
    `la nomina "${p.title}" si è chiusa (${reason}). Dalla graduatoria è proposto il candidato successivo: posizione ${next.position}, ${next.name}.`,
    'Per procedere alla nomina confermare lo scorrimento dalla pagina del procedimento (DECISIONS D3 Q14).',
  ].join('\n');
  return {
    id: ctx.newId(),
    channel: 'EMAIL',
    template: 'contract-scorrimento',
    to: ctx.entity.hrOffice.email,
    from: ctx.entity.sender,
    subject: `Scorrimento della graduatoria proposto — ${p.title}`,
    text,
    html: `<!doctype html><html lang="it"><body><pre style="font-family:inherit">${text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</pre></body></html>`,
  };
}

export function renounce(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.renounceSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  requirePhase(p, ['NOMINA_IN_NOTIFICA', 'IN_ATTESA_PRESA_SERVIZIO'], 'La rinuncia alla nomina');
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: p.data.appointment.act.date, what: 'la nomina' }));
  return lapse(
    p,
    agg,
    input.legalDate,
    `rinuncia scritta del nominato: "${input.statement}"`,
    actor,
    ctx,
    'RINUNCIATO',
  );
}

/** The recruitment procedure was annulled: the contract ends without notice (art. 110 c.5, L1834). */
export function annul(
  p: ContractProcedure,
  agg: Terms,
  input: z.infer<typeof s.annulSchema>,
  actor: ActorRef,
  ctx: ContractContext,
): ContractDecision {
  if (['ANNULLATO', 'DECADUTO', 'RINUNCIATO', 'PROVA_NON_SUPERATA'].includes(p.phase))
    throw problems.wrongPhase('Il procedimento è già chiuso.');
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: p.data.appointment.act.date, what: 'la nomina' }));
  const runningTerms = agg.deadlines.filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED').map(cancelled);
  return {
    phase: 'ANNULLATO',
    data: {
      ...p.data,
      ended: { on: input.legalDate, reason: `annullamento della procedura di reclutamento: ${input.act}` },
    },
    events: [
      {
        type: 'CONTRACT_VOIDED',
        actor,
        legalDate: input.legalDate,
        payload: { act: input.act, basis: 'art. 110 c.5, L1834' },
      },
    ],
    deadlines: runningTerms,
    reminders: cancelReminders(
      agg,
      runningTerms.map((d) => d.id),
    ),
    messages: [],
  };
}

/** The HR head confirms the proposed scorrimento; the API then opens the next appointment (deterministic id). */
export function confirmScorrimento(
  p: ContractProcedure,
  input: z.infer<typeof s.scorrimentoSchema>,
  actor: ActorRef,
  ctx: ContractContext,
  nextProcedureId: string,
): ContractDecision {
  requirePhase(p, ['DECADUTO', 'RINUNCIATO'], 'La conferma dello scorrimento');
  if (actor.role !== 'HR_HEAD')
    throw problems.forbidden(
      'Lo scorrimento della graduatoria è confermato dal responsabile del personale (DECISIONS D3 Q14).',
    );
  const sc = p.data.scorrimento;
  if (!sc) throw problems.wrongPhase('Nessun candidato proposto per lo scorrimento.');
  if (sc.confirmedOn) throw problems.conflict('already-confirmed', `Scorrimento già confermato il ${sc.confirmedOn}.`);
  fail(dateErrors('legalDate', input.legalDate, ctx, { date: p.data.ended!.on, what: 'la chiusura della nomina' }));
  return {
    phase: p.phase,
    data: { ...p.data, scorrimento: { ...sc, confirmedOn: input.legalDate, nextProcedureId } },
    events: [
      {
        type: 'SCORRIMENTO_CONFIRMED',
        actor,
        legalDate: input.legalDate,
        payload: { position: sc.position, name: sc.name, nextProcedureId },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The winner's terms are peremptory (L1798, L1799, L1803): past them, the appointment lapses; probation passed in silence confirms (CCNL). */
export function expire(p: ContractProcedure, agg: Terms, deadlineId: string, ctx: ContractContext): ContractDecision {
  const d = agg.deadlines.find((x) => x.id === deadlineId);
  if (d?.status !== 'OPEN') throw problems.conflict('deadline-not-open', `Il termine ${deadlineId} non è aperto.`);
  if (Date.parse(d.dueAt) > ctx.now.getTime())
    throw problems.conflict('deadline-not-due', `Il termine ${deadlineId} non è ancora scaduto.`);
  const expired: Deadline = { ...d, status: 'EXPIRED', expiredAt: ctx.now.toISOString() };
  if (d.onExpiry === 'lapse' && p.phase === 'IN_ATTESA_PRESA_SERVIZIO') {
    const lapsed = lapse(
      p,
      agg,
      d.dueDate,
      `termine "${d.label}" scaduto il ${d.dueDate} (${formatCitation(d.citation)})`,
      SYSTEM_ACTOR,
      ctx,
      'DECADUTO',
    );
    return { ...lapsed, deadlines: [...lapsed.deadlines.filter((x) => x.id !== d.id), expired] };
  }
  if (d.onExpiry === 'silentAssent' && p.phase === 'IN_PROVA') {
    return {
      phase: 'CONFERMATO',
      data: {
        ...p.data,
        probation: {
          ...p.data.probation!,
          decision: {
            date: d.dueDate,
            outcome: 'CONFERMATO',
            motivation: 'Periodo di prova decorso senza recesso: conferma in servizio.',
            silent: true,
          },
        },
      },
      events: [
        {
          type: 'PROBATION_PASSED',
          actor: SYSTEM_ACTOR,
          legalDate: d.dueDate,
          payload: { silent: true, basis: formatCitation(d.citation) },
        },
      ],
      deadlines: [expired],
      reminders: [],
      messages: [],
    };
  }
  return {
    phase: p.phase,
    events: [
      {
        type: 'DEADLINE_EXPIRED',
        actor: SYSTEM_ACTOR,
        legalDate: d.dueDate,
        payload: { deadlineId: d.id, label: d.label },
      },
    ],
    deadlines: [expired],
    reminders: [],
    messages: [],
  };
}
