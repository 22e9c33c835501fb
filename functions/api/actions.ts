/** A human act on a procedure: validate, authorize, run the transition synchronously, answer with its outcome. */
import { clock } from '../../shared/clock';
import { actorOf, requireRole } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { parseProcedureId, routes } from '../../shared/http/router';
import { clockOperationSchema } from '../../shared/procedures/clock';
import { publishGuriSchema } from '../../shared/procedures/concorso/schemas';
import { runTransition } from '../../shared/workflow/executor';

const publishGuri = httpHandler({ body: publishGuriSchema }, async ({ event, body, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const outcome = await runTransition('concorso', {
    entityId,
    procedureId: id,
    action: 'publish-guri',
    expectedVersion: body.expectedVersion,
    actor: { id: actor.id, name: actor.name, role: 'HR_OFFICER' },
    payload: body,
    requestedAt: clock.now().toISOString(),
  });
  return { status: 200, body: outcome };
});

/** A clock operation on one of the procedure's terms: a transition like any other act (audited, versioned). */
const moveTerm = httpHandler({ body: clockOperationSchema }, async ({ event, body, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const outcome = await runTransition('concorso', {
    entityId,
    procedureId: id,
    action: 'deadline-clock',
    expectedVersion: body.expectedVersion,
    actor: { id: actor.id, name: actor.name, role: 'HR_OFFICER' },
    payload: { deadlineId: params.deadlineId, operation: body },
    requestedAt: clock.now().toISOString(),
  });
  return { status: 200, body: outcome };
});

export const handler = routes({
  'POST /api/v1/procedures/{id}/actions/publish-guri': publishGuri,
  'POST /api/v1/procedures/{id}/deadlines/{deadlineId}/clock': moveTerm,
});
