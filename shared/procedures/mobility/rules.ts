/**
 * Pure rules of staff mobility (spec disciplinary-mobility-other.md §5, recruitment.md §8, DECISIONS D2
 * and D3 C12): outgoing mobility (ROUS art. 74, art. 110 c.8), incoming mobility from other public
 * administrations and its board (art. 107bis), internal mobility (art. 76), temporary assignment from
 * other administrations (art. 74 c.4) and inquadramento of seconded staff (art. 80 c.2 f).
 *
 * Every check returns whether it passed, an Italian reason ending with its citation, and the citation
 * itself. Dated bars are rule-set data (`mobility.*` terms) computed by the terms engine, so counting
 * follows D2 (same calendar date, clamped) and the citation is the rule's own. Pure: dates are
 * 'YYYY-MM-DD' strings, no clock is read; malformed input (an invalid date, an empty act) throws,
 * a refusal on the merits is a failed check.
 *
 * Readings of the seed applied here (see also the spec defaults):
 *  - C-1 / D3 C12: the 4-year bar (V-MOB-01, Giunta may derogate) and, for concorso hires, the
 *    3-year rule (V-MOB-02, one of three recorded exceptions) are both checked. V-MOB-02 bars the
 *    authorisation ("non sarà concessa l'autorizzazione"), so it is evaluated on the authorisation
 *    date when known, else on the request date (the earliest the authorisation could be given).
 *  - C-6: the list of art. 107bis prevails over its lead-in ("area diversa" admitted where the list
 *    says so); where a row is silent on another area (D3 Funzionario Tecnico, D1 Vigilanza) the
 *    lead-in's "medesima area" applies, so a different area is not admitted.
 *  - Board substitutions (L1783, L1789) speak of a Segretario who "anche" holds the other role: they
 *    replace a seat the Segretario would hold twice, so they apply to the D boards where the
 *    Segretario sits. A missing head of the hiring service is replaced by the external expert on
 *    every board ("ovvero non esistesse").
 *  - A-11: the Giunta's opinion must be favourable to grant the authorisation.
 *  - V-MOB-21: "prima della loro esecuzione" is read strictly (a communication on the execution day
 *    is late), as the spec states it (execution date > last communication).
 */

import type { Calendar } from '../../calendar/calendar';
import { type IsoDate, parseIsoDate } from '../../calendar/dates';
import { type Citation, computeTerm, formatCitation, type TermComputation } from '../../calendar/terms';
import type { Category, StaffMember } from '../../entities/staff';
import { italianDate } from '../../notify/email';
import { termRule } from '../../rules';

const SEED = '004_29fc22527282130e.txt';

/** The rule-set terms these checks compute (stresa-rous.ts). */
export const MOBILITY_TERMS = {
  outgoingMinimumService: 'mobility.outgoingMinimumService',
  outgoingConcorsoHire: 'mobility.outgoingConcorsoHire',
  temporaryAssignmentMax: 'mobility.temporaryAssignmentMax',
  secondedInquadramento: 'mobility.secondedInquadramento',
} as const;

/**
 * Spec ids where the spec names the check (V-MOB-xx, T-MOB-xx); the MOB-* ids name checks the spec
 * describes without an id (category and title of MOB-IN, board seats, consents of MOB-COM, A-11).
 */
export type MobilityCheckId =
  | 'V-MOB-01'
  | 'V-MOB-02'
  | 'V-MOB-03'
  | 'MOB-OUT-GIUNTA'
  | 'MOB-IN-CATEGORIA'
  | 'MOB-IN-TITOLO'
  | 'MOB-IN-COMMISSIONE'
  | 'V-MOB-10'
  | 'V-MOB-20'
  | 'V-MOB-21'
  | 'V-MOB-22'
  | 'T-MOB-03'
  | 'T-MOB-04'
  | 'MOB-COM-CONSENSI';

export interface MobilityCheck {
  id: MobilityCheckId;
  passed: boolean;
  /** Italian, ending with the citation. */
  reason: string;
  citation: Citation;
  /** Floors: the first date the act is allowed. */
  notBefore?: IsoDate;
  /** Maxima: the last date allowed. */
  latest?: IsoDate;
  /** The term computation (with its Italian trace) behind a dated check. */
  term?: TermComputation;
}

/** Which rule set and which office calendar the dated checks are computed with. */
export interface MobilityContext {
  /** '<id>@<version>', e.g. DEFAULT_RULE_SET.mobility. */
  ruleSetRef: string;
  calendar: Calendar;
}

/** An act recorded by the procedure: its reference (e.g. "D.G.C. n. 45") and the date it bears. */
export interface RecordedAct {
  act: string;
  date: string;
}

// ---------------------------------------------------------------------------------------- helpers

function seedCitation(article: string, paragraph: string | undefined, lines: string, quote: string): Citation {
  return { source: 'seed', file: SEED, article, ...(paragraph ? { paragraph } : {}), lines, quote };
}

function check(
  id: MobilityCheckId,
  passed: boolean,
  text: string,
  citation: Citation,
  extra: Partial<MobilityCheck> = {},
): MobilityCheck {
  return { id, passed, reason: `${text} — ${formatCitation(citation)}.`, citation, ...extra };
}

function term(ctx: MobilityContext, id: string, anchor: string): TermComputation {
  return computeTerm(termRule(ctx.ruleSetRef, id), parseIsoDate(anchor), ctx.calendar);
}

function requireAct(a: RecordedAct, what: string): void {
  if (a.act.trim() === '') throw new Error(`${what}: the act reference is required`);
  parseIsoDate(a.date);
}

const d = italianDate;

// ------------------------------------------------------------------------------ outgoing (art. 74)

/** The three cases of art. 110 c.8 (L1840) in which a concorso hire may leave before the 3rd year. */
export type ConcorsoException = 'POSTO_RICOPRIBILE' | 'INTERSCAMBIO' | 'GRADUATORIA_VALIDA';

