/**
 * The individual employment contract (contratto individuale di lavoro) of contract formation: P7 of
 * spec/recruitment.md §9 and §9.1. Its content is the Stresa ROUS (seed 004_29fc22527282130e.txt):
 * the essential elements of art. 110 c.2 (L1820–L1828), the part-time elements of art. 72 c.1
 * (L1227–L1233) that art. 110 c.3 (L1830) adds, the signatory of c.4 (L1832), the clauses of c.5
 * (L1834) and the "new contract for every change" of c.6 (L1836). The anticorruption clauses every
 * hiring contract carries come from the plans read in spec/anticorruption-massa-carrara.md §1.E, §1.G
 * and spec/piao-lucca-nuxis.md §1.4 (R-ASS-01…03), with the statute they restate.
 *
 * Pure: no I/O, no clock. The document is rendered from one block structure into HTML and plain text,
 * so the two can never say different things.
 */
import { z } from 'zod';
import type { Citation } from '../../calendar/terms';
import type { Category } from '../../entities/staff';
import { italianDate } from '../../notify/email';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';

const SEED = '004_29fc22527282130e.txt';
const MASSA_PTPC = '000_3067c649771902f9.txt';
const LUCCA_PIAO = '002_0898c035283bb879.txt';
const NUXIS_PIAO = '003_4bd16557d3c21ee9.txt';
const LAW_165 = 'D.Lgs. 165/2001';
const CCNL = 'CCNL Funzioni Locali 16.11.2022';
/** The regulation the seed articles belong to, as the document names it. */
const ROUS = "Regolamento sull'ordinamento degli uffici e dei servizi";

// Weekly hours of full time: part-time is anything below it (art. 70 c.2, L1201).
const FULL_TIME_WEEKLY_HOURS = 36;

const seed = (article: string, paragraph: string, lines: string, quote?: string): Citation => ({
  source: 'seed',
  file: SEED,
  article,
  paragraph,
  lines,
  ...(quote ? { quote } : {}),
});

// ---------------------------------------------------------------------------------------------------
// Mandatory elements (art. 110 c.2–c.5; art. 72 c.1)
// ---------------------------------------------------------------------------------------------------

/** Where each element is required, as messages cite it: "art. 110 c.2 lett. b, L1823". */
const REF = {
  a: 'art. 110 c.2 lett. a, L1822',
  b: 'art. 110 c.2 lett. b, L1823',
  c: 'art. 110 c.2 lett. c, L1824',
  d: 'art. 110 c.2 lett. d, L1825',
  e: 'art. 110 c.2 lett. e, L1826',
  f: 'art. 110 c.2 lett. f, L1827',
  g: 'art. 110 c.2 lett. g, L1828',
  pt: 'art. 110 c.3, L1830',
  ptA: "art. 72 c.1 lett. a, L1229, richiamato dall'art. 110 c.3, L1830",
  ptB: "art. 72 c.1 lett. b, L1230, richiamato dall'art. 110 c.3, L1830",
  ptC: "art. 72 c.1 lett. c, L1231, richiamato dall'art. 110 c.3, L1830",
  ptD: "art. 72 c.1 lett. d, L1232, richiamato dall'art. 110 c.3, L1830",
  ptE: "art. 72 c.1 lett. e, L1233, richiamato dall'art. 110 c.3, L1830",
  ptHours: 'art. 70 c.2, L1201; art. 71 c.4, L1211',
  signatory: 'art. 110 c.4, L1832',
  procedure: 'art. 110 c.5, L1834',
} as const;

/** Italian messages, one per missing or inconsistent element, each naming its paragraph and line. */
const MSG = {
  relationshipType: `Manca la tipologia del rapporto di lavoro: tempo indeterminato o determinato, tempo pieno o parziale (${REF.a})`,
  duration: `Tipologia del rapporto di lavoro: indicare tempo indeterminato o tempo determinato (${REF.a})`,
  workingTime: `Tipologia del rapporto di lavoro: indicare tempo pieno o tempo parziale (${REF.a})`,
  startDate: `Manca la data di inizio del rapporto di lavoro (${REF.b})`,
  category: `Manca la categoria di inquadramento professionale (${REF.c})`,
  categoryInvalid: `Categoria di inquadramento non valida: ammesse A, B1, B3, C, D1, D3 (${REF.c})`,
  profile: `Manca il profilo professionale di inquadramento (${REF.c})`,
  initialPayLevel: `Manca il livello retributivo iniziale (${REF.c})`,
  duties: `Mancano le mansioni esigibili (${REF.d})`,
  probation: `Manca la durata del periodo di prova (${REF.e})`,
  probationInvalid: `Durata del periodo di prova non valida: indicare un numero intero di mesi (${REF.e})`,
  workplace: `Manca la sede di destinazione dell'attività lavorativa (${REF.f})`,
  endDateMissing: `Manca il termine finale del contratto a tempo determinato (${REF.g})`,
  endDateNotFixedTerm: `Il termine finale si indica solo nel contratto a tempo determinato (${REF.g})`,
  endDateBeforeStart: `Il termine finale deve essere successivo alla data di inizio del rapporto di lavoro (${REF.g})`,
  partTime: `Mancano o non sono validi gli elementi del contratto a tempo parziale (${REF.pt})`,
  partTimeNotPartTime: `Gli elementi del tempo parziale si indicano solo nel contratto a tempo parziale (${REF.pt})`,
  partTimeType: `Manca la tipologia di tempo parziale: orizzontale, verticale o misto (${REF.ptA})`,
  partTimeHours: `Manca la durata della prestazione lavorativa in ore settimanali (${REF.ptB})`,
  partTimeHoursRange: `Durata della prestazione a tempo parziale non ammessa: almeno il 30% del tempo pieno (10,8 ore) e meno di ${FULL_TIME_WEEKLY_HOURS} ore settimanali (${REF.ptHours})`,
  partTimeHoursOtherWork: `Il tempo parziale finalizzato a un'altra attività di lavoro non può superare il 50% del tempo pieno (18 ore settimanali) (art. 71 c.4, L1211)`,
  partTimeSchedule: `Manca la collocazione della prestazione lavorativa con riferimento al giorno, alla settimana, al mese e all'anno (${REF.ptB})`,
  partTimeScheduleDay: `Manca la collocazione della prestazione lavorativa con riferimento al giorno (${REF.ptB})`,
  partTimeScheduleWeek: `Manca la collocazione della prestazione lavorativa con riferimento alla settimana (${REF.ptB})`,
  partTimeScheduleMonth: `Manca la collocazione della prestazione lavorativa con riferimento al mese (${REF.ptB})`,
  partTimeScheduleYear: `Manca la collocazione della prestazione lavorativa con riferimento all'anno (${REF.ptB})`,
  partTimePay: `Manca la retribuzione rapportata alla durata della prestazione a tempo parziale (${REF.ptC})`,
  partTimeEffectiveDate: `Manca la data di decorrenza del tempo parziale (${REF.ptD})`,
  partTimeEffectiveBeforeStart: `La decorrenza del tempo parziale non può precedere l'inizio del rapporto di lavoro (${REF.ptD})`,
  partTimeEffectiveAfterEnd: `La decorrenza del tempo parziale non può seguire il termine finale del contratto (${REF.ptD})`,
  partTimeForOtherWork: `Indicare se il tempo parziale è finalizzato allo svolgimento di un'altra attività di lavoro subordinato o autonomo (${REF.ptE})`,
  partTimeLimits: `Mancano le limitazioni alla libertà di accettare incarichi professionali in conflitto con gli interessi dell'Ente, richieste per il tempo parziale finalizzato a un'altra attività di lavoro (${REF.ptE})`,
  partTimeLimitsNotDue: `Le limitazioni per l'altra attività di lavoro si indicano solo se il tempo parziale è finalizzato a svolgerla (${REF.ptE})`,
  sourceProcedure: `Manca la procedura di reclutamento che costituisce il presupposto del contratto (${REF.procedure})`,
  sourceProcedureId: `Manca l'identificativo della procedura di reclutamento presupposto del contratto (${REF.procedure})`,
  sourceProcedureKind: `Manca o non è valido il tipo della procedura di reclutamento presupposto del contratto (${REF.procedure})`,
  sourceProcedureTitle: `Manca l'oggetto della procedura di reclutamento presupposto del contratto (${REF.procedure})`,
  signatory: `Manca il sottoscrittore per l'Ente, competente a stipulare il contratto (${REF.signatory})`,
  signatoryName: `Manca il nome del sottoscrittore per l'Ente (${REF.signatory})`,
  signatoryRole: `Il contratto è stipulato per l'Ente dal Responsabile del Servizio gestione risorse umane o da chi lo sostituisce (${REF.signatory})`,
  signatoryOffice: `Manca la denominazione del servizio che cura la gestione delle risorse umane (${REF.signatory})`,
  signatoryAct: `Indicare l'atto che attribuisce la sostituzione del Responsabile del Servizio gestione risorse umane (${REF.signatory})`,
  worker: 'Mancano i dati del/della dipendente (parte del contratto)',
  workerName: 'Mancano nome e cognome del/della dipendente',
  workerTaxCode: 'Manca il codice fiscale del/della dipendente',
  workerTaxCodeInvalid: 'Codice fiscale del/della dipendente non valido',
} as const;

