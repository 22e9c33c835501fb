/**
 * The synthesized CloudFormation template the local runtime runs, and the small typed view of it the
 * other modules share. Synth happens in-process without asset bundling (stack-notes §1: 3–4 s instead
 * of 10): the runtime loads handlers from their TypeScript sources (`local:entry`), never from bundles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** What the product template can depend on: the sources that build the stack, and the pinned libraries. */
const TEMPLATE_INPUTS = ['infra', 'workflows', 'shared', 'functions', 'package-lock.json', 'cdk.json', 'tsconfig.json'];

function sourceHash(rootDir: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(rootDir, path);
    if (!existsSync(full)) return;
    const entries = readdirEntries(full);
    if (entries === undefined) {
      hash.update(`${path}\0`).update(readFileSync(full));
      return;
    }
    for (const name of entries) if (!name.startsWith('.') && name !== 'node_modules') add(join(path, name));
  };
  for (const input of TEMPLATE_INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

function readdirEntries(path: string): string[] | undefined {
  try {
    return readdirSync(path).sort();
  } catch {
    return undefined; // a file
  }
}

/**
 * The product template, synthesized once per version of its sources: synth costs 4–10 s (mostly loading
 * aws-cdk-lib) and every start (npm start, each test runtime, each restart) would pay it. The cache key
 * hashes every file the stack can read, so any edit re-synthesizes. LOCAL_TEMPLATE_CACHE=0 disables it.
 */
export function productTemplate(rootDir: string): { template: CfnTemplate; cached: boolean } {
  if (process.env.LOCAL_TEMPLATE_CACHE === '0') return { template: synthTemplate(), cached: false };
  const dir = join(rootDir, 'node_modules/.cache/procedimenti-local');
  const file = join(dir, `template-${sourceHash(rootDir)}.json`);
  if (existsSync(file)) {
    try {
      return { template: JSON.parse(readFileSync(file, 'utf8')) as CfnTemplate, cached: true };
    } catch {
      // unreadable: synthesize again below
    }
  }
  const template = synthTemplate();
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.startsWith('template-')) rmSync(join(dir, old), { force: true });
  // Write-then-rename: concurrent starts (parallel test runtimes) never read half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(template));
  renameSync(tmp, file);
  return { template, cached: false };
}

/** The resources of one CloudFormation type, as [logicalId, resource] pairs in template order. */
export function resourcesOfType(template: CfnTemplate, type: string): [string, CfnResource][] {
  return Object.entries(template.Resources ?? {}).filter(([, resource]) => resource.Type === type);
}

export function props(resource: CfnResource): Record<string, unknown> {
  return resource.Properties ?? {};
}