export const CONCORSO_EXCEPTION_LABELS: Readonly<Record<ConcorsoException, string>> = {
  POSTO_RICOPRIBILE: 'posto immediatamente ricopribile',
  INTERSCAMBIO: "corrispondente trasferimento di personale dall'ente di destinazione del richiedente",
  GRADUATORIA_VALIDA: 'presenza di graduatoria concorsuale in corso di validità',
};

const L1840_EXCEPTIONS = seedCitation(
  'art. 110',
  'c. 8',
  'L1840',
  "E' fatta comunque salva la possibilità di concedere l'autorizzazione nel caso il posto sia immediatamente ricopribile o con corrispondente trasferimento di personale dall'ente di destinazione del richiedente, ovvero in caso di presenza di graduatoria concorsuale in corso di validità.",
);

const L1265_DEROGATION = seedCitation(
  'art. 74',
  'c. 3',
  'L1265',
  'Viene fatta salva la possibilità di deroga da parte della Giunta Comunale, valutate e temperate nel caso specifico le esigenze di servizio con le motivazioni personali del dipendente.',
);

export interface OutgoingOptions {
  /** The Giunta's derogation to the 4-year bar (L1265). */
  giuntaDerogation?: RecordedAct;
  /** The L1840 exception recorded for a concorso hire before the 3rd year of service. */
  concorsoException?: ConcorsoException;
  /** Date of the authorisation, when known: the 3-year rule bars the authorisation (L1840). */
  authorizationDate?: string;
}

export interface OutgoingEligibility {
  admissible: boolean;
  /** V-MOB-01 passed only thanks to the Giunta's derogation. */
  derogationApplied: boolean;
  /** V-MOB-02 passed only thanks to an L1840 exception. */
  exceptionApplied: boolean;
  checks: MobilityCheck[];
}

/**
 * V-MOB-01 and V-MOB-02 for an employee's request of outgoing mobility (FX-MOB-01/02/03).
 * The request date is the act V-MOB-01 bars ("non può essere richiesta"); see the module note for V-MOB-02.
 */
export function outgoingEligibility(
  member: Pick<StaffMember, 'contractSignedOn' | 'serviceStartOn' | 'hiredByConcorso'>,
  requestDate: string,
  opts: OutgoingOptions,
  ctx: MobilityContext,
): OutgoingEligibility {
  const request = parseIsoDate(requestDate);
  if (opts.giuntaDerogation) requireAct(opts.giuntaDerogation, 'giuntaDerogation');
  const checks: MobilityCheck[] = [];

  // V-MOB-01: 4 years from the signature of the individual contract, unless the Giunta derogates.
  const four = term(ctx, MOBILITY_TERMS.outgoingMinimumService, member.contractSignedOn);
  const fourPassed = request >= four.dueDate;
  const derogationApplied = !fourPassed && opts.giuntaDerogation !== undefined;
  if (fourPassed) {
    checks.push(
      check(
        'V-MOB-01',
        true,
        `Richiesta del ${d(request)}: trascorsi quattro anni dalla sottoscrizione del contratto individuale (${d(member.contractSignedOn)}); richiedibile dal ${d(four.dueDate)}`,
        four.citation,
        { notBefore: four.dueDate, term: four },
      ),
    );
  } else if (opts.giuntaDerogation) {
    const g = opts.giuntaDerogation;
    checks.push(
      check(
        'V-MOB-01',
        true,
        `Richiesta del ${d(request)} anteriore al decorso di quattro anni dalla sottoscrizione del contratto individuale (${d(member.contractSignedOn)}; richiedibile dal ${d(four.dueDate)}), ammessa per deroga della Giunta Comunale (${g.act} del ${d(g.date)})`,
        L1265_DEROGATION,
        { notBefore: four.dueDate, term: four },
      ),
    );
  } else {
    checks.push(
      check(
        'V-MOB-01',
        false,
        `Richiesta inammissibile: il ${d(request)} non sono ancora trascorsi quattro anni dalla sottoscrizione del contratto individuale (${d(member.contractSignedOn)}). La mobilità può essere richiesta dal ${d(four.dueDate)}, salvo deroga della Giunta Comunale`,
        four.citation,
        { notBefore: four.dueDate, term: four },
      ),
    );
  }

  // V-MOB-02 (D3 C12: second check): concorso hires, 3rd year of service, three exceptions.
  const three = term(ctx, MOBILITY_TERMS.outgoingConcorsoHire, member.serviceStartOn);
  let exceptionApplied = false;
  if (!member.hiredByConcorso) {
    checks.push(
      check(
        'V-MOB-02',
        true,
        'Dipendente non assunto a seguito di concorso pubblico: il limite del terzo anno di servizio non si applica',
        three.citation,
      ),
    );
  } else {
    const asOf = parseIsoDate(opts.authorizationDate ?? request);
    const when = `${opts.authorizationDate ? "dell'autorizzazione" : 'della richiesta'} (${d(asOf)})`;
    if (asOf >= three.dueDate) {
      checks.push(
        check(
          'V-MOB-02',
          true,
          `Assunto a seguito di concorso pubblico, in servizio dal ${d(member.serviceStartOn)}: il terzo anno di servizio si compie il ${d(three.dueDate)}, non dopo la data ${when}`,
          three.citation,
          { notBefore: three.dueDate, term: three },
        ),
      );
    } else if (opts.concorsoException) {
      exceptionApplied = true;
      checks.push(
        check(
          'V-MOB-02',
          true,
          `Assunto a seguito di concorso pubblico, in servizio dal ${d(member.serviceStartOn)}: il terzo anno di servizio si compie solo il ${d(three.dueDate)}, ma è registrata l'eccezione "${CONCORSO_EXCEPTION_LABELS[opts.concorsoException]}"`,
          L1840_EXCEPTIONS,
          { notBefore: three.dueDate, term: three },
        ),
      );
    } else {
      checks.push(
        check(
          'V-MOB-02',
          false,
          `Assunto a seguito di concorso pubblico, in servizio dal ${d(member.serviceStartOn)}: il terzo anno di servizio si compie solo il ${d(three.dueDate)}, dopo la data ${when}. Prima di allora l'autorizzazione richiede una delle eccezioni previste: ${Object.values(CONCORSO_EXCEPTION_LABELS).join('; ')}`,
          three.citation,
          { notBefore: three.dueDate, term: three },
        ),
      );
    }
  }

  return { admissible: checks.every((c) => c.passed), derogationApplied, exceptionApplied, checks };
}

