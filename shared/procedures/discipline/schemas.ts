/**
 * The disciplinary case's inputs (disciplinary-mobility-other.md §2.18) as zod schemas: validation,
 * types and the OpenAPI document from one source. Italian messages: officers and employees read them.
 */
import { z } from 'zod';
import { ruleSetRefsFor } from '../../rules';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';
import { optional, text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import { findInfraction, SANCTION_CODES } from './catalogue';
import { LEGAL_CHANNELS } from './model';

const date = legalDate();
const email = (label: string) => z.email({ error: `${label}: indirizzo non valido.` }).max(254);

/**
 * The channel of a legal communication. E-mail is refused with its reason: it is not a legal channel for
 * a disciplinary communication (art. 6 Allegato H, L3674-L3676; art. 55-bis c.5 D.Lgs. 165/2001).
 */
export const channel = z.enum(LEGAL_CHANNELS, {
  error: (issue) =>
    issue.input === undefined
      ? 'Indicare il canale della comunicazione: PEC, consegna a mano, raccomandata A/R o fax.'
      : issue.input === 'EMAIL' || issue.input === 'E-MAIL'
        ? "L'e-mail ordinaria non è un canale legale per le comunicazioni disciplinari: usare PEC, consegna a mano o raccomandata A/R (art. 6 Allegato H, L3674-L3676; art. 55-bis c.5 D.Lgs. 165/2001)."
        : 'Canale non valido: scegliere PEC, consegna a mano, raccomandata A/R o fax.',
});

const sanction = z.strictObject({
  code: z.enum(SANCTION_CODES, { error: 'Sanzione non prevista dalla scala (art. 1 Allegato H).' }),
  quantity: z.int({ error: 'Entità: numero intero.' }).min(1).max(366).optional(),
  unit: z.enum(['HOURS', 'DAYS', 'MONTHS'], { error: 'Unità non valida.' }).optional(),
});

const charge = z.strictObject({
  infractionId: z.string().refine((id) => findInfraction(id) !== undefined, {
    message: 'Infrazione non presente nel codice disciplinare (art. 3 Allegato H): scegliere dal catalogo.',
  }),
  factDate: date,
  factDescription: text(2000, 'Descrizione del fatto'),
});

export const openCaseSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  /** The rule set: the entity's default (D1: national for discipline) unless chosen. */
  ruleSet: optional(
    z.enum(ruleSetRefsFor('discipline') as [string, ...string[]], {
      error: `Regime non valido: ${ruleSetRefsFor('discipline').join(', ')}.`,
    }),
  ),
  employee: z.strictObject({
    userId: text(80, 'Utente del dipendente'),
    name: text(200, 'Nome e cognome'),
    taxCode: z.string().trim().toUpperCase().refine(isValidCodiceFiscale, { message: 'Codice fiscale non valido.' }),
    category: text(40, 'Categoria'),
    profile: text(200, 'Profilo professionale'),
    service: text(200, 'Servizio di assegnazione'),
    isResponsabileServizio: z.boolean().default(false),
    posizione: z.enum(['IN_SERVIZIO', 'COMANDO', 'FUORI_RUOLO']).default('IN_SERVIZIO'),
    pec: optional(email('PEC del dipendente')),
    email: optional(email('E-mail del dipendente')),
    address: optional(text(300, 'Indirizzo')),
  }),
  notizia: z.strictObject({
    source: z.enum(['SEGRETARIO', 'RESP_SERVIZIO', 'AMMINISTRATORE', 'UPD_ALTRIMENTI', 'RPC', 'ALTRO']),
    facts: text(5000, 'Fatti segnalati'),
    firstAcquisitionDate: date,
    authorityKnowledgeDate: date,
    updOtherwiseAcquiredDate: optional(date),
    /** National regime: the head's report reached the UPD on this date (art. 55-bis c.4). */
    reportedToUpdOn: optional(date),
  }),
  charges: z.array(charge).min(1, 'Indicare almeno un addebito.').max(10),
  /** The head intends only a verbal reprimand (PD_V): allowed where the range includes it. */
  verbalOnly: z.boolean().default(false),
});
export type OpenCase = z.infer<typeof openCaseSchema>;

const act = { expectedVersion: version, legalDate: date };

export const transmitSchema = z.strictObject({
  ...act,
  receivedOn: date,
  /** Allegato H: the transmission is communicated to the employee at the same time (L3657). */
  channel: optional(channel),
});

const hearing = z.strictObject({
  date,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Ora non valida (HH:MM).' }),
  place: text(300, "Luogo dell'audizione"),
});

export const contestSchema = z.strictObject({
  ...act,
  addebito: text(5000, 'Addebito (fatti, data, luogo)'),
  normsViolated: text(2000, 'Norme violate'),
  evidence: text(3000, 'Elementi di prova'),
  hearing,
  channel,
  /** Allegato H: every formal act bears the Segretario's visto (art. 7, L3698). */
  visto: optional(z.strictObject({ by: text(200, 'Visto del Segretario'), date })),
});

export const recordDeliverySchema = z.strictObject({
  expectedVersion: version,
  communicationId: text(80, 'Comunicazione'),
  deliveredOn: date,
  evidence: z.strictObject({
    kind: z.enum(['RICEVUTA_FIRMATA', 'CARTOLINA_AR', 'RAPPORTO_FAX'], {
      error: 'Prova di consegna: ricevuta firmata, cartolina A/R o rapporto fax.',
    }),
    reference: text(200, 'Riferimento della prova'),
    document: optional(
      z.strictObject({
        filename: text(200, 'Nome del file'),
        contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png'], {
          error: 'Formato ammesso: PDF, JPEG o PNG.',
        }),
        // ~256 KB of scan once decoded: a signed receipt or a return card.
        base64: z
          .string()
          .max(350_000, 'File troppo grande (massimo 256 KB).')
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Contenuto del file non valido.' }),
      }),
    ),
  }),
});

