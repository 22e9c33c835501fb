/**
 * The template's state machines on aws-local-stepfunctions, with the glue the library lacks
 * (stack-notes §2): definitions resolved from CloudFormation, validated strictly at start, Lambda tasks
 * mapped to the in-process invoker, Node timer limits clamped, and a record of every execution.
 */
import './polyfills';
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import aslValidator from 'asl-validator';
import { ExecutionAbortedError, ExecutionError, ExecutionTimeoutError, StateMachine } from 'aws-local-stepfunctions';
import { type CfnResolver, physicalName, stateMachineArn } from './cfn';
import { LocalStartError } from './errors';
import type { LambdaInvoker } from './lambda';
import type { Logger } from './log';
import { type CfnTemplate, resourcesOfType } from './template';

/** Longest delay a Node timer holds; beyond it setTimeout fires after 1 ms (stack-notes §2). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_REMEMBERED = 2000;

/**
 * A JSON deep copy. Not structuredClone: under jest that builds objects of another realm, which the
 * library's plain-object checks reject (payload templates then pass through unevaluated).
 */
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type TaskHandler = (input: Json) => Promise<Json>;
type State = Record<string, unknown> & { Type: string };
interface Definition {
  StartAt: string;
  States: Record<string, State>;
  TimeoutSeconds?: number;
  [key: string]: unknown;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionRecord {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  /** Epoch milliseconds. */
  startDate: number;
  stopDate?: number;
  status: ExecutionStatus;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
}

export interface LocalStateMachine {
  logicalId: string;
  name: string;
  arn: string;
  type: 'STANDARD' | 'EXPRESS';
  definition: Definition;
  createdAt: number;
  machine: StateMachine;
  handlers: Record<string, TaskHandler>;
}

/** An error the Step Functions API reports to its caller as `{ __type, message }`. */
export class SfnApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** Every state of a definition, nested Map and Parallel states included, with its name. */
function* allStates(definition: { States?: Record<string, State> }): Generator<[string, State]> {
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    yield [name, state];
    for (const nested of [state.ItemProcessor, state.Iterator, ...((state.Branches as unknown[]) ?? [])]) {
      if (nested && typeof nested === 'object') yield* allStates(nested as { States?: Record<string, State> });
    }
  }
}

function resolveDefinition(logicalId: string, p: Record<string, unknown>, resolver: CfnResolver): Definition {
  let text: string;
  if (p.DefinitionString !== undefined)
    text = resolver.resolveString(p.DefinitionString, `${logicalId}.DefinitionString`);
  else if (p.Definition !== undefined) text = JSON.stringify(resolver.resolve(p.Definition, `${logicalId}.Definition`));
  else
    throw new LocalStartError(
      `state machine ${logicalId}: only an inline Definition or DefinitionString is supported locally`,
    );
  const substitutions = resolver.resolve(p.DefinitionSubstitutions ?? {}, logicalId) as Record<string, unknown>;
  for (const [key, value] of Object.entries(substitutions)) text = text.split(`\${${key}}`).join(String(value));
  return JSON.parse(text) as Definition;
}

/**
 * aws-local-stepfunctions accepts JSONata definitions but executes them wrongly, and fails on
 * variables (stack-notes §2): refuse both at start rather than run something subtly different.
 */
function rejectUnsupported(logicalId: string, definition: Definition): void {
  const jsonata =
    definition.QueryLanguage === 'JSONata' || [...allStates(definition)].some(([, s]) => s.QueryLanguage === 'JSONata');
  const assign = [...allStates(definition)].find(([, s]) => 'Assign' in s);
  if (jsonata || assign) {
    const what = jsonata ? 'QueryLanguage JSONata' : `Assign (state ${assign?.[0]})`;
    throw new LocalStartError(
      `state machine ${logicalId} uses ${what}, which the local runtime does not support; use JSONPath without variables`,
    );
  }
}

function validate(logicalId: string, definition: Definition): void {
  // The validator annotates the object it checks: give it a copy.
  const { isValid, errorsText } = aslValidator(cloneJson(definition), { checkPaths: true, checkArn: true });
  if (!isValid) throw new LocalStartError(`state machine ${logicalId} has an invalid definition: ${errorsText('; ')}`);
}

function clampTimeouts(definition: Definition): void {
  if (definition.TimeoutSeconds !== undefined && definition.TimeoutSeconds * 1000 > MAX_TIMER_MS) {
    delete definition.TimeoutSeconds; // a 30-day timeout would otherwise fire at once
  }
  for (const [, state] of allStates(definition)) {
    if (typeof state.TimeoutSeconds === 'number' && state.TimeoutSeconds * 1000 > MAX_TIMER_MS) {
      state.TimeoutSeconds = Math.floor(MAX_TIMER_MS / 1000);
    }
  }
}

