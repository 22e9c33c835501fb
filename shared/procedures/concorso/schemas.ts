/**
 * The concorso's inputs as zod schemas: the one source for validation, TypeScript types and the
 * OpenAPI document. Field names follow spec/recruitment.md §3.6 (ROUS art. 82 c.1, L1365–L1399; art. 83,
 * L1405–L1423); messages are Italian because candidates and HR staff read them.
 */
import { z } from 'zod';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';
import { optional, text } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import { attachmentSchema } from './attachments';
import { priorMobilitySchema } from './prior-mobility';

export const isoDate = legalDate();
// Bounded so a whole bando stays well inside what one state-machine execution may carry (256 KB).
const textList = (label: string) => z.array(text(500, label)).max(20);

export const CATEGORIES = ['A', 'B1', 'B3', 'C', 'D1', 'D3'] as const;
export const SUBMISSION_METHODS = ['ONLINE', 'RACCOMANDATA_AR', 'PEC', 'HAND'] as const;

export const createConcorsoSchema = z.strictObject({
  entityId: text(40, 'Ente'),
  title: text(300, 'Oggetto'),
  competitionType: z.enum(['PER_ESAMI', 'PER_TITOLI_ED_ESAMI'], { error: 'Tipo di concorso non valido.' }),
  // Provvedimento di indizione (art. 81 c.1, L1341): the determinazione that adopts the bando.
  indizione: z.strictObject({ number: text(40, 'Numero della determinazione'), date: isoDate }),
  posts: z
    .array(
      z.strictObject({
        count: z.int({ error: 'Numero di posti: intero obbligatorio.' }).min(1).max(500),
        category: z.enum(CATEGORIES, { error: 'Categoria non valida.' }),
        profile: text(200, 'Profilo professionale'),
        pay: text(300, 'Trattamento economico'),
      }),
    )
    .min(1, 'Indicare almeno un posto.')
    .max(20),
  partTimeConvertible: z.boolean(),
  reservedPercentages: z
    .array(z.strictObject({ category: text(200, 'Categoria riservataria'), percentage: z.number().min(0).max(100) }))
    .max(10)
    .default([]),
  requirements: z.strictObject({
    general: textList('Requisito generale').min(1, 'Indicare i requisiti generali.'),
    specific: textList('Requisito specifico').default([]),
    ageLimit: z
      .strictObject({ maxAge: z.int().min(18).max(70), motivation: text(1000, 'Motivazione del limite di età') })
      .optional(),
  }),
  blindnessImpediment: z.boolean(),
  submissionMethods: z.array(z.enum(SUBMISSION_METHODS)).min(1, 'Indicare almeno una modalità di presentazione.'),
  requiredDeclarations: textList('Dichiarazione').default([]),
  requiredAttachments: textList('Allegato').default([]),
  writtenOralSubjects: textList('Materia').min(1, "Indicare le materie d'esame."),
  oralAdmissionMinScore: z.number().min(0).max(30).default(21),
  /**
   * Reserves the bando sets besides the military volunteers' 30% (art. 112, always applied): persons with
   * disabilities (L. 68/1999; seats from the annual plan, art. 111 c.3) and internal staff (at most 50%,
   * art. 80 c.4). By percentage of the posts or by seats, not both.
   */
  reserves: z
    .array(
      z
        .strictObject({
          kind: z.enum(['DISABLED_L68', 'INTERNAL_STAFF'], { error: 'Riserva non prevista.' }),
          percentage: z.number().min(0).max(100).optional(),
          seats: z.int().min(0).max(500).optional(),
          carriedIn: z.number().min(0).max(0.9999).optional(),
        })
        .refine((r) => (r.percentage === undefined) !== (r.seats === undefined), {
          message: 'Indicare la percentuale oppure i posti riservati.',
          path: ['percentage'],
        })
        .refine((r) => r.kind !== 'INTERNAL_STAFF' || (r.percentage ?? 0) <= 50, {
          message: 'La riserva per il personale interno non può superare il 50% dei posti (art. 80 c.4).',
          path: ['percentage'],
        }),
    )
    .max(2)
    .default([]),
  /** "Le prove … se previsto nel bando, possono essere svolte nella medesima giornata" (art. 91 c.3, L1501). */
  sameDayTests: z.boolean().default(false),
  preselectionThreshold: z.int().min(1).optional(),
  applicationFee: z.number().min(0).max(1000).default(10.33),
  responsibleOfficer: z.strictObject({ name: text(200, 'Responsabile del procedimento'), email: z.email() }),
});

export type CreateConcorso = z.infer<typeof createConcorsoSchema>;

/**
 * The creation request: the bando, plus two things that are not part of it — the rule set to pin when
 * the entity's default is not wanted (D1), and the mobility attempt (or its exemption) a rule set with
 * the art. 30 c.2-bis precondition asks for (./prior-mobility).
 */
