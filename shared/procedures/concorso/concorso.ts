/**
 * The concorso pubblico, first slice (spec/recruitment.md §3.3, rules T1–T5, T8): bando adopted →
 * notice published in the Gazzetta Ufficiale → applications until the term → window closed by the
 * term itself → postal grace (5 working days) → admission may be determined.
 * Pure: time, calendar, rule set and the applications digest come in as arguments.
 */
import type { Calendar } from '../../calendar/calendar';
import { diffDays, romeDateOf } from '../../calendar/dates';
import { formatCitation, type TermRule } from '../../calendar/terms';
import type { Entity } from '../../entities/entities';
import { problems } from '../../http/problem';
import { italianDate, renderEmail } from '../../notify/email';
import { procPk } from '../../store/keys';
import { clockOperation } from '../clock';
import { deadlineFrom, remindersFor } from '../deadlines';
import { type LegalCommunication, legalCommunication } from '../legal-communications';
import {
  type ActorRef,
  type Deadline,
  type Decision,
  type OutboxDraft,
  type ProcedureBase,
  type Reminder,
  SYSTEM_ACTOR,
} from '../model';
import type { ApprovedGraduatoria } from './approval';
import { type Attachment, attachmentDefects } from './attachments';
import { admittedOf, type BoardRecord, standingOf } from './board';
import type { ConclusionDelay } from './conclusion';
import type { ExamCalendarRecord } from './exam-calendar';
import type { OralAdmission, TestSummary } from './marking';
import type { OralSessionSummary, PreferenceDocuments } from './oral';
import type { PriorMobilityRecord } from './prior-mobility';
import { type Regularisation, regularisationErrors } from './regularisation';
import type { AmendBando, CreateConcorso, DetermineAdmission, PublishGuri, ReopenTerms, RevokeBando } from './schemas';
import type { TitlesSummary } from './titles-acts';
import type { RecordedPublication } from './transparency';

export const CONCORSO = 'concorso';
export const CONCORSO_WORKFLOW_VERSION = 1;

export type ConcorsoPhase =
  | 'BANDO_ADOPTED'
  | 'PUBLISHED'
  | 'APPLICATIONS_CLOSED'
  | 'ADMISSION_OPEN'
  | 'ADMISSION_DETERMINED'
  | 'EXAMS_SCHEDULED'
  | 'GRADUATORIA_APPROVED'
  | 'REVOKED';

export const PHASE_LABELS: Record<ConcorsoPhase, string> = {
  BANDO_ADOPTED: 'Bando approvato, da pubblicare',
  PUBLISHED: 'Bando pubblicato: domande aperte',
  APPLICATIONS_CLOSED: 'Termine scaduto: attesa delle domande spedite per posta',
  ADMISSION_OPEN: "Domande definitive: si può determinare l'ammissione",
  ADMISSION_DETERMINED: 'Ammissione determinata: commissione e diario delle prove',
  EXAMS_SCHEDULED: 'Prove in corso',
  GRADUATORIA_APPROVED: 'Graduatoria approvata',
  REVOKED: 'Bando revocato',
};

export interface ConcorsoData {
  bando: CreateConcorso;
  /** The mobility attempt or exemption the indizione relied on (art. 30 c.2-bis, ./prior-mobility). */
  priorMobility?: PriorMobilityRecord;
  publication?: { guriPublicationDate: string; guriReference: string; alboPublicationDate?: string };
  close?: { closedAt: string; applicationCount: number; applicationsDigest: string; applicationsRecordedUpTo?: string };
  reopening?: { act: { number: string; date: string }; publicationDate: string; days: number; recordedAt: string };
  amendments?: {
    act: { number: string; date: string };
    summary: string;
    changedFields: string[];
    extensionDays: number;
    recordedAt: string;
  }[];
  admission?: {
    act: { number: string; date: string };
    diffusionMinutes: { number: string; date: string };
    admitted: number;
    withReserve: { applicationId: string; protocolNumber: string; name: string; reason: string }[];
    excluded: {
      applicationId: string;
      protocolNumber: string;
      name: string;
      reason: string;
      communication: LegalCommunication;
      postedOn?: string;
    }[];
    recordedAt: string;
  };
  board?: BoardRecord;
  examCalendar?: ExamCalendarRecord;
  tests?: TestSummary[];
  oralAdmission?: OralAdmission;
  oralSessions?: OralSessionSummary[];
  /** Preference and reserve documents received within T15, by application. */
  preferences?: Record<string, PreferenceDocuments>;
  graduatoria?: ApprovedGraduatoria;
  titles?: TitlesSummary;
  /** Regularisation requests by application (art. 89 c.1). */
  regularisations?: Record<string, Regularisation>;
  /** Past the six-month conclusion term (T10): the delay and the board's report (conclusion.ts). */
  delay?: ConclusionDelay;
  /** Publications made, by duty (transparency.ts). */
  publications?: Record<string, RecordedPublication>;
  revocation?: { act: { number: string; date: string }; reasons: string; recordedAt: string; broadcastId: string };
  graceEnd?: {
    endedAt: string;
    applicationCount: number;
    applicationsDigest: string;
    applicationsRecordedUpTo?: string;
  };
}

