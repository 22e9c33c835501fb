#!/usr/bin/env node
/** `npx cdk synth|deploy`: the product stack, checked by cdk-nag's AwsSolutions pack on every synth. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ProcedimentiStack } from '../procedimenti-stack';

const app = new App();
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
new ProcedimentiStack(app, 'Procedimenti', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-south-1' },
});
app.synth();
