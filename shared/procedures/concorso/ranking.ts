/**
 * Final score and ranking of the concorso pubblico (spec/recruitment.md §3.8.4, §3.9; fixtures §16.3;
 * DECISIONS D3 C1, Q13, Q15 and "every ranking must be explainable").
 *
 *  - finalScore: art. 99 by default (average of the written and practical marks + oral + titles, L1635);
 *    Allegato I's 100-point plain sum selectable per bando (L4115). Titles count only in a bando "per
 *    titoli ed esami" (D3 C1). Pass mark 21/30 in every test (artt. 94 c.7, 96 c.3, 98 c.1).
 *  - rank: merit order (art. 101 c.1), ties broken by the Allegato M preference titles in their listed
 *    order, then dependent children, commendable public service, younger age (L4337–L4364); reserves
 *    (military volunteers 30%, L. 68/1999 seats, internal staff ≤ 50%, others of the bando) with seats
 *    rounded down and the fraction carried to the next competition (D3 Q15); the winners for the posts.
 *
 * Every entry carries its explanation: Italian sentences, each with its citation. Pure: no I/O, no clock.
 * Scores are exact: marks in thousandths, the art. 99 average kept as a fraction and compared by
 * cross-multiplication, so 68/3 never ties with 22.667.
 */
import { type IsoDate, isIsoDate } from '../../calendar/dates';
import { type Citation, formatCitation } from '../../calendar/terms';
import { formatPoints, type TitlesFlag, type TitlesResult, titleLines, titlesMilli, toMilli } from './titles';

export type CompetitionType = 'PER_ESAMI' | 'PER_TITOLI_ED_ESAMI';
/** ART_99: average of written/practical + oral + titles (max 70). ALLEGATO_I: plain sum (max 100). */
export type ScoreAggregation = 'ART_99' | 'ALLEGATO_I';

/** A test mark out of 30: the total, or the three commissioners' marks out of 10 (art. 94 c.6). */
export type Mark = number | { commissioners: readonly number[] };
/** 'ABSENT': deemed withdrawal (D3 Q13). */
export type TestResult = Mark | 'ABSENT';

export interface CandidateMarks {
  /** Written tests in the order they were sat. */
  written: readonly TestResult[];
  /** Practical or theoretical-practical tests, if the bando has them. */
  practical?: readonly TestResult[];
  /** Undefined: the oral has not been held for this candidate. */
  oral?: TestResult;
}

/** Declared in the application (art. 83 b.9) and documented within 15 days of the oral or already held (art. 100). */
export interface Proof {
  declared: boolean;
  documented: boolean;
  heldByAdministration?: boolean;
}

/** Allegato M titles; 18 (dependent children) comes from `dependentChildren`. */
export type PreferenceTitle = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 19 | 20;

export interface PreferenceClaim extends Proof {
  title: PreferenceTitle;
}

export type ReserveKind = 'MILITARY_VOLUNTEERS' | 'DISABLED_L68' | 'INTERNAL_STAFF' | 'OTHER';

export type ReserveClaim = Proof &
  (
    | { kind: 'MILITARY_VOLUNTEERS'; dischargedWithoutDemerit: boolean }
    | { kind: 'DISABLED_L68'; registeredInLists: boolean; unemployedAtDeadline: boolean }
    | { kind: 'INTERNAL_STAFF'; permanentEmployee: boolean; holdsRequiredStudyTitle: boolean }
    | { kind: 'OTHER'; reserveId: string }
  );

export interface RankCandidate {
  /** Unique: the application's id or protocol number. */
  id: string;
  name?: string;
  /** Declared in the application (art. 83 b.2): younger age is the last tie-break. */
  birthDate: IsoDate;
  marks: CandidateMarks;
  /** The board's titles evaluation (titles.ts); counted only in a bando "per titoli ed esami". */
  titles?: TitlesResult;
  /** Excluded earlier (misconduct, copying, recognition mark…): listed with the reason, never ranked. */
  excluded?: { reason: string; citation: Citation };
  preferenceTitles?: readonly PreferenceClaim[];
  /** Title 18 and criterion a) of Allegato M. */
  dependentChildren?: Proof & { count: number };
  /** Criterion b) of Allegato M: commendable service in public administrations. */
  commendablePublicService?: Proof;
  reserves?: readonly ReserveClaim[];
}

export interface ReserveSpec {
  kind: ReserveKind;
  /** Distinguishes several OTHER reserves; defaults to the kind. */
  id?: string;
  /** Italian; required for OTHER. */
  label?: string;
  /** Percent of the posts. MILITARY_VOLUNTEERS defaults to the rule's 30; INTERNAL_STAFF at most 50. */
  percentage?: number;
  /** A fixed number of seats instead of a percentage (DISABLED_L68: the annual plan, art. 111 c.3). */
  seats?: number;
  /** Fraction of a seat carried from earlier competitions, 0 ≤ x < 1 (D3 Q15). */
  carriedIn?: number;
  /** OTHER: the legal basis the bando states. */
  citation?: Citation;
}

/**
 * The numbers the engine applies (DECISIONS D1: data, not literals buried in code). The Stresa values:
 * pass mark 21/30 (art. 94 c.7, art. 96 c.3, art. 98 c.1), 10 points per commissioner (art. 94 c.6),
 * military volunteers 30% (art. 112), internal staff at most 50% (art. 80 c.4).
 */
export interface ScoringRules {
  passMark: number;
  maxMark: number;
  commissionerMax: number;
  militaryReservePercent: number;
  internalReserveMaxPercent: number;
}

export const STRESA_SCORING: ScoringRules = {
  passMark: 21,
  maxMark: 30,
  commissionerMax: 10,
  militaryReservePercent: 30,
  internalReserveMaxPercent: 50,
};

export interface RankOptions {
  /** Posts put to competition (art. 101 c.3). */
  posts: number;
  competitionType: CompetitionType;
  aggregation?: ScoreAggregation;
  /** In precedence order: a candidate entitled to several takes the first with a free seat. */
  reserves?: readonly ReserveSpec[];
  rules?: ScoringRules;
}