const L1263_HEAD = seedCitation(
  'art. 74',
  'c. 2',
  'L1263',
  'previa acquisizione del parere favorevole e non condizionato del responsabile di servizio del servizio di assegnazione del dipendente',
);
const L1263_GIUNTA = seedCitation('art. 74', 'c. 2', 'L1263', 'nonché del parere espresso dalla Giunta Comunale');

/**
 * Wording that makes an opinion conditional, on lowercased text without accents. "non condizionato"
 * and "incondizionato" are the opposite and do not match.
 */
const CONDITIONAL_WORDING: readonly RegExp[] = [
  /\b(?:a|alla|alle|sotto|con la|con le) condizion[ei]\b/,
  /\bpurche\b/,
  /\bsubordinat(?:amente|[oaie])\b/,
  /\bprevi[oaie]\b/,
  /\ba patto che\b/,
  /\bsempre ?che\b/,
  /\ba meno che\b/,
  /\bsalvo che\b/,
  /\bqualora\b/,
  /\b(?:solo|soltanto|unicamente) se\b/,
  /(?<!\bnon )\bcondizionat(?:amente|[oaie])\b/,
];
const UNFAVOURABLE_WORDING = /\b(?:sfavorevole|non favorevole)\b/;

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

export interface ServiceHeadOpinion {
  favourable: boolean;
  text: string;
  /** The clerk's own reading of the opinion. */
  conditional: boolean;
}

export interface OpinionValidity {
  valid: boolean;
  /** Conditional phrases found in the text (normalised: lowercase, no accents). */
  conditionalPhrases: string[];
  check: MobilityCheck;
}

/**
 * V-MOB-03 (FX-MOB-04): the opinion of the head of the employee's service must be favourable and
 * unconditioned. The text is read as well as the flags, so an opinion recorded as unconditional
 * but worded "favorevole a condizione che…" still blocks the authorisation.
 */
export function serviceHeadOpinionValid(opinion: ServiceHeadOpinion): OpinionValidity {
  const text = normalise(opinion.text);
  const conditionalPhrases = CONDITIONAL_WORDING.map((re) => re.exec(text)?.[0]).filter(
    (m): m is string => m !== undefined,
  );
  const unfavourableText = UNFAVOURABLE_WORDING.exec(text)?.[0];
  let failure: string | undefined;
  if (!opinion.favourable) failure = 'il parere del Responsabile del servizio di assegnazione non è favorevole';
  else if (unfavourableText)
    failure = `il testo del parere del Responsabile del servizio di assegnazione è "${unfavourableText}", in contrasto con l'esito favorevole registrato`;
  else if (opinion.conditional) failure = 'il parere del Responsabile del servizio di assegnazione è condizionato';
  else if (conditionalPhrases.length > 0)
    failure = `il parere del Responsabile del servizio di assegnazione contiene condizioni (${conditionalPhrases.map((p) => `"${p}"`).join(', ')})`;
  const valid = failure === undefined;
  return {
    valid,
    conditionalPhrases,
    check: valid
      ? check(
          'V-MOB-03',
          true,
          'Parere del Responsabile del servizio di assegnazione favorevole e non condizionato',
          L1263_HEAD,
        )
      : check(
          'V-MOB-03',
          false,
          `Autorizzazione non concedibile: ${failure}; è richiesto un parere favorevole e non condizionato`,
          L1263_HEAD,
        ),
  };
}

/** The Giunta's opinion (art. 74 c.2): A-11 default, it must be favourable to grant. */
export function giuntaOpinionCheck(opinion: { favourable: boolean }): MobilityCheck {
  return opinion.favourable
    ? check('MOB-OUT-GIUNTA', true, 'Parere della Giunta Comunale favorevole', L1263_GIUNTA)
    : check(
        'MOB-OUT-GIUNTA',
        false,
        'Autorizzazione non concedibile: il parere della Giunta Comunale non è favorevole (scelta applicativa A-11: occorre un parere favorevole)',
        L1263_GIUNTA,
      );
}

// ------------------------------------------------------------------- incoming (art. 107bis, L1759-L1791)

export type IncomingPostKind = 'D3_TECNICO' | 'D1_AMM_CONT' | 'D1_VIGILANZA' | 'C_AMM';

export interface IncomingPostRule {
  /** As art. 107bis names the post. */
  label: string;
  category: Category;
  /** The study title required for external access. */
  studyTitle: string;
  /** Years of career seniority required without that title; null: not admitted. */
  seniority: { sameArea: number; differentArea: number | null };
  /** The Segretario Generale sits on the board (L1779-L1781) or not (L1775-L1777). */
  segretarioOnBoard: boolean;
  citation: Citation;
}

