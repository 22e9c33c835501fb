/**
 * Runs the template's schedules (AWS::Scheduler::Schedule, and AWS::Events::Rule with a
 * ScheduleExpression) on croner, invoking their targets in-process. `runNow` is the same run on
 * demand, for `POST /_local/sweep`: together with the clock offset it lets a user or a test make a
 * term expire and watch the sweeper act without waiting for the minute to turn.
 */
import { randomUUID } from 'node:crypto';
import { Cron, type CronOptions } from 'croner';
import type { CfnResolver } from './cfn';
import { LocalStartError } from './errors';
import type { Logger } from './log';
import { type CfnTemplate, resourcesOfType } from './template';

export interface ScheduleTarget {
  arn: string;
  /** The event the target receives. */
  input: () => unknown;
}

export interface LocalSchedule {
  logicalId: string;
  expression: string;
  timezone: string;
  enabled: boolean;
  targets: ScheduleTarget[];
}

/** Invokes a target ARN (a Lambda function or a state machine) with an event. */
export type TargetInvoker = (arn: string, event: unknown) => Promise<unknown>;

const RATE_UNITS: Record<string, number> = {
  minute: 60,
  minutes: 60,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
};

/**
 * AWS schedule expression → croner pattern and options.
 * - `cron(min hour dom month dow year)`: croner's 7-part mode with a leading seconds field; AWS numbers
 *   weekdays 1=SUN like Quartz (`alternativeWeekdays`) and writes steps as `0/5` (`sloppyRanges`).
 * - `rate(n unit)`: every second, throttled to one run per interval.
 * - `at(yyyy-mm-ddThh:mm:ss)`: a one-off date, which croner takes as its pattern.
 */
export function toCroner(expression: string): { pattern: string; options: CronOptions } {
  const cron = /^cron\((.+)\)$/.exec(expression.trim());
  if (cron) {
    const fields = cron[1].trim().split(/\s+/);
    if (fields.length !== 6) throw new LocalStartError(`schedule expression ${expression}: AWS cron has 6 fields`);
    return {
      pattern: `0 ${fields.join(' ')}`,
      options: { mode: '7-part', alternativeWeekdays: true, sloppyRanges: true },
    };
  }
  const rate = /^rate\((\d+)\s+(\w+)\)$/.exec(expression.trim());
  if (rate && RATE_UNITS[rate[2]]) {
    return { pattern: '* * * * * *', options: { interval: Number(rate[1]) * RATE_UNITS[rate[2]] } };
  }
  const at = /^at\((.+)\)$/.exec(expression.trim());
  if (at) return { pattern: at[1], options: {} };
  throw new LocalStartError(`schedule expression ${expression} is not supported locally`);
}

function parseInput(input: unknown): unknown {
  if (typeof input !== 'string') return {};
  try {
    return JSON.parse(input);
  } catch {
    return input; // EventBridge passes non-JSON input through as a string
  }
}

/** The slices of AWS::Scheduler::Schedule and AWS::Events::Rule properties the scheduler honours. */
interface TargetProps {
  Arn: string;
  Input?: string;
}
interface ScheduleProps {
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  State?: string;
  Target: TargetProps;
}
interface RuleProps {
  ScheduleExpression?: string;
  State?: string;
  Targets?: TargetProps[];
}

export function schedulesFromTemplate(template: CfnTemplate, resolver: CfnResolver): LocalSchedule[] {
  const schedules: LocalSchedule[] = [];
  for (const [logicalId, resource] of resourcesOfType(template, 'AWS::Scheduler::Schedule')) {
    const p = resolver.resolve(resource.Properties ?? {}, logicalId) as ScheduleProps;
    const event = parseInput(p.Target.Input);
    schedules.push({
      logicalId,
      expression: p.ScheduleExpression,
      timezone: p.ScheduleExpressionTimezone ?? 'UTC',
      enabled: p.State !== 'DISABLED',
      targets: [{ arn: p.Target.Arn, input: () => JSON.parse(JSON.stringify(event)) }],
    });
  }
  for (const [logicalId, resource] of resourcesOfType(template, 'AWS::Events::Rule')) {
    const p = resolver.resolve(resource.Properties ?? {}, logicalId) as RuleProps;
    if (!p.ScheduleExpression) continue; // event-pattern rules have no local source of events
    schedules.push({
      logicalId,
      expression: p.ScheduleExpression,
      timezone: 'UTC', // EventBridge rules always run in UTC
      enabled: p.State !== 'DISABLED',
      targets: (p.Targets ?? []).map((t) => ({
        arn: t.Arn,
        input: () => (t.Input !== undefined ? parseInput(t.Input) : scheduledEvent(logicalId)),
      })),
    });
  }
  return schedules;
}

/** The event a schedule rule without Input delivers. */
function scheduledEvent(ruleId: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    time: new Date().toISOString(),
    resources: [ruleId],
    detail: {},
  };
}

export class Scheduler {
  private readonly jobs: Cron[] = [];
  /** The run in progress per schedule: cron ticks skip while one runs, runNow waits for it. */
  private readonly current = new Map<string, Promise<unknown>>();

  constructor(
    readonly schedules: LocalSchedule[],
    private readonly invoke: TargetInvoker,
    private readonly log: Logger,
  ) {
    for (const s of schedules) toCroner(s.expression); // fail at start on an expression croner cannot take
  }

  /** Starts the cron jobs. Without it, schedules run only through runNow. */
  start(): void {
    for (const s of this.schedules.filter((x) => x.enabled)) {
      const { pattern, options } = toCroner(s.expression);
      const job = new Cron(
        pattern,
        { ...options, timezone: s.timezone, protect: true, name: `local:${s.logicalId}:${randomUUID()}` },
        async () => {
          if (this.current.has(s.logicalId)) return; // the previous run (or a runNow) is still going
          await this.run(s).catch((error) => this.log.error(`schedule ${s.logicalId} failed`, error));
        },
      );
      this.jobs.push(job);
    }
  }

  /** Runs one schedule now (the first one if no id is given) and returns its target's result. */
  async runNow(logicalId?: string): Promise<unknown> {
    const s = logicalId ? this.schedules.find((x) => x.logicalId === logicalId) : this.schedules[0];
    if (!s) throw new Error(logicalId ? `no schedule ${logicalId} in the template` : 'the template has no schedules');
    // Never overlap runs of one schedule: wait for the one in progress, then run.
    while (this.current.has(s.logicalId)) await this.current.get(s.logicalId)?.catch(() => {});
    return this.run(s);
  }

  async stop(): Promise<void> {
    for (const job of this.jobs.splice(0)) job.stop();
    await Promise.allSettled([...this.current.values()]);
  }

  private run(s: LocalSchedule): Promise<unknown> {
    const running = (async () => {
      const results = [];
      for (const target of s.targets) results.push(await this.invoke(target.arn, target.input()));
      return results.length === 1 ? results[0] : results;
    })();
    const tracked = running.finally(() => this.current.delete(s.logicalId));
    this.current.set(s.logicalId, tracked);
    return tracked;
  }
}
