/**
 * The synthesized CloudFormation template the local runtime runs, and the small typed view of it the
 * other modules share. Synth happens in-process without asset bundling (stack-notes §1: 3–4 s instead
 * of 10): the runtime loads handlers from their TypeScript sources (`local:entry`), never from bundles.
 */
import type { App, Stack } from 'aws-cdk-lib';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
}

export type StackFactory = (app: App) => Stack;

/** Builds the product stack in its local flavour. Imported lazily: aws-cdk-lib alone takes seconds to load. */
const productStack: StackFactory = (app) => {
  const { ProcedimentiStack } = require('../procedimenti-stack') as typeof import('../procedimenti-stack');
  return new ProcedimentiStack(app, 'Procedimenti', { local: true });
};

export function synthTemplate(createStack: StackFactory = productStack): CfnTemplate {
  const { App } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const { Template } = require('aws-cdk-lib/assertions') as typeof import('aws-cdk-lib/assertions');
  // An empty bundling list skips esbuild for every stack: nothing local reads the bundles.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  return Template.fromStack(createStack(app)).toJSON() as CfnTemplate;
}

/** The resources of one CloudFormation type, as [logicalId, resource] pairs in template order. */
export function resourcesOfType(template: CfnTemplate, type: string): [string, CfnResource][] {
  return Object.entries(template.Resources ?? {}).filter(([, resource]) => resource.Type === type);
}

export function props(resource: CfnResource): Record<string, unknown> {
  return resource.Properties ?? {};
}