/**
 * AWS evaluates intrinsic functions in a Fail state's ErrorPath/CausePath (CDK's
 * `causePath: JsonPath.format(...)`); the library only takes paths. Each such Fail state becomes a
 * Pass of the same name that evaluates the intrinsics, followed by the Fail reading their results.
 */
function liftFailIntrinsics(scope: { States?: Record<string, State> }): void {
  const states = scope.States ?? {};
  for (const [name, state] of Object.entries(states)) {
    for (const nested of [state.ItemProcessor, state.Iterator, ...((state.Branches as unknown[]) ?? [])]) {
      if (nested && typeof nested === 'object') liftFailIntrinsics(nested as { States?: Record<string, State> });
    }
    if (state.Type !== 'Fail') continue;
    const paths = (['Error', 'Cause'] as const).filter((f) => String(state[`${f}Path`] ?? '').startsWith('States.'));
    if (paths.length === 0) continue;
    const failName = `${name} (local fail)`;
    const parameters: Record<string, unknown> = {};
    const fail: State = { ...state };
    for (const f of paths) {
      parameters[`${f}.$`] = state[`${f}Path`];
      fail[`${f}Path`] = `$.localFail.${f}`;
    }
    states[name] = { Type: 'Pass', Parameters: parameters, ResultPath: '$.localFail', Next: failName };
    states[failName] = fail;
  }
}

function taskHandlers(logicalId: string, definition: Definition, lambdas: LambdaInvoker): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {};
  for (const [name, state] of allStates(definition)) {
    if (state.Type !== 'Task') continue;
    const resource = String(state.Resource);
    if (resource.startsWith('arn:aws:lambda:')) {
      // payloadResponseOnly: the state's input is the event, the function's result is the state's result.
      if (!lambdas.has(resource))
        throw new LocalStartError(`state machine ${logicalId}, state ${name}: unknown Lambda ${resource}`);
      handlers[name] = (input) => lambdas.invoke(resource, input) as Promise<Json>;
    } else if (/^arn:aws:states:::lambda:invoke$/.test(resource)) {
      handlers[name] = async (input) => {
        const { FunctionName, Payload } = (input ?? {}) as { FunctionName?: string; Payload?: Json };
        if (!FunctionName || !lambdas.has(FunctionName))
          throw new Error(`state ${name}: unknown Lambda ${FunctionName}`);
        const result = (await lambdas.invoke(FunctionName, Payload ?? null)) as Json;
        return { ExecutedVersion: '$LATEST', Payload: result, StatusCode: 200 };
      };
    } else {
      throw new LocalStartError(`state machine ${logicalId}, state ${name}: no local emulation for ${resource}`);
    }
  }
  return handlers;
}

/** Reads the error a failed run ended with, in Step Functions' terms. */
function failure(error: unknown): Pick<ExecutionRecord, 'status' | 'error' | 'cause'> {
  if (error instanceof ExecutionTimeoutError)
    return { status: 'TIMED_OUT', error: 'States.Timeout', cause: 'Execution timed out' };
  if (error instanceof ExecutionAbortedError) return { status: 'ABORTED' };
  const root = error instanceof ExecutionError && error.cause instanceof Error ? error.cause : error;
  if (root instanceof Error) return { status: 'FAILED', error: root.name, cause: root.message };
  return { status: 'FAILED', error: 'States.Runtime', cause: String(root) };
}

