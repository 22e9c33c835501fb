/**
 * The one HTTP server a user sees (the web port): local control endpoints under `/_local/`, the
 * template's API routes, and the static web console. Errors are problem+json like the API's own.
 */
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type Problem, ProblemError } from '../../shared/http/problem';
import { type ApiRoute, buildEvent, type Claims, matchRoute, toHttpResult } from './api-gateway';
import type { LambdaInvoker } from './lambda';
import type { Logger } from './log';
import { type Mount, serveStatic } from './static-files';

/** Requests above this size are refused with 413 before any handler runs. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this, stop draining and drop the connection. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export type Authenticate = (req: IncomingMessage) => Claims | null | Promise<Claims | null>;

export interface LocalRequest {
  req: IncomingMessage;
  url: URL;
  /** The JSON body, or undefined when there is none. */
  body: unknown;
}
export interface LocalResponse {
  status?: number;
  headers?: OutgoingHttpHeaders;
  body: unknown;
}
export type LocalEndpoint = (request: LocalRequest) => Promise<LocalResponse>;
/** Keyed by `METHOD /_local/path`. */
export type LocalEndpoints = Record<string, LocalEndpoint>;

export interface RouterOptions {
  routes: ApiRoute[];
  lambdas: LambdaInvoker;
  authenticate?: Authenticate;
  localEndpoints: LocalEndpoints;
  mounts: Mount[];
  log: Logger;
}

const problem = (status: number, code: string, title: string, detail: string) =>
  new ProblemError({ status, code, title, detail }).problem;

function sendProblem(res: ServerResponse, p: Problem, headers: OutgoingHttpHeaders = {}) {
  send(res, p.status, { 'content-type': 'application/problem+json', ...headers }, Buffer.from(JSON.stringify(p)));
}

function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer) {
  res.writeHead(status, { ...headers, 'content-length': body.length });
  res.end(body);
}

const tooLarge = () =>
  problem(
    413,
    'too-large',
    'Richiesta troppo grande',
    `Il corpo della richiesta supera ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
  );

/**
 * Reads the body up to MAX_BODY_BYTES. Past it, the rest is drained (so the client, still sending,
 * reads a clean 413 instead of a reset connection) and undefined is returned.
 */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_DRAIN_BYTES) {
      req.destroy();
      return undefined;
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}

export function createRouter(options: RouterOptions): Server {
  const { log } = options;
  const localPaths = new Map<string, string[]>();
  for (const key of Object.keys(options.localEndpoints)) {
    const [method, path] = key.split(' ');
    localPaths.set(path, [...(localPaths.get(path) ?? []), method]);
  }

  async function local(req: IncomingMessage, res: ServerResponse, url: URL) {
    const endpoint = options.localEndpoints[`${req.method} ${url.pathname}`];
    if (!endpoint) {
      const allowed = localPaths.get(url.pathname);
      if (allowed)
        return sendProblem(
          res,
          problem(405, 'method-not-allowed', 'Metodo non consentito', `Metodi ammessi: ${allowed.join(', ')}.`),
          { allow: allowed.join(', ') },
        );
      return sendProblem(res, problem(404, 'not-found', 'Non trovato', `Nessun endpoint locale ${url.pathname}.`));
    }
    const raw = await readBody(req);
    if (!raw) return sendProblem(res, tooLarge());
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      return sendProblem(
        res,
        problem(400, 'malformed-request', 'Richiesta non leggibile', 'Il corpo non è JSON valido.'),
      );
    }
    const result = await endpoint({ req, url, body });
    send(
      res,
      result.status ?? 200,
      { 'content-type': 'application/json', ...result.headers },
      Buffer.from(JSON.stringify(result.body)),
    );
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = matchRoute(options.routes, String(req.method), url.pathname);
    const underApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    // A $default route catches the API's leftovers, not the console's files.
    if (!match || ('route' in match && match.route.routeKey === '$default' && !underApi)) {
      if (!underApi) return false;
      sendProblem(res, problem(404, 'not-found', 'Non trovato', `Nessuna operazione ${req.method} ${url.pathname}.`));
      return true;
    }
    if ('allowed' in match) {
      const allow = match.allowed.join(', ');
      sendProblem(res, problem(405, 'method-not-allowed', 'Metodo non consentito', `Metodi ammessi: ${allow}.`), {
        allow,
      });
      return true;
    }
    const { route, params } = match;
    let claims: Claims | undefined;
    if (route.authorization === 'JWT') {
      claims = (await options.authenticate?.(req)) ?? undefined;
      if (!claims) {
        sendProblem(res, problem(401, 'unauthenticated', 'Autenticazione richiesta', 'Accedere per continuare.'), {
          'www-authenticate': 'Bearer',
        });
        return true;
      }
    }
    const body = await readBody(req);
    if (!body) {
      sendProblem(res, tooLarge());
      return true;
    }
    const event = buildEvent(route, params, req, url, body, claims);
    let result: unknown;
    try {
      result = await options.lambdas.invoke(route.functionArn, event);
    } catch (error) {
      // A handler must answer every client error itself; a throw reaching here is a bug.
      log.error(`${route.routeKey}: handler threw`, error instanceof Error && error.cause ? error.cause : error);
      sendProblem(
        res,
        problem(500, 'internal', 'Errore interno', `Errore imprevisto (richiesta ${event.requestContext.requestId}).`),
      );
      return true;
    }
    const { status, headers, body: out } = toHttpResult(result);
    send(res, status, headers, out);
    return true;
  }

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    try {
      if (url.pathname.startsWith('/_local/')) return await local(req, res, url);
      if (await api(req, res, url)) return;
      if (serveStatic(options.mounts, req, res, url.pathname)) return;
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Not found\n'));
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof ProblemError) return sendProblem(res, error.problem);
      log.error(`${req.method} ${url.pathname} failed`, error);
      sendProblem(res, problem(500, 'internal', 'Errore interno', 'Errore imprevisto del runtime locale.'));
    }
  });
}
