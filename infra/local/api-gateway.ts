/**
 * API Gateway HTTP API (payload format 2.0) in front of the in-process Lambdas: the template's routes,
 * API Gateway's route selection, the v2 event a handler receives and the v2 response mapping.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type CfnResolver, LOCAL_ACCOUNT } from './cfn';
import { LocalStartError } from './errors';
import type { LambdaInvoker } from './lambda';
import { type CfnTemplate, resourcesOfType } from './template';

type Segment = { kind: 'literal'; value: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

export interface ApiRoute {
  routeKey: string;
  method: string;
  path: string;
  segments: Segment[];
  functionArn: string;
  authorization: 'NONE' | 'JWT';
}

export type Claims = Record<string, unknown>;

const splitPath = (path: string) => path.split('/').filter((s) => s !== '');

function compile(path: string): Segment[] {
  return splitPath(path).map((s): Segment => {
    const variable = /^\{(.+?)(\+)?\}$/.exec(s);
    if (!variable) return { kind: 'literal', value: s };
    return variable[2] ? { kind: 'greedy', name: variable[1] } : { kind: 'param', name: variable[1] };
  });
}

/** An integration's target function: a plain ARN (CDK) or the REST-style `…/functions/<arn>/invocations`. */
function functionOf(uri: string): string {
  return /\/functions\/(arn:[^/]+)\/invocations$/.exec(uri)?.[1] ?? uri;
}

export function routesFromTemplate(template: CfnTemplate, resolver: CfnResolver, lambdas: LambdaInvoker): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const [logicalId, resource] of resourcesOfType(template, 'AWS::ApiGatewayV2::Route')) {
    const p = resolver.resolve(resource.Properties ?? {}, logicalId) as Record<string, unknown>;
    const routeKey = String(p.RouteKey);
    if (typeof p.Target !== 'string') continue; // a route without integration answers nothing on AWS either
    const integrationId = p.Target.replace(/^integrations\//, '');
    const integration = resolver.resource(integrationId);
    if (integration?.Type !== 'AWS::ApiGatewayV2::Integration') {
      throw new LocalStartError(`route ${routeKey}: target ${p.Target} is not an integration of the template`);
    }
    const ip = resolver.resolve(integration.Properties ?? {}, integrationId) as Record<string, unknown>;
    if (ip.PayloadFormatVersion !== '2.0') {
      throw new LocalStartError(
        `route ${routeKey}: payload format ${ip.PayloadFormatVersion} is not supported locally (use 2.0)`,
      );
    }
    const functionArn = functionOf(String(ip.IntegrationUri));
    if (!lambdas.has(functionArn))
      throw new LocalStartError(`route ${routeKey}: integration target ${functionArn} is not a Lambda of the template`);
    const authorization = String(p.AuthorizationType ?? 'NONE');
    if (authorization !== 'NONE' && authorization !== 'JWT') {
      throw new LocalStartError(
        `route ${routeKey}: authorization ${authorization} is not supported locally (NONE or JWT)`,
      );
    }
    const [method, path] = routeKey === '$default' ? ['ANY', '/{proxy+}'] : routeKey.split(' ');
    routes.push({ routeKey, method: method.toUpperCase(), path, segments: compile(path), functionArn, authorization });
  }
  return routes;
}

/** Literal segments beat variables, variables beat a greedy tail; a specific method beats ANY. */
function specificity(route: ApiRoute): number[] {
  const weights = { literal: 3, param: 2, greedy: 1 };
  return [...route.segments.map((s) => weights[s.kind]), 0, route.method === 'ANY' ? 0 : 1];
}

function compareSpecificity(a: ApiRoute, b: ApiRoute): number {
  const [x, y] = [specificity(a), specificity(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (y[i] ?? -1) - (x[i] ?? -1);
  return 0;
}

function matchPath(route: ApiRoute, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i];
    if (segment.kind === 'greedy') {
      if (i >= parts.length) return undefined; // {proxy+} needs at least one segment
      params[segment.name] = parts.slice(i).map(decode).join('/');
      return params;
    }
    if (i >= parts.length) return undefined;
    if (segment.kind === 'literal' && segment.value !== parts[i]) return undefined;
    if (segment.kind === 'param') params[segment.name] = decode(parts[i]);
  }
  return parts.length === route.segments.length ? params : undefined;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export type RouteMatch = { route: ApiRoute; params: Record<string, string> } | { allowed: string[] } | undefined;

export function matchRoute(routes: ApiRoute[], method: string, rawPath: string): RouteMatch {
  const parts = splitPath(rawPath);
  const onPath = routes
    .map((route) => ({ route, params: matchPath(route, parts) }))
    .filter((m) => m.params !== undefined);
  const forMethod = onPath.filter((m) => m.route.method === method || m.route.method === 'ANY');
  if (forMethod.length === 0) {
    return onPath.length ? { allowed: [...new Set(onPath.map((m) => m.route.method))] } : undefined;
  }
  forMethod.sort((a, b) => compareSpecificity(a.route, b.route));
  return { route: forMethod[0].route, params: forMethod[0].params as Record<string, string> };
}

const TEXTUAL =
  /^(text\/|application\/(json|[\w.+-]*\+json|xml|[\w.+-]*\+xml|x-www-form-urlencoded|javascript)|multipart\/form-data)/;

function clfTime(date: Date): string {
  const [, day, month, year, time] = /^\w+, (\d+) (\w+) (\d+) ([\d:]+)/.exec(date.toUTCString()) ?? [];
  return `${day}/${month}/${year}:${time} +0000`;
}

export function buildEvent(
  route: ApiRoute,
  params: Record<string, string>,
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  claims?: Claims,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const contentType = String(req.headers['content-type'] ?? 'text/plain');
  // As API Gateway does, a binary body arrives base64-encoded; text stays text.
  const binary = body.length > 0 && !TEXTUAL.test(contentType);
  const now = new Date();
  const requestId = randomUUID();
  const cookies = req.headers.cookie?.split(/;\s*/).filter(Boolean);
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0],
      http: {
        method: String(req.method),
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: route.routeKey,
      stage: '$default',
      time: clfTime(now),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    } as APIGatewayProxyEventV2['requestContext'],
    body: body.length ? body.toString(binary ? 'base64' : 'utf8') : undefined,
    isBase64Encoded: binary,
  };
}

export interface HttpResult {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/**
 * The v2 response rules: an object with `statusCode` is a response; anything else is a 200 JSON body
 * (a string as it is, other values serialized).
 */
export function toHttpResult(result: unknown): HttpResult {
  if (result && typeof result === 'object' && 'statusCode' in result) {
    const r = result as {
      statusCode: number;
      headers?: Record<string, unknown>;
      body?: unknown;
      isBase64Encoded?: boolean;
      cookies?: string[];
    };
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(r.headers ?? {})) headers[name.toLowerCase()] = String(value);
    if (r.cookies?.length) headers['set-cookie'] = r.cookies;
    const text = r.body === undefined || r.body === null ? '' : String(r.body);
    return { status: Number(r.statusCode), headers, body: Buffer.from(text, r.isBase64Encoded ? 'base64' : 'utf8') };
  }
  const text = typeof result === 'string' ? result : result === undefined ? '' : JSON.stringify(result);
  return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) };
}
