/**
 * The concorso's transitions by name: the state machine routes an act to one of these (workflows/concorso.ts),
 * the decide step runs it. Each is pure; the context carries time, calendar, rule set and the digest.
 */

import type { Calendar } from '../../calendar/calendar';
import { romeDateOf } from '../../calendar/dates';
import { calendarOf, findEntity } from '../../entities/entities';
import { problems } from '../../http/problem';
import { termRule } from '../../rules';
import type { TransitionRequest } from '../../workflow/transition';
import { clockOperation, clockOperationSchema } from '../clock';
import {
  manualDeliverySchema,
  manualDeliveryTarget,
  pecReceiptSchema,
  pecReceiptTarget,
} from '../legal-communications';
import type { ActorRef, AggregateView } from '../model';
import { approveGraduatoria, ratifyGraduatoria } from './approval';
import { approvalSchema, ratificationSchema } from './approval-schemas';
import { admittedOf, appointBoard, recordBoardDeclaration, replaceBoardMember } from './board';
import {
  appointBoardSchema,
  boardDeclarationSchema,
  examCalendarSchema,
  replaceBoardMemberSchema,
} from './board-schemas';
import { conclusionOverdue, recordDelayReport } from './conclusion';
import {
  type ApplicantRef,
  type ApplicationsDigest,
  amendBando,
  type Concorso,
  type ConcorsoData,
  type ConcorsoDecision,
  type ConcorsoPhase,
  closeApplications,
  determineAdmission,
  endPostalGrace,
  publishGuri,
  recordExclusionsPosted,
  recordExpiry,
  reopenTerms,
  revokeBando,
  TERMS,
  type TermContext,
} from './concorso';
import { setExamCalendar } from './exam-calendar';
import type { OralSession, SealedMapping } from './exams';
import { deanonymiseTest, recordMarks, type StoredTest, startAnonymousTest } from './marking';
import { deanonymiseSchema, marksSchema, startTestSchema } from './marking-schemas';
import { recordOralSessionAct, recordPreferenceDocuments } from './oral';
import { oralSessionSchema, preferenceDocumentsSchema } from './oral-schemas';
import {
  concorsoCommunications,
  REGULARISATION_TERM,
  recordCommunicationDelivery,
  recordRegularised,
  regularisationLapsed,
  requestRegularisation,
} from './regularisation';
import { regularisationSchema, regularisedSchema } from './regularisation-schemas';
import {
  amendBandoSchema,
  delayReportSchema,
  determineAdmissionSchema,
  exclusionsPostedSchema,
  publicationSchema,
  publishGuriSchema,
  reopenTermsSchema,
  revokeBandoSchema,
} from './schemas';
import type { TitlesResult } from './titles';
import { evaluateTitlesAct, lockTitles } from './titles-acts';
import { evaluateTitlesSchema, lockTitlesSchema } from './titles-schemas';
import { recordPublication } from './transparency';

export const CONCORSO_TRANSITIONS = [
  'PUBLISH_GURI',
  'CLOSE_APPLICATIONS',
  'END_POSTAL_GRACE',
  'RECORD_EXPIRY',
  'CLOCK_OPERATION',
  'AMEND_BANDO',
  'REOPEN_TERMS',
  'REVOKE_BANDO',
  'DETERMINE_ADMISSION',
  'RECORD_EXCLUSIONS_POSTED',
  'RECORD_DELIVERY',
  'PEC_RECEIPT',
  'APPOINT_BOARD',
  'RECORD_BOARD_DECLARATION',
  'REPLACE_BOARD_MEMBER',
  'SET_EXAM_CALENDAR',
  'START_TEST',
  'RECORD_MARKS',
  'DEANONYMISE',
  'RECORD_ORAL_SESSION',
  'RECORD_PREFERENCE_DOCUMENTS',
  'APPROVE_GRADUATORIA',
  'EVALUATE_TITLES',
  'LOCK_TITLES',
  'REQUEST_REGULARISATION',
  'RECORD_REGULARISED',
  'RECORD_PUBLICATION',
  'RECORD_DELAY_REPORT',
  'RATIFY_GRADUATORIA',
] as const;

/** Transitions that read the applications (who is admitted, where to write to them). */
export const NEEDS_APPLICANTS: readonly ConcorsoTransition[] = [
  'DETERMINE_ADMISSION',
  'APPOINT_BOARD',
  'RECORD_BOARD_DECLARATION',
  'REPLACE_BOARD_MEMBER',
  'SET_EXAM_CALENDAR',
  'START_TEST',
  'RECORD_MARKS',
  'DEANONYMISE',
  'RECORD_ORAL_SESSION',
  'APPROVE_GRADUATORIA',
  'EVALUATE_TITLES',
  'LOCK_TITLES',
  'REQUEST_REGULARISATION',
];

