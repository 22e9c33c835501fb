/**
 * What a disciplinary case sends. Legal communications to the employee go through a legal channel
 * (L3674-L3676, D4): by PEC the act travels as the PEC message; by hand, raccomandata or fax the
 * officer delivers the document and records the evidence. E-mail carries only internal alerts to the
 * officers and a courtesy notice to the employee with no detail of the charge (§1.4, §2.14).
 */
import type { Entity } from '../../entities/entities';
import { italianDate, renderEmail } from '../../notify/email';
import type { OutboxDraft } from '../model';
import type { DisciplineContext } from './context';
import {
  CHANNEL_LABELS,
  COMMUNICATION_LABELS,
  type CommunicationKind,
  type DisciplineCase,
  type LegalChannel,
  type LegalCommunication,
} from './model';

/** The entity's certified mailbox for the reserved protocol. */
export const pecSender = (entity: Entity) => `protocollo@pec.${entity.sender.split('@')[1]}`;

/** Ties a PEC receipt back to its case and communication. */
export const pecReference = (pk: string, communicationId: string) => `${pk}|${communicationId}`;

export function parsePecReference(reference: string): { pk: string; communicationId: string } | undefined {
  const m = /^(E#[^|#]+#PROC#[^|]+)\|([A-Za-z0-9-]+)$/.exec(reference);
  return m ? { pk: m[1], communicationId: m[2] } : undefined;
}

export interface Dispatch {
  communication: LegalCommunication;
  messages: OutboxDraft[];
}

/**
 * A legal communication of an act: recorded IN_CONSEGNA; by PEC, the message is queued for the gateway
 * (its receipts come back through the sweeper); a courtesy e-mail tells the employee where to look.
 */
export function legalCommunication(
  c: DisciplineCase,
  pk: string,
  spec: {
    kind: CommunicationKind;
    channel: LegalChannel;
    protocol: string;
    actDate: string;
    body: string[];
    hearingDate?: string;
  },
  ctx: DisciplineContext,
): Dispatch {
  const e = c.data.employee;
  const id = ctx.newId();
  const recipient =
    spec.channel === 'PEC'
      ? (e.pec ?? '')
      : spec.channel === 'FAX'
        ? (e.fax ?? '')
        : (e.address ?? `${e.name}, presso la sede di servizio`);
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
  const title = COMMUNICATION_LABELS[spec.kind];
  if (spec.channel === 'PEC') {
    const text = [
      `${ctx.entity.name} — protocollo riservato n. ${spec.protocol} del ${italianDate(spec.actDate)}`,
      '',
      `Oggetto: ${title}.`,
      '',
      `Gentile ${e.name},`,
      ...spec.body.flatMap((p) => ['', p]),
      '',
      "Comunicazione effettuata tramite posta elettronica certificata ai sensi dell'art. 55-bis, comma 5, del D.Lgs. 165/2001 e dell'art. 6 dell'Allegato H al Regolamento sull'ordinamento degli uffici e dei servizi.",
    ].join('\n');
    messages.push({
      id: ctx.newId(),
      channel: 'PEC',
      template: `discipline-${spec.kind.toLowerCase()}`,
      to: recipient,
      from: pecSender(ctx.entity),
      subject: `${title} — prot. riservato n. ${spec.protocol}`,
      text,
      html: '',
      reference: pecReference(pk, id),
    });
  }
  if (e.email) messages.push(courtesyNotice(c, spec.channel, ctx));
  return { communication, messages };
}

/** The employee is told a communication is on its way, and by which channel — nothing about the charge. */
function courtesyNotice(c: DisciplineCase, channel: LegalChannel, ctx: DisciplineContext): OutboxDraft {
  const content = renderEmail({
    subject: `${ctx.entity.name}: comunicazione riservata in arrivo`,
    greeting: `Gentile ${c.data.employee.name},`,
    paragraphs: [
      `l'Amministrazione le ha indirizzato una comunicazione riservata tramite ${CHANNEL_LABELS[channel]}.`,
      'Per riservatezza questo messaggio non ne riporta il contenuto: la comunicazione ha valore solo nella forma ricevuta tramite il canale indicato. Può consultare i documenti che la riguardano nella sua area riservata.',
    ],
    facts: [
      ['Ente', ctx.entity.name],
      ['Ufficio', ctx.entity.hrOffice.name],
    ],
    closing: ['Messaggio di cortesia del sistema Procedimenti: non rispondere a questo indirizzo.'],
  });
  return {
    id: ctx.newId(),
    channel: 'EMAIL',
    template: 'discipline-courtesy',
    to: c.data.employee.email!,
    from: ctx.entity.sender,
    ...content,
  };
}

/** An internal alert to the authority and the Segretario: the case number and the term, no detail of the charge. */
export function alert(
  c: DisciplineCase,
  to: string,
  spec: { subject: string; paragraphs: string[]; facts: [string, string][] },
  ctx: DisciplineContext,
): OutboxDraft {
  const content = renderEmail({
    subject: `${spec.subject} — ${c.title}`,
    greeting: 'Gentile autorità disciplinare,',
    paragraphs: spec.paragraphs,
    facts: [['Ente', ctx.entity.name], ['Procedimento', c.title], ...spec.facts],
    closing: ['Messaggio automatico del sistema Procedimenti (contenuto riservato: consultare il fascicolo).'],
  });
  return { id: ctx.newId(), channel: 'EMAIL', template: 'discipline-alert', to, from: ctx.entity.sender, ...content };
}
