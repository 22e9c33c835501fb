/** HR: the list of domande, and the registration of a paper domanda with its postmark (T2). */

import { clock } from '../../shared/clock';
import { actorOf, requireRole } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { parseProcedureId, routes } from '../../shared/http/router';
import { candidateOf } from '../../shared/procedures/concorso/applications';
import { attachmentDefects, toProduceOnRequest } from '../../shared/procedures/concorso/attachments';
import type { Concorso } from '../../shared/procedures/concorso/concorso';
import { paperApplicationSchema } from '../../shared/procedures/concorso/schemas';
import { listApplications } from '../../shared/store/applications';
import { loadAggregate } from '../../shared/store/procedures';
import { submitApplication } from '../../shared/workflow/intake';

const list = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const concorso = (await loadAggregate(entityId, id, 'concorso')).procedure as Concorso;
  const required = concorso.data.bando.requiredAttachments;
  const apps = await listApplications(entityId, id);
  return {
    status: 200,
    body: {
      items: apps
        .sort((a, b) => (a.protocolNumber < b.protocolNumber ? -1 : 1))
        .map((a) => ({
          id: a.id,
          protocolNumber: a.protocolNumber,
          channel: a.channel,
          sentDate: a.sentDate,
          receivedDate: a.receivedDate,
          recordedAt: a.recordedAt,
          status: a.status,
          firstName: a.candidate.firstName,
          lastName: a.candidate.lastName,
          taxCode: a.candidate.taxCode,
          email: a.candidate.email,
          pec: a.candidate.pec,
          // The signed list (art. 84) and what it lacks for the admission; what to produce on request (c.2).
          attachments: a.candidate.attachments ?? [],
          attachmentDefects: attachmentDefects(required, a.candidate.attachments ?? []),
          toProduceOnRequest: toProduceOnRequest(a.candidate.attachments ?? []).map((x) => x.description),
        })),
    },
  };
});

const registerPaper = httpHandler({ body: paperApplicationSchema }, async ({ event, body, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const app = await submitApplication({
    entityId,
    procedureId: id,
    candidate: candidateOf(body),
    paper: body,
    actor: { id: actor.id, name: actor.name, role: 'HR_OFFICER' },
    now: clock.now(),
  });
  return { status: 201, body: app };
});

export const handler = routes({
  'GET /api/v1/procedures/{id}/applications': list,
  'POST /api/v1/procedures/{id}/paper-applications': registerPaper,
});
