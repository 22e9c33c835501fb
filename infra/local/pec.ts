/**
 * The local PEC gateway (PEC_ENDPOINT), never deployed: it speaks the protocol of shared/notify/pec.ts
 * and issues the receipts a provider would. Every accepted message gets, at once, its ACCETTAZIONE and
 * its delivery receipt: AVVENUTA_CONSEGNA a few seconds later by the runtime clock, or MANCATA_CONSEGNA
 * for recipients at PEC_UNDELIVERABLE_DOMAIN (how tests and demos reach the failure path).
 *
 *   POST /messages          PecMessage → { pecMessageId, acceptance }; idempotent on `reference`
 *   GET  /receipts?after=&limit=  → { receipts } oldest first
 *   GET  /api/messages      every message with its receipts (tests)
 *   GET  /                  the viewer, "Casella PEC locale"
 *
 * Messages and receipts are appended to `<dataDir>/pec.jsonl` before the answer and reloaded at start:
 * a restart keeps them and seq keeps increasing.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { clock } from '../../shared/clock';
import { fieldErrors, type Problem, ProblemError } from '../../shared/http/problem';
import type { PecMessage, PecReceipt, PecReceiptType } from '../../shared/notify/pec';
import type { Logger } from './log';
import { listen, url } from './ports';

export interface LocalPec {
  url: string;
  stop(): Promise<void>;
}

/** Recipients at this domain never receive: their delivery receipt is MANCATA_CONSEGNA. */
export const PEC_UNDELIVERABLE_DOMAIN = 'pec-non-consegnabile.example';
/** Delivery is certified this long after acceptance, so the two instants differ as they do in real PEC. */
export const DELIVERY_DELAY_MS = 3000;
const UNDELIVERABLE_DETAIL = 'Casella del destinatario inesistente: il messaggio non è stato consegnato.';

/** Real PEC boxes take messages of tens of MB; attachments arrive base64-encoded in the JSON. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

export interface StoredPecMessage extends PecMessage {
  pecMessageId: string;
  acceptedAt: string;
}

type Line = { message: StoredPecMessage } | { receipt: PecReceipt };

// Not trimmed: the reference must be echoed exactly as sent.
const text = (what: string, max: number) =>
  z
    .string({ error: `${what}: testo obbligatorio` })
    .max(max, `${what}: al massimo ${max} caratteri`)
    .refine((s) => s.trim() !== '', `${what}: non può essere vuoto`);
const address = (what: string) => z.email({ error: `${what}: non è un indirizzo di posta valido` });

const messageSchema = z.strictObject({
  reference: text('reference', 200),
  from: address('from'),
  to: address('to'),
  subject: text('subject', 500),
  text: z.string({ error: 'text: testo obbligatorio' }).max(1_000_000, 'text: troppo lungo'),
  attachments: z
    .array(
      z.strictObject({
        filename: text('filename', 255),
        contentType: text('contentType', 255),
        base64: z.base64({ error: 'base64: contenuto non codificato in base64' }),
      }),
    )
    .max(20, 'attachments: al massimo 20 allegati')
    .optional(),
});

const problem = (status: number, code: string, title: string, detail: string, extra: Partial<Problem> = {}) =>
  new ProblemError({ status, code, title, detail, ...extra });
const malformed = (detail: string, extra: Partial<Problem> = {}) =>
  problem(400, 'malformed-request', 'Richiesta non leggibile', detail, extra);

/** The message fields a re-send must repeat: the same reference with other content is another message. */
const content = (m: PecMessage) => JSON.stringify([m.from, m.to, m.subject, m.text, m.attachments ?? []]);

class PecStore {
  private readonly byReference = new Map<string, StoredPecMessage>();
  private readonly receipts: PecReceipt[] = [];
  private lastSeq = 0;

