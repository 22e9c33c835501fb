/**
 * What a disciplinary case sends. Legal communications to the employee go through a legal channel
 * (L3674-L3676, D4): by PEC the act travels as the PEC message; by hand, raccomandata or fax the
 * officer delivers the document and records the evidence. E-mail carries only internal alerts to the
 * officers and a courtesy notice to the employee with no detail of the charge (§1.4, §2.14).
 */
import { renderEmail } from '../../notify/email';
import { type Dispatch, type LegalChannel, legalCommunication as sendLegal } from '../legal-communications';
import type { OutboxDraft } from '../model';
import type { DisciplineContext } from './context';
import { COMMUNICATION_LABELS, type CommunicationKind, type DisciplineCase } from './model';

/**
 * A legal communication of an act of the case to the employee (L3674-L3676): the courtesy e-mail says
 * nothing of the charge (§2.14).
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
  return sendLegal(
    { ...e, address: e.address ?? `${e.name}, presso la sede di servizio` },
    pk,
    {
      ...spec,
      title: COMMUNICATION_LABELS[spec.kind],
      basis:
        "Comunicazione effettuata tramite posta elettronica certificata ai sensi dell'art. 55-bis, comma 5, del D.Lgs. 165/2001 e dell'art. 6 dell'Allegato H al Regolamento sull'ordinamento degli uffici e dei servizi.",
      whereToRead: 'Può consultare i documenti che la riguardano nella sua area riservata.',
    },
    ctx,
  );
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
