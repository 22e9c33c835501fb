/**
 * What crosses the state machine: the request that starts an execution, and the errors a step can end
 * it with. Error names are the ASL error names the state machine catches (workflows/), and the message is
 * the problem+json the API returns, so a refused act reads the same whether it failed before or inside
 * the execution.
 */
import { type Problem, ProblemError } from '../http/problem';
import type { ActorRef } from '../procedures/model';

export interface TransitionRequest {
  entityId: string;
  procedureId: string;
  action: string;
  /** The state machine's procedure type: an id of another type is not found (set by runTransition). */
  procedureType?: string;
  expectedVersion: number;
  actor: ActorRef;
  payload: Record<string, unknown>;
  /** The instant of the act: the transition's "now", fixed at the start so a retried step decides the same. */
  requestedAt: string;
}

/** The errors the state machine catches and turns into a refused act (never retried). */
export const REFUSAL_ERRORS = ['ActRefused', 'StaleVersion', 'ConcurrentModification'] as const;

export class StepRefusal extends Error {
  constructor(
    name: (typeof REFUSAL_ERRORS)[number],
    readonly problem: Problem,
  ) {
    super(JSON.stringify(problem));
    this.name = name;
  }
}

export function refusalFrom(error: unknown): StepRefusal | undefined {
  if (error instanceof StepRefusal) return error;
  if (error instanceof ProblemError && error.problem.status < 500) return new StepRefusal('ActRefused', error.problem);
  return undefined;
}

/** The execution name: a retry of the same act on the same version is the same execution (DESIGN.md §4). */
export function executionName(r: Pick<TransitionRequest, 'procedureId' | 'expectedVersion' | 'action'>): string {
  return `${r.procedureId}-v${r.expectedVersion}-${r.action}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
}

/** Read the problem out of a failed execution's cause, whichever engine produced it. */
export function problemFromCause(cause: string | undefined): Problem | undefined {
  if (!cause) return undefined;
  try {
    let parsed = JSON.parse(cause) as Record<string, unknown>;
    // On AWS a Lambda error's cause is {errorMessage, errorType, trace}; locally it is the message itself.
    if (typeof parsed.errorMessage === 'string') parsed = JSON.parse(parsed.errorMessage);
    if (typeof parsed.status === 'number' && typeof parsed.title === 'string') return parsed as unknown as Problem;
  } catch {
    return undefined;
  }
  return undefined;
}