export interface ScoreOptions {
  competitionType: CompetitionType;
  aggregation?: ScoreAggregation;
  rules?: ScoringRules;
}

export interface Explained {
  /** Italian. */
  text: string;
  citation: Citation;
}

export interface ScoreComponents {
  aggregation: ScoreAggregation;
  written: number[];
  practical: number[];
  /** ART_99: the average of written and practical marks; ALLEGATO_I: their sum. */
  exams: number;
  oral: number;
  /** 0 when not counted. */
  titles: number;
  titlesCounted: boolean;
  /** Titles by category, when counted. */
  titlesByCategory?: { study: number; service: number; misc: number };
}

export type Outcome = 'IDONEO' | 'FAILED_WRITTEN' | 'FAILED_PRACTICAL' | 'FAILED_ORAL' | 'WITHDRAWN' | 'INCOMPLETE';

/** Exact score in thousandths of a point: num / den (den = tests averaged, or 1). */
export interface ExactScore {
  num: number;
  den: number;
}

export type ScoreResult =
  | {
      outcome: 'IDONEO';
      /** Rounded to 3 decimals for display; the order uses `exact`. */
      score: number;
      exact: ExactScore;
      components: ScoreComponents;
      explained: Explained[];
    }
  | {
      outcome: Exclude<Outcome, 'IDONEO'>;
      /** Italian. */
      reason: string;
      citation: Citation;
      explained: Explained[];
    };

export type TieBreakRule = 'PREFERENCE_TITLE' | 'DEPENDENT_CHILDREN' | 'PUBLIC_SERVICE' | 'YOUNGER_AGE' | 'UNRESOLVED';

export interface TieBreak {
  /** The tied candidate this one was compared with (adjacent in the ranking). */
  against: string;
  outcome: 'PRECEDES' | 'FOLLOWS';
  rule: TieBreakRule;
  /** PREFERENCE_TITLE: the Allegato M number that decided. */
  title?: number;
  /** Italian. */
  text: string;
  citation: Citation;
}

export type Seat =
  | { kind: 'OPEN' }
  | { kind: 'RESERVE'; reserveId: string }
  /** A reserved seat no entitled idoneo could take, returned to the general ranking. */
  | { kind: 'RETURNED'; reserveId: string };

export interface RankingEntry {
  position: number;
  candidateId: string;
  name?: string;
  score: number;
  exact: ExactScore;
  components: ScoreComponents;
  /** Allegato M titles that count (declared and proved), in list order; 18 when children are proved. */
  preferenceTitles: number[];
  dependentChildren: number;
  commendablePublicService: boolean;
  /** Reserves the candidate is entitled to (checked and proved). */
  reserveEntitlements: string[];
  /** The reserve seat taken, if the candidate wins on one. */
  reserve?: { reserveId: string; label: string };
  winner: boolean;
  seat?: Seat;
  tieBreak: TieBreak[];
  /** D3 Q9 and the like, from the titles evaluation. */
  flags: TitlesFlag[];
  explained: Explained[];
  /** The same sentences rendered with their citation. */
  explanation: string[];
}

export interface ExcludedCandidate {
  candidateId: string;
  name?: string;
  outcome: Exclude<Outcome, 'IDONEO'> | 'EXCLUDED';
  reason: string;
  citation: Citation;
  explanation: string[];
}

export interface ReserveSummary {
  reserveId: string;
  kind: ReserveKind;
  label: string;
  percentage?: number;
  carriedIn: number;
  /** posts × percentage + carriedIn, before rounding (or the fixed seats). */
  exact: number;
  seats: number;
  /** The fraction dropped by rounding down, carried to the next competition (D3 Q15). */
  carriedOut: number;
  filled: number;
  /** Seats no entitled idoneo could take, given back to the general ranking. */
  returned: number;
  holders: string[];
  citation: Citation;
  text: string;
}

export interface Winner {
  candidateId: string;
  position: number;
  seat: Seat;
}

export interface Ranking {
  aggregation: ScoreAggregation;
  posts: number;
  openSeats: number;
  entries: RankingEntry[];
  excluded: ExcludedCandidate[];
  reserves: ReserveSummary[];
  winners: Winner[];
  explanation: string[];
}

// ---------------------------------------------------------------------------------------------------
// Citations (verbatim fragments of the cited lines, '…' between them).

const SEED = '004_29fc22527282130e.txt';
const seed = (article: string, paragraph: string | undefined, lines: string, quote: string): Citation =>
  paragraph === undefined
    ? { source: 'seed', file: SEED, article, lines, quote }
    : { source: 'seed', file: SEED, article, paragraph, lines, quote };

