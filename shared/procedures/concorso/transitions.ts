/**
 * The concorso's transitions by name: the state machine routes an act to one of these (workflows/concorso.ts),
 * the decide step runs it. Each is pure; the context carries time, calendar, rule set and the digest.
 */

import type { Calendar } from '../../calendar/calendar';
import { calendarOf, findEntity } from '../../entities/entities';
import { problems } from '../../http/problem';
import { termRule } from '../../rules';
import type { TransitionRequest } from '../../workflow/transition';
import { clockOperation, clockOperationSchema } from '../clock';
import type { ActorRef, AggregateView } from '../model';
import {
  type ApplicationsDigest,
  amendBando,
  type Concorso,
  type ConcorsoData,
  type ConcorsoDecision,
  type ConcorsoPhase,
  closeApplications,
  endPostalGrace,
  publishGuri,
  recordExpiry,
  reopenTerms,
  revokeBando,
  type TermContext,
} from './concorso';
import { amendBandoSchema, publishGuriSchema, reopenTermsSchema, revokeBandoSchema } from './schemas';

export const CONCORSO_TRANSITIONS = [
  'PUBLISH_GURI',
  'CLOSE_APPLICATIONS',
  'END_POSTAL_GRACE',
  'RECORD_EXPIRY',
  'CLOCK_OPERATION',
  'AMEND_BANDO',
  'REOPEN_TERMS',
  'REVOKE_BANDO',
] as const;
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
  extras: { applications?: ApplicationsDigest; newId: () => string; calendar?: Calendar },
): ConcorsoDecision {
  const state = aggregate.procedure as Concorso;
  const ctx = termContext(state, new Date(request.requestedAt), extras.newId, extras.calendar);
  const actor: ActorRef = request.actor;
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
    case 'RECORD_EXPIRY':
      return recordExpiry(state, expiring(), ctx);
    case 'REOPEN_TERMS':
      return reopenTerms(
        state,
        aggregate.deadlines,
        aggregate.reminders,
        reopenTermsSchema.parse(request.payload),
        actor,
        ctx,
      );
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