/** The study-title-or-seniority list of art. 107bis (L1761-L1769) and the board of each post (L1773-L1781). */
export const INCOMING_POSTS: Readonly<Record<IncomingPostKind, IncomingPostRule>> = {
  D3_TECNICO: {
    label: 'cat. D3 giur. Funzionario Tecnico',
    category: 'D3',
    studyTitle: 'laurea',
    seniority: { sameArea: 5, differentArea: null },
    segretarioOnBoard: true,
    citation: seedCitation('art. 107bis', undefined, 'L1763', 'cat. D3 giur. Funzionario Tecnico – 5 anni;'),
  },
  D1_AMM_CONT: {
    label: 'cat. D1 Istruttore Direttivo Amministrativo/Contabile',
    category: 'D1',
    studyTitle: 'laurea',
    seniority: { sameArea: 3, differentArea: 5 },
    segretarioOnBoard: true,
    citation: seedCitation(
      'art. 107bis',
      undefined,
      'L1765',
      'cat. D1 Istruttore Direttivo Amm.vo/Contabile – 3 anni stessa area; 5 anni area diversa;',
    ),
  },
  D1_VIGILANZA: {
    label: 'cat. D1 Istruttore Direttivo Vigilanza',
    category: 'D1',
    studyTitle: 'laurea',
    seniority: { sameArea: 3, differentArea: null },
    segretarioOnBoard: true,
    citation: seedCitation(
      'art. 107bis',
      undefined,
      'L1767',
      'cat. D1 Istruttore Direttivo Vigilanza – 3 anni stessa area',
    ),
  },
  C_AMM: {
    label: 'cat. C istruttore amministrativo',
    category: 'C',
    studyTitle: 'diploma di scuola media superiore',
    seniority: { sameArea: 3, differentArea: 5 },
    segretarioOnBoard: false,
    citation: seedCitation(
      'art. 107bis',
      undefined,
      'L1769',
      'cat. C1 istruttore amministrativo – 3 anni stessa area; 5 anni area diversa',
    ),
  },
};

const L1761_CATEGORY = seedCitation(
  'art. 107bis',
  undefined,
  'L1761',
  'fermo restando il possesso della categoria di inquadramento corrispondente',
);
const L1761_TITLE = seedCitation(
  'art. 107bis',
  undefined,
  'L1761',
  "qualora il candidato non risulti in possesso del titolo di studio (laurea nel caso di cat. D3 giur./D1 o diploma di scuola media superiore cat. C) previsto per l'accesso dall' esterno, dovrà risultare in possesso delle seguenti anzianità di carriera nella medesima area del posto da ricoprire",
);

export interface IncomingPost {
  category: Category;
  profile: string;
  kind: IncomingPostKind;
}

export interface IncomingCandidate {
  category: Category;
  hasStudyTitle: boolean;
  /** Career seniority in years (fractions allowed). */
  seniorityYears: number;
  /** Whether that seniority was served in the same area as the post. */
  sameArea: boolean;
}

export interface IncomingAdmission {
  admissible: boolean;
  /** How the candidate qualifies, when they do. */
  route?: 'TITOLO_DI_STUDIO' | 'ANZIANITA_STESSA_AREA' | 'ANZIANITA_AREA_DIVERSA';
  checks: MobilityCheck[];
}

function years(n: number): string {
  return n === 1 ? '1 anno' : `${String(n).replace('.', ',')} anni`;
}

/** Admission to a MOB-IN selection: corresponding category, then study title or seniority (FX-MOB-09/10). */
export function incomingAdmission(post: IncomingPost, candidate: IncomingCandidate): IncomingAdmission {
  const rule = INCOMING_POSTS[post.kind];
  if (post.category !== rule.category) {
    throw new Error(`Post kind ${post.kind} is category ${rule.category}, not ${post.category}`);
  }
  if (!Number.isFinite(candidate.seniorityYears) || candidate.seniorityYears < 0) {
    throw new Error(`seniorityYears must be a non-negative number, got ${candidate.seniorityYears}`);
  }
  const checks: MobilityCheck[] = [];
  const sameCategory = candidate.category === post.category;
  checks.push(
    sameCategory
      ? check(
          'MOB-IN-CATEGORIA',
          true,
          `Il candidato è inquadrato nella categoria ${post.category} del posto`,
          L1761_CATEGORY,
        )
      : check(
          'MOB-IN-CATEGORIA',
          false,
          `Candidato non ammissibile: è inquadrato nella categoria ${candidate.category}, mentre il posto (${rule.label}) richiede la categoria ${post.category}`,
          L1761_CATEGORY,
        ),
  );

  let route: IncomingAdmission['route'];
  if (candidate.hasStudyTitle) {
    route = 'TITOLO_DI_STUDIO';
    checks.push(
      check(
        'MOB-IN-TITOLO',
        true,
        `Il candidato possiede il titolo di studio richiesto per l'accesso dall'esterno (${rule.studyTitle}): l'anzianità di carriera non è richiesta`,
        L1761_TITLE,
      ),
    );
  } else {
    const required = candidate.sameArea ? rule.seniority.sameArea : rule.seniority.differentArea;
    const where = candidate.sameArea ? 'nella stessa area' : 'in area diversa';
    if (required === null) {
      checks.push(
        check(
          'MOB-IN-TITOLO',
          false,
          `Candidato non ammissibile: privo del titolo di studio (${rule.studyTitle}), ha ${years(candidate.seniorityYears)} di anzianità ${where}; per il posto di ${rule.label} è ammessa solo l'anzianità nella stessa area (${years(rule.seniority.sameArea)})`,
          rule.citation,
        ),
      );
    } else if (candidate.seniorityYears >= required) {
      route = candidate.sameArea ? 'ANZIANITA_STESSA_AREA' : 'ANZIANITA_AREA_DIVERSA';
      checks.push(
        check(
          'MOB-IN-TITOLO',
          true,
          `Privo del titolo di studio (${rule.studyTitle}), il candidato ha ${years(candidate.seniorityYears)} di anzianità ${where}: ne sono richiesti ${years(required)}`,
          rule.citation,
        ),
      );
    } else {
      checks.push(
        check(
          'MOB-IN-TITOLO',
          false,
          `Candidato non ammissibile: privo del titolo di studio (${rule.studyTitle}), ha ${years(candidate.seniorityYears)} di anzianità ${where}, mentre ne sono richiesti ${years(required)}`,
          rule.citation,
        ),
      );
    }
  }
  const admissible = checks.every((c) => c.passed);
  return { admissible, ...(admissible ? { route } : {}), checks };
}