export const RANKING_CITATIONS = {
  absent: seed(
    'art. 81',
    'c. 2',
    'L1343',
    "Le modalità e le procedure per l'accesso all'impiego sono quelle previste dal D.P.R. 9 maggio 1994 n. 487",
  ),
  birthDate: seed('art. 83', 'c. 2, lett. b.2)', 'L1412', 'la data ed il luogo di nascita'),
  declared: seed(
    'art. 83',
    'c. 2, lett. b.9)',
    'L1419',
    'il possesso di eventuali titoli di riserva, preferenza e precedenza a parità di valutazione',
  ),
  commissioners: seed(
    'art. 94',
    'c. 6',
    'L1594',
    'Per la valutazione della prova scritta la Commissione giudicatrice dispone complessivamente di punti 30 (punti 10 per ogni Commissario)',
  ),
  secondNotCorrected: seed(
    'art. 94',
    'c. 7',
    'L1596',
    "Non si procederà alla correzione dell'elaborato della seconda prova se non sarà stato raggiunto il punteggio minimo di 21/30 nella prima prova scritta",
  ),
  practicalCommissioners: seed(
    'art. 96',
    'c. 2',
    'L1613',
    'Per la valutazione della prova pratica la Commissione giudicatrice dispone complessivamente di punti 30 (punti 10 per ogni Commissario)',
  ),
  oralAdmission: seed(
    'art. 96',
    'c. 3',
    'L1614',
    'Non possono essere ammessi alla prova orale i candidati che non abbiano conseguito in ciascuna delle prove scritte una votazione di almeno 21/30',
  ),
  testsPassMark: {
    source: 'seed',
    file: SEED,
    article: 'All. I',
    paragraph: 'lett. A), B), C)',
    lines: 'L4125, L4139, L4153',
    quote: 'Le prove si considerano superate con un punteggio minimo di 21/30.',
  },
  oralPass: seed(
    'art. 98',
    'c. 1',
    'L1628',
    'La prova orale o il colloquio si intendono superati con una votazione di almeno 21/30',
  ),
  finalScore: seed(
    'art. 99',
    undefined,
    'L1635',
    'Il punteggio finale delle prove di esame é dato dalla media dei voti conseguiti nelle prove scritte e/o pratiche o a contenuto teorico - pratico, sommata alla votazione conseguita nella prova orale nonché dalla valutazione dei titoli',
  ),
  hundredPoints: {
    source: 'seed',
    file: SEED,
    article: 'All. I',
    paragraph: 'lett. A), B), C)',
    lines: 'L4115, L4129, L4143',
    quote: 'punteggio complessivo di 100 punti così suddivisi',
  },
  titlesTotal: {
    source: 'seed',
    file: SEED,
    article: 'All. I',
    paragraph: 'punto 1',
    lines: 'L4159',
    quote: 'vengono stabiliti n. 10 punti così ripartiti',
  },
  documents: seed(
    'art. 100',
    'c. 1',
    'L1639',
    'entro il termine perentorio di quindici giorni decorrenti dal giorno successivo a quello in cui hanno sostenuto il colloquio, i documenti in carta semplice attestanti il possesso dei titoli di riserva, preferenza e precedenza',
  ),
  alreadyHeld: seed(
    'art. 100',
    'c. 2',
    'L1641',
    "La suddetta documentazione non é richiesta nel caso in cui l'Amministrazione ne sia già in possesso.",
  ),
  l68: seed(
    'art. 100',
    'c. 3',
    'L1643',
    "I candidati appartenenti a categorie previste dalla Legge 12.03.1999, n.68, che abbiano conseguito l'idoneità, verranno inclusi nella graduatoria tra i vincitori purché, risultino iscritti negli appositi elenchi … risultino disoccupati sia al momento della scadenza del termine per la presentazione delle domande di ammissione al concorso sia all'atto dell'immissione in servizio",
  ),
  rankingOrder: seed(
    'art. 101',
    'c. 1',
    'L1647',
    "La graduatoria di merito dei candidati è formata dalla commissione esaminatrice secondo l'ordine decrescente del punteggio conseguito nella votazione complessiva",
  ),
  titlesIfBando: seed(
    'art. 101',
    'c. 1',
    'L1647',
    'e ove previsto nel bando, da quello ottenuto nella valutazione dei titoli',
  ),
  winners: seed(
    'art. 101',
    'c. 3',
    'L1651',
    'Sono dichiarati vincitori, nei limiti dei posti complessivamente messi a concorso … tenuto conto delle riserve di legge e contrattuali di comparto',
  ),
  validity: seed(
    'art. 101',
    'c. 5',
    'L1655',
    'le graduatorie dei vincitori rimangono efficaci per il termine di tre anni dalla data di approvazione',
  ),
  bandoReserves: seed(
    'art. 82',
    'c. 1, lett. c)',
    'L1371',
    'le percentuali dei posti riservati da leggi a favore di determinate categorie',
  ),
  internal: seed(
    'art. 80',
    'c. 4',
    'L1333',
    "non può comunque essere superiore al 50% dei posti da coprire e può essere utilizzata dal personale in possesso del titolo di studio per l'accesso alla categoria selezionata",
  ),
  l68Seats: seed('art. 111', 'c. 3', 'L1850', 'determina il numero di posti riservati alle persone disabili'),
  military: seed(
    'art. 112',
    undefined,
    'L1854',
    'è attribuita la riserva nella misura del 30% dei posti messi a concorso nella programmazione annuale … a favore dei militari volontari delle tre Forze Armate congedati senza demerito',
  ),
  preferenceList: {
    source: 'seed',
    file: SEED,
    article: 'All. M',
    lines: 'L4337',
    quote: 'Nei pubblici concorsi a parità di merito i titoli di preferenza sono',
  },
  children: {
    source: 'seed',
    file: SEED,
    article: 'All. M',
    paragraph: 'lett. a)',
    lines: 'L4360, L4362',
    quote:
      'A parità di merito e di titoli la preferenza è determinata … dal numero dei figli a carico, indipendentemente dal fatto che il candidato sia coniugato o meno',
  },
  publicService: {
    source: 'seed',
    file: SEED,
    article: 'All. M',
    paragraph: 'lett. b)',
    lines: 'L4360, L4363',
    quote:
      "A parità di merito e di titoli la preferenza è determinata … dall'aver prestato lodevole servizio nelle amministrazioni pubbliche",
  },
  youngerAge: {
    source: 'seed',
    file: SEED,
    article: 'All. M',
    paragraph: 'lett. c)',
    lines: 'L4360, L4364',
    quote: 'A parità di merito e di titoli la preferenza è determinata … dalla minore età',
  },
} satisfies Record<string, Citation>;

const R = RANKING_CITATIONS;

