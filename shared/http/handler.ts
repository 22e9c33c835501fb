/**
 * The one way an HTTP handler is built: middy with our JSON body parsing, zod validation and
 * problem+json errors. Handlers stay thin: they receive the parsed body and path, call the domain, and
 * return `{ status, body }`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { fieldErrors, type Problem, ProblemError, problems } from './problem';

export const logger = new Logger({ serviceName: 'procedimenti' });

export interface HttpRequest<B> {
  event: APIGatewayProxyEventV2;
  body: B;
  params: Record<string, string>;
  query: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 256 * 1024;

function json(status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResultV2 {
  // A binary document (a PDF): base64 on the wire, as API Gateway's HTTP API expects.
  if (Buffer.isBuffer(body))
    return { statusCode: status, headers, body: body.toString('base64'), isBase64Encoded: true };
  const problem = status >= 400 && body && typeof body === 'object' && 'title' in body;
  return {
    statusCode: status,
    headers: { 'content-type': problem ? 'application/problem+json' : 'application/json', ...headers },
    // A handler that sets its own content type (a rendered document) sends its text as it is.
    body: body === undefined ? '' : typeof body === 'string' && headers['content-type'] ? body : JSON.stringify(body),
  };
}

export function problemResponse(problem: Problem): APIGatewayProxyResultV2 {
  return json(problem.status, problem);
}

function parseBody(event: APIGatewayProxyEventV2): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const type = (event.headers?.['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw new ProblemError({
      status: 415,
      code: 'unsupported-media-type',
      title: 'Formato non supportato',
      detail: 'Il corpo della richiesta deve essere JSON (Content-Type: application/json).',
    });
  }
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) {
    throw new ProblemError({
      status: 413,
      code: 'too-large',
      title: 'Richiesta troppo grande',
      detail: 'Il corpo supera 256 KB.',
    });
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw problems.malformed('Il corpo della richiesta non è JSON valido.');
  }
}

export function httpHandler<S extends z.ZodType | undefined>(
  options: { body?: S },
  fn: (req: HttpRequest<S extends z.ZodType ? z.infer<S> : undefined>) => Promise<HttpResponse>,
) {
  const base = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
    try {
      const raw = parseBody(event);
      let body: unknown;
      if (options.body) {
        if (raw === undefined)
          throw problems.validation([{ field: '(corpo)', message: 'Corpo della richiesta mancante.' }]);
        const parsed = options.body.safeParse(raw);
        if (!parsed.success) throw problems.validation(fieldErrors(parsed.error));
        body = parsed.data;
      }
      const result = await fn({
        event,
        body: body as never,
        params: (event.pathParameters ?? {}) as Record<string, string>,
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
      });
      return json(result.status, result.body, result.headers);
    } catch (error) {
      if (error instanceof ProblemError) {
        if (error.problem.status >= 500) logger.error('request failed', { problem: error.problem });
        return problemResponse(error.problem);
      }
      logger.error('unhandled error', error as Error);
      return problemResponse({
        type: 'https://procedimenti.dev/problems/internal',
        title: 'Errore interno',
        status: 500,
        detail: 'Si è verificato un errore imprevisto. Riprovare più tardi.',
      });
    }
  };
  return middy(base).before(async (request) => {
    logger.addContext(request.context);
    logger.appendKeys({ route: request.event.routeKey });
  });
}
