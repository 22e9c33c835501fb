/**
 * Who is acting. On AWS the Cognito JWT authorizer puts the token's claims in the request context; the
 * local runtime's dev sign-in puts the same claims there. Handlers read only this.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { problems } from './problem';

export type Role =
  | 'HR_OFFICER'
  | 'HR_HEAD'
  | 'CANDIDATE'
  // A member of a concorso's examination board: acts only on the boards they sit on.
  | 'COMMISSIONER'
  // Disciplinary roles (disciplinary-mobility-other.md §1.1).
  | 'SEGRETARIO'
  | 'UPD_MEMBER'
  | 'RESP_SERVIZIO'
  | 'EMPLOYEE';

export interface Actor {
  id: string;
  name: string;
  email?: string;
  roles: Role[];
  entities: string[];
}

interface JwtContext {
  authorizer?: { jwt?: { claims?: Record<string, unknown> } };
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '') return [];
  // Cognito renders array claims as "[a b]" in HTTP API authorizer context.
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

export function actorOf(event: APIGatewayProxyEventV2): Actor {
  const claims = (event.requestContext as unknown as JwtContext).authorizer?.jwt?.claims;
  if (!claims || typeof claims.sub !== 'string') throw problems.unauthenticated();
  return {
    id: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : claims.sub,
    email: typeof claims.email === 'string' ? claims.email : undefined,
    roles: list(claims['cognito:groups']) as Role[],
    entities: list(claims['custom:entities']),
  };
}

/** True when the actor holds one of `roles` inside `entityId`. */
export function hasRole(actor: Actor, entityId: string, ...roles: Role[]): boolean {
  return actor.entities.includes(entityId) && roles.some((r) => actor.roles.includes(r));
}

/** The actor must hold `role` inside `entityId`; otherwise 403 (a user acts only inside their entities). */
export function requireRole(actor: Actor, role: Role, entityId: string): void {
  if (!actor.roles.includes(role) || !actor.entities.includes(entityId)) {
    throw problems.forbidden();
  }
}