/** Allegato M, L4339–L4358, verbatim. */
export const PREFERENCE_TITLES: Readonly<Record<number, string>> = {
  1: 'gli insigniti di medaglia al valor militare',
  2: 'i mutilati e invalidi di guerra ex combattenti',
  3: 'i mutilati e invalidi per fatto di guerra',
  4: 'i mutilati e invalidi per servizio nel settore pubblico e privato',
  5: 'gli orfani di guerra',
  6: 'gli orfani dei caduti per fatto di guerra',
  7: 'gli orfani dei caduti per servizio nel settore pubblico o privato',
  8: 'i feriti in combattimento',
  9: 'gli insigniti di croce di guerra o di altra attestazione speciale di merito di guerra, nonché i capi di famiglia numerosa',
  10: 'i figli dei mutilati e degli invalidi di guerra ex combattenti',
  11: 'i figli dei mutilati e degli invalidi per fatto di guerra',
  12: 'i figli dei mutilati e degli invalidi per servizio nel settore pubblico e privato',
  13: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non sposati dei caduti di guerra',
  14: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per fatto di guerra',
  15: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per servizio nel settore pubblico e privato',
  16: 'coloro che abbiano prestato servizio militare come combattenti o assimilati',
  17: "coloro che abbiano prestato lodevole servizio a qualunque titolo, per non meno di un anno, nell'amministrazione che ha indetto il concorso",
  18: 'i coniugati ed i non coniugati con riguardo al numero dei figli a carico',
  19: 'gli invalidi ed i mutilati civili',
  20: 'militari volontari delle Forze armate congedati senza demerito al termine della ferma o rafferma',
};

/** Title n of Allegato M sits on line 4338 + n. */
export function preferenceCitation(title: number): Citation {
  return {
    source: 'seed',
    file: SEED,
    article: 'All. M',
    paragraph: `n. ${title}`,
    lines: `L${4338 + title}`,
    quote: PREFERENCE_TITLES[title],
  };
}
const PREFERENCE_CITATIONS = Array.from({ length: 21 }, (_, k) => (k === 0 ? undefined : preferenceCitation(k)));

const RESERVE_LABELS: Record<Exclude<ReserveKind, 'OTHER'>, string> = {
  MILITARY_VOLUNTEERS: 'militari volontari delle Forze Armate congedati senza demerito',
  DISABLED_L68: 'persone disabili (L. 68/1999)',
  INTERNAL_STAFF: 'personale interno',
};

// ---------------------------------------------------------------------------------------------------
// Helpers.

export const renderExplained = (e: Explained): string => `${e.text} — ${formatCitation(e.citation)}`;
const say = (text: string, citation: Citation): Explained => ({ text, citation });
const pts = formatPoints;
const who = (c: { id: string; name?: string }) => (c.name ? `${c.name} (${c.id})` : c.id);

function markOf(m: Mark, what: string, rules: ScoringRules): { milli: number; detail?: string } {
  if (typeof m === 'number') {
    const milli = toMilli(m, what);
    if (milli > rules.maxMark * 1000) throw new RangeError(`${what}: voto ${m} oltre ${rules.maxMark}.`);
    return { milli };
  }
  let milli = 0;
  for (const c of m.commissioners) {
    const v = toMilli(c, what);
    if (v > rules.commissionerMax * 1000) {
      throw new RangeError(`${what}: voto di un commissario ${c} oltre ${rules.commissionerMax}.`);
    }
    milli += v;
  }
  if (milli > rules.maxMark * 1000) throw new RangeError(`${what}: voto complessivo oltre ${rules.maxMark}.`);
  return { milli, detail: `commissari ${m.commissioners.map((c) => pts(toMilli(c, what))).join(' + ')}` };
}

function failed(
  outcome: Exclude<Outcome, 'IDONEO'>,
  reason: string,
  citation: Citation,
  explained: Explained[],
): ScoreResult {
  return { outcome, reason, citation, explained: [...explained, say(reason, citation)] };
}

// ---------------------------------------------------------------------------------------------------
// Final score.