export class SfnEngine {
  private readonly machines = new Map<string, LocalStateMachine>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly running = new Map<string, { abort: () => void; done: Promise<ExecutionRecord> }>();
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    machines: LocalStateMachine[],
    private readonly options: { dataDir?: string; log: Logger },
  ) {
    for (const m of machines) this.machines.set(m.arn, m);
  }

  static fromTemplate(
    template: CfnTemplate,
    resolver: CfnResolver,
    lambdas: LambdaInvoker,
    options: { dataDir?: string; log: Logger },
  ): SfnEngine {
    const machines = resourcesOfType(template, 'AWS::StepFunctions::StateMachine').map(([logicalId, resource]) => {
      const p = resource.Properties ?? {};
      const definition = resolveDefinition(logicalId, p, resolver);
      rejectUnsupported(logicalId, definition);
      validate(logicalId, definition);
      // What runs differs from what was deployed only where the library needs help; Describe shows the original.
      const runnable = cloneJson(definition);
      clampTimeouts(runnable);
      liftFailIntrinsics(runnable);
      const name = physicalName(logicalId, resource);
      return {
        logicalId,
        name,
        arn: stateMachineArn(name),
        type: p.StateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
        definition,
        createdAt: Date.now(),
        // ARNs are local fakes, and checkArn was already applied by our own strict validation.
        machine: new StateMachine(runnable as never, { validationOptions: { checkArn: false } }),
        handlers: taskHandlers(logicalId, runnable, lambdas),
      } satisfies LocalStateMachine;
    });
    return new SfnEngine(machines, options);
  }

  list(): LocalStateMachine[] {
    return [...this.machines.values()];
  }

  machine(arn: string): LocalStateMachine {
    const m = this.machines.get(arn) ?? this.list().find((candidate) => candidate.name === arn);
    if (!m) throw new SfnApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return m;
  }

  describe(executionArn: string): ExecutionRecord {
    const record = this.executions.get(executionArn);
    if (!record) throw new SfnApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return record;
  }

  /** StartSyncExecution: runs to completion and returns the finished record. Express machines only, as on AWS. */
  startSync(stateMachineArn: string, input?: string, name?: string): Promise<ExecutionRecord> {
    const m = this.machine(stateMachineArn);
    if (m.type !== 'EXPRESS') {
      throw new SfnApiError(
        'StateMachineTypeNotSupported',
        'This operation is not supported by this type of state machine',
      );
    }
    return this.run(m, input, name).done;
  }

  /** StartExecution: returns at once; the run continues in the background. */
  start(stateMachineArn: string, input?: string, name?: string): ExecutionRecord {
    const m = this.machine(stateMachineArn);
    if (name && m.type === 'STANDARD') {
      // Standard execution names are unique: the same name and input while running is the same execution.
      const same = [...this.executions.values()].find((e) => e.stateMachineArn === m.arn && e.name === name);
      if (same) {
        if (same.status === 'RUNNING' && same.input === (input ?? '{}')) return same;
        throw new SfnApiError('ExecutionAlreadyExists', `Execution Already Exists: '${same.executionArn}'`);
      }
    }
    const { record } = this.run(m, input, name);
    return record;
  }

  /** Aborts what is still running, records it, and waits for the execution log to be written. */
  async stop(): Promise<void> {
    const pending = [...this.running.values()];
    for (const r of pending) r.abort();
    await Promise.allSettled(pending.map((r) => r.done));
    await this.writes;
  }

  private run(m: LocalStateMachine, rawInput: string | undefined, requestedName: string | undefined) {
    const inputText = rawInput ?? '{}';
    let input: Json;
    try {
      input = JSON.parse(inputText) as Json;
    } catch {
      throw new SfnApiError('InvalidExecutionInput', 'Invalid State Machine Execution Input: not valid JSON');
    }
    const name = requestedName ?? randomUUID();
    if (name.length > 80) throw new SfnApiError('InvalidName', `Invalid Name: '${name}'`);
    const executionArn =
      m.type === 'EXPRESS'
        ? `${m.arn.replace(':stateMachine:', ':express:')}:${name}:${randomUUID()}`
        : `${m.arn.replace(':stateMachine:', ':execution:')}:${name}`;
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn: m.arn,
      name,
      startDate: Date.now(),
      status: 'RUNNING',
      input: inputText,
    };
    this.remember(record);

    const execution = m.machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: m.handlers as never },
      // StartTime is overwritten by the library with the real time (the local clock offset is not applied).
      context: {
        Execution: {
          Id: executionArn,
          Name: name,
          StartTime: new Date(record.startDate).toISOString(),
          RoleArn: 'local',
        },
        StateMachine: { Id: m.arn, Name: m.name },
      },
    });
    const done = execution.result.then(
      (output) => Object.assign(record, { status: 'SUCCEEDED' as const, output: JSON.stringify(output ?? null) }),
      (error: unknown) => Object.assign(record, failure(error)),
    );
    const finished = done.then((r) => {
      r.stopDate = Date.now();
      this.running.delete(executionArn);
      this.persist(r);
      return r;
    });
    this.running.set(executionArn, { abort: execution.abort, done: finished });
    return { record, done: finished };
  }

  private remember(record: ExecutionRecord): void {
    this.executions.set(record.executionArn, record);
    if (this.executions.size <= MAX_REMEMBERED) return;
    for (const [arn, r] of this.executions) {
      if (r.status !== 'RUNNING') {
        this.executions.delete(arn);
        break;
      }
    }
  }

  private persist(record: ExecutionRecord): void {
    const { dataDir, log } = this.options;
    if (!dataDir) return;
    // Appends are chained so lines never interleave; a failed write is logged, never fatal.
    this.writes = this.writes
      .then(() => appendFile(join(dataDir, 'executions.jsonl'), `${JSON.stringify(record)}\n`))
      .catch((error) => log.warn(`could not append to executions.jsonl: ${error}`));
  }
}
