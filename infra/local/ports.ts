/**
 * Which port each local service listens on, and the two checks that turn a confusing EADDRINUSE
 * deep inside a library into one actionable line.
 */
import { createServer, type Server } from 'node:net';
import { LocalStartError } from './errors';

export const HOST = '127.0.0.1';

export type Service = 'web' | 'ses' | 'sfn' | 'dynamodb' | 'pec';

const DEFAULTS: Record<Service, { port: number; env: string; label: string }> = {
  web: { port: 3000, env: 'PORT_WEB', label: 'web console and API' },
  ses: { port: 8005, env: 'PORT_SES', label: 'SES' },
  sfn: { port: 8083, env: 'PORT_SFN', label: 'Step Functions' },
  dynamodb: { port: 8000, env: 'PORT_DYNAMODB', label: 'DynamoDB Local' },
  pec: { port: 8084, env: 'PORT_PEC', label: 'PEC' },
};

/** The configured port; 0 means "any free port" (node servers bind it directly). */
export function configuredPort(service: Service, ephemeral: boolean): number {
  if (ephemeral) return 0;
  const fromEnv = process.env[DEFAULTS[service].env];
  if (fromEnv === undefined || fromEnv === '') return DEFAULTS[service].port;
  const port = Number(fromEnv);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LocalStartError(`${DEFAULTS[service].env}=${fromEnv} is not a valid port number`);
  }
  return port;
}

export function portInUse(service: Service, port: number): LocalStartError {
  const { label, env } = DEFAULTS[service];
  return new LocalStartError(`port ${port} is already in use (${label}); stop the other process or set ${env}`);
}

/** Listens on `port` (0 = any free one), mapping EADDRINUSE to a LocalStartError. Returns the bound port. */
export function listen(server: Server, service: Service, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? portInUse(service, port) : error);
    };
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * For a child process that binds its own port (DynamoDB Local): fails fast if `port` is taken, or
 * picks a free one for 0. Binding all interfaces catches a holder on any address.
 */
export async function reservePort(service: Service, port: number): Promise<number> {
  const probe = createServer();
  return new Promise((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? portInUse(service, port) : error);
    });
    probe.listen(port, () => {
      const address = probe.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      probe.close(() => resolve(bound));
    });
  });
}

export function boundPort(server: Server): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  return address.port;
}

export const url = (port: number) => `http://${HOST}:${port}`;