export const createConcorsoRequestSchema = createConcorsoSchema.extend({
  ruleSet: z.string().max(40).optional(),
  priorMobility: priorMobilitySchema.optional(),
});

/**
 * Amendment of a published bando (art. 82 c.2, L1400): the act, what it changes, and a summary for the
 * record. The entity and the indizione are not amendable: a different act is a different procedure.
 */
export const amendBandoSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  act: z.strictObject({ number: text(40, "Numero dell'atto di modifica"), date: isoDate }),
  summary: text(1000, 'Sintesi della modifica'),
  changes: z
    .strictObject(amendableFields())
    .refine((c) => Object.keys(c).length > 0, { message: 'Indicare almeno un elemento del bando modificato.' }),
});

/** The bando's fields, each optional and without its creation default: an amendment names only what changes. */
function amendableFields() {
  const { entityId: _e, indizione: _i, title: _t, ...fields } = createConcorsoSchema.shape;
  return Object.fromEntries(
    Object.entries(fields).map(([k, f]) => [k, (f instanceof z.ZodDefault ? f.unwrap() : f).optional()]),
  ) as unknown as { [K in keyof typeof fields]: z.ZodOptional<z.ZodType<z.output<(typeof fields)[K]>>> };
}
export type AmendBando = z.infer<typeof amendBandoSchema>;

/** Reopening of the terms (art. 87 c.1): the act, its publication (the new term's start), an optional length. */
export const reopenTermsSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  act: z.strictObject({ number: text(40, "Numero dell'atto di riapertura"), date: isoDate }),
  publicationDate: isoDate,
  days: z.int().min(1).max(120).optional(),
});
export type ReopenTerms = z.infer<typeof reopenTermsSchema>;

/** Excluded and reserved entries live on the procedure's item (400 KB): this bounds it with room to spare. */
export const MAX_ADMISSION_ENTRIES = 300;

const exclusionEntry = z.strictObject({
  applicationId: text(80, 'Domanda'),
  reason: text(500, 'Motivo'),
});

/**
 * The admission determination (art. 88 c.1-2, L1471-L1473): the minutes of the bando's diffusion, then the
 * applications excluded (with the reason) and admitted with reserve; every other application is admitted.
 */
export const determineAdmissionSchema = z
  .strictObject({
    expectedVersion: z.int().min(1),
    act: z.strictObject({ number: text(40, 'Numero della determinazione'), date: isoDate }),
    diffusionMinutes: z.strictObject({ number: text(40, 'Numero del verbale'), date: isoDate }),
    excluded: z.array(exclusionEntry).max(MAX_ADMISSION_ENTRIES).default([]),
    withReserve: z.array(exclusionEntry).max(MAX_ADMISSION_ENTRIES).default([]),
  })
  .superRefine((b, ctx) => {
    const ids = [...b.excluded, ...b.withReserve].map((e) => e.applicationId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['excluded'], message: 'Una domanda compare più volte.' });
    }
    if (ids.length > MAX_ADMISSION_ENTRIES) {
      ctx.addIssue({
        code: 'custom',
        path: ['excluded'],
        message: `Al più ${MAX_ADMISSION_ENTRIES} domande escluse o ammesse con riserva per determinazione.`,
      });
    }
  });
export type DetermineAdmission = z.infer<typeof determineAdmissionSchema>;

/** The exclusion letters by raccomandata A/R posted (T9: within 10 days of the determination, L1473). */
export const exclusionsPostedSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  postedOn: isoDate,
  reference: text(200, 'Riferimento della spedizione'),
});

/** A due publication made: where (the page's URL) and when (the register, P-02). */
export const publicationSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  dutyId: z.enum(
    ['BANDO', 'DIARIO_PROVE', 'TRACCE_SCRITTE', 'ESITO_TITOLI', 'AMMESSI_ORALE', 'ESITI_ORALE', 'GRADUATORIA'],
    {
      error: 'Pubblicazione non prevista.',
    },
  ),
  publishedOn: isoDate,
  url: z.url({ protocol: /^https?$/, error: 'Indirizzo della pagina pubblicata non valido.' }).max(500),
});

/** Revocation of the bando "per ragioni di interesse pubblico" (art. 87 c.2, L1467). */
export const revokeBandoSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  act: z.strictObject({ number: text(40, "Numero dell'atto di revoca"), date: isoDate }),
  reasons: text(3000, 'Ragioni di interesse pubblico'),
});
export type RevokeBando = z.infer<typeof revokeBandoSchema>;

export const publishGuriSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  guriPublicationDate: isoDate,
  guriReference: text(200, 'Estremi della Gazzetta Ufficiale'),
  alboPublicationDate: isoDate.optional(),
});
export type PublishGuri = z.infer<typeof publishGuriSchema>;