  constructor(
    private readonly file: string,
    log: Logger,
  ) {
    if (!existsSync(file)) return;
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      if (!raw) continue;
      try {
        this.apply(JSON.parse(raw) as Line);
      } catch {
        log.warn(`ignoring an unreadable line of ${file} (a crash mid-append)`);
      }
    }
  }

  private apply(line: Line): void {
    if ('message' in line) this.byReference.set(line.message.reference, line.message);
    else {
      this.receipts.push(line.receipt);
      this.lastSeq = Math.max(this.lastSeq, line.receipt.seq);
    }
  }

  /** Appended before it is applied: an answer is given only for what a restart will still know. */
  private commit(lines: Line[]): void {
    appendFileSync(this.file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    for (const line of lines) this.apply(line);
  }

  send(m: PecMessage): { pecMessageId: string; acceptance: PecReceipt } {
    const previous = this.byReference.get(m.reference);
    if (previous) {
      if (content(previous) !== content(m)) {
        throw problem(
          409,
          'reference-reused',
          'Conflitto',
          `Il riferimento ${m.reference} è già stato usato per un messaggio con contenuto diverso.`,
        );
      }
      return { pecMessageId: previous.pecMessageId, acceptance: this.acceptanceOf(previous.pecMessageId) };
    }
    const now = clock.now();
    const pecMessageId = `opec-locale.${randomUUID()}@pec.locale.example`;
    const receipt = (seq: number, type: PecReceiptType, issuedAt: Date, detail?: string): PecReceipt => ({
      seq,
      type,
      receiptId: `ricevuta.${randomUUID()}@pec.locale.example`,
      pecMessageId,
      reference: m.reference,
      recipient: m.to,
      issuedAt: issuedAt.toISOString(),
      ...(detail ? { detail } : {}),
    });
    const acceptance = receipt(this.lastSeq + 1, 'ACCETTAZIONE', now);
    const delivered = !m.to.toLowerCase().endsWith(`@${PEC_UNDELIVERABLE_DOMAIN}`);
    const delivery = receipt(
      this.lastSeq + 2,
      delivered ? 'AVVENUTA_CONSEGNA' : 'MANCATA_CONSEGNA',
      new Date(now.getTime() + DELIVERY_DELAY_MS),
      delivered ? undefined : UNDELIVERABLE_DETAIL,
    );
    this.commit([
      { message: { ...m, pecMessageId, acceptedAt: acceptance.issuedAt } },
      { receipt: acceptance },
      { receipt: delivery },
    ]);
    return { pecMessageId, acceptance };
  }

  private acceptanceOf(pecMessageId: string): PecReceipt {
    const found = this.receipts.find((r) => r.pecMessageId === pecMessageId && r.type === 'ACCETTAZIONE');
    if (!found) throw new Error(`PEC message ${pecMessageId} has no acceptance receipt`);
    return found;
  }

  /** Receipts are kept in seq order (appended with increasing seq), so this is a scan from the cursor. */
  receiptsAfter(after: number, limit: number): PecReceipt[] {
    const out: PecReceipt[] = [];
    for (const r of this.receipts) {
      if (r.seq <= after) continue;
      out.push(r);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Oldest first, each with its receipts. */
  messages(): (StoredPecMessage & { receipts: PecReceipt[] })[] {
    const byMessage = new Map<string, PecReceipt[]>();
    for (const r of this.receipts) byMessage.set(r.pecMessageId, [...(byMessage.get(r.pecMessageId) ?? []), r]);
    return [...this.byReference.values()].map((m) => ({ ...m, receipts: byMessage.get(m.pecMessageId) ?? [] }));
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': type, 'content-length': data.length });
  res.end(data);
}

/** The body as JSON; past the limit, the rest is drained so the client reads a clean 413. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) {
    throw problem(413, 'too-large', 'Richiesta troppo grande', `Il corpo supera ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw malformed('Il corpo non è JSON valido.');
  }
}

function integerParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw malformed(`Il parametro ${name} deve essere un intero tra ${min} e ${max}.`);
  }
  return value;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const RECEIPT_LABELS: Record<PecReceiptType, string> = {
  ACCETTAZIONE: 'Ricevuta di accettazione',
  AVVENUTA_CONSEGNA: 'Ricevuta di avvenuta consegna',
  MANCATA_CONSEGNA: 'Ricevuta di mancata consegna',
};

const romeTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  dateStyle: 'long',
  timeStyle: 'medium',
});
const instant = (iso: string) =>
  `<time datetime="${escapeHtml(iso)}">${escapeHtml(romeTime.format(new Date(iso)))}</time> <small>(${escapeHtml(iso)})</small>`;

function viewer(messages: ReturnType<PecStore['messages']>): string {
  const cards = messages
    .slice()
    .reverse()
    .map(
      (m) => `<article>
<h2>${escapeHtml(m.subject)}</h2>
<dl>
<dt>Da</dt><dd>${escapeHtml(m.from)}</dd>
<dt>A</dt><dd>${escapeHtml(m.to)}</dd>
<dt>Accettato il</dt><dd>${instant(m.acceptedAt)}</dd>
<dt>Riferimento</dt><dd><code>${escapeHtml(m.reference)}</code></dd>
<dt>Identificativo PEC</dt><dd><code>${escapeHtml(m.pecMessageId)}</code></dd>
</dl>
<pre>${escapeHtml(m.text)}</pre>
${
  m.attachments?.length
    ? `<p>Allegati:</p><ul>${m.attachments
        .map(
          (a) =>
            `<li>${escapeHtml(a.filename)} <small>(${escapeHtml(a.contentType)}, ${Math.floor((a.base64.length * 3) / 4)} byte circa)</small></li>`,
        )
        .join('')}</ul>`
    : ''
}
<ul class="ricevute">${m.receipts
        .map(
          (r) =>
            `<li class="${r.type === 'MANCATA_CONSEGNA' ? 'ko' : 'ok'}"><strong>${RECEIPT_LABELS[r.type]}</strong> — ${instant(r.issuedAt)}${
              r.detail ? `<br>${escapeHtml(r.detail)}` : ''
            } <small>n. ${r.seq}</small></li>`,
        )
        .join('')}</ul>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Casella PEC locale</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
article{border:1px solid #ccc;border-radius:4px;padding:0 1rem 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;background:#f5f5f5;padding:.75rem}
.ricevute{list-style:none;padding:0}.ricevute li{padding:.25rem .5rem;margin:.25rem 0;border-left:4px solid}
.ok{border-color:#008055}.ko{border-color:#d9364f}
</style>
</head>
<body>
<h1>Casella PEC locale</h1>
<p>Messaggi di posta elettronica certificata inviati dal runtime locale, dal più recente, con le ricevute emesse. <a href="/">Aggiorna</a></p>
${cards || '<p>Nessun messaggio.</p>'}
</body>
</html>
`;
}

export async function startPec(options: { dataDir: string; port: number; log: Logger }): Promise<LocalPec> {
  const store = new PecStore(join(options.dataDir, 'pec.jsonl'), options.log);

  const routes: Record<
    string,
    Record<string, (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void>>
  > = {
    '/messages': {
      POST: async (req, _url, res) => {
        const parsed = messageSchema.safeParse(await readJson(req));
        if (!parsed.success) {
          throw malformed('Il messaggio PEC non è valido.', { errors: fieldErrors(parsed.error) });
        }
        sendJson(res, 200, store.send(parsed.data));
      },
    },
    '/receipts': {
      GET: async (_req, url, res) => {
        const after = integerParam(url, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
        const limit = integerParam(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
        sendJson(res, 200, { receipts: store.receiptsAfter(after, limit) });
      },
    },
    '/api/messages': { GET: async (_req, _url, res) => sendJson(res, 200, store.messages()) },
    '/': {
      GET: async (_req, _url, res) => {
        const page = Buffer.from(viewer(store.messages()));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
        res.end(page);
      },
    },
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    try {
      const methods = routes[url.pathname];
      if (!methods) throw problem(404, 'not-found', 'Non trovato', `Nessun endpoint ${url.pathname}.`);
      const route = methods[req.method ?? ''];
      if (!route) {
        res.setHeader('allow', Object.keys(methods).join(', '));
        throw problem(
          405,
          'method-not-allowed',
          'Metodo non consentito',
          `Metodi ammessi: ${Object.keys(methods).join(', ')}.`,
        );
      }
      await route(req, url, res);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof ProblemError)
        return sendJson(res, error.problem.status, error.problem, 'application/problem+json');
      options.log.error(`PEC ${req.method} ${url.pathname} failed`, error);
      sendJson(
        res,
        500,
        new ProblemError({
          status: 500,
          code: 'internal',
          title: 'Errore interno',
          detail: 'Errore della casella PEC locale.',
        }).problem,
        'application/problem+json',
      );
    }
  });
  const port = await listen(server, 'pec', options.port);

  return {
    url: url(port),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}
