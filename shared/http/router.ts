/** One Lambda serves the routes of one resource: dispatch on the API Gateway route key. */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { problemResponse } from './handler';
import { problems } from './problem';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export function routes(table: Record<string, Handler>): Handler {
  return async (event, context) => {
    const handler = table[event.routeKey];
    if (!handler) return problemResponse(problems.notFound('Operazione non trovata.').problem);
    return handler(event, context);
  };
}

/** Procedure ids are `<entityId>.<random>`: the key carries the entity (DESIGN.md §3). Anything else is 404. */
export function parseProcedureId(raw: string | undefined): { entityId: string; id: string } {
  const m = /^([a-z][a-z0-9]{1,39})\.([a-z0-9]{8,40})$/.exec(raw ?? '');
  if (!m) throw problems.notFound('Procedimento non trovato.');
  return { entityId: m[1], id: raw as string };
}
