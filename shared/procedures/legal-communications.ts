/**
 * Communications that must be provably received (DECISIONS D4, D5; recruitment.md §0.5.6): an act sent
 * to a person through a legal channel — PEC (its delivery receipt is the evidence, collected by the
 * sweeper), hand delivery (signed receipt), raccomandata A/R (return card), fax (transmission report).
 * A term that runs from receipt starts only when the evidence is in. An ordinary e-mail is never one:
 * it carries only a courtesy notice that something was sent, with no content.
 * Shared by every procedure that notifies acts (disciplinary cases, appointments).
 */
import { z } from 'zod';
import type { Entity } from '../entities/entities';
import { problems } from '../http/problem';
import { italianDate, renderEmail } from '../notify/email';
import { legalDate } from '../validation/legal-date';
import type { OutboxDraft } from './model';

export const LEGAL_CHANNELS = ['PEC', 'CONSEGNA_A_MANO', 'RACCOMANDATA_AR', 'FAX'] as const;
export type LegalChannel = (typeof LEGAL_CHANNELS)[number];

export const CHANNEL_LABELS: Record<LegalChannel, string> = {
  PEC: 'posta elettronica certificata',
  CONSEGNA_A_MANO: 'consegna a mano',
  RACCOMANDATA_AR: 'raccomandata con ricevuta di ritorno',
  FAX: 'fax',
};

export interface DeliveryEvidence {
  /** PEC receipt ids, the signed receipt, the A/R return card, the fax transmission report. */
  kind: 'RICEVUTA_PEC' | 'RICEVUTA_FIRMATA' | 'CARTOLINA_AR' | 'RAPPORTO_FAX';
  reference: string;
  /** sha-256 of the uploaded scan, kept as a procedure document. */
  documentSha256?: string;
  documentName?: string;
  issuedAt?: string;
}

export interface LegalCommunication {
  id: string;
  /** What the communication carries (the procedure's own vocabulary: CONTESTAZIONE, NOMINA …). */
  kind: string;
  channel: LegalChannel;
  protocol: string;
  actDate: string;
  recipient: string;
  status: 'IN_CONSEGNA' | 'CONSEGNATA' | 'MANCATA_CONSEGNA';
  pecMessageId?: string;
  deliveredOn?: string;
  evidence?: DeliveryEvidence;
  failure?: string;
  /** The hearing this communication convenes, when it convenes one. */
  hearingDate?: string;
}

/** Who receives: where each channel reaches them. */
export interface Addressee {
  name: string;
  pec?: string;
  email?: string;
  address?: string;
  fax?: string;
}

/** The entity's certified mailbox for its protocol. */
export const pecSender = (entity: Entity) => `protocollo@pec.${entity.sender.split('@')[1]}`;

/** Ties a PEC receipt back to its procedure and communication. */
export const pecReference = (pk: string, communicationId: string) => `${pk}|${communicationId}`;