export type Concorso = ProcedureBase<ConcorsoPhase, ConcorsoData>;
export type ConcorsoDecision = Decision<ConcorsoPhase, ConcorsoData>;

/** The terms this slice uses; ids are the rule-set keys (shared/rules). */
export const TERMS = {
  applicationDeadline: 'concorso.applicationDeadline',
  reopenedApplicationDeadline: 'concorso.reopenedApplicationDeadline',
  postalGrace: 'concorso.postalGrace',
  earliestAdmission: 'concorso.earliestAdmission',
  exclusionNotice: 'concorso.exclusionNotice',
  albo: 'concorso.albo',
  maxDuration: 'concorso.maxDuration',
} as const;

export interface TermContext {
  now: Date;
  entity: Entity;
  calendar: Calendar;
  rule: (termId: string) => TermRule;
  newId: () => string;
}

export function newConcorso(
  input: CreateConcorso,
  actor: ActorRef,
  id: string,
  ruleSet: string,
  now: Date,
  priorMobility?: PriorMobilityRecord,
): Concorso {
  const at = now.toISOString();
  return {
    entityId: input.entityId,
    id,
    type: CONCORSO,
    title: input.title,
    phase: 'BANDO_ADOPTED',
    version: 1,
    ruleSet,
    workflowVersion: CONCORSO_WORKFLOW_VERSION,
    data: { bando: input, ...(priorMobility ? { priorMobility } : {}) },
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
  };
}

/** Dates the act bears cannot lie in the future (Europe/Rome civil date) nor precede the bando. */
export function validateCreation(input: CreateConcorso, now: Date): void {
  const today = romeDateOf(now);
  if (input.indizione.date > today) {
    throw problems.validation([
      { field: 'indizione.date', message: 'La data della determinazione non può essere futura.' },
    ]);
  }
}

export function publishGuri(state: Concorso, input: PublishGuri, actor: ActorRef, ctx: TermContext): ConcorsoDecision {
  if (state.phase !== 'BANDO_ADOPTED') {
    throw problems.wrongPhase(`Il bando risulta già pubblicato (fase: ${PHASE_LABELS[state.phase]}).`);
  }
  const today = romeDateOf(ctx.now);
  const errors = [];
  if (input.guriPublicationDate > today) {
    errors.push({ field: 'guriPublicationDate', message: 'La data di pubblicazione non può essere futura.' });
  }
  if (input.guriPublicationDate < state.data.bando.indizione.date) {
    errors.push({
      field: 'guriPublicationDate',
      message: 'La pubblicazione non può precedere la determinazione di indizione.',
    });
  }
  if (input.alboPublicationDate && input.alboPublicationDate < state.data.bando.indizione.date) {
    errors.push({ field: 'alboPublicationDate', message: "La pubblicazione all'albo non può precedere l'indizione." });
  }
  if (input.alboPublicationDate && input.alboPublicationDate > today) {
    errors.push({ field: 'alboPublicationDate', message: "La data di pubblicazione all'albo non può essere futura." });
  }
  if (errors.length) throw problems.validation(errors);

  const officer = state.data.bando.responsibleOfficer.email;
  const deadlineRule = ctx.rule(TERMS.applicationDeadline);
  // T1: thirty days from the GURI publication (art. 85 c.1, L1441).
  const deadline = deadlineFrom(deadlineRule, state.ruleSet, 'GURI_PUBLICATION', input.guriPublicationDate, ctx);
  const deadlines = [deadline];
  const reminders = remindersFor(deadlineRule, deadline, officer, ctx.now);
  if (input.alboPublicationDate) {
    // T5: the full bando stays on the Albo for thirty days (art. 86 c.1).
    const alboRule = ctx.rule(TERMS.albo);
    const albo = deadlineFrom(alboRule, state.ruleSet, 'ALBO_PUBLICATION', input.alboPublicationDate, ctx);
    deadlines.push(albo);
    reminders.push(...remindersFor(alboRule, albo, officer, ctx.now));
  }
  const publication = {
    guriPublicationDate: input.guriPublicationDate,
    guriReference: input.guriReference,
    alboPublicationDate: input.alboPublicationDate,
  };
  return {
    phase: 'PUBLISHED',
    data: { ...state.data, publication },
    events: [
      {
        type: 'BANDO_PUBLISHED_GURI',
        actor,
        legalDate: input.guriPublicationDate,
        payload: { ...publication, applicationDeadline: deadline.dueDate, citation: deadline.citation },
      },
      {
        type: 'DEADLINE_SET',
        actor: SYSTEM_ACTOR,
        payload: { deadlineId: deadline.id, dueDate: deadline.dueDate, basis: formatCitation(deadline.citation) },
      },
    ],
    deadlines,
    reminders,
    messages: [],
  };
}

export interface ApplicationsDigest {
  count: number;
  digest: string;
  /** The anchor covers the applications recorded up to this instant (the term's end). */
  recordedUpTo?: string;
}