/** One candidate's final score (art. 99 or Allegato I), or why there is none. */
export function finalScore(
  marks: CandidateMarks,
  titles: TitlesResult | undefined,
  options: ScoreOptions,
): ScoreResult {
  const rules = options.rules ?? STRESA_SCORING;
  const aggregation = options.aggregation ?? 'ART_99';
  const pass = rules.passMark * 1000;
  const explained: Explained[] = [];
  const absent = (what: string) =>
    failed(
      'WITHDRAWN',
      `Assente alla ${what}: considerato rinunciatario (rinvio al D.P.R. 487/1994; decisione D3 Q13)`,
      R.absent,
      explained,
    );

  if (marks.written.length === 0) throw new RangeError('Almeno una prova scritta è richiesta.');
  const written: number[] = [];
  for (let i = 0; i < marks.written.length; i++) {
    const w = marks.written[i];
    const what = `prova scritta ${i + 1}`;
    if (w === 'ABSENT') return absent(what);
    const { milli, detail } = markOf(w, what, rules);
    written.push(milli);
    if (detail)
      explained.push(say(`Prova scritta ${i + 1}: ${pts(milli)}/${rules.maxMark} (${detail})`, R.commissioners));
    if (milli < pass) {
      if (i === 0 && marks.written.length > 1) {
        explained.push(
          say(
            `La seconda prova scritta non viene corretta: la prima ha ottenuto ${pts(milli)}/${rules.maxMark}, meno di ${rules.passMark}/${rules.maxMark}`,
            R.secondNotCorrected,
          ),
        );
      }
      return failed(
        'FAILED_WRITTEN',
        `Prova scritta ${i + 1} non superata (${pts(milli)}/${rules.maxMark}, minimo ${rules.passMark}/${rules.maxMark}): non ammesso alla prova orale`,
        R.oralAdmission,
        explained,
      );
    }
  }
  const practical: number[] = [];
  const practicalMarks = marks.practical ?? [];
  for (let i = 0; i < practicalMarks.length; i++) {
    const p = practicalMarks[i];
    const what = `prova pratica ${practicalMarks.length > 1 ? i + 1 : ''}`.trim();
    if (p === 'ABSENT') return absent(what);
    const { milli, detail } = markOf(p, what, rules);
    practical.push(milli);
    if (detail)
      explained.push(say(`Prova pratica: ${pts(milli)}/${rules.maxMark} (${detail})`, R.practicalCommissioners));
    if (milli < pass) {
      return failed(
        'FAILED_PRACTICAL',
        `Prova pratica non superata (${pts(milli)}/${rules.maxMark}, minimo ${rules.passMark}/${rules.maxMark}): non ammesso alla prova orale`,
        R.testsPassMark,
        explained,
      );
    }
  }
  explained.push(
    say(
      `Prove scritte${practical.length ? ' e pratiche' : ''} superate con almeno ${rules.passMark}/${rules.maxMark}: ammesso alla prova orale`,
      R.oralAdmission,
    ),
  );
  if (marks.oral === undefined) {
    return failed(
      'INCOMPLETE',
      'Prova orale non ancora sostenuta: il punteggio finale non è calcolabile',
      R.finalScore,
      explained,
    );
  }
  if (marks.oral === 'ABSENT') return absent('prova orale');
  const oral = markOf(marks.oral, 'prova orale', rules);
  if (oral.milli < pass) {
    return failed(
      'FAILED_ORAL',
      `Prova orale non superata (${pts(oral.milli)}/${rules.maxMark}, minimo ${rules.passMark}/${rules.maxMark}): non idoneo`,
      R.oralPass,
      explained,
    );
  }
  explained.push(say(`Prova orale superata: ${pts(oral.milli)}/${rules.maxMark}`, R.oralPass));

  const titlesCounted = options.competitionType === 'PER_TITOLI_ED_ESAMI';
  const titlesPoints = titlesCounted && titles ? titlesMilli(titles) : 0;
  if (!titlesCounted && titles) {
    explained.push(say('Titoli non valutati: il bando è per soli esami', R.titlesIfBando));
  }
  const tests = [...written, ...practical];
  const sum = tests.reduce((s, m) => s + m, 0);
  const den = aggregation === 'ART_99' ? tests.length : 1;
  const num = sum + den * (oral.milli + titlesPoints);
  const exams = aggregation === 'ART_99' ? sum / tests.length : sum;
  const examsText = tests.map(pts).join(' + ');
  const exactMilli = num / den;
  const rounded = Number.isInteger(exactMilli)
    ? ''
    : ' (valore arrotondato per la sola lettura; l’ordine usa il valore esatto)';
  const titlesText = titlesCounted ? ` + titoli ${pts(titlesPoints)}` : '';
  if (aggregation === 'ART_99') {
    const avg =
      tests.length > 1
        ? `media delle prove (${examsText}) / ${tests.length} = ${pts(exams)}`
        : `prova scritta ${pts(exams)}`;
    explained.push(
      say(
        `Punteggio finale ${pts(exactMilli)} = ${avg} + prova orale ${pts(oral.milli)}${titlesText}${rounded}`,
        R.finalScore,
      ),
    );
  } else {
    explained.push(
      say(
        `Punteggio finale ${pts(exactMilli)} = somma delle prove (${examsText}) + prova orale ${pts(oral.milli)}${titlesText}: modello a 100 punti dell'Allegato I scelto dal bando (decisione D3 C1)`,
        R.hundredPoints,
      ),
    );
  }
  if (titlesCounted && titles) {
    explained.push(
      say(
        `Titoli ${pts(titlesPoints)}: studio ${pts(titles.study.points * 1000)}, servizio ${pts(titles.service.points * 1000)}, vari ${pts(titles.misc.points * 1000)}`,
        R.titlesTotal,
      ),
    );
    for (const l of titleLines(titles)) explained.push(say(l.text, l.citation));
    for (const f of titles.flags) explained.push(say(`Segnalazione: ${f.text}`, f.citation));
  } else if (titlesCounted) {
    explained.push(say('Nessun titolo valutato: punti 0', R.titlesTotal));
  }
  return {
    outcome: 'IDONEO',
    score: Math.round(exactMilli) / 1000,
    exact: { num, den },
    components: {
      aggregation,
      written: written.map((m) => m / 1000),
      practical: practical.map((m) => m / 1000),
      exams: Math.round(exams) / 1000,
      oral: oral.milli / 1000,
      titles: titlesPoints / 1000,
      titlesCounted,
      ...(titlesCounted && titles
        ? { titlesByCategory: { study: titles.study.points, service: titles.service.points, misc: titles.misc.points } }
        : {}),
    },
    explained,
  };
}

// ---------------------------------------------------------------------------------------------------
// Reserves.

const BP = 10_000;

