/** The contract formation's inputs (recruitment.md §9) as zod schemas, with Italian messages. */
import { z } from 'zod';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';
import { optional, text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import { LEGAL_CHANNELS } from '../legal-communications';

const date = legalDate();

/** The channel of the appointment notice: one with proof of receipt, since the 30 days run from receipt (L1798). */
export const noticeChannel = z.enum(
  LEGAL_CHANNELS.filter((c) => c !== 'FAX') as ['PEC', 'CONSEGNA_A_MANO', 'RACCOMANDATA_AR'],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Indicare il canale della comunicazione di nomina.'
        : 'Canale non valido: la nomina si comunica con prova di ricezione (PEC, consegna a mano, raccomandata A/R), perché i trenta giorni decorrono dal ricevimento (art. 108 c.2, L1798).',
  },
);

const appointee = z.strictObject({
  name: text(200, 'Nome e cognome'),
  taxCode: z.string().trim().toUpperCase().refine(isValidCodiceFiscale, { message: 'Codice fiscale non valido.' }),
  email: optional(z.email({ error: 'E-mail non valida.' })),
  pec: optional(z.email({ error: 'PEC non valida.' })),
  address: optional(text(300, 'Indirizzo')),
  userId: optional(text(80, 'Utente')),
});

const act = z.strictObject({ number: text(40, "Numero dell'atto"), date });

export const appointSchema = z
  .strictObject({
    entityId: text(40, 'Ente'),
    source: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('GRADUATORIA'),
        graduatoriaId: text(80, 'Graduatoria'),
        position: z.int().min(1),
      }),
      z.strictObject({ kind: z.literal('MOBILITA'), procedureId: text(80, 'Procedura di mobilità') }),
      z.strictObject({ kind: z.literal('HR'), description: text(500, 'Motivo') }),
    ]),
    /** From the graduatoria when the source is one; otherwise required. */
    appointee: appointee.optional(),
    post: z
      .strictObject({
        category: z.enum(['A', 'B1', 'B3', 'C', 'D1', 'D3'], { error: 'Categoria non valida.' }),
        profile: text(200, 'Profilo professionale'),
        service: text(200, 'Servizio'),
        workplace: text(300, 'Sede di lavoro'),
      })
      .optional(),
    appointment: act,
    channel: noticeChannel,
    /** The appointee holds another public post or an incompatible job (art. 108 c.3, L1799). */
    incompatibility: optional(z.strictObject({ currentEmployer: text(300, 'Datore di lavoro attuale') })),
  })
  .superRefine((b, ctx) => {
    if (b.source.kind !== 'GRADUATORIA' && !b.appointee) {
      ctx.addIssue({ code: 'custom', path: ['appointee'], message: 'Indicare il nominato.' });
    }
    if (b.source.kind !== 'GRADUATORIA' && !b.post) {
      ctx.addIssue({ code: 'custom', path: ['post'], message: 'Indicare il posto.' });
    }
  });
export type AppointInput = z.infer<typeof appointSchema>;

/** The evidence of the notice's delivery (hand, A/R card): the 30 days run from it. */
export { manualDeliverySchema as deliverySchema } from '../legal-communications';

export const optionSchema = z.strictObject({
  expectedVersion: version,
  declaredOn: date,
  /** The notice period of the current job, in calendar days: the start moves by it, at most 3 months (L1799). */
  noticeDays: z.int({ error: 'Giorni di preavviso: numero intero.' }).min(0).max(366),
  statement: text(1000, 'Dichiarazione di opzione'),
});

export const medicalRequestSchema = z.strictObject({ expectedVersion: version, legalDate: date });
export const medicalOpinionSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  outcome: z.enum(['IDONEO', 'NON_IDONEO']),
  notifiedOn: date,
});
export const collegialRequestSchema = z.strictObject({ expectedVersion: version, requestedOn: date });
export const collegialOutcomeSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  outcome: z.enum(['IDONEO', 'NON_IDONEO', 'ASSENTE', 'RIFIUTO']),
});

export const documentsSchema = z.strictObject({
  expectedVersion: version,
  presentedOn: date,
  items: z.array(text(300, 'Documento')).min(1, 'Indicare i documenti presentati.').max(30),
});

export const signSchema = z.strictObject({
  expectedVersion: version,
  signedOn: date,
  /** The contract's content: validated against its mandatory elements (art. 110 c.2-3). */
  terms: z.record(z.string(), z.unknown()),
});

export const serviceSchema = z.strictObject({ expectedVersion: version, startOn: date });

export const renounceSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  statement: text(1000, 'Dichiarazione di rinuncia'),
});

export const annulSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  act: text(300, 'Atto di annullamento della procedura'),
});

/** The annulment of the recruitment procedure behind a graduatoria: all its contracts end (art. 110 c.5). */
export const graduatoriaAnnulSchema = z.strictObject({
  legalDate: date,
  act: text(300, 'Atto di annullamento della procedura'),
});

export const probationSuspensionSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  operation: z.enum(['suspend', 'resume']),
  basis: text(500, 'Causa (assenza e norma del CCNL)'),
});

export const probationOpinionRequestSchema = z.strictObject({ expectedVersion: version, legalDate: date });
export const probationOpinionSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  favourable: z.boolean(),
  text: text(3000, 'Parere'),
});
export const probationDecisionSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  outcome: z.enum(['CONFERMATO', 'NON_SUPERATO']),
  motivation: text(3000, 'Motivazione'),
});

export const scorrimentoSchema = z.strictObject({
  expectedVersion: version,
  legalDate: date,
  appointment: act,
  channel: noticeChannel,
});

export { pecReceiptSchema } from '../legal-communications';