export const CATEGORIES = ['A', 'B1', 'B3', 'C', 'D1', 'D3'] as const satisfies readonly Category[];

/**
 * The CCNL 16.11.2022 area each legacy category falls in (recruitment.md §0.4 [EXT]), as the document
 * names it next to the category.
 */
export const CATEGORY_AREAS: Readonly<Record<Category, string>> = {
  A: 'Area degli Operatori',
  B1: 'Area degli Operatori esperti',
  B3: 'Area degli Operatori esperti',
  C: 'Area degli Istruttori',
  D1: "Area dei Funzionari e dell'Elevata Qualificazione",
  D3: "Area dei Funzionari e dell'Elevata Qualificazione",
};

/**
 * Probation length by category (art. 109 c.3, L1810 defers to the CCNL): 2 months for Operatori and
 * Operatori esperti, 6 for the other areas (recruitment.md §18 [EXT: verify]). Data, not a literal in
 * the check, so a rule-set change is one edit (DECISIONS D1).
 */
export const PROBATION_MONTHS: Readonly<Record<Category, number>> = { A: 2, B1: 2, B3: 2, C: 6, D1: 6, D3: 6 };
export const PROBATION_CITATIONS: readonly Citation[] = [
  seed(
    'art. 109',
    'c. 3',
    'L1810',
    "L'assunzione è comunque soggetta ad un periodo di prova secondo la disciplina prevista dai contratti collettivi nel tempo vigenti.",
  ),
  { source: 'external', law: CCNL, article: 'art. 25', paragraph: 'c. 1' },
];

/**
 * Recruitment procedures a contract can come from (recruitment.md §0.1: P1–P6, P8, P9 end with P7).
 * The id and kind let an annulment of that procedure end the contract (art. 110 c.5, L1834).
 */
export const SOURCE_PROCEDURE_KINDS = {
  concorso: 'concorso pubblico',
  'corso-concorso': 'corso-concorso',
  progressione: 'progressione di carriera',
  avviamento: 'avviamento degli iscritti nelle liste di collocamento',
  mobility: 'mobilità da altra amministrazione',
  'assunzione-obbligatoria': 'assunzione obbligatoria',
  'tempo-determinato': 'selezione per assunzioni a tempo determinato',
} as const;
export type SourceProcedureKind = keyof typeof SOURCE_PROCEDURE_KINDS;

const PART_TIME_TYPES = {
  ORIZZONTALE: 'orizzontale',
  VERTICALE: 'verticale',
  MISTO: 'misto',
} as const;

// ---------------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------------

type Issue = z.core.$ZodRawIssue;
/** The message for an absent value, another for a present but invalid one. */
const either = (missing: string, invalid: string) => (iss: Issue) => (iss.input === undefined ? missing : invalid);

const text = (max: number, missing: string, label: string) =>
  z
    .string({ error: either(missing, `${label}: testo non valido`) })
    .trim()
    .min(1, missing)
    .max(max, `${label}: massimo ${max} caratteri`);