/** The term expired: the window closes by itself and the postal grace starts (T1, T2). */
export function closeApplications(
  state: Concorso,
  expired: Deadline,
  applications: ApplicationsDigest,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'PUBLISHED') throw problems.wrongPhase('Le domande risultano già chiuse.');
  const graceRule = ctx.rule(TERMS.postalGrace);
  const grace = deadlineFrom(graceRule, state.ruleSet, 'APPLICATION_DEADLINE', expired.dueDate, ctx);
  const earliest = deadlineFrom(
    ctx.rule(TERMS.earliestAdmission),
    state.ruleSet,
    'APPLICATION_DEADLINE',
    expired.dueDate,
    ctx,
  );
  const maxRule = ctx.rule(TERMS.maxDuration);
  const maxDuration = deadlineFrom(maxRule, state.ruleSet, 'APPLICATION_DEADLINE', expired.dueDate, ctx);
  const late = ctx.now.getTime() - Date.parse(expired.dueAt) > LATE_AFTER_MS;
  const closed = { ...expired, status: 'EXPIRED' as const, expiredAt: ctx.now.toISOString(), late };
  const officer = state.data.bando.responsibleOfficer;
  return {
    phase: 'APPLICATIONS_CLOSED',
    data: {
      ...state.data,
      close: {
        closedAt: ctx.now.toISOString(),
        applicationCount: applications.count,
        applicationsDigest: applications.digest,
        applicationsRecordedUpTo: applications.recordedUpTo,
      },
    },
    events: [
      {
        type: 'APPLICATIONS_CLOSED',
        actor: SYSTEM_ACTOR,
        legalDate: expired.dueDate,
        payload: {
          deadlineId: expired.id,
          dueAt: expired.dueAt,
          late,
          applicationCount: applications.count,
          applicationsDigest: applications.digest,
          applicationsRecordedUpTo: applications.recordedUpTo,
          basis: formatCitation(expired.citation),
        },
      },
    ],
    deadlines: [closed, grace, earliest, maxDuration],
    reminders: remindersFor(maxRule, maxDuration, officer.email, ctx.now),
    messages: [windowClosedMessage(state, closed, grace, applications.count, ctx)],
  };
}

/** Five working days after the term: paper applications can no longer arrive (T2); admission may start (T8). */
export function endPostalGrace(
  state: Concorso,
  expired: Deadline,
  applications: ApplicationsDigest,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'APPLICATIONS_CLOSED')
    throw problems.wrongPhase('Il periodo di tolleranza postale non è in corso.');
  const late = ctx.now.getTime() - Date.parse(expired.dueAt) > LATE_AFTER_MS;
  return {
    phase: 'ADMISSION_OPEN',
    data: {
      ...state.data,
      graceEnd: {
        endedAt: ctx.now.toISOString(),
        applicationCount: applications.count,
        applicationsDigest: applications.digest,
        applicationsRecordedUpTo: applications.recordedUpTo,
      },
    },
    events: [
      {
        type: 'POSTAL_GRACE_ENDED',
        actor: SYSTEM_ACTOR,
        legalDate: expired.dueDate,
        payload: {
          deadlineId: expired.id,
          late,
          applicationCount: applications.count,
          applicationsDigest: applications.digest,
          applicationsRecordedUpTo: applications.recordedUpTo,
          basis: formatCitation(expired.citation),
        },
      },
    ],
    deadlines: [{ ...expired, status: 'EXPIRED', expiredAt: ctx.now.toISOString(), late }],
    reminders: [],
    messages: [],
  };
}

/** A term whose expiry changes no phase (reminder-only or escalation terms): recorded, nothing else moves. */
export function recordExpiry(state: Concorso, expired: Deadline, ctx: TermContext): ConcorsoDecision {
  const late = ctx.now.getTime() - Date.parse(expired.dueAt) > LATE_AFTER_MS;
  return {
    phase: state.phase,
    events: [
      {
        type: 'DEADLINE_EXPIRED',
        actor: SYSTEM_ACTOR,
        legalDate: expired.dueDate,
        payload: { deadlineId: expired.id, onExpiry: expired.onExpiry, late, basis: formatCitation(expired.citation) },
      },
    ],
    deadlines: [{ ...expired, status: 'EXPIRED', expiredAt: ctx.now.toISOString(), late }],
    reminders: [],
    messages: [],
  };
}

/** The sweeper runs every minute; an item found more than five minutes past due fell due while the system was down. */
export const LATE_AFTER_MS = 5 * 60 * 1000;