// ------------------------------------------------------------------------------- the MOB-IN board

export interface BoardPerson {
  id: string;
  name: string;
  /** Holds a political or trade-union office (excluded from boards, art. 80 c.1 e). */
  politicalOrUnionOffice?: boolean;
}

export interface ExternalExpert extends BoardPerson {
  /** The other public administration that employs them. */
  administration: string;
  /** Employed by another public administration, not by the Comune. */
  otherAdministration: boolean;
  /** Responsabile di Servizio of the same area as the post. */
  serviceHeadSameArea: boolean;
  /** Added cost for the Administration, in euro: must be 0 (L1787). */
  cost: number;
}

export interface RelatedAreaHead extends BoardPerson {
  /** Responsabile di Servizio of a related area ("area affine") of the Comune. */
  relatedAreaServiceHead: boolean;
}

export interface MinuteSecretary extends BoardPerson {
  /** Istruttore amministrativo of the Servizio Gestione Risorse Umane (L1791). */
  hrIstruttoreAmministrativo: boolean;
}

export interface BoardPeople {
  segretario: BoardPerson;
  respRu: BoardPerson;
  /** Head of the service that hires; absent when the service has none. */
  hiringServiceHead?: BoardPerson;
  externalExpert?: ExternalExpert;
  relatedAreaHead?: RelatedAreaHead;
  minuteSecretary?: MinuteSecretary;
}

export type BoardRole =
  | 'SEGRETARIO_GENERALE'
  | 'RESP_RU'
  | 'RESP_SERVIZIO_ASSUNZIONE'
  | 'ESPERTO_ESTERNO'
  | 'RESP_AREA_AFFINE'
  | 'SEGRETARIO_VERBALIZZANTE';

export const BOARD_ROLE_LABELS: Readonly<Record<BoardRole, string>> = {
  SEGRETARIO_GENERALE: 'Segretario Generale',
  RESP_RU: 'Responsabile del Servizio Gestione Risorse Umane',
  RESP_SERVIZIO_ASSUNZIONE: "Responsabile del Servizio interessato all'assunzione",
  ESPERTO_ESTERNO:
    'Membro esperto esterno (Responsabile di Servizio della medesima area di altra Amministrazione Pubblica)',
  RESP_AREA_AFFINE: "Responsabile di Servizio di altra area affine dell'Amministrazione",
  SEGRETARIO_VERBALIZZANTE: 'Segretario verbalizzante',
};

export interface BoardSeat {
  role: BoardRole;
  person: BoardPerson;
  /** The seat this member fills in place of the ordinary holder (substitutions, L1783, L1789). */
  replaces?: BoardRole;
  citation: Citation;
}

export interface BoardVacancy {
  role: BoardRole;
  replaces?: BoardRole;
  /** Italian, ending with the citation. */
  reason: string;
  citation: Citation;
}

export interface MobilityBoard {
  valid: boolean;
  members: BoardSeat[];
  secretary?: BoardSeat;
  vacancies: BoardVacancy[];
  checks: MobilityCheck[];
}

const L1777_BOARD_C = seedCitation(
  'art. 107bis',
  undefined,
  'L1775–L1777',
  "Responsabile del Servizio Gestione Risorse Umane e Responsabile del Servizio interessato all'assunzione;",
);
const L1781_BOARD_D = seedCitation(
  'art. 107bis',
  undefined,
  'L1779–L1781',
  "Segretario Generale, Responsabile del Servizio Gestione Risorse Umane e Responsabile del Servizio interessato all'assunzione.",
);
const L1783_EXPERT = seedCitation(
  'art. 107bis',
  undefined,
  'L1783',
  "Nel caso in cui il Segretario Generale rivesta anche la figura di Responsabile del Servizio interessato dall'assunzione ovvero non esistesse il Responsabile del Servizio interessato all'assunzione, farà parte della Commissione Giudicatrice altro Responsabile di Servizio appartenente alla medesima area, dipendente di altra Amministrazione Pubblica, quale membro esperto.",
);
const L1787_COST = seedCitation(
  'art. 107bis',
  undefined,
  'L1787',
  "L'attribuzione dell'incarico di membro esperto esterno non dovrà comportare oneri aggiunti per l'Amministrazione.",
);
const L1789_RELATED = seedCitation(
  'art. 107bis',
  undefined,
  'L1789',
  "Nel caso in cui il Segretario Generale rivesta anche la figura di Responsabile del Servizio Risorse Umane farà parte della Commissione Giudicatrice altro Responsabile di Servizio di altra area affine ed appartenente all'Amministrazione, all'uopo individuato dal Segretario Generale.",
);
const L1791_SECRETARY = seedCitation(
  'art. 107bis',
  undefined,
  'L1791',
  "Le funzioni di segretario verbalizzante sono demandate all'istruttore amministrativo in dotazione al Servizio Gestione Risorse Umane;",
);
const L1320_NO_POLITICS = seedCitation(
  'art. 80',
  'c. 1, lett. e)',
  'L1320',
  'composizione delle commissioni concorsuali solo con esperti di provata competenza nelle materie oggetto del concorso, con esclusione di coloro che ricoprono cariche politiche o sindacali.',
);

