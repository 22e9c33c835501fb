/**
 * Application intake (DESIGN.md §3: written directly, no execution per domanda). Online and paper
 * domande share it; only the timeliness check differs (T1 online, T2 paper).
 */

import { randomBytes, randomUUID } from 'node:crypto';
import { romeDateOf } from '../calendar/dates';
import { findEntity } from '../entities/entities';
import { logger } from '../http/handler';
import { problems } from '../http/problem';
import { dispatch } from '../notify/outbox';
import {
  type Application,
  assertOnlineWindowOpen,
  assertPaperTimely,
  intakePhases,
  protocolNumber,
  receiptMessage,
} from '../procedures/concorso/applications';
import { attachmentInputErrors } from '../procedures/concorso/attachments';
import { type Concorso, TERMS } from '../procedures/concorso/concorso';
import type { ApplicationInput, PaperApplicationInput } from '../procedures/concorso/schemas';
import type { ActorRef } from '../procedures/model';
import { loadForIntake, PhaseChanged, putApplication } from '../store/applications';
import { procPk } from '../store/keys';
import { nextProtocolSeq } from '../store/protocol';

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
  const window = [TERMS.applicationDeadline, TERMS.reopenedApplicationDeadline];
  const terms = req.paper ? [...window, TERMS.postalGrace] : window;
  const aggregate = await loadForIntake(req.entityId, req.procedureId, terms);
  const state = aggregate?.procedure as Concorso | undefined;
  // An unpublished bando is not public: online it does not exist yet.
  if (!aggregate || !state || state.type !== 'concorso' || (!req.paper && state.phase === 'BANDO_ADOPTED')) {
    throw problems.notFound('Concorso non trovato.');
  }
  const deadline = req.paper
    ? assertPaperTimely(state, aggregate.deadlines, req.paper, req.now)
    : assertOnlineWindowOpen(state, aggregate.deadlines, req.now);
  const listed = attachmentInputErrors(state.data.bando.requiredAttachments, req.candidate.attachments ?? []);
  if (listed.length) throw problems.validation(listed);
  const entity = findEntity(req.entityId)!;
  const today = romeDateOf(req.now);
  const seq = await nextProtocolSeq(req.entityId, today.slice(0, 4));
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
  try {
    await putApplication(app, message, intakePhases(app.channel), req.actor, req.now);
  } catch (error) {
    if (!(error instanceof PhaseChanged)) throw error;
    // The phase moved between read and write: decide again on the new state, which now refuses it.
    if (attempt === 0) return submitApplication(req, 1);
    throw problems.wrongPhase(
      'La fase del concorso è cambiata durante la registrazione: la domanda non è stata registrata.',
    );
  }
  // The domanda is stored and its receipt queued: a failed send is the sweeper's to retry, not the caller's error.
  await dispatch(procPk(req.entityId, req.procedureId), message, req.now).catch((error) =>
    logger.warn('receipt not sent now; the sweeper retries it', { error: (error as Error).message }),
  );
  return app;
}
