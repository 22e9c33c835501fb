/**
 * Local sign-in (never deployed): seeded staff users, one per entity, and the claims Cognito would put in
 * the JWT. The web console sends `Authorization: Bearer dev.<userId>`; the local router turns it into
 * `requestContext.authorizer.jwt.claims`, exactly where the handlers read the Cognito claims on AWS.
 */
import type { IncomingMessage } from 'node:http';

export interface DevUser {
  id: string;
  name: string;
  email: string;
  roles: string[];
  entities: string[];
}

export const devUsers: DevUser[] = [
  {
    id: 'hr.stresa',
    name: 'Maria Rossi',
    email: 'maria.rossi@comune.stresa.example',
    roles: ['HR_OFFICER'],
    entities: ['stresa'],
  },
  {
    id: 'head.stresa',
    name: 'Giulia Bianchi',
    email: 'giulia.bianchi@comune.stresa.example',
    roles: ['HR_OFFICER', 'HR_HEAD'],
    entities: ['stresa'],
  },
  {
    id: 'hr.massacarrara',
    name: 'Luca Neri',
    email: 'luca.neri@provincia.ms.example',
    roles: ['HR_OFFICER'],
    entities: ['massacarrara'],
  },
  {
    id: 'hr.lucca',
    name: 'Paolo Verdi',
    email: 'paolo.verdi@provincia.lucca.example',
    roles: ['HR_OFFICER'],
    entities: ['lucca'],
  },
  {
    id: 'hr.nuxis',
    name: 'Anna Serra',
    email: 'anna.serra@comune.nuxis.example',
    roles: ['HR_OFFICER'],
    entities: ['nuxis'],
  },
];

export function claimsOf(user: DevUser): Record<string, string> {
  return {
    sub: user.id,
    name: user.name,
    email: user.email,
    'cognito:groups': `[${user.roles.join(' ')}]`,
    'custom:entities': user.entities.join(','),
  };
}

export function authenticateDevUser(req: IncomingMessage): Record<string, string> | null {
  const m = /^Bearer dev\.([a-z0-9.]+)$/.exec(req.headers.authorization ?? '');
  const user = m ? devUsers.find((u) => u.id === m[1]) : undefined;
  return user ? claimsOf(user) : null;
}
