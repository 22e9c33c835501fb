/**
 * PEC (posta elettronica certificata) gateway adapter (DECISIONS D4): the legal channel for disciplinary
 * communications, whose receipts prove acceptance and delivery. A term that runs from receipt starts at
 * the AVVENUTA_CONSEGNA receipt's instant. This module only moves messages and receipts; what a receipt
 * means for a procedure is decided by the caller.
 *
 * The gateway is an HTTP/JSON endpoint in PEC_ENDPOINT: the provider's gateway on AWS, the local PEC
 * server (infra/local/pec.ts) in the embedded runtime.
 */

export interface PecAttachment {
  filename: string;
  contentType: string;
  base64: string;
}

export interface PecMessage {
  /** Our opaque reference, echoed in every receipt; also the gateway's idempotency key. */
  reference: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments?: PecAttachment[];
}

export type PecReceiptType = 'ACCETTAZIONE' | 'AVVENUTA_CONSEGNA' | 'MANCATA_CONSEGNA';

export interface PecReceipt {
  /** Strictly increasing per gateway: the cursor for `receiptsAfter`, not an order of `issuedAt`. */
  seq: number;
  type: PecReceiptType;
  receiptId: string;
  pecMessageId: string;
  reference: string;
  recipient: string;
  /** ISO instant the receipt certifies. */
  issuedAt: string;
  /** Italian reason, for MANCATA_CONSEGNA. */
  detail?: string;
}

export interface PecGateway {
  /** Idempotent on `reference`: a re-send returns the first send's pecMessageId and acceptance. */
  send(m: PecMessage): Promise<{ pecMessageId: string; acceptance: PecReceipt }>;
  /** Receipts with seq > `seq`, oldest first, at most `limit` (the gateway's default when omitted). */
  receiptsAfter(seq: number, limit?: number): Promise<PecReceipt[]>;
}

/** An answer the gateway gave (status and its problem detail), or a transport failure. */
export class PecGatewayError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PecGatewayError';
  }
}

/** Bounded below the Lambda timeouts, so a hung gateway fails one send instead of the whole invocation. */
const REQUEST_TIMEOUT_MS = 10_000;

const RECEIPT_TYPES: readonly string[] = ['ACCETTAZIONE', 'AVVENUTA_CONSEGNA', 'MANCATA_CONSEGNA'];

function isReceipt(value: unknown): value is PecReceipt {
  const r = value as Partial<PecReceipt> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Number.isInteger(r.seq) &&
    typeof r.type === 'string' &&
    RECEIPT_TYPES.includes(r.type) &&
    typeof r.receiptId === 'string' &&
    typeof r.pecMessageId === 'string' &&
    typeof r.reference === 'string' &&
    typeof r.recipient === 'string' &&
    typeof r.issuedAt === 'string' &&
    !Number.isNaN(Date.parse(r.issuedAt))
  );
}

async function request(endpoint: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const target = `${endpoint.replace(/\/+$/, '')}${path}`;
  let res: Response;
  try {
    res = await fetch(target, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new PecGatewayError(`PEC gateway ${method} ${target} failed: ${(error as Error).message}`);
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const detail = (json as { detail?: unknown } | undefined)?.detail;
    throw new PecGatewayError(
      `PEC gateway ${method} ${path} answered ${res.status}${typeof detail === 'string' ? `: ${detail}` : ''}`,
      res.status,
    );
  }
  if (json === undefined) throw new PecGatewayError(`PEC gateway ${method} ${path} answered no JSON`, res.status);
  return json;
}

/** The HTTP client for the gateway in PEC_ENDPOINT, read when called (the local runtime sets it at start). */
export function pecGateway(): PecGateway {
  const endpoint = process.env.PEC_ENDPOINT;
  if (!endpoint) {
    throw new Error(
      'PEC_ENDPOINT is not set: the PEC gateway URL (the local runtime sets it; on AWS, CDK context pecEndpoint)',
    );
  }
  return {
    async send(m) {
      const out = (await request(endpoint, 'POST', '/messages', m)) as { pecMessageId?: unknown; acceptance?: unknown };
      if (
        typeof out.pecMessageId !== 'string' ||
        !isReceipt(out.acceptance) ||
        out.acceptance.type !== 'ACCETTAZIONE'
      ) {
        throw new PecGatewayError('PEC gateway POST /messages answered without a message id and an acceptance receipt');
      }
      return { pecMessageId: out.pecMessageId, acceptance: out.acceptance };
    },
    async receiptsAfter(seq, limit) {
      const query = new URLSearchParams({ after: String(seq) });
      if (limit !== undefined) query.set('limit', String(limit));
      const out = (await request(endpoint, 'GET', `/receipts?${query}`)) as { receipts?: unknown };
      if (!Array.isArray(out.receipts) || !out.receipts.every(isReceipt)) {
        throw new PecGatewayError('PEC gateway GET /receipts answered without a list of receipts');
      }
      return out.receipts;
    },
  };
}