function windowClosedMessage(
  state: Concorso,
  closed: Deadline,
  grace: Deadline,
  count: number,
  ctx: TermContext,
): OutboxDraft {
  const officer = state.data.bando.responsibleOfficer;
  const content = renderEmail({
    subject: `Chiuso il termine per le domande: ${state.title}`,
    greeting: `Gentile ${officer.name},`,
    paragraphs: [
      `il termine per la presentazione delle domande del concorso "${state.title}" è scaduto il ${italianDate(closed.dueDate)} ed è stato chiuso automaticamente.`,
      `Sono pervenute ${count} domande. Le domande spedite per raccomandata entro il termine sono accettate se arrivano entro il ${italianDate(grace.dueDate)} (5 giorni lavorativi).`,
      `La determinazione di ammissione non può essere adottata prima del ${italianDate(grace.dueDate)}.`,
    ],
    facts: [
      ['Ente', ctx.entity.name],
      ['Domande pervenute', String(count)],
      ['Termine scaduto', italianDate(closed.dueDate)],
      ['Fondamento', formatCitation(closed.citation)],
      ['Tolleranza postale fino al', italianDate(grace.dueDate)],
    ],
    closing: ['Messaggio automatico del sistema Procedimenti.'],
  });
  return {
    id: ctx.newId(),
    channel: 'EMAIL',
    template: 'window-closed',
    to: officer.email,
    from: ctx.entity.sender,
    ...content,
  };
}

/**
 * Amendment of the published bando (art. 82 c.2, L1400; DECISIONS D3 Q5): allowed while the window is
 * open; the bando's changed elements are replaced and recorded, and the application term is extended by
 * the time already elapsed since the publication in the GURI (new term = old term + (amendment date −
 * publication date)), with the term's reminders rescheduled.
 */
export function amendBando(
  state: Concorso,
  deadlines: Deadline[],
  reminders: Reminder[],
  input: AmendBando,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const publication = state.data.publication;
  if (state.phase !== 'PUBLISHED' || !publication) {
    throw problems.wrongPhase('Il bando può essere modificato solo mentre le domande sono aperte (art. 82 c.2).');
  }
  const errors = [];
  if (input.act.date > romeDateOf(ctx.now))
    errors.push({ field: 'act.date', message: "La data dell'atto non può essere futura." });
  if (input.act.date < publication.guriPublicationDate) {
    errors.push({ field: 'act.date', message: 'La modifica non può precedere la pubblicazione del bando.' });
  }
  if (errors.length) throw problems.validation(errors);
  const elapsed = diffDays(input.act.date, publication.guriPublicationDate);
  const basis = `Modifica del bando, atto n. ${input.act.number} del ${italianDate(input.act.date)} (art. 82 c.2 ROUS): proroga pari al tempo trascorso dalla pubblicazione`;
  const moved =
    elapsed > 0
      ? clockOperation<ConcorsoPhase, ConcorsoData>(
          state,
          deadlines,
          reminders,
          TERMS.applicationDeadline,
          {
            expectedVersion: input.expectedVersion,
            operation: 'extend',
            legalDate: input.act.date,
            days: elapsed,
            basis,
          },
          actor,
          {
            now: ctx.now,
            calendar: ctx.calendar,
            rule: ctx.rule,
            reminderRecipient: state.data.bando.responsibleOfficer.email,
          },
        )
      : undefined;
  const changedFields = Object.keys(input.changes);
  const amendments = [
    ...(state.data.amendments ?? []),
    {
      act: input.act,
      summary: input.summary,
      changedFields,
      extensionDays: elapsed,
      recordedAt: ctx.now.toISOString(),
    },
  ];
  return {
    phase: 'PUBLISHED',
    data: { ...state.data, bando: { ...state.data.bando, ...input.changes }, amendments },
    events: [
      {
        type: 'BANDO_AMENDED',
        actor,
        legalDate: input.act.date,
        payload: {
          act: input.act,
          summary: input.summary,
          changedFields,
          extensionDays: elapsed,
          basis: 'art. 82 c. 2 (L1400)',
        },
      },
      ...(moved?.events ?? []),
    ],
    deadlines: moved?.deadlines ?? [],
    reminders: moved?.reminders ?? [],
    messages: [],
    // Who applied under the old text is told what changed and the new term (the amendment is published on
    // the bando's channels too, art. 82 c.2).
    broadcasts: [
      applicantsNotice(state, ctx, 'concorso-amended', `modifica del bando — ${state.title}`, [
        `con atto n. ${input.act.number} del ${italianDate(input.act.date)} il bando del concorso "${state.title}", al quale ha presentato domanda, è stato modificato: ${input.summary}`,
        `Il termine per la presentazione delle domande è prorogato al ${italianDate(moved?.deadlines[0]?.dueDate ?? windowTerm(deadlines)?.dueDate ?? input.act.date)} (art. 82 c.2 del Regolamento degli uffici e dei servizi). La sua domanda resta valida; può integrarla entro il nuovo termine.`,
      ]),
    ],
  };
}

