/**
 * Runs the template's Lambda functions in-process: each AWS::Lambda::Function names its TypeScript
 * source in `Metadata['local:entry']`, which is required directly (the runtime runs under tsx or
 * jest's transform) and called with a JSON copy of the event and a fake context, as Lambda would.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CfnResolver, lambdaArn, physicalName } from './cfn';
import { LocalStartError } from './errors';
import { type CfnTemplate, resourcesOfType } from './template';

export interface LocalFunction {
  logicalId: string;
  name: string;
  arn: string;
  entry: string;
  exportName: string;
  timeoutMs: number;
  memoryMb: number;
  environment: Record<string, string>;
}

type Handler = (event: unknown, context: unknown) => unknown;

/** An error thrown by a handler, reduced to what crosses the Lambda boundary: its name and message. */
export class LambdaInvocationError extends Error {
  constructor(name: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
  }
}

const json = <T>(value: T): T => (value === undefined ? (null as T) : JSON.parse(JSON.stringify(value)));

export class LambdaInvoker {
  private readonly byRef = new Map<string, LocalFunction>();
  private readonly handlers = new Map<string, Handler>();

  constructor(readonly functions: LocalFunction[]) {
    for (const fn of functions) for (const ref of [fn.logicalId, fn.name, fn.arn]) this.byRef.set(ref, fn);
  }

  static fromTemplate(template: CfnTemplate, resolver: CfnResolver, rootDir: string): LambdaInvoker {
    const functions = resourcesOfType(template, 'AWS::Lambda::Function').map(([logicalId, resource]): LocalFunction => {
      const p = resource.Properties ?? {};
      const entry = resource.Metadata?.['local:entry'];
      if (typeof entry !== 'string') {
        throw new LocalStartError(`Lambda ${logicalId} has no Metadata 'local:entry' naming its source file`);
      }
      const file = resolve(rootDir, entry);
      if (!existsSync(file)) throw new LocalStartError(`Lambda ${logicalId}: local:entry ${entry} does not exist`);
      const name = physicalName(logicalId, resource);
      const handler = typeof p.Handler === 'string' ? p.Handler : 'index.handler';
      const variables = (p.Environment as { Variables?: unknown } | undefined)?.Variables ?? {};
      const environment = resolver.resolve(variables, `${logicalId}.Environment`) as Record<string, unknown>;
      return {
        logicalId,
        name,
        arn: lambdaArn(name),
        entry: file,
        exportName: handler.slice(handler.lastIndexOf('.') + 1),
        timeoutMs: (typeof p.Timeout === 'number' ? p.Timeout : 3) * 1000,
        memoryMb: typeof p.MemorySize === 'number' ? p.MemorySize : 128,
        environment: Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, String(v)])),
      };
    });
    return new LambdaInvoker(functions);
  }

  /**
   * All functions share one process, hence one process.env: the union of their variables, which
   * must agree. A disagreement would make one function silently read another's value.
   */
  mergedEnvironment(): Record<string, string> {
    const merged: Record<string, { value: string; from: string }> = {};
    for (const fn of this.functions) {
      for (const [key, value] of Object.entries(fn.environment)) {
        const seen = merged[key];
        if (seen && seen.value !== value) {
          throw new LocalStartError(
            `environment variable ${key} differs between Lambda ${seen.from} (${seen.value}) and ${fn.logicalId} (${value}); ` +
              'all functions share one process locally, so give them the same value or different names',
          );
        }
        merged[key] ??= { value, from: fn.logicalId };
      }
    }
    return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, v.value]));
  }

  /** Loads every handler now, so a missing export or a module that throws on load fails the start, not a request. */
  preload(): void {
    for (const fn of this.functions) this.handler(fn);
  }

  has(ref: string): boolean {
    return this.lookup(ref) !== undefined;
  }

  find(ref: string): LocalFunction {
    const fn = this.lookup(ref);
    if (!fn) throw new Error(`no Lambda function ${ref} in the template`);
    return fn;
  }

  async invoke(ref: string, event: unknown): Promise<unknown> {
    const fn = this.find(ref);
    const handler = this.handler(fn);
    const deadline = Date.now() + fn.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new LambdaInvocationError('Sandbox.Timedout', `Task timed out after ${fn.timeoutMs / 1000} seconds`)),
        fn.timeoutMs,
      );
      timer.unref();
    });
    try {
      const result = await Promise.race([
        Promise.resolve().then(() => handler(json(event), fakeContext(fn, deadline))),
        timeout,
      ]);
      return json(result);
    } catch (error) {
      if (error instanceof LambdaInvocationError) throw error;
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      throw new LambdaInvocationError(name, message, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  private lookup(ref: string): LocalFunction | undefined {
    // Accept a qualified ARN (…:function:name:$LATEST) as Step Functions and schedulers may pass one.
    const unqualified = ref.replace(/^(arn:aws:lambda:[^:]+:[^:]+:function:[^:]+):.*$/, '$1');
    return this.byRef.get(ref) ?? this.byRef.get(unqualified);
  }

  private handler(fn: LocalFunction): Handler {
    let handler = this.handlers.get(fn.logicalId);
    if (!handler) {
      const mod = require(fn.entry) as Record<string, unknown>;
      const exported = mod[fn.exportName];
      if (typeof exported !== 'function') {
        throw new LocalStartError(
          `Lambda ${fn.logicalId}: ${fn.entry} does not export a function named ${fn.exportName}`,
        );
      }
      handler = exported as Handler;
      this.handlers.set(fn.logicalId, handler);
    }
    return handler;
  }
}

function fakeContext(fn: LocalFunction, deadline: number) {
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: fn.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: fn.arn,
    memoryLimitInMB: String(fn.memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${fn.name}`,
    logStreamName: `local/[$LATEST]${requestId.replace(/-/g, '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