/** Transitions that read the marked tests' own items (codes and marks; the sealed table to match names). */
export const NEEDS_TESTS: readonly ConcorsoTransition[] = [
  'RECORD_MARKS',
  'DEANONYMISE',
  'RECORD_ORAL_SESSION',
  'APPROVE_GRADUATORIA',
];
/** Transitions that read the titles evaluations' own items. */
export const NEEDS_TITLES: readonly ConcorsoTransition[] = ['APPROVE_GRADUATORIA'];
/** Transitions that read the oral sessions' own items. */
export const NEEDS_ORAL_SESSIONS: readonly ConcorsoTransition[] = ['RECORD_ORAL_SESSION', 'APPROVE_GRADUATORIA'];
export type ConcorsoTransition = (typeof CONCORSO_TRANSITIONS)[number];

export function termContext(state: Concorso, now: Date, newId: () => string, calendar?: Calendar): TermContext {
  const entity = findEntity(state.entityId);
  if (!entity) throw problems.notFound(`Ente ${state.entityId} non configurato.`);
  return {
    now,
    entity,
    calendar: calendar ?? calendarOf(entity),
    rule: (id) => termRule(state.ruleSet, id),
    newId,
  };
}

export function decideConcorso(
  transition: ConcorsoTransition,
  aggregate: AggregateView,
  request: TransitionRequest,
  extras: {
    applications?: ApplicationsDigest;
    applicants?: ApplicantRef[];
    /** The marked tests' items by test id, and (for DEANONYMISE only) their sealed tables. */
    tests?: Record<string, StoredTest>;
    sealed?: Record<string, SealedMapping>;
    /** The oral sessions held so far, in order. */
    oralSessions?: OralSession[];
    /** The titles evaluations by application. */
    titles?: Record<string, TitlesResult>;
    newId: () => string;
    calendar?: Calendar;
  },
): ConcorsoDecision {
  const state = aggregate.procedure as Concorso;
  const ctx = termContext(state, new Date(request.requestedAt), extras.newId, extras.calendar);
  const actor: ActorRef = request.actor;
  const admitted = () => admittedOf(state, extras.applicants ?? []);
  const expiring = () => {
    const id = String(request.payload.deadlineId ?? '');
    const d = aggregate.deadlines.find((x) => x.id === id);
    if (d?.status !== 'OPEN') throw problems.conflict('deadline-not-open', `Il termine ${id} non è aperto.`);
    if (Date.parse(d.dueAt) > ctx.now.getTime())
      throw problems.conflict('deadline-not-due', `Il termine ${id} non è ancora scaduto.`);
    return d;
  };
  switch (transition) {
    case 'PUBLISH_GURI': {
      const parsed = publishGuriSchema.parse(request.payload);
      return publishGuri(state, parsed, actor, ctx);
    }
    case 'CLOSE_APPLICATIONS':
      return closeApplications(state, expiring(), extras.applications!, ctx);
    case 'END_POSTAL_GRACE':
      return endPostalGrace(state, expiring(), extras.applications!, ctx);
    case 'RECORD_EXPIRY': {
      const expired = expiring();
      if (expired.termId === REGULARISATION_TERM) return regularisationLapsed(state, expired, ctx);
      if (expired.termId === TERMS.maxDuration) return conclusionOverdue(state, expired, ctx);
      return recordExpiry(state, expired, ctx);
    }
    case 'REOPEN_TERMS':
      return reopenTerms(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        reopenTermsSchema.parse(request.payload),
        actor,
        ctx,
      );
    case 'DETERMINE_ADMISSION':
      return determineAdmission(
        state,
        aggregate.deadlines,
        determineAdmissionSchema.parse(request.payload),
        extras.applicants ?? [],
        actor,
        ctx,
      );
    case 'RECORD_EXCLUSIONS_POSTED':
      return recordExclusionsPosted(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        exclusionsPostedSchema.parse(request.payload),
        actor,
        ctx,
      );
    case 'RECORD_DELIVERY': {
      // The A/R return card (or signed receipt) of an exclusion letter or a regularisation request, also
      // after a failed PEC.
      const input = manualDeliverySchema.parse(request.payload);
      const comm = manualDeliveryTarget(concorsoCommunications(state), input.communicationId, input.evidence.kind);
      if (input.deliveredOn > romeDateOf(ctx.now) || input.deliveredOn < comm.actDate) {
        throw problems.validation([
          { field: 'deliveredOn', message: "La data di consegna non può essere futura né precedere l'atto." },
        ]);
      }
      return recordCommunicationDelivery(
        state,
        { ...comm, status: 'CONSEGNATA', deliveredOn: input.deliveredOn, evidence: input.evidence, failure: undefined },
        {
          type: 'COMMUNICATION_DELIVERED',
          actor,
          legalDate: input.deliveredOn,
          payload: { communicationId: comm.id, evidence: input.evidence },
        },
        ctx,
      );
    }
    case 'PEC_RECEIPT': {
      const input = pecReceiptSchema.parse(request.payload);
      const comm = pecReceiptTarget(concorsoCommunications(state), input.communicationId);
      const on = romeDateOf(new Date(input.issuedAt));
      const delivered = input.type === 'AVVENUTA_CONSEGNA';
      return recordCommunicationDelivery(
        state,
        delivered
          ? {
              ...comm,
              status: 'CONSEGNATA',
              pecMessageId: input.pecMessageId,
              deliveredOn: on,
              evidence: { kind: 'RICEVUTA_PEC', reference: input.receiptId, issuedAt: input.issuedAt },
            }
          : {
              ...comm,
              status: 'MANCATA_CONSEGNA',
              pecMessageId: input.pecMessageId,
              failure: input.detail ?? 'mancata consegna',
            },
        {
          type: delivered ? 'COMMUNICATION_DELIVERED' : 'PEC_NOT_DELIVERED',
          actor,
          legalDate: on,
          payload: { communicationId: comm.id, receiptId: input.receiptId },
        },
        ctx,
      );
    }
    case 'RECORD_DELAY_REPORT':
      return recordDelayReport(state, aggregate.deadlines, delayReportSchema.parse(request.payload), actor, ctx);
    case 'RECORD_PUBLICATION':
      return recordPublication(state, publicationSchema.parse(request.payload), actor, ctx);
    case 'REQUEST_REGULARISATION':
      return requestRegularisation(
        state,
        regularisationSchema.parse(request.payload),
        extras.applicants ?? [],
        actor,
        ctx,
      );
    case 'RECORD_REGULARISED':
      return recordRegularised(state, aggregate.deadlines, regularisedSchema.parse(request.payload), actor, ctx);
    case 'APPOINT_BOARD':
      return appointBoard(state, appointBoardSchema.parse(request.payload), admitted(), actor, ctx);
    case 'RECORD_BOARD_DECLARATION':
      return recordBoardDeclaration(state, boardDeclarationSchema.parse(request.payload), admitted(), actor, ctx);
    case 'REPLACE_BOARD_MEMBER':
      return replaceBoardMember(state, replaceBoardMemberSchema.parse(request.payload), admitted(), actor, ctx);
    case 'SET_EXAM_CALENDAR':
      return setExamCalendar(state, examCalendarSchema.parse(request.payload), extras.applicants ?? [], actor, ctx);
    case 'START_TEST':
      return startAnonymousTest(state, startTestSchema.parse(request.payload), extras.applicants ?? [], actor, ctx);
    case 'RECORD_MARKS': {
      const input = marksSchema.parse(request.payload);
      return recordMarks(state, input, extras.tests?.[input.testId], extras.applicants ?? [], actor);
    }
    case 'DEANONYMISE': {
      const input = deanonymiseSchema.parse(request.payload);
      const others = Object.values(extras.tests ?? {}).filter((t) => t.test.testId !== input.testId);
      return deanonymiseTest(
        state,
        input,
        extras.tests?.[input.testId],
        extras.sealed?.[input.testId],
        others,
        extras.applicants ?? [],
        actor,
        ctx,
      );
    }
    case 'RECORD_ORAL_SESSION':
      return recordOralSessionAct(
        state,
        oralSessionSchema.parse(request.payload),
        extras.tests ?? {},
        extras.oralSessions ?? [],
        extras.applicants ?? [],
        actor,
        ctx,
      );
    case 'RECORD_PREFERENCE_DOCUMENTS':
      return recordPreferenceDocuments(
        state,
        aggregate.deadlines,
        preferenceDocumentsSchema.parse(request.payload),
        actor,
        ctx,
      );
    case 'RATIFY_GRADUATORIA':
      return ratifyGraduatoria(state, ratificationSchema.parse(request.payload), actor, ctx);
    case 'APPROVE_GRADUATORIA':
      return approveGraduatoria(
        state,
        aggregate.deadlines,
        approvalSchema.parse(request.payload),
        extras.tests ?? {},
        extras.oralSessions ?? [],
        extras.titles ?? {},
        extras.applicants ?? [],
        actor,
        ctx,
      );
    case 'EVALUATE_TITLES':
      return evaluateTitlesAct(
        state,
        aggregate.deadlines,
        evaluateTitlesSchema.parse(request.payload),
        extras.applicants ?? [],
        actor,
      );
    case 'LOCK_TITLES':
      return lockTitles(state, lockTitlesSchema.parse(request.payload), extras.applicants ?? [], actor, ctx);
    case 'REVOKE_BANDO':
      return revokeBando(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        revokeBandoSchema.parse(request.payload),
        actor,
        ctx,
      );
    case 'AMEND_BANDO':
      return amendBando(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        amendBandoSchema.parse(request.payload),
        actor,
        ctx,
      );
    case 'CLOCK_OPERATION': {
      const input = clockOperationSchema.parse(request.payload.operation);
      return clockOperation<ConcorsoPhase, ConcorsoData>(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        String(request.payload.deadlineId),
        input,
        actor,
        {
          now: ctx.now,
          calendar: ctx.calendar,
          rule: ctx.rule,
          reminderRecipient: state.data.bando.responsibleOfficer.email,
        },
      );
    }
  }
}
