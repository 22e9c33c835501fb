import { problems } from '../../shared/http/problem';
import { type Aggregate, loadAggregate } from '../../shared/store/procedures';
import { StepRefusal, type TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

/** Load the aggregate and check it is still the version the act was made on (stale form → 409). */
export const handler = step(
  'load-procedure',
  async ({ request }: { request: TransitionRequest }): Promise<Aggregate> => {
    const aggregate = await loadAggregate(request.entityId, request.procedureId, request.procedureType);
    if (aggregate.procedure.version !== request.expectedVersion) {
      throw new StepRefusal(
        'StaleVersion',
        problems.conflict(
          'stale-version',
          `Il procedimento è stato modificato nel frattempo (versione attuale ${aggregate.procedure.version}, attesa ${request.expectedVersion}). Ricaricare la pagina e riprovare.`,
          { currentVersion: aggregate.procedure.version },
        ).problem,
      );
    }
    return aggregate;
  },
);
