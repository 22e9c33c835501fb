/**
 * Start one transition as a synchronous Express execution (DESIGN.md §4) and read its outcome: the new
 * phase, or the problem that refused the act.
 */
import { StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { requiredEnv, sfnClient } from '../aws-clients';
import { type Problem, ProblemError } from '../http/problem';
import { executionName, problemFromCause, type TransitionRequest } from './transition';

export interface TransitionOutcome {
  phase: string;
  version: number;
  deadlines: { id: string; dueDate: string; status: string }[];
}

/** Environment variable holding each procedure type's state machine ARN (set by infra/). */
export const STATE_MACHINE_ENV: Record<string, string> = {
  concorso: 'STATE_MACHINE_CONCORSO',
  discipline: 'STATE_MACHINE_DISCIPLINE',
  contract: 'STATE_MACHINE_CONTRACT',
  mobility: 'STATE_MACHINE_MOBILITY',
};

export async function runTransition(type: string, request: TransitionRequest): Promise<TransitionOutcome> {
  const variable = STATE_MACHINE_ENV[type];
  if (!variable) throw new Error(`no state machine for procedure type ${type}`);
  const r = await sfnClient().send(
    new StartSyncExecutionCommand({
      stateMachineArn: requiredEnv(variable),
      name: executionName(request),
      input: JSON.stringify({ request: { ...request, procedureType: type } }),
    }),
  );
  if (r.status === 'SUCCEEDED') return JSON.parse(r.output ?? '{}') as TransitionOutcome;
  const problem: Problem | undefined = problemFromCause(r.cause);
  if (problem) throw new ProblemError(problem);
  throw new Error(
    `transition ${request.action} on ${request.procedureId} ended ${r.status}: ${r.error} ${r.cause ?? ''}`,
  );
}