export const reconveneSchema = z.strictObject({ ...act, hearing, channel });

export const memoriaSchema = z.strictObject({
  expectedVersion: version,
  receivedOn: date,
  channel: text(80, 'Canale di ricezione'),
  summary: text(5000, 'Contenuto della memoria'),
});

export const deferralRequestSchema = z.strictObject({
  expectedVersion: version,
  receivedOn: date,
  reason: text(2000, 'Motivo del grave ed oggettivo impedimento'),
});

export const deferralDecisionSchema = z.strictObject({
  ...act,
  granted: z.boolean(),
  newHearingDate: optional(date),
  motivation: text(2000, 'Motivazione'),
  channel,
});

export const hearingRecordSchema = z.strictObject({
  ...act,
  attended: z.boolean(),
  defender: optional(z.strictObject({ type: z.enum(['PROCURATORE', 'SINDACATO']), name: text(200, 'Difensore') })),
  minutes: text(10000, 'Verbale'),
});

export const investigationSchema = z.strictObject({
  ...act,
  type: z.enum(['TESTIMONE', 'DOCUMENTO', 'RICHIESTA_ALTRA_PA']),
  summary: text(3000, 'Sintesi'),
});

export const faxNumberSchema = z.strictObject({
  expectedVersion: version,
  fax: z.string().regex(/^\+?[0-9 ]{6,20}$/, { error: 'Numero di fax non valido.' }),
});

export const openConciliationSchema = z.strictObject({ ...act, ccnlRef: text(300, 'Riferimento al CCNL') });

export const closeConciliationSchema = z.strictObject({
  ...act,
  outcome: z.enum(['POSITIVA', 'NEGATIVA']),
  agreedSanction: optional(sanction),
});

export const criminalSuspensionSchema = z.strictObject({
  ...act,
  proceedingRef: text(200, 'Procedimento penale'),
  complexity: text(3000, "Motivazione: particolare complessità dell'accertamento"),
  insufficientElements: text(3000, 'Motivazione: elementi insufficienti per la sanzione'),
});

export const judgmentSchema = z.strictObject({
  expectedVersion: version,
  communicatedOn: date,
  outcome: text(500, 'Esito della sentenza'),
  irrevocableOn: optional(date),
});

export const cautionarySuspensionSchema = z.strictObject({
  ...act,
  type: z.enum(['DETENZIONE', 'RINVIO_A_GIUDIZIO', 'PROROGA', 'REATI_OBBLIGATORI', 'L97_2001', 'INTERDIZIONE']),
  start: date,
  basis: text(500, 'Fondamento'),
});

export const transferSchema = z.strictObject({
  ...act,
  administration: text(300, 'Amministrazione di destinazione'),
});

export const cessationSchema = z.strictObject({ ...act, reason: text(500, 'Causa della cessazione') });

const criteria = z.strictObject({
  a: text(2000, 'Criterio a) intenzionalità, negligenza'),
  b: text(2000, 'Criterio b) rilevanza degli obblighi violati'),
  c: text(2000, 'Criterio c) responsabilità della posizione'),
  d: text(2000, 'Criterio d) danno o pericolo'),
  e: text(2000, 'Criterio e) circostanze aggravanti o attenuanti'),
  f: text(2000, 'Criterio f) concorso di più lavoratori'),
});

export const decisionSchema = z.strictObject({
  ...act,
  outcome: z.enum(['ARCHIVIAZIONE', 'SANZIONE']),
  sanction: optional(sanction),
  criteria,
  motivation: text(10000, 'Motivazione'),
  membersPresent: z.array(text(80, 'Componente')).max(10).optional(),
  channel,
});

export const sealSchema = z.strictObject({ ...act });

export const inspectorateSchema = z.strictObject({
  ...act,
  /** Which act was communicated: the start (contestation) or the conclusion (art. 55-bis c.4). */
  act: z.enum(['AVVIO', 'CONCLUSIONE'], { error: 'Atto comunicato: AVVIO o CONCLUSIONE.' }).default('CONCLUSIONE'),
  reference: text(200, 'Riferimento della comunicazione'),
});

export const ACQUITTAL_FORMULAS = [
  'FATTO_NON_SUSSISTE',
  'NON_COSTITUISCE_ILLECITO_PENALE',
  'NON_COMMESSO',
  'ALTRA',
] as const;

export const acquittalSchema = z.strictObject({
  expectedVersion: version,
  irrevocableOn: date,
  formula: z.enum(ACQUITTAL_FORMULAS, { error: 'Formula di assoluzione non valida.' }),
});

export const reopeningRequestSchema = z.strictObject({ expectedVersion: version, filedOn: date });

export const motivatedActSchema = z.strictObject({ ...act, motivation: text(3000, 'Motivazione') });

export const requalifySchema = z.strictObject({
  ...act,
  receivedOn: date,
  charges: z.array(charge).min(1).max(10),
  motivation: text(3000, 'Motivazione'),
  /** The transmission to the UPD is communicated to the employee at the same time (L3657). */
  channel,
});

export { pecReceiptSchema } from '../legal-communications';