/** Seats per reserve: posts × percentage + carried fraction, rounded down; the rest carried on (D3 Q15). */
export function computeReserveSeats(
  posts: number,
  specs: readonly ReserveSpec[],
  rules: ScoringRules = STRESA_SCORING,
): ReserveSummary[] {
  if (!Number.isInteger(posts) || posts < 1) throw new RangeError(`Numero di posti non valido: ${posts}.`);
  const ids = new Set<string>();
  const out = specs.map((s): ReserveSummary => {
    const reserveId = s.id ?? s.kind;
    if (ids.has(reserveId)) throw new RangeError(`Riserva ripetuta: ${reserveId}.`);
    ids.add(reserveId);
    if (s.kind === 'OTHER' && (!s.label || !s.citation || !s.id)) {
      throw new RangeError('Altra riserva: indicare id, denominazione e fonte normativa.');
    }
    const label = s.label ?? RESERVE_LABELS[s.kind as Exclude<ReserveKind, 'OTHER'>];
    const citation =
      s.kind === 'MILITARY_VOLUNTEERS'
        ? R.military
        : s.kind === 'DISABLED_L68'
          ? R.l68Seats
          : s.kind === 'INTERNAL_STAFF'
            ? R.internal
            : s.citation!;
    const carriedIn = s.carriedIn ?? 0;
    if (!(carriedIn >= 0 && carriedIn < 1))
      throw new RangeError(`${label}: frazione riportata non valida (${carriedIn}).`);
    const carriedUnits = Math.round(carriedIn * BP);
    if (s.seats !== undefined) {
      if (s.percentage !== undefined)
        throw new RangeError(`${label}: indicare percentuale oppure posti, non entrambi.`);
      if (!Number.isInteger(s.seats) || s.seats < 0) throw new RangeError(`${label}: posti riservati non validi.`);
      if (s.kind === 'INTERNAL_STAFF' && s.seats * 100 > posts * rules.internalReserveMaxPercent) {
        throw new RangeError(`${label}: la riserva supera il ${rules.internalReserveMaxPercent}% dei posti.`);
      }
      return {
        reserveId,
        kind: s.kind,
        label,
        carriedIn: 0,
        exact: s.seats,
        seats: s.seats,
        carriedOut: 0,
        filled: 0,
        returned: 0,
        holders: [],
        citation,
        text: `Riserva ${label}: ${s.seats} ${s.seats === 1 ? 'posto' : 'posti'} fissati dal piano delle assunzioni o dal bando`,
      };
    }
    const percentage = s.percentage ?? (s.kind === 'MILITARY_VOLUNTEERS' ? rules.militaryReservePercent : undefined);
    if (percentage === undefined || !(percentage >= 0 && percentage <= 100)) {
      throw new RangeError(`${label}: percentuale dei posti riservati mancante o non valida.`);
    }
    if (s.kind === 'INTERNAL_STAFF' && percentage > rules.internalReserveMaxPercent) {
      throw new RangeError(`${label}: la riserva supera il ${rules.internalReserveMaxPercent}% dei posti.`);
    }
    const units = posts * Math.round(percentage * 100) + carriedUnits;
    const seats = Math.floor(units / BP);
    const rest = units - seats * BP;
    const dec = (u: number) => formatPoints(u / 10); // 1/10000 → thousandths, for the Italian decimal
    const carried = carriedUnits ? ` + ${dec(carriedUnits)} riportato dai concorsi precedenti` : '';
    return {
      reserveId,
      kind: s.kind,
      label,
      percentage,
      carriedIn,
      exact: units / BP,
      seats,
      carriedOut: rest / BP,
      filled: 0,
      returned: 0,
      holders: [],
      citation,
      text:
        `Riserva ${label}: ${formatPoints(percentage * 1000)}% di ${posts} ${posts === 1 ? 'posto' : 'posti'}${carried} = ${dec(units)}; ` +
        `${seats} ${seats === 1 ? 'posto riservato' : 'posti riservati'} (arrotondamento per difetto), ` +
        `${dec(rest)} di posto ${rest ? 'riportato al concorso successivo' : 'da riportare: nessuno'} (decisione D3 Q15)`,
    };
  });
  const total = out.reduce((s, r) => s + r.seats, 0);
  if (total > posts) throw new RangeError(`I posti riservati (${total}) superano i posti messi a concorso (${posts}).`);
  return out;
}

function proofProblem(p: Proof): Explained | undefined {
  if (!p.declared) return say('non dichiarato nella domanda: non considerato', R.declared);
  if (p.documented) return undefined;
  if (p.heldByAdministration) return undefined;
  return say('dichiarato ma non documentato entro 15 giorni dalla prova orale: non considerato', R.documents);
}

/** The proof note, as its own sentence with its own citation: documents already held (art. 100 c.2). */
function proofNote(what: string, p: Proof): Explained[] {
  return !p.documented && p.heldByAdministration
    ? [say(`${what}: documentazione già in possesso dell'Amministrazione, non richiesta`, R.alreadyHeld)]
    : [];
}

