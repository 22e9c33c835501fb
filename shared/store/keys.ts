/**
 * The single-table layout (DESIGN.md §3). Every key carries the entity id. Sort-key prefixes are chosen
 * so each kind is one `begins_with` query: APP# never matches APPEVT#.
 */
import { createHash } from 'node:crypto';

export const DUE_INDEX = 'due';
export const ENTITY_INDEX = 'byEntity';
export const AGENDA_INDEX = 'agenda';
export const DUE_SHARDS = 4;

export const procPk = (entityId: string, id: string) => `E#${entityId}#PROC#${id}`;
/**
 * Confidential procedure types (disciplinary cases, D4) are listed and put on the agenda under their own
 * partition, so the entity's general lists and agenda can never include them.
 */
const CONFIDENTIAL_SCOPE: Readonly<Record<string, string>> = { discipline: 'DISC' };
export const isConfidentialType = (type: string | undefined) => !!type && Object.hasOwn(CONFIDENTIAL_SCOPE, type);
const scoped = (base: string, type?: string) =>
  type && isConfidentialType(type) ? `${base}-${CONFIDENTIAL_SCOPE[type]}` : base;

export const entityListPk = (entityId: string, type?: string) => scoped(`E#${entityId}#PROCS`, type);
/** Every running term of an entity, soonest first, across procedures (the agenda). */
/** The entity's protocol register (one counter item per year). */
export const protocolRegisterPk = (entityId: string) => `E#${entityId}#PROTOCOL`;
export const agendaPk = (entityId: string, type?: string) => scoped(`E#${entityId}#AGENDA`, type);
/** The sanctions register of an entity's employees, read for recidivism (disciplinary §2.5). */
export const sanctionsPk = (entityId: string) => `E#${entityId}#SANCTIONS`;

export const sk = {
  meta: 'META',
  event: (seq: number) => `EVT#${String(seq).padStart(9, '0')}`,
  deadline: (id: string) => `DL#${id}`,
  reminder: (id: string) => `REM#${id}`,
  application: (appId: string) => `APP#${appId}`,
  applicationEvent: (appId: string, seq: number) => `APPEVT#${appId}#${String(seq).padStart(6, '0')}`,
  taxCode: (cf: string) => `TAX#${cf}`,
  message: (id: string) => `MSG#${id}`,
  /** A case document (an uploaded receipt scan), content-addressed. */
  document: (sha256: string) => `DOC#${sha256}`,
  /** One audited read of a confidential file (D4). */
  access: (at: string, id: string) => `ACCESS#${at}#${id}`,
};

/** The entity's graduatorie handed to contract formation (store/graduatorie.ts). */
export const graduatoriaKey = (entityId: string, id: string) => ({ pk: `E#${entityId}#GRADS`, sk: `GRAD#${id}` });

/** A few fixed shards spread the due index's writes; the sweeper reads each one (DESIGN.md §4). */
export function dueShard(pk: string): string {
  const n = createHash('sha1').update(pk).digest().readUInt8(0) % DUE_SHARDS;
  return `DUE#${n}`;
}

export function dueKeys(pk: string, itemSk: string, at: string) {
  return { duePk: dueShard(pk), dueSk: `${at}#${pk}#${itemSk}` };
}
