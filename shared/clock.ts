/**
 * The one source of time (DESIGN.md §5). On AWS it is the system clock. The embedded local runtime
 * adds a persisted offset so a user or a test can jump to the day a term expires; nothing else may
 * move it. Domain code never calls this: handlers read `clock.now()` once and pass the instant down.
 */
export interface Clock {
  now(): Date;
}

let offsetMs = 0;

export const clock: Clock = {
  now: () => new Date(Date.now() + offsetMs),
};

/** Local runtime only (infra/local): shift the clock so that `clock.now()` returns `to`. */
export function setLocalClockOffset(ms: number): void {
  offsetMs = ms;
}

export function localClockOffset(): number {
  return offsetMs;
}
