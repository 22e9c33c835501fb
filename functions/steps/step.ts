/**
 * Wraps a state-machine task: structured logs with the Lambda context, and refusals (4xx problems) thrown
 * under the ASL error names the state machine catches; anything else propagates to the task's retriers.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger } from '../../shared/http/handler';
import { refusalFrom } from '../../shared/workflow/transition';

export function step<I, O>(name: string, fn: (input: I) => Promise<O>) {
  return middy(async (input: I, _context: Context): Promise<O> => {
    try {
      return await fn(input);
    } catch (error) {
      const refusal = refusalFrom(error);
      if (refusal) {
        logger.info('act refused', { step: name, problem: refusal.problem });
        throw refusal;
      }
      logger.error('step failed', { step: name, error: error as Error });
      throw error;
    }
  }).before(async (request) => {
    logger.addContext(request.context);
    logger.appendKeys({ step: name });
  });
}
