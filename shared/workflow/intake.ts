/**
 * Application intake (DESIGN.md §3: written directly, no execution per domanda). Online and paper
 * domande share it; only the timeliness check differs (T1 online, T2 paper).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { romeDateOf } from '../calendar/dates';
import { findEntity } from '../entities/entities';
import { problems } from '../http/problem';
import { dispatch } from '../notify/outbox';
import {
  type Application,
  assertOnlineWindowOpen,
  assertPaperTimely,
  protocolNumber,
  receiptMessage,
} from '../procedures/concorso/applications';
import { type Concorso, TERMS } from '../procedures/concorso/concorso';
import type { ApplicationInput, PaperApplicationInput } from '../procedures/concorso/schemas';
import type { ActorRef } from '../procedures/model';
import { loadForIntake, nextProtocolSeq, PhaseChanged, putApplication } from '../store/applications';
import { procPk } from '../store/keys';

export interface IntakeRequest {
  entityId: string;
  procedureId: string;
  candidate: ApplicationInput;
  paper?: PaperApplicationInput;
  actor: ActorRef;
  now: Date;
}

export async function submitApplication(req: IntakeRequest, attempt = 0): Promise<Application> {
  // Online needs only the application term (T1); paper also the postal grace (T2).
  const terms = req.paper ? [TERMS.applicationDeadline, TERMS.postalGrace] : [TERMS.applicationDeadline];
  const aggregate = await loadForIntake(req.entityId, req.procedureId, terms);
  const state = aggregate?.procedure as Concorso | undefined;
  // An unpublished bando is not public: online it does not exist yet.
  if (!aggregate || !state || state.type !== 'concorso' || (!req.paper && state.phase === 'BANDO_ADOPTED')) {
    throw problems.notFound('Concorso non trovato.');
  }
  const deadline = req.paper
    ? assertPaperTimely(state, aggregate.deadlines, req.paper, req.now)
    : assertOnlineWindowOpen(state, aggregate.deadlines, req.now);
  const entity = findEntity(req.entityId)!;
  const today = romeDateOf(req.now);
  const seq = await nextProtocolSeq(req.entityId, req.procedureId);
  const app: Application = {
    id: `${req.now.getTime().toString(36)}${randomBytes(6).toString('hex')}`,
    procedureId: req.procedureId,
    entityId: req.entityId,
    protocolNumber: protocolNumber(req.entityId, today.slice(0, 4), seq),
    channel: req.paper?.channel ?? 'ONLINE',
    recordedAt: req.now.toISOString(),
    sentDate: req.paper?.sentDate ?? today,
    receivedDate: req.paper?.receivedDate ?? today,
    candidate: req.candidate,
    recordedBy: req.actor,
    status: 'SUBMITTED',
  };
  const message = receiptMessage(state, app, deadline, entity, randomUUID());
  // Online domande only while PUBLISHED; paper ones also during the postal grace.
  const phases = req.paper ? ['PUBLISHED', 'APPLICATIONS_CLOSED'] : ['PUBLISHED'];
  try {
    await putApplication(app, message, phases, req.actor, req.now);
  } catch (error) {
    // The phase moved between read and write: decide again on the new state (which now refuses it).
    if (error instanceof PhaseChanged && attempt === 0) return submitApplication(req, 1);
    throw error;
  }
  await dispatch(procPk(req.entityId, req.procedureId), message, req.now);
  return app;
}