const date = (missing: string, label: string) =>
  z.iso
    .date({ error: either(missing, `${label}: data non valida (formato AAAA-MM-GG)`) })
    .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', `${label}: data fuori dall'intervallo ammesso (1900–2199)`);

/** An optional field left empty in a form arrives as "": it means "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** A strict object: a missing object gets its element's message, unknown keys are named. */
const object = <S extends z.ZodRawShape>(shape: S, missing: string) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `Campi non previsti: ${iss.keys.join(', ')}`
        : iss.input === undefined
          ? missing
          : `${missing}: dati non validi`,
  });

const partTimeSchema = object(
  {
    type: z.enum(Object.keys(PART_TIME_TYPES) as [keyof typeof PART_TIME_TYPES], {
      error: either(MSG.partTimeType, MSG.partTimeType),
    }),
    // Art. 72 c.1 b: duration of the service...
    weeklyHours: z
      .number({ error: either(MSG.partTimeHours, MSG.partTimeHours) })
      .min(FULL_TIME_WEEKLY_HOURS * 0.3, MSG.partTimeHoursRange)
      .lt(FULL_TIME_WEEKLY_HOURS, MSG.partTimeHoursRange),
    // ...and where it falls in the day, week, month and year.
    schedule: object(
      {
        day: text(1000, MSG.partTimeScheduleDay, 'Collocazione giornaliera'),
        week: text(1000, MSG.partTimeScheduleWeek, 'Collocazione settimanale'),
        month: text(1000, MSG.partTimeScheduleMonth, 'Collocazione mensile'),
        year: text(1000, MSG.partTimeScheduleYear, 'Collocazione annuale'),
      },
      MSG.partTimeSchedule,
    ),
    proRataPay: text(1000, MSG.partTimePay, 'Retribuzione a tempo parziale'),
    effectiveDate: date(MSG.partTimeEffectiveDate, 'Decorrenza del tempo parziale'),
    forOtherWork: z.boolean({ error: either(MSG.partTimeForOtherWork, MSG.partTimeForOtherWork) }),
    conflictLimits: optional(text(2000, MSG.partTimeLimits, 'Limitazioni per altra attività')),
  },
  MSG.partTime,
);

/**
 * The contract's content. Field names follow recruitment.md §9.1; `probationMonths` is its
 * `probationLength`, in months. Cross-field rules (end date iff fixed-term, part-time elements iff
 * part-time, probation by category, …) run even when a field is missing, so one call reports every
 * defect at once.
 */
export const contractTermsSchema = object(
  {
    worker: object(
      {
        name: text(200, MSG.workerName, 'Nome e cognome del/della dipendente'),
        taxCode: z
          .string({ error: either(MSG.workerTaxCode, MSG.workerTaxCodeInvalid) })
          .trim()
          .toUpperCase()
          .refine(isValidCodiceFiscale, MSG.workerTaxCodeInvalid),
        birthPlace: optional(text(200, 'Luogo di nascita mancante', 'Luogo di nascita')),
        birthDate: optional(date('Data di nascita mancante', 'Data di nascita')),
        residence: optional(text(300, 'Residenza mancante', 'Residenza')),
      },
      MSG.worker,
    ),
    relationshipType: object(
      {
        duration: z.enum(['TEMPO_INDETERMINATO', 'TEMPO_DETERMINATO'], { error: either(MSG.duration, MSG.duration) }),
        workingTime: z.enum(['TEMPO_PIENO', 'TEMPO_PARZIALE'], { error: either(MSG.workingTime, MSG.workingTime) }),
      },
      MSG.relationshipType,
    ),
    startDate: date(MSG.startDate, 'Data di inizio del rapporto di lavoro'),
    category: z.enum(CATEGORIES, { error: either(MSG.category, MSG.categoryInvalid) }),
    profile: text(200, MSG.profile, 'Profilo professionale'),
    initialPayLevel: text(300, MSG.initialPayLevel, 'Livello retributivo iniziale'),
    duties: text(4000, MSG.duties, 'Mansioni esigibili'),
    probationMonths: z
      .int({ error: either(MSG.probation, MSG.probationInvalid) })
      .min(0, MSG.probationInvalid)
      .max(12),
    workplace: text(500, MSG.workplace, "Sede di destinazione dell'attività lavorativa"),
    endDate: optional(date(MSG.endDateMissing, 'Termine finale')),
    partTime: partTimeSchema.optional(),
    sourceProcedure: object(
      {
        id: text(100, MSG.sourceProcedureId, 'Identificativo della procedura'),
        kind: z.enum(Object.keys(SOURCE_PROCEDURE_KINDS) as [SourceProcedureKind], {
          error: either(MSG.sourceProcedureKind, MSG.sourceProcedureKind),
        }),
        title: text(300, MSG.sourceProcedureTitle, 'Oggetto della procedura'),
        // The act that concluded it (e.g. the determinazione approving the ranking), for the premises.
        concludingAct: optional(
          object(
            {
              type: text(200, "Manca il tipo dell'atto conclusivo della procedura", "Tipo dell'atto conclusivo"),
              number: text(40, "Manca il numero dell'atto conclusivo della procedura", "Numero dell'atto conclusivo"),
              date: date("Manca la data dell'atto conclusivo della procedura", "Data dell'atto conclusivo"),
            },
            "Mancano gli estremi dell'atto conclusivo della procedura",
          ),
        ),
      },
      MSG.sourceProcedure,
    ),
    employerSignatory: object(
      {
        name: text(200, MSG.signatoryName, 'Sottoscrittore per l’Ente'),
        // Art. 110 c.4: the head of the HR service is competent; a substitute signs only by an act.
        role: z.enum(['RESP_HR', 'SOSTITUTO_RESP_HR'], { error: either(MSG.signatoryRole, MSG.signatoryRole) }),
        office: text(200, MSG.signatoryOffice, 'Servizio'),
        substitutionAct: optional(text(300, MSG.signatoryAct, 'Atto di sostituzione')),
      },
      MSG.signatory,
    ),
  },
  'Mancano i dati del contratto individuale di lavoro',
).superRefine(
  (value, ctx) => {
    for (const { path, message } of crossFieldIssues(value)) ctx.addIssue({ code: 'custom', path, message });
  },
  // Run even when a field failed, so every missing element is reported in one pass.
  { when: () => true },
);

export type ContractTerms = z.output<typeof contractTermsSchema>;
export type ContractTermsInput = z.input<typeof contractTermsSchema>;

type Loose = Record<string, unknown>;
const record = (v: unknown): Loose | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isCategory = (v: unknown): v is Category => (CATEGORIES as readonly unknown[]).includes(v);
/** Not given: absent, or left empty in a form (optional fields read "" as absent). */
const absent = (v: unknown) => v === undefined || v === '';

/**
 * The rules that tie fields together. Reads the input loosely (it may be partial or wrong): each rule
 * fires only when the fields it compares are well-formed, the field's own message covering the rest.
 */
function crossFieldIssues(input: unknown): { path: string[]; message: string }[] {
  const t = record(input);
  if (!t) return [];
  const out: { path: string[]; message: string }[] = [];
  const add = (path: string[], message: string) => out.push({ path, message });
  const rel = record(t.relationshipType);
  const start = isDate(t.startDate) ? t.startDate : undefined;
  const end = isDate(t.endDate) ? t.endDate : undefined;

  // Lett. g: the end date belongs to a fixed-term contract, and only to it.
  if (rel?.duration === 'TEMPO_DETERMINATO' && absent(t.endDate)) add(['endDate'], MSG.endDateMissing);
  if (rel?.duration === 'TEMPO_INDETERMINATO' && !absent(t.endDate)) add(['endDate'], MSG.endDateNotFixedTerm);
  if (rel?.duration === 'TEMPO_DETERMINATO' && start && end && end <= start) add(['endDate'], MSG.endDateBeforeStart);

  // Art. 110 c.3: the art. 72 elements belong to a part-time contract, and only to it.
  const pt = record(t.partTime);
  if (rel?.workingTime === 'TEMPO_PIENO' && t.partTime !== undefined) add(['partTime'], MSG.partTimeNotPartTime);
  if (rel?.workingTime === 'TEMPO_PARZIALE' && t.partTime === undefined) {
    add(['partTime', 'type'], MSG.partTimeType);
    add(['partTime', 'weeklyHours'], MSG.partTimeHours);
    add(['partTime', 'schedule'], MSG.partTimeSchedule);
    add(['partTime', 'proRataPay'], MSG.partTimePay);
    add(['partTime', 'effectiveDate'], MSG.partTimeEffectiveDate);
    add(['partTime', 'forOtherWork'], MSG.partTimeForOtherWork);
  }
  if (pt) {
    if (pt.forOtherWork === true && absent(pt.conflictLimits)) add(['partTime', 'conflictLimits'], MSG.partTimeLimits);
    if (pt.forOtherWork === false && !absent(pt.conflictLimits))
      add(['partTime', 'conflictLimits'], MSG.partTimeLimitsNotDue);
    if (pt.forOtherWork === true && typeof pt.weeklyHours === 'number' && pt.weeklyHours > FULL_TIME_WEEKLY_HOURS / 2)
      add(['partTime', 'weeklyHours'], MSG.partTimeHoursOtherWork);
    const effective = isDate(pt.effectiveDate) ? pt.effectiveDate : undefined;
    if (effective && start && effective < start) add(['partTime', 'effectiveDate'], MSG.partTimeEffectiveBeforeStart);
    // Only against an end date that is itself consistent: a wrong one already has its message.
    if (effective && end && rel?.duration === 'TEMPO_DETERMINATO' && (!start || end > start) && effective > end)
      add(['partTime', 'effectiveDate'], MSG.partTimeEffectiveAfterEnd);
  }

  // Lett. e: the probation the CCNL sets for the category.
  if (isCategory(t.category) && Number.isInteger(t.probationMonths)) {
    const due = PROBATION_MONTHS[t.category];
    if (t.probationMonths !== due)
      add(
        ['probationMonths'],
        `Durata del periodo di prova non conforme: per la categoria ${t.category} (${CATEGORY_AREAS[t.category]}) è di ${months(due)}, indicati ${months(t.probationMonths as number)} (${REF.e}; ${CCNL} art. 25)`,
      );
  }

  // C.4: a substitute signs only under the act that makes them one.
  const signatory = record(t.employerSignatory);
  if (signatory?.role === 'SOSTITUTO_RESP_HR' && absent(signatory.substitutionAct))
    add(['employerSignatory', 'substitutionAct'], MSG.signatoryAct);
  return out;
}

export interface ContractIssue {
  /** Dotted path of the field ('partTime.effectiveDate'); '' for the contract as a whole. */
  field: string;
  /** Italian, naming the paragraph and seed line that require the element. */
  message: string;
}

/** Every missing or inconsistent element of the contract; empty when it can be signed. */
export function validateContract(terms: unknown): ContractIssue[] {
  const result = contractTermsSchema.safeParse(terms);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

export class InvalidContractError extends Error {
  constructor(readonly issues: ContractIssue[]) {
    super(`Contratto individuale non completo: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'InvalidContractError';
  }
}

