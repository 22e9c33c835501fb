/**
 * Every AWS SDK client is built here, from the environment. The local runtime sets
 * DYNAMODB_ENDPOINT, SES_ENDPOINT and SFN_ENDPOINT; on AWS they are unset and the SDK defaults apply.
 * Module singletons: one client per cold start, reused by every invocation.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const region = process.env.AWS_REGION ?? 'eu-south-1';
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function endpointConfig(variable: string) {
  const endpoint = process.env[variable];
  // disableHostPrefix: StartSyncExecution would otherwise call `sync-<host>`, which a local endpoint is not.
  return endpoint ? { endpoint, region, credentials: localCredentials, disableHostPrefix: true } : { region };
}

let ddb: DynamoDBDocumentClient | undefined;
let ses: SESClient | undefined;
let sfn: SFNClient | undefined;

export function dynamo(): DynamoDBDocumentClient {
  ddb ??= DynamoDBDocumentClient.from(new DynamoDBClient({ ...endpointConfig('DYNAMODB_ENDPOINT'), maxAttempts: 5 }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return ddb;
}

export function sesClient(): SESClient {
  ses ??= new SESClient(endpointConfig('SES_ENDPOINT'));
  return ses;
}

export function sfnClient(): SFNClient {
  sfn ??= new SFNClient(endpointConfig('SFN_ENDPOINT'));
  return sfn;
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
