/** EventBridge Scheduler target, every minute (Europe/Rome): fire what is due. */
import middy from '@middy/core';
import { clock } from '../../shared/clock';
import { logger } from '../../shared/http/handler';
import { sweep } from '../../shared/workflow/sweeper';

export const handler = middy(async () => sweep(clock.now())).before(async (request) => {
  logger.addContext(request.context);
});
