/**
 * The SES endpoint (SES_ENDPOINT): aws-ses-v2-local, with its mail viewer at `/` and the JSON store
 * at `/store`. The library keeps mail in memory only, so this module persists it and reloads it at
 * start: a restart keeps the inbox, like everything else local. Mail is appended to
 * `<dataDir>/mail.jsonl` (one line per message), so a burst of sends costs one small append each,
 * never a rewrite of the whole inbox; templates, rare, are rewritten to `<dataDir>/mail-templates.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, rename, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import sesServer from 'aws-ses-v2-local';
import { clearStore, type Email, getStoreReadonly, setTemplate, type Template } from 'aws-ses-v2-local/dist/store';
import type { Logger } from './log';
import { boundPort, HOST, portInUse, reservePort, url } from './ports';

export interface LocalSes {
  url: string;
  stop(): Promise<void>;
}

/** The library's store is a module singleton: one local runtime per process. */
function load(mailFile: string, templateFile: string, log: Logger): void {
  clearStore();
  const emails = getStoreReadonly().emails;
  if (existsSync(mailFile)) {
    for (const line of readFileSync(mailFile, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        emails.push(JSON.parse(line) as Email);
      } catch {
        log.warn(`ignoring an unreadable line of ${mailFile} (a crash mid-append)`);
      }
    }
  }
  if (existsSync(templateFile)) {
    try {
      const saved = JSON.parse(readFileSync(templateFile, 'utf8')) as Record<string, Template>;
      for (const [name, template] of Object.entries(saved)) setTemplate(name, template);
    } catch (error) {
      log.warn(`ignoring unreadable ${templateFile}: ${error}`);
    }
  }
}

export async function startSes(options: { dataDir: string; port: number; log: Logger }): Promise<LocalSes> {
  const mailFile = join(options.dataDir, 'mail.jsonl');
  const templateFile = join(options.dataDir, 'mail-templates.json');
  load(mailFile, templateFile, options.log);
  // The library resolves even when listen fails: probe the port first for a clear message.
  if (options.port !== 0) await reservePort('ses', options.port);
  const server: Server = await sesServer({ host: HOST, port: options.port });
  if (!server.listening) throw portInUse('ses', options.port);

  let saved = getStoreReadonly().emails.length;
  let templatesDirty = false;
  let dirty = false;
  let writing: Promise<void> | undefined;
  const writeLoop = async () => {
    while (dirty) {
      dirty = false;
      const store = getStoreReadonly();
      try {
        if (store.emails.length < saved) {
          // clear-store: start the file again (write-then-rename, never a truncated file).
          await writeFile(`${mailFile}.tmp`, store.emails.map((e) => `${JSON.stringify(e)}\n`).join(''));
          await rename(`${mailFile}.tmp`, mailFile);
        } else if (store.emails.length > saved) {
          await appendFile(
            mailFile,
            store.emails
              .slice(saved)
              .map((e) => `${JSON.stringify(e)}\n`)
              .join(''),
          );
        }
        saved = store.emails.length;
        if (templatesDirty) {
          templatesDirty = false;
          await writeFile(`${templateFile}.tmp`, JSON.stringify(Object.fromEntries(store.templates)));
          await rename(`${templateFile}.tmp`, templateFile);
        }
      } catch (error) {
        options.log.warn(`could not save the local mail store: ${error}`);
      }
    }
    writing = undefined;
  };
  const persist = (templates: boolean) => {
    dirty = true;
    templatesDirty ||= templates;
    writing ??= writeLoop();
  };
  // Only sends, template changes and clear-store modify the store; reads (the viewer polls) never do.
  server.on('request', (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') res.on('finish', () => persist(/template/i.test(req.url ?? '')));
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