// ---------------------------------------------------------------------------------------------------
// Elements as the document and the version comparison name them
// ---------------------------------------------------------------------------------------------------

export type ContractElementId =
  | 'relationshipType'
  | 'startDate'
  | 'classification'
  | 'duties'
  | 'probation'
  | 'workplace'
  | 'endDate'
  | 'partTimeType'
  | 'partTimeSchedule'
  | 'partTimePay'
  | 'partTimeEffectiveDate'
  | 'partTimeLimits';

export interface ContractElement {
  id: ContractElementId;
  /** Italian, as the seed names it. */
  label: string;
  /** The field paths that make up the element. */
  fields: readonly string[];
  citation: Citation;
}

/** The essential elements (art. 110 c.2 a–g) and the part-time ones (art. 72 c.1 a–e), in order. */
export const CONTRACT_ELEMENTS: readonly ContractElement[] = [
  {
    id: 'relationshipType',
    label: 'tipologia del rapporto di lavoro',
    fields: ['relationshipType'],
    citation: seed('art. 110', 'c. 2, lett. a)', 'L1822', 'tipologia del rapporto di lavoro'),
  },
  {
    id: 'startDate',
    label: 'data di inizio del rapporto di lavoro',
    fields: ['startDate'],
    citation: seed('art. 110', 'c. 2, lett. b)', 'L1823', 'data di inizio del rapporto di lavoro'),
  },
  {
    id: 'classification',
    label: 'categoria di inquadramento professionale e livello retributivo iniziale',
    fields: ['category', 'profile', 'initialPayLevel'],
    citation: seed(
      'art. 110',
      'c. 2, lett. c)',
      'L1824',
      'categoria di inquadramento professionale e livello retributivo iniziale',
    ),
  },
  {
    id: 'duties',
    label: 'mansioni esigibili',
    fields: ['duties'],
    citation: seed('art. 110', 'c. 2, lett. d)', 'L1825', 'mansioni esigibili, anche sinteticamente definite'),
  },
  {
    id: 'probation',
    label: 'durata del periodo di prova',
    fields: ['probationMonths'],
    citation: seed('art. 110', 'c. 2, lett. e)', 'L1826', 'durata del periodo di prova'),
  },
  {
    id: 'workplace',
    label: "sede di destinazione dell'attività lavorativa",
    fields: ['workplace'],
    citation: seed('art. 110', 'c. 2, lett. f)', 'L1827', "sede di destinazione dell'attività lavorativa"),
  },
  {
    id: 'endDate',
    label: 'termine finale del contratto a tempo determinato',
    fields: ['endDate'],
    citation: seed(
      'art. 110',
      'c. 2, lett. g)',
      'L1828',
      'in caso di contratto a tempo determinato, il termine finale',
    ),
  },
  {
    id: 'partTimeType',
    label: 'tipologia di tempo parziale',
    fields: ['partTime.type'],
    citation: seed('art. 72', 'c. 1, lett. a)', 'L1229', 'la tipologia di tempo parziale (orizzontale o verticale)'),
  },
  {
    id: 'partTimeSchedule',
    label: 'durata e collocazione della prestazione lavorativa',
    fields: ['partTime.weeklyHours', 'partTime.schedule'],
    citation: seed(
      'art. 72',
      'c. 1, lett. b)',
      'L1230',
      "la puntuale indicazione della durata della prestazione e della collocazione lavorativa con riferimento al giorno, alla settimana, al mese e all'anno",
    ),
  },
  {
    id: 'partTimePay',
    label: 'retribuzione rapportata alla durata della prestazione',
    fields: ['partTime.proRataPay'],
    citation: seed(
      'art. 72',
      'c. 1, lett. c)',
      'L1231',
      'la retribuzione, rapportata alla durata della prestazione di lavoro che verrà effettuata',
    ),
  },
  {
    id: 'partTimeEffectiveDate',
    label: 'data di decorrenza del tempo parziale',
    fields: ['partTime.effectiveDate'],
    citation: seed('art. 72', 'c. 1, lett. d)', 'L1232', 'la data di decorrenza'),
  },
  {
    id: 'partTimeLimits',
    label: 'limitazioni per lo svolgimento di altra attività lavorativa',
    fields: ['partTime.forOtherWork', 'partTime.conflictLimits'],
    citation: seed(
      'art. 72',
      'c. 1, lett. e)',
      'L1233',
      "le limitazioni alla libertà di accettazione di incarichi professionali in conflitto con gli interessi della CITTA'",
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// Clauses every contract carries
// ---------------------------------------------------------------------------------------------------

export type ContractClauseId =
  | 'collectiveAgreements'
  | 'resolutiveCondition'
  | 'pantouflage'
  | 'codeOfConduct'
  | 'hiringDeclarations'
  | 'newVersion';

export interface ContractClause {
  id: ContractClauseId;
  /** Italian article heading. */
  heading: string;
  /** Italian, as printed. */
  paragraphs: readonly string[];
  /**
   * Why the clause is there and what its wording follows. The seed 004 and statute entries are
   * printed as the article's references; the other entities' plans (000, 002, 003) are the
   * requirement and the model wording, kept for the record, not printed in a Comune's contract.
   */
  citations: readonly Citation[];
}

export const CONTRACT_CLAUSES: readonly ContractClause[] = [
  {
    id: 'collectiveAgreements',
    heading: 'Disciplina applicabile, cause di risoluzione e termini di preavviso',
    paragraphs: [
      'Il rapporto di lavoro è costituito e regolato dal presente contratto individuale, dalle disposizioni di legge, dalla normativa comunitaria e dal contratto collettivo nazionale di lavoro del comparto Funzioni Locali.',
      'Il rapporto di lavoro è regolato dai contratti collettivi nel tempo vigenti anche per le cause di risoluzione del contratto di lavoro e per i termini di preavviso.',
    ],
    citations: [
      seed(
        'art. 110',
        'c. 1',
        'L1818',
        'Il rapporto di lavoro a tempo indeterminato o determinato è costituito e regolato dal contratto individuale, da disposizioni di legge, dalla normativa comunitaria e dalle norme del CCNL di categoria.',
      ),
      seed(
        'art. 110',
        'c. 5',
        'L1834',
        'Il contratto individuale specifica che il rapporto di lavoro è regolato dai contratti collettivi nel tempo vigenti anche per le cause di risoluzione e per i termini di preavviso.',
      ),
    ],
  },
  {
    id: 'resolutiveCondition',
    heading: 'Condizione risolutiva',
    paragraphs: [
      "È condizione risolutiva del presente contratto, senza obbligo di preavviso, l'annullamento della procedura di reclutamento che ne costituisce il presupposto.",
    ],
    citations: [
      seed(
        'art. 110',
        'c. 5',
        'L1834',
        "E' in ogni modo, condizione risolutiva del contratto, senza obbligo di preavviso, l'annullamento della procedura di reclutamento che ne costituisce il presupposto.",
      ),
    ],
  },
  {
    id: 'pantouflage',
    heading: 'Divieto di pantouflage',
    paragraphs: [
      "Ai sensi dell'art. 53, comma 16-ter, del D.Lgs. 30 marzo 2001, n. 165, i dipendenti che, negli ultimi tre anni di servizio, hanno esercitato poteri autoritativi o negoziali per conto delle pubbliche amministrazioni non possono svolgere, nei tre anni successivi alla cessazione del rapporto di pubblico impiego, attività lavorativa o professionale presso i soggetti privati destinatari dell'attività della pubblica amministrazione svolta attraverso i medesimi poteri.",
      'Il/La dipendente si impegna pertanto a non prestare attività lavorativa, a titolo di lavoro subordinato o autonomo, per i tre anni successivi alla cessazione del rapporto di lavoro, nei confronti dei destinatari di provvedimenti adottati o di contratti conclusi con il proprio apporto decisionale.',
      'I contratti conclusi e gli incarichi conferiti in violazione del divieto sono nulli; ai soggetti privati che li hanno conclusi o conferiti è fatto divieto di contrattare con le pubbliche amministrazioni per i successivi tre anni, con obbligo di restituzione dei compensi eventualmente percepiti e accertati ad essi riferiti.',
      'Con la sottoscrizione del presente contratto il/la dipendente dichiara di essere a conoscenza del divieto e si impegna a rispettarlo; si impegna altresì a sottoscrivere, al momento della cessazione dal servizio, la dichiarazione di impegno al rispetto del divieto prevista dal piano di prevenzione della corruzione.',
    ],
    citations: [
      { source: 'external', law: LAW_165, article: 'art. 53', paragraph: 'c. 16-ter' },
      {
        source: 'seed',
        file: LUCCA_PIAO,
        article: 'PIAO 2024-2026, sez. 2.3.7 (misure generali)',
        lines: 'L1812, L1814',
        quote:
          "inserire in tutti i contratti di assunzione del personale una apposita clausola che prevede il divieto in capo al dipendente di prestare attività lavorativa (a titolo di lavoro subordinato o autonomo) per i tre anni successivi alla cessazione del rapporto di lavoro nei confronti dei destinatari di provvedimenti adottati o di contratti conclusi con l'apporto decisionale del … dipendente stesso",
      },
      {
        source: 'seed',
        file: NUXIS_PIAO,
        article: 'PIAO 2025-2027, sez. 2.3.5 (misure generali)',
        lines: 'L453, L455',
        quote:
          "La norma vieta ai dipendenti che, negli ultimi tre anni di servizio, abbiano esercitato poteri autoritativi o negoziali per conto delle pubbliche amministrazioni, di svolgere, nei tre anni successivi alla cessazione del rapporto di pubblico impiego, attività lavorativa o professionale presso i soggetti privati destinatari dell'attività della pubblica amministrazione svolta attraverso i medesimi poteri. … Eventuali contratti conclusi e gli incarichi conferiti in violazione del divieto sono nulli.",
      },
      {
        source: 'seed',
        file: NUXIS_PIAO,
        article: 'PIAO 2025-2027, sez. 2.3.5 (misure generali)',
        lines: 'L465',
        quote:
          "All'atto di assunzione, ciascun dipendente è tenuto a sottoscrivere una dichiarazione con la quale il dipendente si impegna al rispetto del divieto di pantouflage.",
      },
      {
        source: 'seed',
        file: LUCCA_PIAO,
        article: 'PIAO 2024-2026, sez. 2.3.7 (misure generali)',
        lines: 'L1820',
        quote:
          "Previsione di una dichiarazione da sottoscrivere al momento della cessazione dal servizio o dall'incarico, con cui il dipendente si impegna al rispetto del divieto di pantouflage",
      },
      {
        source: 'seed',
        file: MASSA_PTPC,
        article: 'PTPC 2016-2018, par. 10',
        paragraph: 'lett. c)',
        lines: 'L294',
        quote:
          "I dipendenti che cessano dal servizio, nei tre anni successivi alla cessazione, non possono svolgere attività lavorativa o professionale presso i soggetti privati destinatari di provvedimenti emessi o di atti negoziali assunti dall'ufficio cui è appartenuto il dipendente negli ultimi tre anni di servizio.",
      },
    ],
  },
  {
    id: 'codeOfConduct',
    heading: 'Codice di comportamento e prevenzione della corruzione',
    paragraphs: [
      "Contestualmente alla sottoscrizione del presente contratto l'Amministrazione consegna al/alla dipendente copia del Codice di comportamento dei dipendenti pubblici di cui al D.P.R. 16 aprile 2013, n. 62, del Codice di comportamento dell'Ente e del piano di prevenzione della corruzione e della trasparenza vigente.",
      'Il/La dipendente dichiara di averne ricevuto copia, di averne preso visione e di accettarne il contenuto, impegnandosi a osservarne le disposizioni. La violazione dei doveri di comportamento, ivi incluso il dovere di rispettare le prescrizioni del piano di prevenzione della corruzione, è fonte di responsabilità disciplinare.',
      "Il/La dipendente effettua le comunicazioni previste dal Codice di comportamento dell'Ente, tra cui l'adesione ad associazioni od organizzazioni i cui ambiti di interesse possano interferire con lo svolgimento dell'attività dell'ufficio e gli interessi finanziari e i conflitti di interesse, nei termini ivi stabiliti, decorrenti dalla sottoscrizione del presente contratto o dalla presa di servizio.",
    ],
    citations: [
      { source: 'external', law: 'D.P.R. 62/2013', article: 'art. 17', paragraph: 'c. 2' },
      {
        source: 'seed',
        file: NUXIS_PIAO,
        article: 'Codice di comportamento integrativo, art. 17',
        paragraph: 'c. 4',
        lines: 'L1941',
        quote:
          'L’amministrazione, contestualmente alla sottoscrizione del contratto individuale di lavoro o, in mancanza, all’atto di conferimento dell’incarico, consegna, copia del codice di comportamento.',
      },
      {
        source: 'seed',
        file: MASSA_PTPC,
        article: 'PTPC 2016-2018, par. 12',
        lines: 'L351',
        quote:
          "consegnato a tutti i dipendenti al momento dell'assunzione insieme al Piano di prevenzione della corruzione. … Ai dipendenti che incorrano in violazioni dei doveri di comportamento, ivi incluso il dovere di rispettare le prescrizioni contenute nel presente Piano, si applicano le disposizioni sul procedimento disciplinare",
      },
      {
        source: 'seed',
        file: NUXIS_PIAO,
        article: 'Codice di comportamento integrativo, art. 5',
        paragraph: 'c. 1–2',
        lines: 'L1828, L1830',
        quote:
          "Il termine della comunicazione di cui al comma 1 dell'art. 5 del Codice decorre dalla data di sottoscrizione del contratto di lavoro, ovvero dalla data di assunzione in servizio",
      },
    ],
  },
  {
    id: 'hiringDeclarations',
    heading: 'Dichiarazioni del/della dipendente',
    paragraphs: [
      "Il/La dipendente dichiara, sotto la propria responsabilità, ai sensi del D.P.R. 28 dicembre 2000, n. 445, di non avere altri rapporti di impiego pubblico o privato e di non trovarsi in alcuna delle situazioni di incompatibilità richiamate dall'art. 53 del D.Lgs. 30 marzo 2001, n. 165, fatte salve le attività consentite dalla legge e dal presente contratto.",
      'Il/La dipendente che fosse titolare di altro posto di pubblico impiego o comunque in posizione di incompatibilità dichiara di aver optato per il presente impiego o di aver rimosso la situazione di incompatibilità.',
      "Il/La dipendente si impegna a non svolgere incarichi non compresi nei compiti e doveri d'ufficio che non siano conferiti o previamente autorizzati dall'Amministrazione; il compenso eventualmente percepito per incarichi non autorizzati è versato all'Amministrazione, ferma restando la responsabilità disciplinare.",
    ],
    citations: [
      { source: 'external', law: LAW_165, article: 'art. 53' },
      { source: 'external', law: 'D.P.R. 445/2000', article: 'art. 47' },
      seed(
        'art. 108',
        'c. 3',
        'L1799',
        'Nel caso di concorrente titolare di altro posto di pubblico impiego o comunque in posizione di incompatibilità … per quale posto intenda optare o la rimozione della situazione di incompatibilità',
      ),
      {
        source: 'seed',
        file: MASSA_PTPC,
        article: 'PTPC 2016-2018, par. 10',
        paragraph: 'lett. a)–b)',
        lines: 'L290, L292',
        quote:
          "Non possono essere conferiti ai dipendenti dell'Ente incarichi (non riguardanti compiti e doveri d'ufficio) che non siano espressamente previsti o disciplinati da leggi o altre fonti normative o che non siano espressamente autorizzati dall'Amministrazione … il compenso dovuto per le prestazioni eventualmente svolte deve essere versato all'Ente",
      },
    ],
  },
  {
    id: 'newVersion',
    heading: 'Modifiche del contratto',
    paragraphs: [
      'Ogni modificazione degli elementi del presente contratto richiede la stipulazione di un nuovo contratto individuale, che sostituisce il presente e ne indica gli elementi modificati.',
    ],
    citations: [
      seed(
        'art. 110',
        'c. 6',
        'L1836',
        'Ogni modificazione degli elementi di cui al comma 1 del presente articolo, comportando la necessità di modificare il contenuto del contratto individuale, richiede la stipulazione di un nuovo contratto individuale.',
      ),
    ],
  },
];

const clause = (id: ContractClauseId): ContractClause => CONTRACT_CLAUSES.find((c) => c.id === id)!;

// ---------------------------------------------------------------------------------------------------
// Formatting of values
// ---------------------------------------------------------------------------------------------------

const NUMBER_WORDS = [
  'zero',
  'uno',
  'due',
  'tre',
  'quattro',
  'cinque',
  'sei',
  'sette',
  'otto',
  'nove',
  'dieci',
  'undici',
  'dodici',
];
function months(n: number): string {
  return `${n} ${n === 1 ? 'mese' : 'mesi'}`;
}
function monthsInWords(n: number): string {
  const word = NUMBER_WORDS[n];
  return word ? `${n} (${word}) ${n === 1 ? 'mese' : 'mesi'}` : months(n);
}
/** 10.5 → "10,5"; 41.666… → "41,67". */
const decimal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
const dateOrDash = (d: unknown) => (isDate(d) ? italianDate(d) : '—');

const durationLabel = (t: ContractTerms) =>
  t.relationshipType.duration === 'TEMPO_INDETERMINATO' ? 'tempo indeterminato' : 'tempo determinato';
const workingTimeLabel = (t: ContractTerms) =>
  t.relationshipType.workingTime === 'TEMPO_PIENO' ? 'tempo pieno' : 'tempo parziale';

function hoursLabel(hours: number): string {
  return `${decimal(hours)} ore settimanali, pari al ${decimal((hours / FULL_TIME_WEEKLY_HOURS) * 100)}% del tempo pieno di ${FULL_TIME_WEEKLY_HOURS} ore`;
}

/** The element's value as the version comparison prints it ('—' when the contract has none). */
export function elementValue(terms: ContractTerms, id: ContractElementId): string {
  const pt = terms.partTime;
  switch (id) {
    case 'relationshipType':
      return `${durationLabel(terms)}, ${workingTimeLabel(terms)}`;
    case 'startDate':
      return dateOrDash(terms.startDate);
    case 'classification':
      return `categoria ${terms.category} (${CATEGORY_AREAS[terms.category]}), profilo professionale ${terms.profile}, livello retributivo iniziale ${terms.initialPayLevel}`;
    case 'duties':
      return terms.duties;
    case 'probation':
      return months(terms.probationMonths);
    case 'workplace':
      return terms.workplace;
    case 'endDate':
      return dateOrDash(terms.endDate);
    case 'partTimeType':
      return pt ? PART_TIME_TYPES[pt.type] : '—';
    case 'partTimeSchedule':
      return pt
        ? `${hoursLabel(pt.weeklyHours)}; giorno: ${pt.schedule.day}; settimana: ${pt.schedule.week}; mese: ${pt.schedule.month}; anno: ${pt.schedule.year}`
        : '—';
    case 'partTimePay':
      return pt ? pt.proRataPay : '—';
    case 'partTimeEffectiveDate':
      return pt ? dateOrDash(pt.effectiveDate) : '—';
    case 'partTimeLimits':
      return pt ? (pt.forOtherWork ? (pt.conflictLimits ?? '—') : 'non ricorre') : '—';
  }
}

const at = (terms: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => record(v)?.[k], terms);

/** The elements whose fields differ between two versions (art. 110 c.6), in the document's order. */
export function changedElements(previous: ContractTerms, next: ContractTerms): ContractElement[] {
  return CONTRACT_ELEMENTS.filter((e) =>
    e.fields.some((f) => JSON.stringify(at(previous, f)) !== JSON.stringify(at(next, f))),
  );
}

// ---------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------

/** What the document needs of the entity; an `Entity` of shared/entities qualifies. */
export interface ContractEntity {
  name: string;
  hrOffice?: { address: string };
  /** The entity's own code of conduct as the document names it (title and adopting act). */
  codeOfConduct?: string;
}

export interface PreviousContractVersion {
  version: number;
  terms: ContractTerms;
}

export interface RenderContractOptions {
  entity: ContractEntity;
  /** 1 for the first contract; each change is a new contract with the next number (art. 110 c.6). */
  version: number;
  /** Required from version 2: the document states what it replaces and what changed. */
  previousVersion?: PreviousContractVersion;
}

export interface RenderedContract {
  html: string;
  text: string;
}

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: [string, string, string]; rows: [string, string, string][] };

interface DocArticle {
  heading: string;
  blocks: Block[];
  refs: Citation[];
}

const p = (text: string): Block => ({ kind: 'p', text });

/** Who a citation's article belongs to, as a Comune's document names it: never our line numbers. */
const citationSource = (c: Citation) => (c.source === 'seed' ? ROUS : (c.law ?? ''));
const citationArticle = (c: Citation) => [c.article, c.paragraph].filter(Boolean).join(', ');
const printable = (cs: readonly Citation[]) => cs.filter((c) => c.source === 'external' || c.file === SEED);

function articles(terms: ContractTerms, entity: ContractEntity): DocArticle[] {
  const cite = (id: ContractElementId) => CONTRACT_ELEMENTS.find((e) => e.id === id)!.citation;
  const out: DocArticle[] = [];
  const partTime = terms.partTime;
  const hiring = `L'Amministrazione assume alle proprie dipendenze il/la dipendente con rapporto di lavoro subordinato a ${durationLabel(terms)} e a ${workingTimeLabel(terms)}`;

  // Completed below, once the part-time article's number is known.
  const first: DocArticle = {
    heading: 'Tipologia del rapporto di lavoro',
    blocks: [],
    refs: [cite('relationshipType')],
  };
  out.push(first);
  out.push({
    heading: 'Decorrenza',
    blocks: [
      p(
        `Il rapporto di lavoro ha inizio il ${italianDate(terms.startDate)}. Da tale data decorrono la nomina e i relativi effetti giuridici ed economici.`,
      ),
    ],
    refs: [cite('startDate'), seed('art. 109', 'c. 1–2', 'L1807, L1808')],
  });
  if (terms.relationshipType.duration === 'TEMPO_DETERMINATO' && terms.endDate) {
    out.push({
      heading: 'Termine finale',
      blocks: [p(`Il rapporto di lavoro a tempo determinato ha termine il ${italianDate(terms.endDate)}.`)],
      refs: [cite('endDate')],
    });
  }
  out.push({
    heading: 'Inquadramento professionale e trattamento economico',
    blocks: [
      p(
        `Il/La dipendente è inquadrato/a nella categoria ${terms.category} (${CATEGORY_AREAS[terms.category]}, ai sensi del ${CCNL}), profilo professionale di ${terms.profile}, con livello retributivo iniziale ${terms.initialPayLevel}.`,
      ),
      p(
        `Il trattamento economico è quello previsto per l'inquadramento dal contratto collettivo nazionale di lavoro nel tempo vigente${
          partTime ? ', rapportato alla durata della prestazione a tempo parziale' : ''
        }.`,
      ),
    ],
    refs: [cite('classification')],
  });
  out.push({
    heading: 'Mansioni',
    blocks: [p('Il/La dipendente è tenuto/a a svolgere le seguenti mansioni esigibili:'), p(terms.duties)],
    refs: [cite('duties')],
  });
  out.push({
    heading: 'Periodo di prova',
    blocks: [
      p(
        `Il/La dipendente è soggetto/a a un periodo di prova della durata di ${monthsInWords(terms.probationMonths)}, secondo la disciplina prevista dai contratti collettivi nel tempo vigenti.`,
      ),
      p(
        'Il periodo di prova è valutato dal Responsabile del Servizio gestione risorse umane, previo parere del Responsabile del Servizio della struttura presso cui il/la dipendente ha prestato la propria attività, entro il termine di scadenza del periodo stesso.',
      ),
    ],
    refs: [cite('probation'), ...PROBATION_CITATIONS, seed('art. 109', 'c. 4', 'L1812')],
  });
  out.push({
    heading: 'Sede di lavoro',
    blocks: [p(`La sede di destinazione dell'attività lavorativa è: ${terms.workplace}.`)],
    refs: [cite('workplace')],
  });
  if (partTime) {
    first.blocks.push(p(`${hiring}, secondo gli elementi indicati all'art. ${out.length + 1}.`));
    out.push({
      heading: 'Rapporto di lavoro a tempo parziale',
      blocks: [
        p('Il rapporto di lavoro a tempo parziale è regolato dai seguenti elementi:'),
        {
          kind: 'list',
          items: [
            `a) tipologia di tempo parziale: ${PART_TIME_TYPES[partTime.type]};`,
            `b) durata della prestazione: ${hoursLabel(partTime.weeklyHours)}; collocazione della prestazione con riferimento al giorno: ${partTime.schedule.day}; alla settimana: ${partTime.schedule.week}; al mese: ${partTime.schedule.month}; all'anno: ${partTime.schedule.year};`,
            `c) retribuzione, rapportata alla durata della prestazione: ${partTime.proRataPay};`,
            `d) data di decorrenza: ${italianDate(partTime.effectiveDate)};`,
            partTime.forOtherWork
              ? `e) limitazioni alla libertà di accettazione di incarichi professionali in conflitto con gli interessi dell'Ente, essendo il tempo parziale finalizzato allo svolgimento di un'altra attività di lavoro: ${partTime.conflictLimits};`
              : "e) limitazioni per lo svolgimento di un'altra attività di lavoro: non ricorrono, il tempo parziale non essendo finalizzato a tale scopo.",
          ],
        },
        p(
          "Il/La dipendente a tempo parziale non può svolgere attività relative a incarichi professionali nei procedimenti di competenza dell'Ente.",
        ),
      ],
      refs: [
        seed('art. 110', 'c. 3', 'L1830'),
        cite('partTimeType'),
        cite('partTimeSchedule'),
        cite('partTimePay'),
        cite('partTimeEffectiveDate'),
        cite('partTimeLimits'),
        seed('art. 71', 'c. 9', 'L1216'),
      ],
    });
  } else {
    first.blocks.push(p(`${hiring} (${FULL_TIME_WEEKLY_HOURS} ore settimanali).`));
  }
  const agreements = clause('collectiveAgreements');
  out.push({
    heading: agreements.heading,
    blocks: agreements.paragraphs.map(p),
    refs: printable(agreements.citations),
  });
  const resolutive = clause('resolutiveCondition');
  const proc = terms.sourceProcedure;
  const act = proc.concludingAct;
  out.push({
    heading: resolutive.heading,
    blocks: [
      ...resolutive.paragraphs.map(p),
      p(
        `Procedura di reclutamento presupposto del presente contratto: ${SOURCE_PROCEDURE_KINDS[proc.kind]} «${proc.title}» (identificativo ${proc.id})${
          act ? `, conclusa con ${act.type} n. ${act.number} del ${italianDate(act.date)}` : ''
        }.`,
      ),
    ],
    refs: printable(resolutive.citations),
  });
  for (const id of ['pantouflage', 'codeOfConduct', 'hiringDeclarations', 'newVersion'] as const) {
    const c = clause(id);
    const blocks = c.paragraphs.map(p);
    if (id === 'codeOfConduct' && entity.codeOfConduct)
      blocks.push(p(`Il Codice di comportamento dell'Ente è il seguente: ${entity.codeOfConduct}.`));
    out.push({ heading: c.heading, blocks, refs: printable(c.citations) });
  }
  return out;
}

function signatoryLine(terms: ContractTerms): string {
  const s = terms.employerSignatory;
  return s.role === 'RESP_HR'
    ? `${s.name}, Responsabile del ${s.office}`
    : `${s.name}, in sostituzione del Responsabile del ${s.office} (${s.substitutionAct})`;
}

function workerLine(terms: ContractTerms): string {
  const w = terms.worker;
  return [
    w.name,
    w.birthPlace || w.birthDate
      ? `nato/a${w.birthPlace ? ` a ${w.birthPlace}` : ''}${w.birthDate ? ` il ${italianDate(w.birthDate)}` : ''}`
      : undefined,
    `codice fiscale ${w.taxCode}`,
    w.residence ? `residente in ${w.residence}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

interface ContractDocument {
  title: string;
  entityName: string;
  versionLine: string;
  replacement?: { intro: string; table: Block };
  parties: { between: string; and: string };
  premise: string;
  articles: DocArticle[];
  closing: string;
  signatures: { label: string; name: string }[];
}

function buildDocument(terms: ContractTerms, options: RenderContractOptions): ContractDocument {
  const { entity, version, previousVersion } = options;
  const title = `Contratto individuale di lavoro subordinato a ${durationLabel(terms)} e a ${workingTimeLabel(terms)}`;
  let replacement: ContractDocument['replacement'];
  if (previousVersion) {
    const changed = changedElements(previousVersion.terms, terms);
    if (changed.length === 0)
      throw new Error(
        'Una nuova versione del contratto individuale presuppone la modifica di almeno un suo elemento (art. 110 c.6, L1836).',
      );
    replacement = {
      intro: `Il presente contratto (versione ${version}) sostituisce integralmente la versione ${previousVersion.version} del contratto individuale di lavoro stipulato con il/la dipendente: ogni modificazione degli elementi del contratto individuale richiede la stipulazione di un nuovo contratto (art. 110, comma 6, del ${ROUS}). Elementi modificati:`,
      table: {
        kind: 'table',
        head: ['Elemento modificato', `Versione ${previousVersion.version}`, `Versione ${version}`],
        rows: changed.map((e) => [e.label, elementValue(previousVersion.terms, e.id), elementValue(terms, e.id)]),
      },
    };
  }
  const address = entity.hrOffice?.address ? `, con sede in ${entity.hrOffice.address}` : '';
  return {
    title,
    entityName: entity.name,
    versionLine: previousVersion
      ? `Versione ${version} (sostituisce la versione ${previousVersion.version})`
      : `Versione ${version}`,
    replacement,
    parties: {
      between: `${entity.name}${address}, in persona di ${signatoryLine(terms)}, che interviene nel presente atto in nome e per conto dell'Ente, competente a stipulare ai sensi dell'art. 110, comma 4, del ${ROUS} (di seguito «l'Amministrazione»);`,
      and: `${workerLine(terms)} (di seguito «il/la dipendente»).`,
    },
    premise: `il presente contratto è stipulato all'esito della procedura di ${SOURCE_PROCEDURE_KINDS[terms.sourceProcedure.kind]} «${terms.sourceProcedure.title}», che ne costituisce il presupposto.`,
    articles: articles(terms, entity),
    closing: 'Letto, confermato e sottoscritto.',
    signatures: [
      { label: 'Il/La dipendente', name: terms.worker.name },
      { label: "Per l'Amministrazione", name: signatoryLine(terms) },
    ],
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const CSS = [
  '@page{size:A4;margin:2cm}',
  'body{font-family:"Times New Roman",Times,serif;font-size:12pt;line-height:1.45;color:#000;background:#fff;max-width:17cm;margin:1.5em auto;padding:0 1em}',
  'header{text-align:center;margin-bottom:1.5em}',
  '.ente{font-size:13pt;font-weight:bold;text-transform:uppercase;letter-spacing:.05em;margin:0}',
  'h1{font-size:13pt;text-transform:uppercase;margin:.8em 0 .3em}',
  '.versione{font-weight:bold;margin:0}',
  '.sostituzione{border:1px solid #000;padding:.5em 1em;margin:1em 0}',
  'table{border-collapse:collapse;width:100%;font-size:10.5pt}',
  'th,td{border:1px solid #000;padding:3pt 5pt;text-align:left;vertical-align:top}',
  '.parti p,.premessa p{text-align:justify}',
  '.centro{text-align:center;font-weight:bold;margin:1em 0}',
  'section{break-inside:avoid-page}',
  'h2{font-size:12pt;margin:1.1em 0 .3em;break-after:avoid}',
  'section p{text-align:justify;margin:.3em 0}',
  'ul{list-style:none;padding-left:1em;margin:.3em 0}',
  'li{margin:.2em 0;text-align:justify}',
  '.rif{font-size:9.5pt;color:#333;font-style:italic}',
  '.firme{display:flex;justify-content:space-between;gap:2em;margin-top:2.5em;break-inside:avoid}',
  '.firma{flex:1;text-align:center}',
  '.riga{border-bottom:1px solid #000;height:3.5em;margin-top:.5em}',
  '@media print{body{margin:0;padding:0;max-width:none}}',
].join('');

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'p':
      return [b.text];
    case 'list':
      return b.items.map((i) => `  ${i}`);
    case 'table':
      return b.rows.map(([label, before, after]) => `- ${label}: ${b.head[1]}: ${before}; ${b.head[2]}: ${after}`);
  }
}

/** "Riferimenti: Regolamento …: art. 110, c. 2, lett. b); art. 109, c. 1–2. CCNL …: art. 25, c. 1." */
function refsLine(refs: Citation[]): string {
  const bySource = new Map<string, Set<string>>();
  for (const c of refs) {
    const source = citationSource(c);
    bySource.set(source, (bySource.get(source) ?? new Set()).add(citationArticle(c)));
  }
  return `Riferimenti: ${[...bySource].map(([source, articles]) => `${source}: ${[...articles].join('; ')}.`).join(' ')}`;
}

function toHtml(doc: ContractDocument): string {
  const e = escapeHtml;
  return [
    '<!doctype html><html lang="it"><head><meta charset="utf-8">',
    `<title>${e(`${doc.title} – ${doc.entityName} – ${doc.versionLine}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<header><p class="ente">${e(doc.entityName)}</p><h1>${e(doc.title)}</h1><p class="versione">${e(doc.versionLine)}</p></header>`,
    doc.replacement
      ? `<div class="sostituzione"><p>${e(doc.replacement.intro)}</p>${blockHtml(doc.replacement.table)}</div>`
      : '',
    `<div class="parti"><p class="centro">TRA</p><p>${e(doc.parties.between)}</p><p class="centro">E</p><p>${e(doc.parties.and)}</p></div>`,
    `<div class="premessa"><p class="centro">PREMESSO CHE</p><p>${e(doc.premise)}</p></div>`,
    '<p class="centro">SI CONVIENE E SI STIPULA QUANTO SEGUE</p>',
    ...doc.articles.map(
      (a, i) =>
        `<section><h2>${e(`Art. ${i + 1} – ${a.heading}`)}</h2>${a.blocks.map(blockHtml).join('')}<p class="rif">${e(refsLine(a.refs))}</p></section>`,
    ),
    `<p>${e(doc.closing)}</p>`,
    '<p>Luogo e data: ______________________</p>',
    `<div class="firme">${doc.signatures
      .map(
        (s) =>
          `<div class="firma"><p>${e(s.label)}</p><p>${e(s.name)}</p><div class="riga"></div><p class="rif">(firma)</p></div>`,
      )
      .join('')}</div>`,
    '</body></html>',
  ].join('');
}

function toText(doc: ContractDocument): string {
  const lines: string[] = [doc.entityName.toUpperCase(), doc.title.toUpperCase(), doc.versionLine, ''];
  if (doc.replacement) lines.push(doc.replacement.intro, ...blockText(doc.replacement.table), '');
  lines.push('TRA', doc.parties.between, 'E', doc.parties.and, '', 'PREMESSO CHE', doc.premise, '');
  lines.push('SI CONVIENE E SI STIPULA QUANTO SEGUE', '');
  doc.articles.forEach((a, i) => {
    lines.push(`Art. ${i + 1} – ${a.heading}`, ...a.blocks.flatMap(blockText), refsLine(a.refs), '');
  });
  lines.push(doc.closing, 'Luogo e data: ______________________', '');
  for (const s of doc.signatures) lines.push(s.label, s.name, '______________________', '');
  return lines.join('\n');
}

/**
 * The contract as an Italian document for signature: one numbered article per element and clause,
 * the signature block, and "Versione N" (with what it replaces and what changed, art. 110 c.6).
 * Refuses an incomplete contract (InvalidContractError): a document without a mandatory element or
 * clause cannot be generated (R-ASS-01).
 */
export function renderContract(terms: ContractTerms, options: RenderContractOptions): RenderedContract {
  const { version, previousVersion } = options;
  if (!Number.isInteger(version) || version < 1) throw new Error('Numero di versione del contratto non valido.');
  if (version > 1 && !previousVersion)
    throw new Error(
      `La versione ${version} del contratto sostituisce una versione precedente: indicarla con i suoi elementi (art. 110 c.6, L1836).`,
    );
  if (
    previousVersion &&
    !(Number.isInteger(previousVersion.version) && previousVersion.version >= 1 && previousVersion.version < version)
  )
    throw new Error(`La versione sostituita (${previousVersion.version}) deve precedere la versione ${version}.`);
  const parsed = contractTermsSchema.safeParse(terms);
  if (!parsed.success) throw new InvalidContractError(validateContract(terms));
  const doc = buildDocument(parsed.data, options);
  return { html: toHtml(doc), text: toText(doc) };
}