/** A notice to everyone who applied so far, with the office and the responsible officer (D5; L. 241/1990 art. 8). */
function applicantsNotice(
  state: Concorso,
  ctx: TermContext,
  template: string,
  subject: string,
  paragraphs: string[],
): NonNullable<ConcorsoDecision['broadcasts']>[number] {
  const office = ctx.entity.hrOffice;
  const officer = state.data.bando.responsibleOfficer;
  return {
    id: ctx.newId(),
    audience: 'APPLICANTS',
    template,
    from: ctx.entity.sender,
    email: {
      subject: `${ctx.entity.name}: ${subject}`,
      paragraphs,
      facts: [
        ['Ente', ctx.entity.name],
        ['Ufficio', `${office.name}, ${office.address}`],
        ['Responsabile del procedimento', `${officer.name} (${officer.email})`],
      ],
      closing: ['Messaggio del sistema Procedimenti.'],
    },
  };
}

/**
 * The application window's term in force: the reopened one once the terms were reopened (art. 87 c.1),
 * otherwise the original (art. 85 c.1).
 */
export function windowTerm(deadlines: Deadline[]): Deadline | undefined {
  return (
    deadlines.find((d) => d.termId === TERMS.reopenedApplicationDeadline) ??
    deadlines.find((d) => d.termId === TERMS.applicationDeadline)
  );
}

/**
 * Reopening of the terms (art. 87 c.1, L1465; DECISIONS Q4): once, after the window closed, when the
 * applications seem too few; a new term from the publication of the reopening act (30 days unless the act
 * says otherwise); applications already received stay valid. The postal grace and the terms that ran from
 * the old deadline are cancelled: they start again at the new close.
 */
export function reopenTerms(
  state: Concorso,
  deadlines: Deadline[],
  reminders: Reminder[],
  input: ReopenTerms,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'APPLICATIONS_CLOSED' && state.phase !== 'ADMISSION_OPEN') {
    throw problems.wrongPhase('I termini si possono riaprire solo dopo la scadenza delle domande (art. 87 c.1).');
  }
  if (state.data.reopening) {
    throw problems.conflict(
      'already-reopened',
      'I termini del bando possono essere riaperti una sola volta (art. 87 c.1).',
    );
  }
  const today = romeDateOf(ctx.now);
  const errors = [];
  if (input.act.date > today) errors.push({ field: 'act.date', message: "La data dell'atto non può essere futura." });
  if (input.publicationDate > today)
    errors.push({ field: 'publicationDate', message: 'La data di pubblicazione non può essere futura.' });
  if (input.publicationDate < input.act.date) {
    errors.push({ field: 'publicationDate', message: "La pubblicazione non può precedere l'atto di riapertura." });
  }
  if (errors.length) throw problems.validation(errors);
  const base = ctx.rule(TERMS.reopenedApplicationDeadline);
  const rule = input.days ? { ...base, quantity: input.days } : base;
  const term = deadlineFrom(rule, state.ruleSet, 'REOPENING_PUBLICATION', input.publicationDate, ctx);
  const at = ctx.now.toISOString();
  // Terms that ran from the old close start again from the new one.
  const cancelled = deadlines
    .filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED')
    .map((d) => ({ ...d, status: 'CANCELLED' as const }));
  const cancelledIds = new Set(cancelled.map((d) => d.id));
  const staleReminders = reminders
    .filter((r) => r.status === 'PENDING' && cancelledIds.has(r.deadlineId))
    .map((r) => ({ ...r, status: 'CANCELLED' as const }));
  const officer = state.data.bando.responsibleOfficer.email;
  return {
    phase: 'PUBLISHED',
    data: {
      ...state.data,
      reopening: { act: input.act, publicationDate: input.publicationDate, days: rule.quantity, recordedAt: at },
    },
    events: [
      {
        type: 'TERMS_REOPENED',
        actor,
        legalDate: input.act.date,
        payload: {
          act: input.act,
          publicationDate: input.publicationDate,
          applicationDeadline: term.dueDate,
          cancelledTerms: [...cancelledIds],
          basis: formatCitation(term.citation),
        },
      },
    ],
    deadlines: [...cancelled, term],
    reminders: [...staleReminders, ...remindersFor(rule, term, officer, ctx.now)],
    messages: [],
    broadcasts: [
      applicantsNotice(state, ctx, 'concorso-reopened', `riapertura dei termini — ${state.title}`, [
        `con atto n. ${input.act.number} del ${italianDate(input.act.date)} sono stati riaperti i termini del concorso "${state.title}" fino al ${italianDate(term.dueDate)} (art. 87 c.1 del Regolamento degli uffici e dei servizi).`,
        'La domanda che ha già presentato resta valida: non deve presentarne un’altra.',
      ]),
    ],
  };
}

/**
 * Revocation of the bando for reasons of public interest, at any point before the concorso concludes
 * (art. 87 c.2, L1467). Every term stops; everyone who applied is told (DECISIONS Q6, after Allegato N
 * L4455: "deve essere comunicato a tutti coloro che hanno presentato domanda"), however many they are —
 * the sweeper fans the notice out.
 */
