/**
 * Every Lambda of the product: Node.js 22 on arm64, bundled locally by esbuild (no Docker), X-Ray
 * tracing, a log group with a retention, and its own role that may write only to that log group.
 * `local:entry` tells the embedded runtime which source file to load (stack-notes §1: the template
 * carries no construct paths).
 */

import * as path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const ROOT = path.resolve(__dirname, '..');

export interface HandlerProps {
  /** Source file relative to the repository root, exporting `handler`. */
  entry: string;
  environment: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /**
   * Packages installed beside the bundle instead of bundled: pdfmake (pdfkit reads its font metrics from
   * its own folder at run time, which a single bundled file would not have).
   */
  nodeModules?: string[];
}

export class Handler extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: HandlerProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, 'Fn', {
      entry: path.join(ROOT, props.entry),
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(15),
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'procedimenti',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.CJS,
        minify: true,
        sourceMap: true,
        target: 'node22',
        // The Lambda runtime ships the AWS SDK v3; bundling it would only grow cold starts.
        externalModules: ['@aws-sdk/*'],
        ...(props.nodeModules ? { nodeModules: props.nodeModules } : {}),
        forceDockerBundling: false,
      },
    });
    (this.fn.node.defaultChild as lambda.CfnFunction).addMetadata('local:entry', props.entry);
  }
}