/** The board of a MOB-IN selection, with the substitutions of art. 107bis and V-MOB-10 (FX-MOB-11). */
export function mobilityBoard(post: Pick<IncomingPost, 'kind'>, people: BoardPeople): MobilityBoard {
  const rule = INCOMING_POSTS[post.kind];
  const base = rule.segretarioOnBoard ? L1781_BOARD_D : L1777_BOARD_C;
  const members: BoardSeat[] = [];
  const vacancies: BoardVacancy[] = [];
  const checks: MobilityCheck[] = [];
  const seg = people.segretario;
  const head = people.hiringServiceHead;

  if (rule.segretarioOnBoard) members.push({ role: 'SEGRETARIO_GENERALE', person: seg, citation: base });

  // HR seat: on D boards a Segretario who is also the HR head is replaced by a related-area head.
  if (rule.segretarioOnBoard && people.respRu.id === seg.id) {
    if (people.relatedAreaHead) {
      members.push({
        role: 'RESP_AREA_AFFINE',
        person: people.relatedAreaHead,
        replaces: 'RESP_RU',
        citation: L1789_RELATED,
      });
      if (!people.relatedAreaHead.relatedAreaServiceHead) {
        checks.push(
          check(
            'V-MOB-10',
            false,
            `${people.relatedAreaHead.name} non risulta Responsabile di Servizio di altra area affine dell'Amministrazione`,
            L1789_RELATED,
          ),
        );
      }
    } else {
      vacancies.push({
        role: 'RESP_AREA_AFFINE',
        replaces: 'RESP_RU',
        reason: `Il Segretario Generale è anche Responsabile del Servizio Risorse Umane: il Segretario deve individuare un altro Responsabile di Servizio di area affine dell'Amministrazione — ${formatCitation(L1789_RELATED)}.`,
        citation: L1789_RELATED,
      });
    }
  } else {
    members.push({ role: 'RESP_RU', person: people.respRu, citation: base });
  }

  // Hiring-service seat: an external expert when there is no head, or (D boards) the head is the Segretario.
  const expertNeeded = !head || (rule.segretarioOnBoard && head.id === seg.id);
  if (expertNeeded) {
    const why = head
      ? "il Segretario Generale è anche Responsabile del Servizio interessato all'assunzione"
      : "non esiste il Responsabile del Servizio interessato all'assunzione";
    const expert = people.externalExpert;
    if (expert) {
      members.push({
        role: 'ESPERTO_ESTERNO',
        person: expert,
        replaces: 'RESP_SERVIZIO_ASSUNZIONE',
        citation: L1783_EXPERT,
      });
      if (!expert.otherAdministration || !expert.serviceHeadSameArea) {
        checks.push(
          check(
            'V-MOB-10',
            false,
            `Poiché ${why}, il membro esperto deve essere un Responsabile di Servizio della medesima area dipendente di altra Amministrazione Pubblica: ${expert.name} (${expert.administration}) non ha questi requisiti`,
            L1783_EXPERT,
          ),
        );
      }
      if (expert.cost !== 0) {
        checks.push(
          check(
            'V-MOB-10',
            false,
            `L'incarico al membro esperto esterno ${expert.name} comporta un onere di ${expert.cost} euro: non sono ammessi oneri aggiunti per l'Amministrazione`,
            L1787_COST,
          ),
        );
      }
    } else {
      vacancies.push({
        role: 'ESPERTO_ESTERNO',
        replaces: 'RESP_SERVIZIO_ASSUNZIONE',
        reason: `Poiché ${why}, il Segretario Generale deve individuare un membro esperto esterno (Responsabile di Servizio della medesima area di altra Amministrazione Pubblica, senza oneri aggiunti) — ${formatCitation(L1783_EXPERT)}.`,
        citation: L1783_EXPERT,
      });
    }
  } else {
    members.push({ role: 'RESP_SERVIZIO_ASSUNZIONE', person: head, citation: base });
  }

  let secretary: BoardSeat | undefined;
  if (people.minuteSecretary) {
    secretary = { role: 'SEGRETARIO_VERBALIZZANTE', person: people.minuteSecretary, citation: L1791_SECRETARY };
    if (!people.minuteSecretary.hrIstruttoreAmministrativo) {
      checks.push(
        check(
          'V-MOB-10',
          false,
          `${people.minuteSecretary.name} non è istruttore amministrativo del Servizio Gestione Risorse Umane: non può svolgere le funzioni di segretario verbalizzante`,
          L1791_SECRETARY,
        ),
      );
    }
  } else {
    vacancies.push({
      role: 'SEGRETARIO_VERBALIZZANTE',
      reason: `Manca il segretario verbalizzante (istruttore amministrativo del Servizio Gestione Risorse Umane) — ${formatCitation(L1791_SECRETARY)}.`,
      citation: L1791_SECRETARY,
    });
  }

  // V-MOB-10: one person, one seat (a case the substitutions do not cover, e.g. HR hiring for itself).
  const seen = new Map<string, BoardRole>();
  for (const m of members) {
    const other = seen.get(m.person.id);
    if (other) {
      checks.push(
        check(
          'V-MOB-10',
          false,
          `${m.person.name} occuperebbe due posti nella Commissione (${BOARD_ROLE_LABELS[other]} e ${BOARD_ROLE_LABELS[m.role]}): i componenti devono essere persone distinte`,
          base,
        ),
      );
    } else seen.set(m.person.id, m.role);
  }
  for (const s of secretary ? [...members, secretary] : members) {
    if (s.person.politicalOrUnionOffice) {
      checks.push(
        check(
          'V-MOB-10',
          false,
          `${s.person.name} ricopre cariche politiche o sindacali e non può far parte della Commissione`,
          L1320_NO_POLITICS,
        ),
      );
    }
  }
  for (const v of vacancies) {
    checks.push({ id: 'MOB-IN-COMMISSIONE', passed: false, reason: v.reason, citation: v.citation });
  }
  if (checks.length === 0) {
    checks.push(
      check(
        'V-MOB-10',
        true,
        `Commissione composta da ${members.map((m) => BOARD_ROLE_LABELS[m.role]).join(', ')}, persone distinte, con segretario verbalizzante`,
        base,
      ),
    );
  }
  return {
    valid: checks.every((c) => c.passed),
    members,
    ...(secretary ? { secretary } : {}),
    vacancies,
    checks,
  };
}

// ------------------------------------------------------------------------------ internal (art. 76)

