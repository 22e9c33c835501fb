/**
 * The local clock (DESIGN.md §5): the system clock plus an offset persisted in `<dataDir>/clock.json`,
 * moved through `/_local/clock`, and the sweep trigger `/_local/sweep`. Never deployed: these exist
 * only as local endpoints of the runtime's router.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, localClockOffset, setLocalClockOffset } from '../../shared/clock';
import { ProblemError } from '../../shared/http/problem';
import type { LocalEndpoints } from './http';
import type { Logger } from './log';
import type { Scheduler } from './scheduler';

const DAY_MS = 86_400_000;

const clockFile = (dataDir: string) => join(dataDir, 'clock.json');

/** Applies the persisted offset; called at start, before any handler can read the clock. */
export function loadClock(dataDir: string, log: Logger): void {
  const file = clockFile(dataDir);
  let offset = 0;
  if (existsSync(file)) {
    try {
      offset = Number((JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: number }).offsetMs) || 0;
    } catch (error) {
      log.warn(`ignoring unreadable ${file}: ${error}`);
    }
  }
  setLocalClockOffset(offset);
  if (offset !== 0) log.info(`local clock is ${clock.now().toISOString()} (offset ${offset} ms, from clock.json)`);
}

function badRequest(detail: string): ProblemError {
  return new ProblemError({ status: 400, code: 'malformed-request', title: 'Richiesta non leggibile', detail });
}

/** The new offset for a `POST /_local/clock` body: `{to}`, `{advanceDays}`, `{offsetMs}` or `{reset: true}`. */
export function nextOffset(body: unknown, current: number, now = Date.now()): number {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.to === 'string') {
    const target = Date.parse(b.to);
    if (Number.isNaN(target)) throw badRequest(`"to" non è un istante ISO 8601: ${b.to}`);
    return target - now;
  }
  if (typeof b.advanceDays === 'number' && Number.isFinite(b.advanceDays)) return current + b.advanceDays * DAY_MS;
  if (typeof b.offsetMs === 'number' && Number.isFinite(b.offsetMs)) return b.offsetMs;
  if (b.reset === true) return 0;
  throw badRequest('Indicare {"to": "<istante ISO>"}, {"advanceDays": n}, {"offsetMs": n} oppure {"reset": true}.');
}

const clockState = () => ({ now: clock.now().toISOString(), offsetMs: localClockOffset() });

export function clockEndpoints(dataDir: string, scheduler: Scheduler, log: Logger): LocalEndpoints {
  return {
    'GET /_local/clock': async () => ({ body: clockState() }),
    'POST /_local/clock': async ({ body }) => {
      const offset = nextOffset(body, localClockOffset());
      setLocalClockOffset(offset);
      writeFileSync(clockFile(dataDir), JSON.stringify({ offsetMs: offset, setAt: new Date().toISOString() }));
      log.info(`local clock moved to ${clock.now().toISOString()}`);
      return { body: clockState() };
    },
    'POST /_local/sweep': async ({ body }) => {
      const schedule = (body as { schedule?: unknown } | undefined)?.schedule;
      return { body: (await scheduler.runNow(typeof schedule === 'string' ? schedule : undefined)) ?? null };
    },
  };
}
