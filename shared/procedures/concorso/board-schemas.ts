/**
 * The examination board's acts as zod schemas (recruitment.md §12; commission.ts holds the rules):
 * its appointment with every member's qualifications, each declaration, a member's replacement.
 */
import { z } from 'zod';
import { optional, text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import { CATEGORIES } from './schemas';

export const SEATS = [
  'RESP_HR',
  'SEGRETARIO_COMUNALE',
  'RESP_SERVIZIO_INTERESSATO',
  'SOSTITUTO_RESP_SERVIZIO',
  'ESPERTO_PA',
  'RESP_ALTRO_SERVIZIO',
  'ESPERTO_ALBO',
  'MEMBRO_AGGIUNTO',
  'SEGRETARIO',
] as const;

export const boardMemberSchema = z.strictObject({
  id: text(80, 'Identificativo della persona'),
  name: text(200, 'Nome e cognome'),
  gender: z.enum(['F', 'M'], { error: 'Genere: F o M.' }),
  seat: z.enum(SEATS, { error: 'Ruolo nella commissione non valido.' }),
  employer: z.enum(['COMUNE', 'ALTRA_PA', 'ESTERNO'], { error: 'Datore di lavoro non valido.' }),
  employerName: optional(text(200, 'Amministrazione o datore di lavoro')),
  permanent: z.boolean().optional(),
  inquadramento: z.enum([...CATEGORIES, 'DIRIGENTE'], { error: 'Inquadramento non valido.' }).optional(),
  area: optional(text(200, 'Area')),
  headOfService: optional(text(200, 'Servizio diretto')),
  expertise: optional(text(500, 'Competenza')),
  selectedOnCv: z.boolean().optional(),
  designatedBy: z.enum(['GIUNTA', 'RESP_HR', 'SEGRETARIO_GENERALE'], { error: 'Designazione non valida.' }).optional(),
  fromAlboEsperti: z.boolean().optional(),
  addedFor: optional(text(200, 'Materia del membro aggiunto')),
  excludedOffice: z
    .enum([
      'AMMINISTRATORE_COMUNALE',
      'CARICA_POLITICA',
      'RAPPRESENTANTE_SINDACALE',
      'DESIGNATO_SINDACATI_ASSOCIAZIONI',
    ])
    .optional(),
  duringWorkingHours: z.boolean().optional(),
  /** The member's account, when they act in the system themselves (their own marks). */
  userId: z.string().trim().min(1).max(80).optional(),
});
export type BoardMemberInput = z.infer<typeof boardMemberSchema>;

const act = z.strictObject({ number: text(60, "Numero dell'atto"), date: legalDate() });

export const appointBoardSchema = z
  .strictObject({
    expectedVersion: version,
    appointedBy: z.enum(['GIUNTA', 'RESP_HR'], { error: 'Organo che nomina: Giunta o Responsabile RU.' }),
    act,
    /** The post's organisational area: the expert must come from it (art. 119 c.2). */
    postArea: text(200, 'Area del posto'),
    /** Who heads HR and who heads the hiring service: the seats depend on whether they coincide. */
    respHrId: text(80, 'Responsabile del Servizio Risorse Umane'),
    hiringServiceHeadId: text(80, "Responsabile del Servizio interessato all'assunzione"),
    members: z.array(boardMemberSchema).min(1, 'Indicare i componenti.').max(12),
    genderException: z
      .strictObject({ motivation: text(2000, 'Motivazione'), act: optional(text(60, 'Atto')) })
      .optional(),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: 'Persona ripetuta.' });
      seen.add(m.id);
    });
  });
export type AppointBoard = z.infer<typeof appointBoardSchema>;

export const boardDeclarationSchema = z.strictObject({
  expectedVersion: version,
  memberId: text(80, 'Componente'),
  kind: z.enum(['CONDANNE_PENALI', 'INCOMPATIBILITA', 'RAPPORTI_AMMINISTRATORI', 'CONFLITTO_CANDIDATI'], {
    error: 'Tipo di dichiarazione non valido.',
  }),
  date: legalDate(),
  outcome: z.enum(['INSUSSISTENZA', 'SUSSISTENZA'], { error: 'Esito: insussistenza o sussistenza.' }),
  /** SUSSISTENZA of a conflict: the candidates it concerns (by application). */
  conflictApplicationIds: z.array(text(80, 'Domanda')).max(50).optional(),
});
export type BoardDeclarationInput = z.infer<typeof boardDeclarationSchema>;

export const replaceBoardMemberSchema = z.strictObject({
  expectedVersion: version,
  memberId: text(80, 'Componente sostituito'),
  replacement: boardMemberSchema,
  reason: z.strictObject({
    cause: z.enum(['CONDANNA', 'CONFLITTO_INTERESSI', 'INCOMPATIBILITA', 'DIMISSIONI', 'DECADENZA', 'IMPEDIMENTO'], {
      error: 'Causa della sostituzione non valida.',
    }),
    text: text(2000, 'Motivazione'),
    date: legalDate(),
    act: optional(text(60, 'Atto di sostituzione')),
    sessionsAttended: z.int().min(0).max(500).optional(),
  }),
});
export type ReplaceBoardMember = z.infer<typeof replaceBoardMemberSchema>;

/** The exam calendar (art. 91): the board's first act, published on one date and sent to the admitted. */
export const examCalendarSchema = z.strictObject({
  expectedVersion: version,
  /** The minutes of the board's session that fixed it. */
  minutes: z.strictObject({ number: text(60, 'Numero del verbale'), date: legalDate() }),
  /** When the calendar is published (albo, website) and sent: the notice runs from it. */
  publishedOn: legalDate(),
  exams: z
    .array(
      z.strictObject({
        kind: z.enum(['PRESELECTION', 'WRITTEN', 'PRACTICAL', 'PSYCHOPHYSICAL', 'ORAL'], {
          error: 'Tipo di prova non valido.',
        }),
        date: legalDate(),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ora: nel formato HH:MM.'),
        place: text(300, 'Luogo della prova'),
      }),
    )
    .min(1, 'Indicare almeno una prova.')
    .max(8),
});
export type ExamCalendarInput = z.infer<typeof examCalendarSchema>;