const L1285_SAME_CATEGORY = seedCitation(
  'art. 76',
  'c. 5',
  'L1285',
  "Il trasferimento deve sempre avvenire in posti della stessa categoria ed analogo profilo professionale, nel rispetto dell'equivalenza delle nuove mansioni",
);
const L1287_COMMUNICATIONS = seedCitation(
  'art. 76',
  'c. 6',
  'L1287',
  "Tutti i provvedimenti di mobilità interna di cui al presente articolo devono essere comunicati, prima della loro esecuzione, all'interessato, al Sindaco, alla Giunta e alle organizzazioni sindacali.",
);
const L1289_TEMPORARY = seedCitation(
  'art. 76',
  'c. 7',
  'L1289',
  'Le norme di cui al presente articolo in tema di mobilità interna si applicano anche ai casi di mobilità temporanea.',
);

export interface PostRef {
  category: Category;
  profile: string;
}

export interface InternalTransferResult {
  allowed: boolean;
  checks: MobilityCheck[];
}

/**
 * V-MOB-20 (FX-MOB-06): same category and analogous profile. Categories compare as the register
 * records them (D3 giuridico is not D1: art. 107bis treats them as different posts). Identical
 * profiles pass; a different profile passes only with the HR head's motivated statement that it is
 * analogous and the duties equivalent, since "analogo" is a judgement the text leaves to them.
 */
export function internalTransferCheck(
  from: PostRef,
  to: PostRef,
  opts: { analogousProfileMotivation?: string } = {},
): InternalTransferResult {
  const checks: MobilityCheck[] = [];
  if (from.category !== to.category) {
    checks.push(
      check(
        'V-MOB-20',
        false,
        `Trasferimento non consentito: il dipendente è di categoria ${from.category} e il posto di destinazione è di categoria ${to.category}; è richiesta la stessa categoria`,
        L1285_SAME_CATEGORY,
      ),
    );
  } else if (normalise(from.profile).trim() === normalise(to.profile).trim()) {
    checks.push(
      check(
        'V-MOB-20',
        true,
        `Posto della stessa categoria (${to.category}) e dello stesso profilo professionale (${to.profile})`,
        L1285_SAME_CATEGORY,
      ),
    );
  } else if (opts.analogousProfileMotivation?.trim()) {
    checks.push(
      check(
        'V-MOB-20',
        true,
        `Posto della stessa categoria (${to.category}); profilo diverso (da "${from.profile}" a "${to.profile}") dichiarato analogo, con mansioni equivalenti: ${opts.analogousProfileMotivation.trim()}`,
        L1285_SAME_CATEGORY,
      ),
    );
  } else {
    checks.push(
      check(
        'V-MOB-20',
        false,
        `Trasferimento non consentito senza motivazione: il profilo di destinazione ("${to.profile}") è diverso da quello del dipendente ("${from.profile}"); occorre motivare l'analogia del profilo e l'equivalenza delle mansioni`,
        L1285_SAME_CATEGORY,
      ),
    );
  }
  return { allowed: checks.every((c) => c.passed), checks };
}

export type CommunicationRecipient = 'DIPENDENTE' | 'SINDACO' | 'GIUNTA' | 'OOSS';

export const COMMUNICATION_RECIPIENTS: readonly CommunicationRecipient[] = ['DIPENDENTE', 'SINDACO', 'GIUNTA', 'OOSS'];

const RECIPIENT_LABELS: Readonly<Record<CommunicationRecipient, string>> = {
  DIPENDENTE: "all'interessato",
  SINDACO: 'al Sindaco',
  GIUNTA: 'alla Giunta',
  OOSS: 'alle organizzazioni sindacali',
};

export interface ExecutionOptions {
  /** Temporary mobility (art. 76 c.7): same rules, plus an end date. */
  temporary?: { endDate: string };
  /** Date of the transfer act: a communication cannot precede the act it communicates. */
  actDate?: string;
}

export interface ExecutionResult {
  allowed: boolean;
  /** Recipients without a valid communication before the execution date. */
  missing: CommunicationRecipient[];
  /** The last of the four valid communications, when all four are there. */
  lastCommunication?: IsoDate;
  checks: MobilityCheck[];
}

/** V-MOB-21 (FX-MOB-07) and V-MOB-22: all four communications recorded before execution. */
export function executionAllowed(
  communications: readonly { recipient: CommunicationRecipient; date: string }[],
  executionDate: string,
  opts: ExecutionOptions = {},
): ExecutionResult {
  const execution = parseIsoDate(executionDate);
  const actDate = opts.actDate === undefined ? undefined : parseIsoDate(opts.actDate);
  for (const c of communications) parseIsoDate(c.date);
  const checks: MobilityCheck[] = [];
  const missing: CommunicationRecipient[] = [];
  const problems: string[] = [];
  const valid: IsoDate[] = [];
  for (const r of COMMUNICATION_RECIPIENTS) {
    const mine = communications.filter((c) => c.recipient === r).map((c) => c.date);
    // The earliest communication that follows the act and precedes the execution is the one that counts.
    const ok = mine.filter((x) => x < execution && (actDate === undefined || x >= actDate)).sort()[0];
    if (ok) {
      valid.push(ok);
      continue;
    }
    missing.push(r);
    if (mine.length === 0) problems.push(`manca la comunicazione ${RECIPIENT_LABELS[r]}`);
    else if (actDate !== undefined && mine.every((x) => x < actDate))
      problems.push(
        `la comunicazione ${RECIPIENT_LABELS[r]} (${mine.map(d).join(', ')}) precede il provvedimento del ${d(actDate)}`,
      );
    else
      problems.push(
        `la comunicazione ${RECIPIENT_LABELS[r]} è del ${mine.map(d).join(', ')}, non anteriore all'esecuzione`,
      );
  }
  const lastCommunication = missing.length === 0 ? valid.sort().at(-1) : undefined;
  checks.push(
    missing.length === 0
      ? check(
          'V-MOB-21',
          true,
          `Provvedimento comunicato all'interessato, al Sindaco, alla Giunta e alle organizzazioni sindacali (ultima comunicazione il ${d(lastCommunication as string)}) prima dell'esecuzione del ${d(execution)}`,
          L1287_COMMUNICATIONS,
        )
      : check(
          'V-MOB-21',
          false,
          `Esecuzione del ${d(execution)} non consentita: ${problems.join('; ')}`,
          L1287_COMMUNICATIONS,
        ),
  );
  if (opts.temporary) {
    const end = parseIsoDate(opts.temporary.endDate);
    checks.push(
      end >= execution
        ? check(
            'V-MOB-22',
            true,
            `Mobilità temporanea dal ${d(execution)} al ${d(end)}, soggetta alle stesse regole della mobilità interna`,
            L1289_TEMPORARY,
          )
        : check(
            'V-MOB-22',
            false,
            `Mobilità temporanea non valida: la data di fine (${d(end)}) precede l'esecuzione (${d(execution)})`,
            L1289_TEMPORARY,
          ),
    );
  }
  return {
    allowed: checks.every((c) => c.passed),
    missing,
    ...(lastCommunication ? { lastCommunication } : {}),
    checks,
  };
}