export function revokeBando(
  state: Concorso,
  deadlines: Deadline[],
  reminders: Reminder[],
  input: RevokeBando,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase === 'REVOKED') throw problems.wrongPhase('Il bando risulta già revocato.');
  const today = romeDateOf(ctx.now);
  const errors = [];
  if (input.act.date > today) errors.push({ field: 'act.date', message: "La data dell'atto non può essere futura." });
  if (input.act.date < state.data.bando.indizione.date) {
    errors.push({ field: 'act.date', message: "La revoca non può precedere l'indizione." });
  }
  if (errors.length) throw problems.validation(errors);
  const stopped = deadlines
    .filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED')
    .map((d) => ({ ...d, status: 'CANCELLED' as const }));
  const cancelledReminders = reminders
    .filter((r) => r.status === 'PENDING')
    .map((r) => ({ ...r, status: 'CANCELLED' as const }));
  const broadcastId = ctx.newId();
  return {
    phase: 'REVOKED',
    data: {
      ...state.data,
      revocation: { act: input.act, reasons: input.reasons, recordedAt: ctx.now.toISOString(), broadcastId },
    },
    events: [
      {
        type: 'BANDO_REVOKED',
        actor,
        legalDate: input.act.date,
        payload: {
          act: input.act,
          reasons: input.reasons,
          stoppedTerms: stopped.map((d) => d.id),
          basis: 'art. 87 c.2, L1467; DECISIONS Q6 (L4455)',
        },
      },
    ],
    deadlines: stopped,
    reminders: cancelledReminders,
    messages: [],
    broadcasts: [
      {
        ...applicantsNotice(state, ctx, 'concorso-revoked', `revoca del bando — ${state.title}`, [
          `con atto n. ${input.act.number} del ${italianDate(input.act.date)} l'Amministrazione ha revocato il bando del concorso "${state.title}", al quale ha presentato domanda, per ragioni di interesse pubblico (art. 87 c.2 del Regolamento degli uffici e dei servizi).`,
          `Motivazione: ${input.reasons}`,
          'La procedura non avrà ulteriore corso. Per informazioni può rivolgersi all’ufficio indicato.',
        ]),
        id: broadcastId,
      },
    ],
  };
}

/** What admission needs of each application: who, and where a letter reaches them. */
export interface ApplicantRef {
  id: string;
  protocolNumber: string;
  name: string;
  /** For the graduatoria (who) and the last tie-break (younger age, art. 99 / Allegato M). */
  taxCode?: string;
  birthDate?: string;
  /** When the declared study title was obtained: requirements are held at the deadline (T18). */
  studyTitleObtainedOn?: string;
  /** The signed list of attachments (art. 84): what admission checks against the bando. */
  attachments?: Attachment[];
  email?: string;
  pec?: string;
  address: string;
}

/** Prepared messages per broadcast row (a few KB each): a row stays well inside DynamoDB's 400 KB item. */
const MESSAGES_PER_BROADCAST = 20;

/**
 * The admission determination (art. 88 c.1-2, L1471-L1473), not before the fifth working day after the
 * term (T8, art. 88 c.4, L1477), after the minutes of the bando's diffusion. Each excluded candidate is
 * told the reason through a legal channel — PEC with its delivery receipt where they gave a PEC address,
 * otherwise raccomandata A/R (DECISIONS Q1) — with an e-mail only as a courtesy copy; the letters are due
 * within 10 days (T9). Applications arriving after it are no longer admitted (art. 88 c.3).
 */
