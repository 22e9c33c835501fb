import { problems } from '../../shared/http/problem';
import type { Decision } from '../../shared/procedures/model';
import { type Aggregate, applyDecision, ConcurrentModification } from '../../shared/store/procedures';
import { StepRefusal, type TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

interface Input {
  request: TransitionRequest;
  loaded: Aggregate;
  decision: Decision;
}

/** One transaction, conditional on the loaded version: Express's at-least-once cannot apply twice. */
export const handler = step('apply-decision', async ({ request, loaded, decision }: Input) => {
  try {
    const applied = await applyDecision(loaded, decision, new Date(request.requestedAt));
    return {
      phase: applied.procedure.phase,
      version: applied.procedure.version,
      deadlines: decision.deadlines.map((d) => ({ id: d.id, dueDate: d.dueDate, status: d.status })),
      messages: decision.messages.map((m) => m.id),
    };
  } catch (error) {
    if (error instanceof ConcurrentModification) {
      throw new StepRefusal(
        'ConcurrentModification',
        problems.conflict(
          'concurrent-modification',
          'Un altro atto è stato registrato nello stesso momento. Ricaricare e riprovare.',
        ).problem,
      );
    }
    throw error;
  }
});
