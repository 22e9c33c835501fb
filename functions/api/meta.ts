/** The OpenAPI document, the signed-in user, and the entities this install serves. */
import { openApiDocument } from '../../shared/api/openapi';
import { ENTITIES } from '../../shared/entities/entities';
import { actorOf } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { routes } from '../../shared/http/router';

let document: Record<string, unknown> | undefined;

export const handler = routes({
  'GET /api/openapi.json': httpHandler({}, async () => {
    document ??= openApiDocument();
    return { status: 200, body: document };
  }),
  'GET /api/v1/me': httpHandler({}, async ({ event }) => ({ status: 200, body: actorOf(event) })),
  'GET /api/v1/entities': httpHandler({}, async () => ({
    status: 200,
    body: { items: ENTITIES.map((e) => ({ id: e.id, name: e.name, kind: e.kind })) },
  })),
});