export function determineAdmission(
  state: Concorso,
  deadlines: Deadline[],
  input: DetermineAdmission,
  applications: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'ADMISSION_OPEN') {
    throw problems.wrongPhase(
      "L'ammissione si determina dopo la chiusura delle domande e il periodo di tolleranza postale (art. 88).",
    );
  }
  const today = romeDateOf(ctx.now);
  const errors: { field: string; message: string }[] = [];
  if (input.act.date > today) errors.push({ field: 'act.date', message: "La data dell'atto non può essere futura." });
  const earliest = deadlines.find((d) => d.termId === TERMS.earliestAdmission);
  if (earliest && input.act.date < earliest.dueDate) {
    errors.push({
      field: 'act.date',
      message: `La determinazione di ammissione non può essere adottata prima del ${italianDate(earliest.dueDate)}: cinque giorni lavorativi dal termine (art. 88 c.4, L1477; V20).`,
    });
  }
  if (input.diffusionMinutes.date > input.act.date) {
    errors.push({
      field: 'diffusionMinutes.date',
      message: 'Il verbale sulla diffusione del bando precede la determinazione (art. 88 c.1, L1471).',
    });
  }
  const byId = new Map(applications.map((a) => [a.id, a]));
  [
    ...input.excluded.map((e, i) => ['excluded', i, e] as const),
    ...input.withReserve.map((e, i) => ['withReserve', i, e] as const),
  ].forEach(([list, i, e]) => {
    if (!byId.has(e.applicationId))
      errors.push({ field: `${list}.${i}.applicationId`, message: 'Domanda non presente.' });
  });
  const regularisation = regularisationErrors(
    state,
    input.excluded.map((e) => e.applicationId),
  );
  if (regularisation.pending.length) {
    throw problems.conflict(
      'regularisation-pending',
      `Regolarizzazione ancora in corso per: ${regularisation.pending.join(', ')}. La determinazione attende l'esito (art. 89 c.1).`,
    );
  }
  errors.push(...regularisation.errors);
  errors.push(
    ...requirementErrors(
      state,
      deadlines,
      applications,
      input.excluded.map((e) => e.applicationId),
    ),
    ...attachmentAdmissionErrors(state, applications, [
      ...input.excluded.map((e) => e.applicationId),
      ...input.withReserve.map((e) => e.applicationId),
    ]),
  );
  if (errors.length) throw problems.validation(errors);

  const protocolPk = procPk(state.entityId, state.id);
  const officer = state.data.bando.responsibleOfficer;
  const excluded = input.excluded.map((e) => {
    const a = byId.get(e.applicationId)!;
    const channel = a.pec ? ('PEC' as const) : ('RACCOMANDATA_AR' as const);
    const sent = legalCommunication(
      { name: a.name, pec: a.pec, email: a.email, address: a.address },
      protocolPk,
      {
        kind: 'ESCLUSIONE',
        title: `Esclusione dal concorso "${state.title}"`,
        channel,
        protocol: a.protocolNumber,
        actDate: input.act.date,
        body: [
          `con determinazione n. ${input.act.number} del ${italianDate(input.act.date)} la sua domanda (protocollo n. ${a.protocolNumber}) è stata esclusa dal concorso "${state.title}".`,
          `Motivo: ${e.reason}`,
          `Responsabile del procedimento: ${officer.name} (${officer.email}), ${ctx.entity.hrOffice.name}, ${ctx.entity.hrOffice.address}.`,
        ],
        basis: "Comunicazione dell'esclusione ai sensi dell'art. 88 c.2 del Regolamento degli uffici e dei servizi.",
        whereToRead: 'La comunicazione contiene il motivo dell’esclusione.',
      },
      ctx,
    );
    return {
      entry: {
        applicationId: a.id,
        protocolNumber: a.protocolNumber,
        name: a.name,
        reason: e.reason,
        communication: sent.communication,
      },
      messages: sent.messages,
    };
  });
  const messages = excluded.flatMap((x) => x.messages);
  const broadcasts = [];
  for (let i = 0; i < messages.length; i += MESSAGES_PER_BROADCAST) {
    broadcasts.push({
      id: ctx.newId(),
      audience: 'MESSAGES' as const,
      messages: messages.slice(i, i + MESSAGES_PER_BROADCAST),
      template: 'concorso-exclusion',
      email: { subject: '', paragraphs: [], facts: [], closing: [] },
      from: ctx.entity.sender,
    });
  }
  const noticeRule = ctx.rule(TERMS.exclusionNotice);
  const notice = deadlineFrom(noticeRule, state.ruleSet, 'ADMISSION_DETERMINATION', input.act.date, ctx);
  // Letters by PEC leave with the act; the term stays open only while raccomandate are still to be posted.
  const toPost = excluded.some((x) => x.entry.communication.channel === 'RACCOMANDATA_AR');
  const noticeTerm: Deadline = toPost
    ? notice
    : { ...notice, status: 'MET', metBy: { act: 'ADMISSION_DETERMINED', legalDate: input.act.date } };
  const withReserve = input.withReserve.map((e) => {
    const a = byId.get(e.applicationId)!;
    return { applicationId: a.id, protocolNumber: a.protocolNumber, name: a.name, reason: e.reason };
  });
  const admission = {
    act: input.act,
    diffusionMinutes: input.diffusionMinutes,
    admitted: applications.length - excluded.length,
    withReserve,
    excluded: excluded.map((x) => x.entry),
    recordedAt: ctx.now.toISOString(),
  };
  // The admitted list now exists: the board owes its declarations about it (commission.ts, R6).
  const admitted: Concorso = { ...state, data: { ...state.data, admission } };
  const board = state.data.board && {
    ...state.data.board,
    standing: standingOf(admitted, state.data.board, admittedOf(admitted, applications)),
  };
  return {
    phase: 'ADMISSION_DETERMINED',
    data: { ...state.data, admission, ...(board ? { board } : {}) },
    events: [
      {
        type: 'ADMISSION_DETERMINED',
        actor,
        legalDate: input.act.date,
        payload: {
          act: input.act,
          diffusionMinutes: input.diffusionMinutes,
          admitted: applications.length - excluded.length,
          withReserve: withReserve.length,
          excluded: excluded.map((x) => ({
            applicationId: x.entry.applicationId,
            channel: x.entry.communication.channel,
          })),
          basis: 'art. 88 c.1-4, L1471-L1477',
        },
      },
    ],
    deadlines: [noticeTerm],
    reminders: toPost ? remindersFor(noticeRule, notice, officer.email, ctx.now) : [],
    messages: [],
    broadcasts,
  };
}

