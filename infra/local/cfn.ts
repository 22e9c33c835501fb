/**
 * Resolves CloudFormation intrinsics the way the local runtime names things: every resource's
 * physical name is its logical id (or its explicit name property), in one fake account and region.
 * Everything local (table names in environment variables, ARNs in state-machine definitions, route
 * targets) goes through here, so the same rule produces the same name everywhere.
 */
import type { CfnResource, CfnTemplate } from './template';

export const LOCAL_REGION = 'eu-south-1';
export const LOCAL_ACCOUNT = '000000000000';

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'local',
  'AWS::StackId': `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/local/local`,
  'AWS::NoValue': '',
};

/** The explicit name property of the types whose Ref returns a name; else the logical id. */
const NAME_PROPERTY: Record<string, string> = {
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
};

export function physicalName(logicalId: string, resource: CfnResource | undefined): string {
  const property = resource ? NAME_PROPERTY[resource.Type] : undefined;
  const explicit = property ? resource?.Properties?.[property] : undefined;
  return typeof explicit === 'string' ? explicit : logicalId;
}

const arn = (service: string, rest: string) => `arn:aws:${service}:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${rest}`;

export const lambdaArn = (name: string) => arn('lambda', `function:${name}`);
export const stateMachineArn = (name: string) => arn('states', `stateMachine:${name}`);
export const tableArn = (name: string) => arn('dynamodb', `table/${name}`);

export class CfnResolver {
  constructor(private readonly template: CfnTemplate) {}

  resource(logicalId: string): CfnResource | undefined {
    return this.template.Resources[logicalId];
  }

  /** What `Ref` returns for a resource. */
  ref(logicalId: string): string {
    if (logicalId in PSEUDO) return PSEUDO[logicalId];
    const resource = this.resource(logicalId);
    const name = physicalName(logicalId, resource);
    if (resource?.Type === 'AWS::StepFunctions::StateMachine') return stateMachineArn(name);
    // Tables, functions, APIs, integrations…: the physical name is the logical id.
    return name;
  }

  /** What `Fn::GetAtt` returns. Unknown attributes resolve to a visible placeholder rather than failing start. */
  getAtt(logicalId: string, attribute: string): string {
    const resource = this.resource(logicalId);
    const name = physicalName(logicalId, resource);
    const type = resource?.Type;
    if (attribute === 'Arn') {
      if (type === 'AWS::Lambda::Function') return lambdaArn(name);
      if (type === 'AWS::DynamoDB::Table') return tableArn(name);
      if (type === 'AWS::StepFunctions::StateMachine') return stateMachineArn(name);
      if (type === 'AWS::IAM::Role') return `arn:aws:iam::${LOCAL_ACCOUNT}:role/${name}`;
      const service = type?.split('::')[1]?.toLowerCase() ?? 'local';
      return arn(service, name);
    }
    if (attribute === 'StreamArn' && type === 'AWS::DynamoDB::Table') return `${tableArn(name)}/stream/local`;
    if (attribute === 'Name' || attribute === 'TableName' || attribute === 'StateMachineName') return name;
    return `${name}.${attribute}`;
  }

  /** Resolves every intrinsic inside `value`, recursively. */
  resolve(value: unknown, path = '$'): unknown {
    if (Array.isArray(value)) return value.map((item, i) => this.resolve(item, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    if (entries.length === 1 && (entries[0][0] === 'Ref' || entries[0][0].startsWith('Fn::'))) {
      return this.intrinsic(entries[0][0], entries[0][1], path);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, this.resolve(v, `${path}.${k}`)]));
  }

  /** Resolves and requires a string: for names, ARNs and definitions. */
  resolveString(value: unknown, path = '$'): string {
    const resolved = this.resolve(value, path);
    if (typeof resolved !== 'string') throw new Error(`expected a string at ${path}, got ${JSON.stringify(resolved)}`);
    return resolved;
  }

  private intrinsic(fn: string, arg: unknown, path: string): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(String(arg));
      case 'Fn::GetAtt': {
        const [id, attribute] = Array.isArray(arg) ? arg : String(arg).split(/\.(.*)/);
        return this.getAtt(String(id), String(this.resolve(attribute, path)));
      }
      case 'Fn::Join': {
        const [separator, parts] = arg as [string, unknown[]];
        const list = this.resolve(parts, path) as unknown[];
        return list.map((part) => String(part)).join(separator);
      }
      case 'Fn::Sub':
        return this.sub(arg, path);
      case 'Fn::Select': {
        const [index, list] = arg as [unknown, unknown];
        return (this.resolve(list, path) as unknown[])[Number(this.resolve(index, path))];
      }
      case 'Fn::Split': {
        const [separator, source] = arg as [string, unknown];
        return this.resolveString(source, path).split(separator);
      }
      default:
        throw new Error(`${fn} at ${path} is not supported by the local runtime`);
    }
  }

  private sub(arg: unknown, path: string): string {
    const [text, variables] = Array.isArray(arg) ? (arg as [string, Record<string, unknown>]) : [String(arg), {}];
    const vars = this.resolve(variables ?? {}, path) as Record<string, unknown>;
    return text.replace(/\$\{(!?)([^}]+)\}/g, (_match, literal: string, name: string) => {
      if (literal) return `\${${name}}`; // ${!Literal} escapes a substitution
      if (name in vars) return String(vars[name]);
      const dot = name.indexOf('.');
      return dot > 0 ? this.getAtt(name.slice(0, dot), name.slice(dot + 1)) : this.ref(name);
    });
  }
}
