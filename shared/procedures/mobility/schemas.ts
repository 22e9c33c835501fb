/** Mobility inputs as zod schemas, with Italian messages (recruitment.md §8; spec §5). */
import { z } from 'zod';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';
import { optional, text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import { noticeChannel } from '../contract/schemas';

const date = legalDate();
const category = z.enum(['A', 'B1', 'B3', 'C', 'D1', 'D3'], { error: 'Categoria non valida.' });

export const outgoingRequestSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  /** The employee filing, or the one HR files for (the staff register must know them). */
  employeeUserId: optional(text(80, 'Dipendente')),
  destination: text(300, 'Ente di destinazione'),
  /** V-MOB-03: the request is motivated (art. 74 c.2, L1263). */
  reasons: text(3000, 'Motivazione della richiesta'),
  requestedOn: date,
});

export const incomingNoticeSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  post: z.strictObject({
    kind: z.enum(['D3_TECNICO', 'D1_AMM_CONT', 'D1_VIGILANZA', 'C_AMM'], {
      error: 'Posto non previsto dall’art. 107bis.',
    }),
    category,
    profile: text(200, 'Profilo professionale'),
    service: text(200, 'Servizio'),
    workplace: text(300, 'Sede di lavoro'),
  }),
  notice: z.strictObject({ act: text(200, "Atto di approvazione dell'avviso"), publishedOn: date }),
});

export const internalRequestSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  mode: z.enum(['RICHIESTA', 'UFFICIO']),
  employeeUserId: optional(text(80, 'Dipendente')),
  to: z.strictObject({
    service: text(200, 'Servizio di destinazione'),
    category,
    profile: text(200, 'Profilo professionale'),
  }),
  reasons: text(3000, 'Motivazione'),
  requestedOn: date,
  temporary: optional(z.strictObject({ endDate: date })),
});

const act = { expectedVersion: version, legalDate: date };

export const opinionSchema = z.strictObject({
  ...act,
  favourable: z.boolean(),
  conditional: z.boolean().default(false),
  text: text(3000, 'Testo del parere'),
});

export const giuntaDerogationSchema = z.strictObject({
  ...act,
  act: text(200, 'Deliberazione della Giunta'),
  concorsoException: optional(z.enum(['POSTO_RICOPRIBILE', 'INTERSCAMBIO', 'GRADUATORIA_VALIDA'])),
});

export const giuntaOpinionSchema = z.strictObject({
  ...act,
  act: text(200, 'Deliberazione della Giunta'),
  favourable: z.boolean(),
});

export const decisionSchema = z.strictObject({
  ...act,
  outcome: z.enum(['AUTORIZZATA', 'RESPINTA', 'DISPOSTA']),
  motivation: text(3000, 'Motivazione'),
  analogousProfileMotivation: optional(text(2000, 'Motivazione dell’analogia del profilo')),
});

export const transferDateSchema = z.strictObject({ ...act, transferDate: date });
export const cessationSchema = z.strictObject({ ...act });

export const applicationSchema = z.strictObject({
  expectedVersion: version,
  name: text(200, 'Nome e cognome'),
  taxCode: z.string().trim().toUpperCase().refine(isValidCodiceFiscale, { message: 'Codice fiscale non valido.' }),
  administration: text(300, 'Amministrazione di appartenenza'),
  category,
  hasStudyTitle: z.boolean(),
  seniorityYears: z.number().min(0).max(50),
  sameArea: z.boolean(),
  receivedOn: date,
  email: optional(z.email({ error: 'E-mail non valida.' })),
  pec: optional(z.email({ error: 'PEC non valida.' })),
});

const person = z.strictObject({
  id: text(80, 'Identificativo'),
  name: text(200, 'Nome'),
  politicalOrUnionOffice: z.boolean().optional(),
});

export const boardSchema = z.strictObject({
  ...act,
  segretario: person,
  respRu: person,
  hiringServiceHead: person.optional(),
  externalExpert: person
    .extend({
      administration: text(300, 'Amministrazione'),
      otherAdministration: z.boolean(),
      serviceHeadSameArea: z.boolean(),
      cost: z.number().min(0),
    })
    .optional(),
  relatedAreaHead: person.extend({ relatedAreaServiceHead: z.boolean() }).optional(),
  minuteSecretary: person.extend({ hrIstruttoreAmministrativo: z.boolean() }).optional(),
});

export const evaluationSchema = z.strictObject({
  ...act,
  scores: z
    .array(
      z.strictObject({
        applicationId: text(80, 'Domanda'),
        cv: z.number().min(0).max(100),
        interview: z.number().min(0).max(100),
      }),
    )
    .min(1),
});

export const consentSchema = z.strictObject({ ...act, granted: z.boolean(), act: text(300, 'Atto di assenso') });

/** Why an incoming mobility ends without a hire: what makes it a completed attempt (art. 30 c.2-bis). */
export const NEGATIVE_OUTCOMES = {
  NESSUNA_DOMANDA: "Nessuna domanda pervenuta entro il termine dell'avviso",
  NESSUN_IDONEO: 'Nessun candidato ammesso o ritenuto idoneo dalla commissione',
  ASSENSO_NEGATO: "Assenso negato dall'amministrazione di appartenenza",
} as const;

export const negativeOutcomeSchema = z.strictObject({
  ...act,
  act: text(300, 'Atto che chiude la procedura'),
  reason: z.enum(Object.keys(NEGATIVE_OUTCOMES) as [keyof typeof NEGATIVE_OUTCOMES], {
    error: 'Esito: nessuna domanda, nessun idoneo o assenso negato.',
  }),
  motivation: text(2000, 'Motivazione').optional(),
});

export const communicationSchema = z.strictObject({
  ...act,
  recipient: z.enum(['DIPENDENTE', 'SINDACO', 'GIUNTA', 'OOSS'], {
    error: 'Destinatario: dipendente, Sindaco, Giunta o organizzazioni sindacali.',
  }),
  reference: text(200, 'Riferimento della comunicazione'),
});

export const executeSchema = z.strictObject({ ...act, effectiveDate: date });

export const handOffSchema = z.strictObject({
  expectedVersion: version,
  appointment: z.strictObject({ number: text(40, "Numero dell'atto"), date }),
  channel: noticeChannel,
});

const recordedAct = z.strictObject({ act: text(200, 'Atto'), date });

/** Taking on staff seconded to the Comune (art. 80 c.2 f, L1330): one year, interest, both consents. */
export const secondedSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  person: z.strictObject({
    name: text(200, 'Nome e cognome'),
    taxCode: z.string().trim().toUpperCase().refine(isValidCodiceFiscale, { message: 'Codice fiscale non valido.' }),
    administration: text(300, 'Amministrazione di appartenenza'),
    email: optional(z.email({ error: 'E-mail non valida.' })),
    pec: optional(z.email({ error: 'PEC non valida.' })),
  }),
  post: z.strictObject({
    category,
    profile: text(200, 'Profilo professionale'),
    service: text(200, 'Servizio'),
    workplace: text(300, 'Sede di lavoro'),
  }),
  secondmentStart: date,
  interest: text(3000, "Interesse dell'Amministrazione"),
  consents: z.strictObject({ employee: recordedAct, homeAdministration: recordedAct }),
  decision: recordedAct,
});
