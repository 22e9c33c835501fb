/**
 * RFC 9457 problem details. Every error a client can see goes through here: the `detail` and the
 * field messages are Italian (users read them), the `type` URIs and `code`s are stable for programs.
 */
import type { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** A problem whose `type` defaults to one derived from its `code`. */
export interface ProblemInit {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://procedimenti.dev/problems/';

/** An error carrying the problem to return; thrown by domain and adapters alike. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: ProblemInit) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = { ...problem, type: problem.type ?? `${TYPE_BASE}${problem.code ?? 'error'}` } as Problem;
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'La richiesta contiene dati non validi.') =>
    new ProblemError({ status: 422, code: 'validation', title: 'Dati non validi', detail, errors }),
  malformed: (detail: string) =>
    new ProblemError({ status: 400, code: 'malformed-request', title: 'Richiesta non leggibile', detail }),
  unauthenticated: () =>
    new ProblemError({
      status: 401,
      code: 'unauthenticated',
      title: 'Autenticazione richiesta',
      detail: 'Accedere per continuare.',
    }),
  forbidden: (detail = 'Non si dispone dei permessi per questa operazione.') =>
    new ProblemError({ status: 403, code: 'forbidden', title: 'Operazione non consentita', detail }),
  notFound: (detail = 'La risorsa richiesta non esiste.') =>
    new ProblemError({ status: 404, code: 'not-found', title: 'Non trovato', detail }),
  conflict: (code: string, detail: string, extra: Record<string, unknown> = {}) =>
    new ProblemError({ status: 409, code, title: 'Conflitto', detail, ...extra }),
  wrongPhase: (detail: string) =>
    new ProblemError({ status: 409, code: 'wrong-phase', title: 'Atto non ammesso in questa fase', detail }),
  rejected: (detail: string, errors?: FieldError[]) =>
    new ProblemError({ status: 422, code: 'rejected', title: 'Atto respinto', detail, errors }),
};

/** zod issues → field-level messages. The schemas carry Italian messages; the fallbacks are Italian too. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(corpo)',
    message: italianMessage(issue),
  }));
}

function italianMessage(issue: z.core.$ZodIssue): string {
  // A message set in the schema wins; zod's own English defaults are translated by code.
  if (issue.message && !/^(Invalid|Too|Unrecognized|Expected|Required)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Campo obbligatorio.' : `Tipo non valido: atteso ${issue.expected}.`;
    case 'unrecognized_keys':
      return `Campi non previsti: ${issue.keys.join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? `Almeno ${issue.minimum} caratteri.` : `Valore minimo: ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string' ? `Al massimo ${issue.maximum} caratteri.` : `Valore massimo: ${issue.maximum}.`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Indirizzo e-mail non valido.' : 'Formato non valido.';
    case 'invalid_value':
      return `Valore non ammesso (ammessi: ${issue.values.map(String).join(', ')}).`;
    default:
      return 'Valore non valido.';
  }
}