// ------------------------------------------------------------- temporary assignment (art. 74 c.4)

export interface TemporaryAssignmentResult {
  allowed: boolean;
  /** The last end date allowed (D2: same calendar date three years on). */
  latestEnd: IsoDate;
  checks: MobilityCheck[];
}

/** T-MOB-03 (FX-MOB-08): staff of another PA for no more than 3 years. */
export function temporaryAssignmentCheck(
  startDate: string,
  endDate: string,
  ctx: MobilityContext,
): TemporaryAssignmentResult {
  const start = parseIsoDate(startDate);
  const end = parseIsoDate(endDate);
  const max = term(ctx, MOBILITY_TERMS.temporaryAssignmentMax, start);
  let c: MobilityCheck;
  if (end < start) {
    c = check(
      'T-MOB-03',
      false,
      `Assegnazione temporanea non valida: la data di fine (${d(end)}) precede l'inizio (${d(start)})`,
      max.citation,
      { latest: max.dueDate, term: max },
    );
  } else if (end <= max.dueDate) {
    c = check(
      'T-MOB-03',
      true,
      `Assegnazione temporanea dal ${d(start)} al ${d(end)}: entro il limite di 3 anni (fine non oltre il ${d(max.dueDate)})`,
      max.citation,
      { latest: max.dueDate, term: max },
    );
  } else {
    c = check(
      'T-MOB-03',
      false,
      `Assegnazione temporanea non consentita: dal ${d(start)} al ${d(end)} supera il limite di 3 anni; la data di fine non può essere successiva al ${d(max.dueDate)}`,
      max.citation,
      { latest: max.dueDate, term: max },
    );
  }
  return { allowed: c.passed, latestEnd: max.dueDate, checks: [c] };
}

// ------------------------------------------------------- seconded staff (art. 80 c.2 f, L1330)

const L1330_CONSENTS = seedCitation(
  'art. 80',
  'c. 2, lett. f)',
  'L1330',
  "sempreché sussista l'interesse per l'Amministrazione e previo consenso del dipendente e dell'Amministrazione di appartenenza.",
);

export interface SecondmentConsents {
  /** The employee's written consent. */
  employee?: RecordedAct;
  /** The home administration's consent. */
  homeAdministration?: RecordedAct;
  /** The Administration's interest, as motivated in the decision. */
  administrationInterest?: string;
}

export interface SecondedInquadramentoResult {
  allowed: boolean;
  /** First date the inquadramento may be decided. */
  notBefore: IsoDate;
  checks: MobilityCheck[];
}

/** T-MOB-04 (FX-MOB-12) and the consents of MOB-COM: one year of service, interest, prior consents. */
export function secondedInquadramentoCheck(
  secondmentStart: string,
  decisionDate: string,
  consents: SecondmentConsents,
  ctx: MobilityContext,
): SecondedInquadramentoResult {
  const decision = parseIsoDate(decisionDate);
  const floor = term(ctx, MOBILITY_TERMS.secondedInquadramento, secondmentStart);
  const checks: MobilityCheck[] = [
    decision >= floor.dueDate
      ? check(
          'T-MOB-04',
          true,
          `In comando dal ${d(secondmentStart)}: un anno di servizio presso il Comune compiuto il ${d(floor.dueDate)}, non oltre la decisione del ${d(decision)}`,
          floor.citation,
          { notBefore: floor.dueDate, term: floor },
        )
      : check(
          'T-MOB-04',
          false,
          `Inquadramento non consentito il ${d(decision)}: in comando dal ${d(secondmentStart)}, l'anno di servizio presso il Comune si compie il ${d(floor.dueDate)}; l'inquadramento può essere disposto da tale data`,
          floor.citation,
          { notBefore: floor.dueDate, term: floor },
        ),
  ];
  const problems: string[] = [];
  for (const [key, label] of [
    ['employee', 'del dipendente'],
    ['homeAdministration', "dell'Amministrazione di appartenenza"],
  ] as const) {
    const a = consents[key];
    if (!a) problems.push(`manca il consenso ${label}`);
    else {
      requireAct(a, `consents.${key}`);
      if (a.date > decision) problems.push(`il consenso ${label} (${d(a.date)}) è successivo alla decisione`);
    }
  }
  if (!consents.administrationInterest?.trim())
    problems.push("manca la motivazione dell'interesse dell'Amministrazione");
  checks.push(
    problems.length === 0
      ? check(
          'MOB-COM-CONSENSI',
          true,
          "Interesse dell'Amministrazione motivato; consenso del dipendente e dell'Amministrazione di appartenenza acquisiti prima della decisione",
          L1330_CONSENTS,
        )
      : check('MOB-COM-CONSENSI', false, `Inquadramento non consentito: ${problems.join('; ')}`, L1330_CONSENTS),
  );
  return { allowed: checks.every((c) => c.passed), notBefore: floor.dueDate, checks };
}