export const taxCode = z
  .string({ error: 'Codice fiscale obbligatorio.' })
  .trim()
  .toUpperCase()
  .refine((v) => isValidCodiceFiscale(v), 'Codice fiscale non valido.');

const address = z.strictObject({
  street: text(200, 'Indirizzo'),
  postalCode: z.string().regex(/^\d{5}$/, 'CAP non valido.'),
  municipality: text(100, 'Comune'),
  province: z.string().regex(/^[A-Z]{2}$/, 'Sigla della provincia non valida.'),
});

/** The domanda (art. 83 c.1 a–b, c). `truthfulnessDeclared` stands for the signed self-declaration (D.P.R. 445/2000). */
export const applicationFields = {
  firstName: text(100, 'Nome'),
  lastName: text(100, 'Cognome'),
  taxCode,
  birthDate: isoDate,
  birthPlace: text(100, 'Luogo di nascita'),
  citizenship: z.enum(['IT', 'EU', 'EQUIPARATO'], { error: 'Cittadinanza non valida.' }),
  email: z.email({ error: 'Indirizzo e-mail non valido.' }),
  pec: optional(z.email({ error: 'Indirizzo PEC non valido.' })),
  phone: optional(z.string().regex(/^\+?[0-9 ]{6,20}$/, 'Numero di telefono non valido.')),
  electoralListMunicipality: optional(text(100, 'Comune di iscrizione nelle liste elettorali')),
  notEnrolledReason: optional(text(500, 'Motivo della non iscrizione')),
  criminalConvictions: z.string().max(2000).default(''),
  pendingProceedings: z.string().max(2000).default(''),
  notDismissedFromPA: z.literal(true, { error: 'Occorre dichiarare di non essere stati destituiti da una PA.' }),
  studyTitle: z.strictObject({
    name: text(200, 'Titolo di studio'),
    institution: text(200, 'Istituto'),
    obtainedOn: isoDate,
  }),
  militaryObligations: optional(z.string().max(200)),
  preferenceTitles: textList('Titolo di preferenza').default([]),
  disabilityAids: optional(z.string().max(1000)),
  residence: address,
  contactAddress: address.optional(),
  commitsToReportChanges: z.literal(true, { error: "Occorre impegnarsi a comunicare le variazioni dell'indirizzo." }),
  truthfulnessDeclared: z.literal(true, { error: 'Occorre sottoscrivere la dichiarazione (D.P.R. 445/2000).' }),
  /** The signed list of the attachments (art. 84 c.1, L1433): what each is and in what form. */
  attachments: z.array(attachmentSchema).max(30).default([]),
};

function applicationRefinements<
  T extends { electoralListMunicipality?: string; notEnrolledReason?: string; birthDate: string },
>(schema: z.ZodType<T>) {
  return schema.superRefine((a, ctx) => {
    if (!a.electoralListMunicipality && !a.notEnrolledReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['electoralListMunicipality'],
        message: 'Indicare il comune di iscrizione nelle liste elettorali o il motivo della non iscrizione.',
      });
    }
  });
}

export const applicationSchema = applicationRefinements(z.strictObject(applicationFields));
export type ApplicationInput = z.infer<typeof applicationSchema>;

/** A paper domanda registered by HR (art. 85 c.2–3, L1443–L1447). */
export const paperApplicationSchema = applicationRefinements(
  z.strictObject({
    ...applicationFields,
    channel: z.enum(['RACCOMANDATA_AR', 'PEC', 'HAND'], { error: 'Canale non valido.' }),
    // The postmark of the accepting post office proves the sending date (art. 85 c.3, L1447).
    sentDate: isoDate,
    receivedDate: isoDate,
    protocolReference: optional(text(60, 'Numero di protocollo in arrivo')),
  }),
).superRefine((a, ctx) => {
  if (a.sentDate > a.receivedDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['sentDate'],
      message: 'La data di spedizione non può seguire la data di ricezione.',
    });
  }
});
export type PaperApplicationInput = z.infer<typeof paperApplicationSchema>;

/** A candidate asks where their application stands: their protocol number and tax code, both. */
export const ownStatusSchema = z.strictObject({
  protocolNumber: text(40, 'Numero di protocollo'),
  taxCode,
});

/** The board's motivated report on a concorso past its six months (art. 90 c.3; T10). */
export const delayReportSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  date: isoDate,
  motivation: text(4000, 'Motivazione del ritardo'),
  /** Every component of the board (collegialmente), by their board id. */
  signedBy: z.array(text(80, 'Componente')).min(1, 'Indicare chi ha sottoscritto la relazione.').max(12),
  sentToSindacoOn: isoDate,
});
export type DelayReportInput = z.infer<typeof delayReportSchema>;
