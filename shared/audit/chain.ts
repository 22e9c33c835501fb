/**
 * The append-only audit log's hash chain (DESIGN.md §1, §3). Each event's hash covers its content and the
 * previous hash, so altering, removing or reordering any stored event breaks every hash after it.
 * Canonical JSON (sorted keys) makes the hash independent of attribute order in DynamoDB.
 */
import { createHash } from 'node:crypto';

export interface ChainedEvent {
  seq: number;
  type: string;
  actor: { id: string; name: string; role: string };
  legalDate?: string;
  recordedAt: string;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The first prevHash of a chain: bound to the chain's owner so chains cannot be swapped. */
export function genesisHash(chainId: string): string {
  return sha256(`procedimenti:genesis:${chainId}`);
}

export function hashEvent(event: Omit<ChainedEvent, 'hash'>): string {
  return sha256(canonicalJson(event));
}

export function chainEvents<E extends Omit<ChainedEvent, 'hash' | 'prevHash' | 'seq'>>(
  head: { seq: number; hash: string },
  events: E[],
): (E & { seq: number; prevHash: string; hash: string })[] {
  let { seq, hash } = head;
  return events.map((e) => {
    seq += 1;
    const linked = { ...e, seq, prevHash: hash };
    hash = hashEvent(linked);
    return { ...linked, hash };
  });
}

export type ChainCheck = { ok: true; head: string; length: number } | { ok: false; seq: number; reason: string };

export function verifyChain(chainId: string, events: ChainedEvent[]): ChainCheck {
  let prev = genesisHash(chainId);
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1) return { ok: false, seq: e.seq, reason: `expected seq ${i + 1}` };
    if (e.prevHash !== prev) return { ok: false, seq: e.seq, reason: 'prevHash does not match the previous event' };
    const { hash, ...rest } = e;
    if (hashEvent(rest) !== hash) return { ok: false, seq: e.seq, reason: 'content does not match its hash' };
    prev = hash;
  }
  return { ok: true, head: prev, length: events.length };
}

/** A digest over a set of chains (e.g. every application at the window close), independent of read order. */
export function digestOfHeads(heads: { id: string; head: string }[]): string {
  const lines = [...heads].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((h) => `${h.id}:${h.head}`);
  return sha256(lines.join('\n'));
}
