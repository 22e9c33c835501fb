/**
 * Regularisation of an application (art. 89 c.1; DECISIONS D3 Q2): only formal defects of the documents
 * may be corrected. The request reaches the candidate through a legal channel (PEC with its receipt, or
 * raccomandata A/R with its return card); the 10 days run from its receipt — the term is created when the
 * delivery is recorded. Regularised in time, the application goes on; not in time, the term lapses and
 * the admission determination must exclude it. A determination is refused while a request is pending.
 * Also here: the concorso's legal communications (exclusions, regularisations) and their deliveries.
 */
import { romeDateOf } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import { italianDate } from '../../notify/email';
import { procPk } from '../../store/keys';
import { deadlineFrom } from '../deadlines';
import { type LegalCommunication, legalCommunication } from '../legal-communications';
import { type ActorRef, type Deadline, SYSTEM_ACTOR } from '../model';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import type { RegularisationInput, RegularisedInput } from './regularisation-schemas';

export const REGULARISATION_TERM = 'concorso.regularisation';
export const regularisationDeadlineId = (applicationId: string) => `${REGULARISATION_TERM}.${applicationId}`;

export interface Regularisation {
  applicationId: string;
  protocolNumber: string;
  name: string;
  /** The formal defect to correct, as the request states it. */
  what: string;
  requestedOn: string;
  communication: LegalCommunication;
  status: 'REQUESTED' | 'REGULARISED' | 'LAPSED';
  regularisedOn?: string;
  dueDate?: string;
}

/** Phases in which applications are examined: after the close, before the determination. */
const PHASES = ['APPLICATIONS_CLOSED', 'ADMISSION_OPEN'];