function reserveRequirement(c: ReserveClaim): Explained | undefined {
  switch (c.kind) {
    case 'MILITARY_VOLUNTEERS':
      return c.dischargedWithoutDemerit ? undefined : say('congedo senza demerito non risultante', R.military);
    case 'DISABLED_L68':
      return c.registeredInLists && c.unemployedAtDeadline
        ? undefined
        : say('iscrizione negli elenchi o stato di disoccupazione alla scadenza del bando non risultante', R.l68);
    case 'INTERNAL_STAFF':
      return c.permanentEmployee && c.holdsRequiredStudyTitle
        ? undefined
        : say(
            "rapporto a tempo indeterminato o titolo di studio per l'accesso dall'esterno non risultante",
            R.internal,
          );
    case 'OTHER':
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Ranking.

interface Prepared {
  c: RankCandidate;
  num: number;
  den: number;
  /** Allegato M titles held: title k on bit 20 − k, so a larger mask wins lexicographically. */
  mask: number;
  children: number;
  service: number;
  birth: string;
  result: Extract<ScoreResult, { outcome: 'IDONEO' }>;
  notes: Explained[];
  titles: number[];
  entitled: Set<string>;
}

/** Merit order, then Allegato M, then a deterministic technical order (flagged as unresolved). */
function compare(a: Prepared, b: Prepared): number {
  const d = b.num * a.den - a.num * b.den;
  if (d !== 0) return d;
  if (a.mask !== b.mask) return b.mask - a.mask;
  if (a.children !== b.children) return b.children - a.children;
  if (a.service !== b.service) return b.service - a.service;
  if (a.birth !== b.birth) return a.birth < b.birth ? 1 : -1;
  return a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0;
}

const titleBit = (k: number) => 1 << (20 - k);

/** Why `a` (upper) precedes `b` (lower) when their scores are equal: the first Allegato M step that differs. */
function tieRule(a: Prepared, b: Prepared): { rule: TieBreakRule; title?: number; citation: Citation; text: string } {
  const A = who(a.c);
  const B = who(b.c);
  if (a.mask !== b.mask) {
    const title = 20 - (31 - Math.clz32(a.mask ^ b.mask));
    return {
      rule: 'PREFERENCE_TITLE',
      title,
      citation: PREFERENCE_CITATIONS[title]!,
      text: `${A} ha il titolo di preferenza n. ${title} (${PREFERENCE_TITLES[title]}), ${B} no; i titoli precedenti nell'elenco sono pari`,
    };
  }
  if (a.children !== b.children) {
    return {
      rule: 'DEPENDENT_CHILDREN',
      citation: R.children,
      text: `a parità di titoli, figli a carico: ${A} ${a.children}, ${B} ${b.children}`,
    };
  }
  if (a.service !== b.service) {
    return {
      rule: 'PUBLIC_SERVICE',
      citation: R.publicService,
      text: `a parità di titoli e di figli a carico, ${A} ha prestato lodevole servizio nelle amministrazioni pubbliche, ${B} no`,
    };
  }
  if (a.birth !== b.birth) {
    return {
      rule: 'YOUNGER_AGE',
      citation: R.youngerAge,
      text: `a parità di titoli, figli a carico e servizio, minore età: ${A} nato/a il ${a.birth}, ${B} il ${b.birth}`,
    };
  }
  return {
    rule: 'UNRESOLVED',
    citation: R.youngerAge,
    text: `parità non risolta dai criteri dell'Allegato M (stessa data di nascita ${a.birth}): ordine provvisorio per codice della domanda, la decisione spetta alla commissione`,
  };
}

function prepare(
  c: RankCandidate,
  result: Extract<ScoreResult, { outcome: 'IDONEO' }>,
  specs: Map<string, ReserveSummary>,
): Prepared {
  if (!isIsoDate(c.birthDate)) throw new RangeError(`${c.id}: data di nascita non valida (${c.birthDate}).`);
  const notes: Explained[] = [];
  let mask = 0;
  const seen = new Set<number>();
  for (const claim of c.preferenceTitles ?? []) {
    const cite = PREFERENCE_CITATIONS[claim.title];
    if (!cite || (claim.title as number) === 18)
      throw new RangeError(`${c.id}: titolo di preferenza non valido (${claim.title}).`);
    if (seen.has(claim.title)) continue;
    seen.add(claim.title);
    const problem = proofProblem(claim);
    if (problem) {
      notes.push(say(`Titolo di preferenza n. ${claim.title} ${problem.text}`, problem.citation));
      continue;
    }
    mask |= titleBit(claim.title);
    notes.push(
      say(`Titolo di preferenza n. ${claim.title} (${PREFERENCE_TITLES[claim.title]}) riconosciuto`, cite),
      ...proofNote(`Titolo di preferenza n. ${claim.title}`, claim),
    );
  }
  let children = 0;
  const dc = c.dependentChildren;
  if (dc && !(Number.isInteger(dc.count) && dc.count >= 0)) {
    throw new RangeError(`${c.id}: numero di figli non valido (${dc.count}).`);
  }
  if (dc && dc.count > 0) {
    const problem = proofProblem(dc);
    if (problem) notes.push(say(`Figli a carico (${dc.count}) ${problem.text}`, problem.citation));
    else {
      children = dc.count;
      mask |= titleBit(18);
      notes.push(
        say(
          `Titolo di preferenza n. 18: ${dc.count} ${dc.count === 1 ? 'figlio' : 'figli'} a carico`,
          PREFERENCE_CITATIONS[18]!,
        ),
        ...proofNote('Figli a carico', dc),
      );
    }
  }
  let service = 0;
  const ps = c.commendablePublicService;
  if (ps) {
    const problem = proofProblem(ps);
    if (problem) notes.push(say(`Lodevole servizio nelle amministrazioni pubbliche ${problem.text}`, problem.citation));
    else {
      service = 1;
      notes.push(
        say('Lodevole servizio nelle amministrazioni pubbliche riconosciuto', R.publicService),
        ...proofNote('Lodevole servizio', ps),
      );
    }
  }
  const entitled = new Set<string>();
  for (const claim of c.reserves ?? []) {
    const reserveId = claim.kind === 'OTHER' ? claim.reserveId : claim.kind;
    const spec = specs.get(reserveId);
    if (!spec) {
      notes.push(say(`Riserva «${reserveId}» richiesta ma non prevista dal bando`, R.bandoReserves));
      continue;
    }
    const problem = proofProblem(claim) ?? reserveRequirement(claim);
    if (problem) {
      notes.push(say(`Riserva a favore di ${spec.label}: ${problem.text}`, problem.citation));
      continue;
    }
    entitled.add(reserveId);
    notes.push(
      say(`Titolo di riserva a favore di ${spec.label} riconosciuto`, spec.citation),
      ...proofNote(`Riserva a favore di ${spec.label}`, claim),
    );
  }
  const titles: number[] = [];
  for (let k = 1; k <= 20; k++) if (mask & titleBit(k)) titles.push(k);
  return {
    c,
    num: result.exact.num,
    den: result.exact.den,
    mask,
    children,
    service,
    birth: c.birthDate,
    result,
    notes,
    titles,
    entitled,
  };
}

/** The ranking: merit order with Allegato M tie-breaks, reserves, winners, and every position explained. */
export function rank(candidates: readonly RankCandidate[], options: RankOptions): Ranking {
  const rules = options.rules ?? STRESA_SCORING;
  const aggregation = options.aggregation ?? 'ART_99';
  const reserves = computeReserveSeats(options.posts, options.reserves ?? [], rules);
  const specs = new Map(reserves.map((r) => [r.reserveId, r]));
  const ids = new Set<string>();
  const excluded: ExcludedCandidate[] = [];
  const prepared: Prepared[] = [];
  for (const c of candidates) {
    if (ids.has(c.id)) throw new RangeError(`Candidato ripetuto: ${c.id}.`);
    ids.add(c.id);
    if (c.excluded) {
      excluded.push({
        candidateId: c.id,
        name: c.name,
        outcome: 'EXCLUDED',
        reason: c.excluded.reason,
        citation: c.excluded.citation,
        explanation: [renderExplained(say(`Escluso: ${c.excluded.reason}`, c.excluded.citation))],
      });
      continue;
    }
    const result = finalScore(c.marks, c.titles, { competitionType: options.competitionType, aggregation, rules });
    if (result.outcome !== 'IDONEO') {
      excluded.push({
        candidateId: c.id,
        name: c.name,
        outcome: result.outcome,
        reason: result.reason,
        citation: result.citation,
        explanation: result.explained.map(renderExplained),
      });
      continue;
    }
    prepared.push(prepare(c, result, specs));
  }
  prepared.sort(compare);
  const n = prepared.length;

  // Winners: the open seats go by merit; reserved seats to the best entitled idonei not already
  // winning; reserved seats nobody can take return to the general ranking (§3.9 steps 2–4).
  const seats: (Seat | undefined)[] = new Array(n);
  const reservedTotal = reserves.reduce((s, r) => s + r.seats, 0);
  const openSeats = options.posts - reservedTotal;
  for (let i = 0; i < Math.min(openSeats, n); i++) seats[i] = { kind: 'OPEN' };
  for (const r of reserves) {
    for (let i = 0; i < n && r.filled < r.seats; i++) {
      if (seats[i] === undefined && prepared[i].entitled.has(r.reserveId)) {
        seats[i] = { kind: 'RESERVE', reserveId: r.reserveId };
        r.filled += 1;
        r.holders.push(prepared[i].c.id);
      }
    }
  }
  const unused = reserves.flatMap((r) => Array.from({ length: r.seats - r.filled }, () => r));
  for (let i = 0, u = 0; i < n && u < unused.length; i++) {
    if (seats[i] === undefined) {
      seats[i] = { kind: 'RETURNED', reserveId: unused[u].reserveId };
      unused[u].returned += 1;
      u += 1;
    }
  }

  const entries: RankingEntry[] = prepared.map((p, i) => {
    const seat = seats[i];
    const explained: Explained[] = [
      say(`Posizione ${i + 1} in graduatoria di merito con punti ${pts(p.num / p.den)}`, R.rankingOrder),
      ...p.result.explained,
      ...p.notes,
    ];
    const tieBreak: TieBreak[] = [];
    for (const [x, y, outcome] of [
      [prepared[i - 1], p, 'FOLLOWS'],
      [p, prepared[i + 1], 'PRECEDES'],
    ] as const) {
      if (!x || !y || x.num * y.den !== y.num * x.den) continue;
      const t = tieRule(x, y);
      const other = outcome === 'FOLLOWS' ? x : y;
      const text = `A parità di punteggio ${outcome === 'PRECEDES' ? 'precede' : 'segue'} ${who(other.c)}: ${t.text}`;
      tieBreak.push({ against: other.c.id, outcome, rule: t.rule, title: t.title, text, citation: t.citation });
      explained.push(say(text, t.citation));
    }
    let reserve: RankingEntry['reserve'];
    if (seat?.kind === 'RESERVE') {
      const r = specs.get(seat.reserveId)!;
      reserve = { reserveId: r.reserveId, label: r.label };
      explained.push(say(`Vincitore su posto riservato a ${r.label}`, r.citation));
      if (r.kind === 'DISABLED_L68') {
        explained.push(
          say("Lo stato di disoccupazione va verificato anche all'atto dell'immissione in servizio", R.l68),
        );
      }
    } else if (seat?.kind === 'OPEN') {
      explained.push(say(`Vincitore su posto non riservato (posti 1–${openSeats} per merito)`, R.winners));
      for (const id of p.entitled) {
        explained.push(
          say(
            `Riservatario (${specs.get(id)!.label}) collocato per merito tra i posti non riservati: la riserva resta disponibile per altri`,
            R.winners,
          ),
        );
      }
    } else if (seat?.kind === 'RETURNED') {
      explained.push(
        say(
          `Vincitore su posto riservato a ${specs.get(seat.reserveId)!.label} non coperto da riservatari idonei e restituito alla graduatoria generale`,
          R.winners,
        ),
      );
    } else {
      explained.push(
        say('Idoneo non vincitore: la graduatoria resta efficace per tre anni dalla sua approvazione', R.validity),
      );
    }
    return {
      position: i + 1,
      candidateId: p.c.id,
      name: p.c.name,
      score: p.result.score,
      exact: p.result.exact,
      components: p.result.components,
      preferenceTitles: p.titles,
      dependentChildren: p.children,
      commendablePublicService: p.service === 1,
      reserveEntitlements: [...p.entitled],
      reserve,
      winner: seat !== undefined,
      seat,
      tieBreak,
      flags: p.c.titles && options.competitionType === 'PER_TITOLI_ED_ESAMI' ? p.c.titles.flags : [],
      explained,
      explanation: explained.map(renderExplained),
    };
  });

  const winners: Winner[] = entries.flatMap((e) =>
    e.seat ? [{ candidateId: e.candidateId, position: e.position, seat: e.seat }] : [],
  );
  const explanation = [
    aggregation === 'ART_99'
      ? say(
          'Punteggio finale: media delle prove scritte e pratiche, più la prova orale, più i titoli se il bando li prevede (criterio predefinito, decisione D3 C1)',
          R.finalScore,
        )
      : say(
          "Punteggio finale: somma di titoli e prove, modello a 100 punti dell'Allegato I scelto dal bando (decisione D3 C1)",
          R.hundredPoints,
        ),
    say(`Graduatoria di ${n} idonei in ordine decrescente di punteggio`, R.rankingOrder),
    say("A parità di punteggio: titoli di preferenza nell'ordine dell'Allegato M", R.preferenceList),
    ...reserves.map((r) => say(r.text, r.citation)),
    ...reserves
      .filter((r) => r.filled < r.seats)
      .map((r) => {
        const missing = r.seats - r.filled;
        const back = r.returned ? `; ${r.returned} restituiti alla graduatoria generale` : '';
        return say(`Riserva ${r.label}: ${missing} su ${r.seats} non coperti da riservatari idonei${back}`, R.winners);
      }),
    say(
      `Posti messi a concorso ${options.posts}: ${openSeats} non ${openSeats === 1 ? 'riservato' : 'riservati'} e ${reservedTotal} ${reservedTotal === 1 ? 'riservato' : 'riservati'}; vincitori ${winners.length}`,
      R.winners,
    ),
    ...(excluded.length
      ? [say(`Candidati non in graduatoria: ${excluded.length} (esclusi, non idonei o rinunciatari)`, R.rankingOrder)]
      : []),
  ].map(renderExplained);
  return { aggregation, posts: options.posts, openSeats, entries, excluded, reserves, winners, explanation };
}