export function parsePecReference(reference: string): { pk: string; communicationId: string } | undefined {
  const m = /^(E#[^|#]+#PROC#[^|]+)\|([A-Za-z0-9-]+)$/.exec(reference);
  return m ? { pk: m[1], communicationId: m[2] } : undefined;
}

export interface Dispatch {
  communication: LegalCommunication;
  messages: OutboxDraft[];
}

export interface CommunicationSpec {
  kind: string;
  /** The subject line's description, e.g. "Contestazione dell'addebito e convocazione". */
  title: string;
  channel: LegalChannel;
  protocol: string;
  actDate: string;
  body: string[];
  /** The closing line of the PEC message: the rule the channel rests on. */
  basis: string;
  hearingDate?: string;
  /** What the courtesy e-mail may say about where to read the act (never its content). */
  whereToRead: string;
}

/**
 * Record the communication IN_CONSEGNA; by PEC, queue the message for the gateway; tell the person by
 * courtesy e-mail that a communication is on its way, and by which channel.
 */
export function legalCommunication(
  to: Addressee,
  pk: string,
  spec: CommunicationSpec,
  ctx: { newId: () => string; entity: Entity },
): Dispatch {
  const id = ctx.newId();
  const recipient =
    spec.channel === 'PEC' ? (to.pec ?? '') : spec.channel === 'FAX' ? (to.fax ?? '') : (to.address ?? to.name);
  const communication: LegalCommunication = {
    id,
    kind: spec.kind,
    channel: spec.channel,
    protocol: spec.protocol,
    actDate: spec.actDate,
    recipient,
    status: 'IN_CONSEGNA',
    ...(spec.hearingDate ? { hearingDate: spec.hearingDate } : {}),
  };
  const messages: OutboxDraft[] = [];
  if (spec.channel === 'PEC') {
    const text = [
      `${ctx.entity.name} — protocollo n. ${spec.protocol} del ${italianDate(spec.actDate)}`,
      '',
      `Oggetto: ${spec.title}.`,
      '',
      `Gentile ${to.name},`,
      ...spec.body.flatMap((p) => ['', p]),
      '',
      spec.basis,
    ].join('\n');
    messages.push({
      id: ctx.newId(),
      channel: 'PEC',
      template: `legal-${spec.kind.toLowerCase()}`,
      to: recipient,
      from: pecSender(ctx.entity),
      subject: `${spec.title} — prot. n. ${spec.protocol}`,
      text,
      html: '',
      reference: pecReference(pk, id),
    });
  }
  if (to.email) messages.push(courtesyNotice(to, spec, ctx));
  return { communication, messages };
}

function courtesyNotice(to: Addressee, spec: CommunicationSpec, ctx: { newId: () => string; entity: Entity }) {
  const content = renderEmail({
    subject: `${ctx.entity.name}: comunicazione in arrivo`,
    greeting: `Gentile ${to.name},`,
    paragraphs: [
      `l'Amministrazione le ha indirizzato una comunicazione tramite ${CHANNEL_LABELS[spec.channel]}.`,
      `Questo messaggio non ne riporta il contenuto: la comunicazione ha valore solo nella forma ricevuta tramite il canale indicato. ${spec.whereToRead}`,
    ],
    facts: [
      ['Ente', ctx.entity.name],
      ['Ufficio', ctx.entity.hrOffice.name],
    ],
    closing: ['Messaggio di cortesia del sistema Procedimenti: non rispondere a questo indirizzo.'],
  });
  const message: OutboxDraft = {
    id: ctx.newId(),
    channel: 'EMAIL',
    template: 'legal-courtesy',
    to: to.email!,
    from: ctx.entity.sender,
    ...content,
  };
  return message;
}

/** PEC needs the person's certified address (V-PD-18 and the like). */
export function pecAvailable(to: Addressee, channel: LegalChannel): string | undefined {
  if (channel === 'PEC' && !to.pec)
    return 'Il destinatario non ha indicato una casella PEC: usare la consegna a mano o la raccomandata A/R.';
  return undefined;
}

/** Which evidence proves which channel. */
export const EVIDENCE_CHANNEL = {
  RICEVUTA_FIRMATA: 'CONSEGNA_A_MANO',
  CARTOLINA_AR: 'RACCOMANDATA_AR',
  RAPPORTO_FAX: 'FAX',
} as const satisfies Record<Exclude<DeliveryEvidence['kind'], 'RICEVUTA_PEC'>, LegalChannel>;

/**
 * The communication a manual evidence is recorded for, checked: a PEC is proved by its own receipt
 * (wait for it, or deliver by another channel after a failed one); the evidence must match the channel.
 */
export function manualDeliveryTarget(
  comms: LegalCommunication[],
  communicationId: string,
  evidenceKind: keyof typeof EVIDENCE_CHANNEL,
): LegalCommunication & { channel: LegalChannel } {
  const comm = comms.find((x) => x.id === communicationId);
  if (!comm) throw problems.notFound('Comunicazione non trovata.');
  if (comm.status === 'CONSEGNATA') {
    throw problems.conflict('already-delivered', `La consegna risulta già registrata il ${comm.deliveredOn}.`);
  }
  if (comm.channel === 'PEC' && comm.status !== 'MANCATA_CONSEGNA') {
    throw problems.rejected(
      'La consegna via PEC è provata dalla ricevuta di avvenuta consegna, registrata automaticamente: attenderla, oppure, se la PEC non è consegnata, usare un altro canale.',
    );
  }
  const channel = EVIDENCE_CHANNEL[evidenceKind];
  if (comm.channel !== 'PEC' && comm.channel !== channel) {
    throw problems.validation([
      { field: 'evidence.kind', message: 'La prova non corrisponde al canale della comunicazione.' },
    ]);
  }
  return { ...comm, channel };
}

/** The PEC communication a gateway receipt is for: refused once its outcome is recorded (the sweeper skips it). */
export function pecReceiptTarget(comms: LegalCommunication[], communicationId: string): LegalCommunication {
  const comm = comms.find((x) => x.id === communicationId);
  if (comm?.channel !== 'PEC') throw problems.notFound('Comunicazione PEC non trovata.');
  if (comm.status !== 'IN_CONSEGNA') throw problems.conflict('already-recorded', 'Esito della PEC già registrato.');
  return comm;
}

export const replaceCommunication = (comms: LegalCommunication[], next: LegalCommunication) =>
  comms.map((x) => (x.id === next.id ? next : x));

/** A PEC receipt, from the sweeper's poll of the gateway (never from a user). */
export const pecReceiptSchema = z.strictObject({
  communicationId: z.string(),
  type: z.enum(['AVVENUTA_CONSEGNA', 'MANCATA_CONSEGNA']),
  receiptId: z.string(),
  pecMessageId: z.string(),
  issuedAt: z.string(),
  detail: z.string().optional(),
});

/** The evidence of a delivery by hand, raccomandata A/R or fax, recorded by the officer. */
export const manualDeliverySchema = z.strictObject({
  expectedVersion: z.int({ error: 'Versione del procedimento mancante.' }).min(1),
  communicationId: z.string().trim().min(1, 'Comunicazione: campo obbligatorio.').max(80),
  deliveredOn: legalDate(),
  evidence: z.strictObject({
    kind: z.enum(['RICEVUTA_FIRMATA', 'CARTOLINA_AR', 'RAPPORTO_FAX'], {
      error: 'Prova di consegna: ricevuta firmata, cartolina A/R o rapporto fax.',
    }),
    reference: z.string().trim().min(1, 'Riferimento della prova: campo obbligatorio.').max(200),
  }),
});
