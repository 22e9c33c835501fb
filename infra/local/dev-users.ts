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
  // Disciplinary authority of Stresa (shared/entities/entities.ts): the Segretario presides the UPD.
  {
    id: 'segretario.stresa',
    name: 'Franco Galli',
    email: 'franco.galli@comune.stresa.example',
    roles: ['SEGRETARIO', 'UPD_MEMBER'],
    entities: ['stresa'],
  },
  ...['Elena Conti', 'Marco Ferri', 'Sara Villa', 'Davide Riva'].map((name, i) => ({
    id: `upd${i + 1}.stresa`,
    name,
    email: `${name.toLowerCase().replace(' ', '.')}@comune.stresa.example`,
    roles: ['UPD_MEMBER'],
    entities: ['stresa'],
  })),
  {
    id: 'resp.stresa',
    name: 'Antonio Greco',
    email: 'antonio.greco@comune.stresa.example',
    roles: ['RESP_SERVIZIO'],
    entities: ['stresa'],
  },
  // Employees: they read their own disciplinary file and file their defence.
  {
    id: 'dip.stresa',
    name: 'Carlo Esposito',
    email: 'carlo.esposito@example.org',
    roles: ['EMPLOYEE'],
    entities: ['stresa'],
  },
  {
    id: 'dip2.stresa',
    name: 'Lucia Fontana',
    email: 'lucia.fontana@example.org',
    roles: ['EMPLOYEE'],
    entities: ['stresa'],
  },
  // An expert on a Stresa examination board (linked from the board member's `userId`): gives their own marks.
  {
    id: 'comm.stresa',
    name: 'Paola Verdi',
    email: 'paola.verdi@comune.baveno.example',
    roles: ['COMMISSIONER'],
    entities: ['stresa'],
  },
  // A winner of a concorso: reads their appointment, presents documents, declares the option.
  {
    id: 'cand.stresa',
    name: 'Giovanni Moretti',
    email: 'giovanni.moretti@example.org',
    roles: ['CANDIDATE'],
    entities: ['stresa'],
  },
  {
    id: 'segretario.lucca',
    name: 'Stefano Marchi',
    email: 'stefano.marchi@provincia.lucca.example',
    roles: ['SEGRETARIO', 'UPD_MEMBER'],
    entities: ['lucca'],
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
