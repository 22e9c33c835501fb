/**
 * The SES endpoint (SES_ENDPOINT): aws-ses-v2-local, with its mail viewer at `/` and the JSON store
 * at `/store`. The library keeps mail in memory only, so this module persists its store to
 * `<dataDir>/mail.json` after every request that changed it and reloads it at start: a restart
 * keeps the inbox, like everything else local.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import sesServer from 'aws-ses-v2-local';
import { clearStore, type Email, getStoreReadonly, setTemplate, type Template } from 'aws-ses-v2-local/dist/store';
import type { Logger } from './log';
import { HOST, boundPort, portInUse, reservePort, url } from './ports';

interface MailFile {
  emails: Email[];
  templates: Record<string, Template>;
}

export interface LocalSes {
  url: string;
  stop(): Promise<void>;
}

/** The library's store is a module singleton: one local runtime per process. */
function load(file: string, log: Logger): void {
  clearStore();
  if (!existsSync(file)) return;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as MailFile;
    getStoreReadonly().emails.push(...(saved.emails ?? []));
    for (const [name, template] of Object.entries(saved.templates ?? {})) setTemplate(name, template);
  } catch (error) {
    log.warn(`ignoring unreadable ${file}: ${error}`);
  }
}

export async function startSes(options: { dataDir: string; port: number; log: Logger }): Promise<LocalSes> {
  const file = join(options.dataDir, 'mail.json');
  load(file, options.log);
  // The library resolves even when listen fails: probe the port first for a clear message.
  if (options.port !== 0) await reservePort('ses', options.port);
  const server: Server = await sesServer({ host: HOST, port: options.port });
  if (!server.listening) throw portInUse('ses', options.port);

  // Coalesced: a burst of sends (a bench, a mass notice) costs a few rewrites, not one per mail.
  let dirty = false;
  let writing: Promise<void> | undefined;
  const writeLoop = async () => {
    while (dirty) {
      dirty = false;
      const store = getStoreReadonly();
      const body: MailFile = { emails: store.emails, templates: Object.fromEntries(store.templates) };
      try {
        // Write-then-rename: a crash mid-write never leaves a truncated mail.json behind.
        await writeFile(`${file}.tmp`, JSON.stringify(body));
        await rename(`${file}.tmp`, file);
      } catch (error) {
        options.log.warn(`could not save ${file}: ${error}`);
      }
    }
    writing = undefined;
  };
  const persist = () => {
    dirty = true;
    writing ??= writeLoop();
  };
  // Only sends, template changes and clear-store modify the store; reads (the viewer polls) never do.
  server.on('request', (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') res.on('finish', persist);
  });

  return {
    url: url(boundPort(server)),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await writing;
    },
  };
}
