import { clock } from '../../shared/clock';
import { dispatch } from '../../shared/notify/outbox';
import type { Decision } from '../../shared/procedures/model';
import { procPk } from '../../shared/store/keys';
import type { TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

/** Send what the transition queued. A failure leaves the row PENDING in the due index: the sweeper retries. */
export const handler = step(
  'dispatch-outbox',
  async ({ request, decision }: { request: TransitionRequest; decision: Decision }) => {
    const pk = procPk(request.entityId, request.procedureId);
    const results = await Promise.all(decision.messages.map((m) => dispatch(pk, m, clock.now())));
    return { sent: results.filter(Boolean).length, queued: results.filter((ok) => !ok).length };
  },
);