/** The raccomandate of exclusion posted: T9 met (or recorded late, escalated: the term is not peremptory). */
export function recordExclusionsPosted(
  state: Concorso,
  deadlines: Deadline[],
  reminders: Reminder[],
  input: { postedOn: string; reference: string },
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const admission = state.data.admission;
  if (state.phase !== 'ADMISSION_DETERMINED' || !admission)
    throw problems.wrongPhase('Nessuna determinazione di ammissione.');
  const pending = admission.excluded.filter((x) => x.communication.channel === 'RACCOMANDATA_AR' && !x.postedOn);
  if (!pending.length) throw problems.wrongPhase('Nessuna raccomandata di esclusione da spedire.');
  const errors = [];
  if (input.postedOn > romeDateOf(ctx.now))
    errors.push({ field: 'postedOn', message: 'La data non può essere futura.' });
  if (input.postedOn < admission.act.date)
    errors.push({ field: 'postedOn', message: 'La spedizione non può precedere la determinazione.' });
  if (errors.length) throw problems.validation(errors);
  const term = deadlines.find((d) => d.termId === TERMS.exclusionNotice && d.status === 'OPEN');
  const late = !!term && input.postedOn > term.dueDate;
  return {
    phase: state.phase,
    data: {
      ...state.data,
      admission: {
        ...admission,
        excluded: admission.excluded.map((x) => (pending.includes(x) ? { ...x, postedOn: input.postedOn } : x)),
      },
    },
    events: [
      {
        type: 'EXCLUSION_LETTERS_POSTED',
        actor,
        legalDate: input.postedOn,
        payload: { reference: input.reference, letters: pending.length, late, basis: 'art. 88 c.2, L1473' },
      },
    ],
    deadlines: term
      ? [{ ...term, status: 'MET', metBy: { act: 'EXCLUSION_LETTERS_POSTED', legalDate: input.postedOn } }]
      : [],
    reminders: reminders
      .filter((r) => r.deadlineId === term?.id && r.status === 'PENDING')
      .map((r) => ({ ...r, status: 'CANCELLED' as const })),
    messages: [],
  };
}

/**
 * An application whose list of attachments lacks a mandatory document (art. 84) is not admitted as it
 * stands: its defect is regularised first (art. 89 c.1: then it is admitted), or it is admitted with
 * reserve, or excluded. Applications on paper recorded before the list existed carry none and are
 * checked the same way: the clerk records what arrived.
 */
export function attachmentAdmissionErrors(
  state: Concorso,
  applications: ApplicantRef[],
  decidedIds: string[],
): { field: string; message: string }[] {
  const regularised = new Set(
    Object.values(state.data.regularisations ?? {})
      .filter((r) => r.status === 'REGULARISED')
      .map((r) => r.applicationId),
  );
  return applications
    .filter((a) => !decidedIds.includes(a.id) && !regularised.has(a.id))
    .map((a) => ({ a, defects: attachmentDefects(state.data.bando.requiredAttachments, a.attachments ?? []) }))
    .filter(({ defects }) => defects.length > 0)
    .map(({ a, defects }) => ({
      field: 'withReserve',
      message: `${a.name} (${a.protocolNumber}): ${defects.join('; ')}. Chiedere la regolarizzazione (art. 89 c.1), ammettere con riserva o escludere.`,
    }));
}

/**
 * Requirements are held on the application deadline (T18, art. 100 c.1, L1639): an application that
 * declares a study title obtained later, or an age over the bando's limit (or under 18) on that day,
 * cannot be admitted — the determination must exclude it.
 */
export function requirementErrors(
  state: Concorso,
  deadlines: Deadline[],
  applications: ApplicantRef[],
  excludedIds: string[],
): { field: string; message: string }[] {
  const deadline = deadlines
    .filter((d) => d.termId === TERMS.applicationDeadline || d.termId === TERMS.reopenedApplicationDeadline)
    .map((d) => d.dueDate)
    .sort()
    .at(-1);
  if (!deadline) return [];
  const maxAge = state.data.bando.requirements.ageLimit?.maxAge;
  const ageOn = (birth: string) => {
    const years = Number(deadline.slice(0, 4)) - Number(birth.slice(0, 4));
    return deadline.slice(5) < birth.slice(5) ? years - 1 : years;
  };
  const out: { field: string; message: string }[] = [];
  for (const a of applications) {
    if (excludedIds.includes(a.id)) continue;
    const why: string[] = [];
    if (a.studyTitleObtainedOn && a.studyTitleObtainedOn > deadline) {
      why.push(`titolo di studio conseguito il ${italianDate(a.studyTitleObtainedOn)}, dopo la scadenza`);
    }
    if (a.birthDate) {
      const age = ageOn(a.birthDate);
      if (age < 18) why.push(`${age} anni alla scadenza, meno di 18`);
      if (maxAge !== undefined && age > maxAge) why.push(`${age} anni alla scadenza, oltre il limite di ${maxAge}`);
    }
    if (why.length) {
      out.push({
        field: 'excluded',
        message: `${a.name} (${a.protocolNumber}): ${why.join('; ')}. I requisiti vanno posseduti alla data di scadenza del ${italianDate(deadline)} (art. 100 c.1, L1639): la domanda va esclusa.`,
      });
    }
  }
  return out;
}