export function requestRegularisation(
  state: Concorso,
  input: RegularisationInput,
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (!PHASES.includes(state.phase)) {
    throw problems.wrongPhase(
      'La regolarizzazione si chiede dopo la chiusura delle domande e prima della determinazione di ammissione.',
    );
  }
  const a = applicants.find((x) => x.id === input.applicationId);
  const errors: FieldError[] = [];
  if (!a) errors.push({ field: 'applicationId', message: 'Domanda non presente.' });
  if (input.actDate > romeDateOf(ctx.now)) errors.push({ field: 'actDate', message: 'La data non può essere futura.' });
  if (errors.length) throw problems.validation(errors);
  // One regularisation per application: a second would reopen a lapsed term (art. 89 c.1 allows none) or
  // overwrite the first one's record.
  const current = state.data.regularisations?.[input.applicationId];
  if (current) {
    throw problems.conflict(
      'regularisation-exists',
      current.status === 'REQUESTED'
        ? 'Per questa domanda è già in corso una richiesta di regolarizzazione.'
        : current.status === 'LAPSED'
          ? 'La regolarizzazione di questa domanda non è avvenuta nel termine: la domanda va esclusa, non si concede altro tempo.'
          : 'Questa domanda è già stata regolarizzata.',
    );
  }
  const applicant = a!;
  const officer = state.data.bando.responsibleOfficer;
  const rule = ctx.rule(REGULARISATION_TERM);
  const sent = legalCommunication(
    { name: applicant.name, pec: applicant.pec, email: applicant.email, address: applicant.address },
    procPk(state.entityId, state.id),
    {
      kind: 'REGOLARIZZAZIONE',
      title: `Richiesta di regolarizzazione della domanda: ${state.title}`,
      channel: applicant.pec ? 'PEC' : 'RACCOMANDATA_AR',
      protocol: applicant.protocolNumber,
      actDate: input.actDate,
      body: [
        `la Sua domanda (protocollo n. ${applicant.protocolNumber}) al concorso "${state.title}" presenta un difetto formale che può essere regolarizzato: ${input.what}`,
        `La regolarizzazione deve pervenire entro ${rule.quantity} giorni dal ricevimento di questa comunicazione; in mancanza la domanda è esclusa.`,
        `Responsabile del procedimento: ${officer.name} (${officer.email}), ${ctx.entity.hrOffice.name}, ${ctx.entity.hrOffice.address}.`,
      ],
      basis: `Regolarizzazione formale ai sensi dell'${formatCitation(rule.citation)}.`,
      whereToRead: 'La comunicazione indica che cosa regolarizzare e il termine.',
    },
    ctx,
  );
  const entry: Regularisation = {
    applicationId: applicant.id,
    protocolNumber: applicant.protocolNumber,
    name: applicant.name,
    what: input.what,
    requestedOn: input.actDate,
    communication: sent.communication,
    status: 'REQUESTED',
  };
  return {
    phase: state.phase,
    data: { ...state.data, regularisations: { ...(state.data.regularisations ?? {}), [applicant.id]: entry } },
    events: [
      {
        type: 'REGULARISATION_REQUESTED',
        actor,
        legalDate: input.actDate,
        payload: {
          applicationId: applicant.id,
          what: input.what,
          channel: sent.communication.channel,
          basis: formatCitation(rule.citation),
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: sent.messages,
  };
}

/** The regularisation received within the term: the application goes on. */
export function recordRegularised(
  state: Concorso,
  deadlines: Deadline[],
  input: RegularisedInput,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const r = state.data.regularisations?.[input.applicationId];
  if (r?.status !== 'REQUESTED') {
    throw problems.conflict('no-regularisation', 'Nessuna richiesta di regolarizzazione in corso per questa domanda.');
  }
  const term = deadlines.find((d) => d.id === regularisationDeadlineId(input.applicationId));
  const errors: FieldError[] = [];
  if (input.receivedOn > romeDateOf(ctx.now))
    errors.push({ field: 'receivedOn', message: 'La data non può essere futura.' });
  if (input.receivedOn < r.requestedOn) errors.push({ field: 'receivedOn', message: 'Precede la richiesta.' });
  if (term && input.receivedOn > term.dueDate) {
    errors.push({
      field: 'receivedOn',
      message: `Regolarizzazione pervenuta oltre il termine del ${italianDate(term.dueDate)} — ${formatCitation(term.citation)}.`,
    });
  }
  if (errors.length) throw problems.validation(errors);
  return {
    phase: state.phase,
    data: {
      ...state.data,
      regularisations: {
        ...state.data.regularisations,
        [input.applicationId]: { ...r, status: 'REGULARISED', regularisedOn: input.receivedOn },
      },
    },
    events: [
      {
        type: 'APPLICATION_REGULARISED',
        actor,
        legalDate: input.receivedOn,
        payload: { applicationId: input.applicationId, note: input.note },
      },
    ],
    // Received before the request was even delivered (the candidate acted on the courtesy e-mail): no term to meet.
    deadlines: term
      ? [{ ...term, status: 'MET', metBy: { act: 'APPLICATION_REGULARISED', legalDate: input.receivedOn } }]
      : [],
    reminders: [],
    messages: [],
  };
}

/** The term ran out without the regularisation: the application is to be excluded (art. 89 c.1). */
export function regularisationLapsed(state: Concorso, expired: Deadline, ctx: TermContext): ConcorsoDecision {
  const applicationId = expired.id.slice(REGULARISATION_TERM.length + 1);
  const r = state.data.regularisations?.[applicationId];
  return {
    phase: state.phase,
    data: r
      ? {
          ...state.data,
          regularisations: { ...state.data.regularisations, [applicationId]: { ...r, status: 'LAPSED' } },
        }
      : state.data,
    events: [
      {
        type: 'REGULARISATION_LAPSED',
        actor: SYSTEM_ACTOR,
        legalDate: expired.dueDate,
        payload: { applicationId, deadlineId: expired.id, basis: formatCitation(expired.citation) },
      },
    ],
    deadlines: [{ ...expired, status: 'EXPIRED', expiredAt: ctx.now.toISOString() }],
    reminders: [],
    messages: [],
  };
}

/** The admission determination's guard: no request pending; every lapsed one excluded. */
export function regularisationErrors(
  state: Concorso,
  excludedIds: string[],
): { pending: string[]; errors: FieldError[] } {
  const all = Object.values(state.data.regularisations ?? {});
  const pending = all.filter((r) => r.status === 'REQUESTED').map((r) => `${r.name} (${r.protocolNumber})`);
  const errors = all
    .filter((r) => r.status === 'LAPSED' && !excludedIds.includes(r.applicationId))
    .map((r) => ({
      field: 'excluded',
      message: `La domanda di ${r.name} (${r.protocolNumber}) non è stata regolarizzata nel termine: va esclusa (art. 89 c.1).`,
    }));
  return { pending, errors };
}

/** Every legal communication of the concorso: exclusion letters and regularisation requests. */
export function concorsoCommunications(state: Concorso): LegalCommunication[] {
  return [
    ...(state.data.admission?.excluded.map((x) => x.communication) ?? []),
    ...Object.values(state.data.regularisations ?? {}).map((r) => r.communication),
  ];
}

/**
 * A delivery (PEC receipt, return card) recorded on its communication; for a regularisation request the
 * 10 days start from it (D3 Q2).
 */
export function recordCommunicationDelivery(
  state: Concorso,
  next: LegalCommunication,
  event: { type: string; legalDate: string; actor: ActorRef; payload: Record<string, unknown> },
  ctx: TermContext,
): ConcorsoDecision {
  const admission = state.data.admission;
  const exclusion = admission?.excluded.find((x) => x.communication.id === next.id);
  const regularisation = Object.values(state.data.regularisations ?? {}).find((r) => r.communication.id === next.id);
  if (!exclusion && !regularisation) throw problems.notFound('Comunicazione non trovata.');
  let data = state.data;
  const deadlines: Deadline[] = [];
  if (exclusion && admission) {
    data = {
      ...data,
      admission: {
        ...admission,
        excluded: admission.excluded.map((x) => (x === exclusion ? { ...x, communication: next } : x)),
      },
    };
  }
  if (regularisation) {
    const delivered = next.status === 'CONSEGNATA' && next.deliveredOn;
    const term =
      delivered && regularisation.status === 'REQUESTED'
        ? deadlineFrom(
            ctx.rule(REGULARISATION_TERM),
            state.ruleSet,
            'REGULARISATION_REQUEST_RECEIVED',
            next.deliveredOn!,
            ctx,
            regularisationDeadlineId(regularisation.applicationId),
          )
        : undefined;
    if (term) deadlines.push(term);
    data = {
      ...data,
      regularisations: {
        ...data.regularisations,
        [regularisation.applicationId]: {
          ...regularisation,
          communication: next,
          ...(term ? { dueDate: term.dueDate } : {}),
        },
      },
    };
  }
  return {
    phase: state.phase,
    data,
    events: [{ type: event.type, actor: event.actor, legalDate: event.legalDate, payload: event.payload }],
    deadlines,
    reminders: [],
    messages: [],
  };
}
