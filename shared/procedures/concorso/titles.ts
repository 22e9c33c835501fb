/**
 * Titles evaluation of the concorso pubblico: Allegato I of the Stresa ROUS, "Criteri per la valutazione
 * dei titoli" (seed 004, L4155–L4299; spec/recruitment.md §3.8.2, fixtures §16.2; DECISIONS D3 Q8, Q9).
 *
 * Input: the titles a candidate declared, typed, as the board has classified them (which category the
 * duties of a service belong to, the points it awards where Allegato I leaves them to its discretion).
 * Output: points per category (study 3.5, service 4.0, miscellaneous 2.5; 10 in all), each with the
 * lines that earned them and their citations. Pure: no I/O, no clock.
 *
 * Points are computed in integer thousandths (every Allegato I value and reduction is exact in them),
 * so 3 × 0.40 × 0.90 is 1.08, not 1.0800000000000003.
 */
import { addDays, addMonthsClamped, diffDays, type IsoDate, isIsoDate } from '../../calendar/dates';
import type { Citation } from '../../calendar/terms';
import type { CATEGORIES } from './schemas';

export type Category = (typeof CATEGORIES)[number];

/** Allegato I punto 3.1 / 3.2 / 3.3: what the bando requires for access (L4173, L4251, L4277). */
export type StudyScheme = 'DEGREE_REQUIRED' | 'DIPLOMA_REQUIRED' | 'NO_DIPLOMA_REQUIRED';
export type TitleCategory = 'STUDY' | 'SERVICE' | 'MISC';

export interface DegreeMark {
  /** Integer mark, e.g. 108. */
  mark: number;
  outOf: 110 | 100;
  cumLaude?: boolean;
}

export interface CourseTitle {
  description: string;
  /**
   * Points the board gives this course. Omitted: the item's full value, since Allegato I states one
   * value per item; the item maximum (L4171) then bounds several courses.
   */
  points?: number;
  /** Length in hours: punto 3.2 scores "altri corsi" only from 80 hours (L4263). */
  hours?: number;
}

export interface StudyTitles {
  /** Punto 3.1 only: the degree the bando requires, with its mark (L4169, L4177–L4189). */
  requiredDegree?: DegreeMark;
  /**
   * University degrees other than the one required: 3.1 "Altro diploma di laurea oltre quello richiesto"
   * (L4191); 3.2 and 3.3 "Diploma di laurea" (L4255, L4281).
   */
  degrees?: string[];
  /** Punti 3.2 and 3.3: "altro diploma di scuola media superiore" (L4257, L4283). */
  otherDiplomas?: string[];
  /** Specialisation or advanced courses ended with exams, relevant to the post (L4193, L4259, L4285). */
  specialisationCourses?: CourseTitle[];
  /** Punti 3.2 (≥ 80 hours) and 3.3: other courses (L4263, L4289). */
  otherCourses?: CourseTitle[];
  /** Punto 3.1: professional qualification (abilitazione) related to the post (L4199). */
  abilitazione?: string;
}

/** A period of time; both ends inclusive. A missing end means the candidate did not state it. */
export interface Period {
  description?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface ServicePeriod extends Period {
  /** Di ruolo (tenured) or not (L4209, L4215). */
  tenured: boolean;
  /**
   * How many categories below the post's the duties fall, as the board classifies them ("mansioni
   * riconducibili", L4209, L4213): 0 same category, 1 and 2 reduced by 10% and 20%; the seed scores no
   * other. `categoriesBelow()` gives a default reading.
   */
  categoriesBelow: number;
  /** Military service (leva, richiamo, ferma, rafferma), scored like civil service by role or rank (L4223). */
  military?: boolean;
}

/** Points the board gives at its discretion within the miscellaneous titles (L4227). */
export interface BoardAward {
  description: string;
  points: number;
}

export interface MiscTitles {
  /** Scientific publications (L4231). */
  publications?: BoardAward[];
  /** Highly professional collaborations with other bodies (L4233). */
  collaborations?: BoardAward[];
  /** Formally assigned higher-duty roles: 0.05 a quarter (L4235–L4237). */
  higherDuties?: Period[];
  /** Relevant services in the CV: 0.25 a year or fraction over six months (L4239–L4241). */
  cvRelevantServices?: Period[];
  /** Any other title the board weighs at its discretion (L4227). */
  other?: BoardAward[];
}

export interface DeclaredTitles {
  study?: StudyTitles;
  service?: ServicePeriod[];
  misc?: MiscTitles;
}

export interface TitlesOptions {
  scheme: StudyScheme;
  /** Application deadline: titles count as held on that day (art. 100 c.1, L1639); later service is cut. */
  cutoffDate?: IsoDate;
  /** Seniority the bando requires for admission: not scored (L4167). Taken from the least-valued service. */
  requiredServiceMonths?: number;
}

export interface TitleLine {
  category: TitleCategory;
  /** Stable code of the Allegato I item, e.g. 'study.requiredDegree', 'service.class'. */
  item: string;
  /** Italian. */
  text: string;
  points: number;
  citation: Citation;
}

export interface CategoryResult {
  category: TitleCategory;
  /** Sum of the lines before the category cap. */
  raw: number;
  cap: number;
  points: number;
  capped: boolean;
  lines: TitleLine[];
}

export interface TitlesFlag {
  /** The DECISIONS entry the flag reports on. */
  code: 'D3-Q9';
  /** Italian. */
  text: string;
  citation: Citation;
}

export interface TitlesResult {
  scheme: StudyScheme;
  study: CategoryResult;
  service: CategoryResult;
  misc: CategoryResult;
  total: number;
  /** Points that are as written but questionable, to show on the ranking explanation (D3 Q9). */
  flags: TitlesFlag[];
}

// ---------------------------------------------------------------------------------------------------
// Citations: Allegato I as written. Quotes are verbatim fragments of the cited lines ('…' between them).

const SEED = '004_29fc22527282130e.txt';
const allI = (paragraph: string, lines: string, quote: string): Citation => ({
  source: 'seed',
  file: SEED,
  article: 'All. I',
  paragraph,
  lines,
  quote,
});

export const ALLEGATO_I_CITATIONS = {
  total: allI('punto 1', 'L4159', 'vengono stabiliti n. 10 punti così ripartiti'),
  studyCap: allI('punto 1', 'L4161', 'n. 3,5 punti per i titoli di studio'),
  serviceCap: allI('punto 1', 'L4163', 'n. 4,0 punti per i titoli di servizio'),
  miscCap: allI('punto 1', 'L4165', 'n. 2,5 punti per i titoli vari'),
  requiredSeniority: allI(
    'punto 2',
    'L4167',
    "L'anzianità di servizio richiesta per la partecipazione al concorso non viene valutata tra i titoli di merito",
  ),
  degreeBelow100: allI(
    'punto 3',
    'L4169',
    'non viene valutato fra i titoli di merito se di votazione inferiore a 100 punti su 110 oppure a 90 punti su 100',
  ),
  itemMax: allI('punto 4', 'L4171', 'Il punteggio massimo attribuibile ai singoli titoli é il seguente'),
  degreeBands: allI(
    'punto 3.1',
    'L4179–L4189',
    'con votazione compresa tra 101/110 (91/100) e 104/110 (94/100) … con votazione compresa tra 105/110 (95/100) e 109/110 (99/100) … con votazione pari o maggiore a 110/110 (100/100) … Punti 0,25 … Punti 0,50 … Punti 0,75',
  ),
  degree101: allI(
    'punto 3.1',
    'L4179, L4185',
    'con votazione compresa tra 101/110 (91/100) e 104/110 (94/100) … Punti 0,25',
  ),
  degree105: allI(
    'punto 3.1',
    'L4181, L4187',
    'con votazione compresa tra 105/110 (95/100) e 109/110 (99/100) … Punti 0,50',
  ),
  degree110: allI('punto 3.1', 'L4183, L4189', 'con votazione pari o maggiore a 110/110 (100/100) … Punti 0,75'),
  otherDegree31: allI('punto 3.1', 'L4191', 'Altro diploma di laurea oltre quello richiesto … Punti 0,75'),
  courses31: allI(
    'punto 3.1',
    'L4193–L4197',
    'Corsi di specializzazione, o perfezionamento, conclusi con esami, attinenti alla professionalità del posto messo a concorso … Complessivamente … punti 1,50',
  ),
  abilitazione31: allI(
    'punto 3.1',
    'L4199–L4201',
    "Abilitazione all'esercizio della professione affine alla professionalità del posto messo a concorso … Punti 0,50",
  ),
  studyTotal31: allI('punto 3.1', 'L4203', 'TOTALE Punti 3,50'),
  degree32: allI('punto 3.2', 'L4255', 'Diploma di laurea … punti 1,0'),
  otherDiploma32: allI('punto 3.2', 'L4257', 'altro diploma di scuola media superiore … punti 0,75'),
  courses32: allI(
    'punto 3.2',
    'L4259–L4261',
    'corsi di specializzazione con superamento di esami attinenti alla professionalità del posto messo a concorso … punti 1,25',
  ),
  otherCourses32: allI(
    'punto 3.2',
    'L4263–L4265',
    'altri corsi della durata di almeno 80 ore attinenti alla professionalità del posto messo a concorso … punti 0,50',
  ),
  studyTotal32: allI('punto 3.2', 'L4267', 'TOTALE … punti 3,50'),
  sameCriteria32: allI(
    'punto 3.2',
    'L4271, L4275',
    'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea',
  ),
  degree33: allI('punto 3.3', 'L4281', 'diploma di laurea … punti 1,25'),
  otherDiploma33: allI('punto 3.3', 'L4283', 'altro diploma di scuola media superiore … punti 0,75'),
  courses33: allI(
    'punto 3.3',
    'L4285–L4287',
    'corsi di specializzazione con superamento di esami attinenti alla professionalità del posto messo a concorso … punti 1,00',
  ),
  otherCourses33: allI('punto 3.3', 'L4289', 'altri corsi … punti 0,50'),
  studyTotal33: allI('punto 3.3', 'L4291', 'TOTALE … punti 3,50'),
  sameCriteria33: allI(
    'punto 3.3',
    'L4295, L4299',
    'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea',
  ),
  serviceSame: allI(
    'punto 3.1, titoli di servizio',
    'L4209, L4211',
    'il servizio di ruolo prestato presso enti pubblici, con lo svolgimento di mansioni riconducibili a quelle della categoria del posto messo a concorso … punti 0,40 per ogni anno o frazione di sei mesi … per un massimo di punti 4',
  ),
  serviceLower: allI(
    'punto 3.1, titoli di servizio',
    'L4213',
    'fino ad un massimo di anni 10 e riducendo il punteggio così conseguito del 10% se il servizio sia riconducibile alla categoria immediatamente inferiore a quella del posto messo a concorso; del 20% se sia riconducibile a due categorie inferiori',
  ),
  serviceNonTenured: allI(
    'punto 3.1, titoli di servizio',
    'L4215',
    'il servizio non di ruolo presso Enti Pubblici sarà valutato come ai punti precedenti applicando però sul totale conseguito una riduzione del 10%',
  ),
  serviceSummed: allI(
    'punto 3.1, titoli di servizio',
    'L4217',
    "i servizi prestati in più periodi saranno sommati prima dell'attribuzione del punteggio",
  ),
  serviceOverlap: allI(
    'punto 3.1, titoli di servizio',
    'L4219',
    'in caso di contemporaneità dei servizi sarà valutato il servizio cui compete il maggior punteggio',
  ),
  serviceNoDates: allI(
    'punto 3.1, titoli di servizio',
    'L4221',
    'non saranno valutati i servizi per i quali non risulti la data di inizio e di cessazione del servizio',
  ),
  serviceMilitary: allI(
    'punto 3.1, titoli di servizio',
    'L4223',
    'i periodi di effettivo servizio militare di leva, di richiamo alle armi, di ferma volontaria e di rafferma',
  ),
  serviceTenYears: allI(
    'punto 3.1, titoli vari',
    'L4243, L4245',
    'il servizio verrà valutato in ragione di un massimo di anni 10',
  ),
  miscDiscretion: allI(
    'punto 3.1, titoli vari',
    'L4227',
    'I 2,5 punti relativi ai titoli vari saranno assegnati dalla Commissione esaminatrice a discrezione',
  ),
  publications: allI('punto 3.1, titoli vari', 'L4229, L4231', 'le pubblicazioni scientifiche'),
  collaborations: allI(
    'punto 3.1, titoli vari',
    'L4229, L4233',
    'le collaborazioni di elevata professionalità con altri Enti',
  ),
  higherDuties: allI(
    'punto 3.1, titoli vari',
    'L4235, L4237',
    'gli incarichi a funzioni superiori formalizzati con regolare atto … per trimestre punti 0,05',
  ),
  cv: allI(
    'punto 3.1, titoli vari',
    'L4239, L4241',
    'il curriculum professionale presentato dal candidato … servizi attinenti, per ogni anno o frazione superiore a 6 mesi punti 0,25',
  ),
  heldAtDeadline: {
    source: 'seed',
    file: SEED,
    article: 'art. 100',
    paragraph: 'c. 1',
    lines: 'L1639',
    quote:
      'il possesso del requisito alla data di scadenza del termine utile per la presentazione della domanda di ammissione al concorso',
  },
} satisfies Record<string, Citation>;

const C = ALLEGATO_I_CITATIONS;

// ---------------------------------------------------------------------------------------------------
// Allegato I values, in thousandths of a point.

/** Category caps (L4159–L4165). */
export const TITLE_CAPS = { STUDY: 3500, SERVICE: 4000, MISC: 2500, TOTAL: 10_000 } as const;

interface SchemeValues {
  degree: number;
  otherDiploma: number;
  courses: number;
  otherCourses: number;
  otherCoursesMinHours: number;
  citations: {
    degree: Citation;
    otherDiploma: Citation;
    courses: Citation;
    otherCourses: Citation;
    total: Citation;
    sameCriteria?: Citation;
  };
}

const SCHEMES: Record<StudyScheme, SchemeValues> = {
  DEGREE_REQUIRED: {
    degree: 750,
    otherDiploma: 0,
    courses: 1500,
    otherCourses: 0,
    otherCoursesMinHours: 0,
    citations: {
      degree: C.otherDegree31,
      otherDiploma: C.itemMax,
      courses: C.courses31,
      otherCourses: C.itemMax,
      total: C.studyTotal31,
    },
  },
  DIPLOMA_REQUIRED: {
    degree: 1000,
    otherDiploma: 750,
    courses: 1250,
    otherCourses: 500,
    otherCoursesMinHours: 80,
    citations: {
      degree: C.degree32,
      otherDiploma: C.otherDiploma32,
      courses: C.courses32,
      otherCourses: C.otherCourses32,
      total: C.studyTotal32,
      sameCriteria: C.sameCriteria32,
    },
  },
  NO_DIPLOMA_REQUIRED: {
    degree: 1250,
    otherDiploma: 750,
    courses: 1000,
    otherCourses: 500,
    otherCoursesMinHours: 0,
    citations: {
      degree: C.degree33,
      otherDiploma: C.otherDiploma33,
      courses: C.courses33,
      otherCourses: C.otherCourses33,
      total: C.studyTotal33,
      sameCriteria: C.sameCriteria33,
    },
  },
};

const SERVICE_YEAR = 400;
const ABILITAZIONE = 500;
const HIGHER_DUTY_QUARTER = 50;
const CV_YEAR = 250;
const MAX_SERVICE_MONTHS = 120;
/** Reduction by categories below (L4213): only one and two categories are provided for. */
const LEVEL_PERCENT = [100, 90, 80] as const;
const NON_TENURED_PERCENT = 90;
/** Residual days of several periods become months at 30 days each (the seed gives no rule). */
const DAYS_PER_MONTH = 30;

// ---------------------------------------------------------------------------------------------------
// Formatting (Italian).

/** Thousandths → '1,08', '3', '0,324'. */
export function formatPoints(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(Math.round(milli));
  const int = Math.floor(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${int}${frac ? `,${frac}` : ''}`;
}

const toPoints = (milli: number) => Math.round(milli) / 1000;

/** Points (≤ 3 decimals) → thousandths; throws on negative, non-finite or finer values. */
export function toMilli(points: number, what: string): number {
  const milli = Math.round(points * 1000);
  if (!Number.isFinite(points) || points < 0 || Math.abs(milli - points * 1000) > 1e-6) {
    throw new RangeError(`${what}: punteggio non valido (${points}); ammessi valori ≥ 0 con al più 3 decimali.`);
  }
  return milli;
}

// ---------------------------------------------------------------------------------------------------
// Durations.

export interface Duration {
  months: number;
  days: number;
}

/** [from, to] both inclusive, as whole calendar months plus days (months clamp at month ends, D2). */
export function periodDuration(from: IsoDate, to: IsoDate): Duration {
  const end = addDays(to, 1);
  const [fy, fm] = from.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  let months = ey * 12 + em - (fy * 12 + fm);
  while (months > 0 && addMonthsClamped(from, months) > end) months -= 1;
  return { months, days: diffDays(end, addMonthsClamped(from, months)) };
}

function addDurations(a: Duration, b: Duration): Duration {
  const days = a.days + b.days;
  return { months: a.months + b.months + Math.floor(days / DAYS_PER_MONTH), days: days % DAYS_PER_MONTH };
}

const ZERO: Duration = { months: 0, days: 0 };
const lessThan = (a: Duration, b: Duration) => a.months < b.months || (a.months === b.months && a.days < b.days);

/** Italian: '7 anni, 8 mesi e 3 giorni'. */
export function formatDuration(d: Duration): string {
  const years = Math.floor(d.months / 12);
  const months = d.months % 12;
  const parts = [
    years ? `${years} ${years === 1 ? 'anno' : 'anni'}` : '',
    months ? `${months} ${months === 1 ? 'mese' : 'mesi'}` : '',
    d.days ? `${d.days} ${d.days === 1 ? 'giorno' : 'giorni'}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '0 giorni';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1]}`;
}

/** Default reading of "categorie inferiori" (L4213): CCNL 31.3.1999 categories A–D, B3 and D3 inside B and D. */
const CATEGORY_LEVEL: Record<Category, number> = { A: 0, B1: 1, B3: 1, C: 2, D1: 3, D3: 3 };
export function categoriesBelow(post: Category, duties: Category): number {
  return Math.max(0, CATEGORY_LEVEL[post] - CATEGORY_LEVEL[duties]);
}

// ---------------------------------------------------------------------------------------------------
// Evaluation.

function line(
  category: TitleCategory,
  item: string,
  text: string,
  milli: number,
  citation: Citation,
): TitleLine & {
  milli: number;
} {
  return { category, item, text, points: toPoints(milli), milli, citation };
}
type Line = ReturnType<typeof line>;

function category(
  cat: TitleCategory,
  lines: Line[],
  cap: number,
  capCitation: Citation,
): CategoryResult & {
  milli: number;
} {
  const raw = lines.reduce((s, l) => s + l.milli, 0);
  const milli = Math.min(raw, cap);
  const out: Line[] = [...lines];
  if (raw > cap) {
    const text = `Totale della categoria ${formatPoints(raw)} ricondotto al massimo di ${formatPoints(cap)} punti`;
    out.push(line(cat, `${cat.toLowerCase()}.cap`, text, 0, capCitation));
  }
  return {
    category: cat,
    raw: toPoints(raw),
    cap: toPoints(cap),
    points: toPoints(milli),
    capped: raw > cap,
    lines: out.map(({ milli: _m, ...l }) => l),
    milli,
  };
}

function degreeBand(d: DegreeMark): { milli: number; citation: Citation; atThreshold: boolean } {
  const max = d.outOf;
  if (!Number.isInteger(d.mark) || d.mark < 0 || d.mark > max) {
    throw new RangeError(`Voto di laurea non valido: ${d.mark}/${max}.`);
  }
  // Marks out of 100 sit 10 points below the /110 bands (L4179–L4183: 91/100 ↔ 101/110).
  const m = max === 110 ? d.mark : d.mark + 10;
  if (m >= 110) return { milli: 750, citation: C.degree110, atThreshold: false };
  if (m >= 105) return { milli: 500, citation: C.degree105, atThreshold: false };
  if (m >= 101) return { milli: 250, citation: C.degree101, atThreshold: false };
  return { milli: 0, citation: m === 100 ? C.degreeBands : C.degreeBelow100, atThreshold: m === 100 };
}

function courseItem(
  courses: CourseTitle[],
  itemMax: number,
  minHours: number,
  itemCode: string,
  label: string,
  citation: Citation,
): Line[] {
  if (courses.length === 0) return [];
  const out: Line[] = [];
  let claimed = 0;
  let counted = 0;
  for (const c of courses) {
    if (minHours > 0 && (c.hours ?? 0) < minHours) {
      out.push(
        line(
          'STUDY',
          itemCode,
          `${label} «${c.description}»: non valutato, durata inferiore a ${minHours} ore`,
          0,
          citation,
        ),
      );
      continue;
    }
    claimed += c.points === undefined ? itemMax : toMilli(c.points, c.description);
    counted += 1;
  }
  if (counted > 0) {
    const milli = Math.min(claimed, itemMax);
    const plural = counted === 1 ? '1 titolo' : `${counted} titoli`;
    const capped = claimed > itemMax ? ` (dichiarati ${formatPoints(claimed)}, massimo ${formatPoints(itemMax)})` : '';
    out.push(line('STUDY', itemCode, `${label} (${plural}): punti ${formatPoints(milli)}${capped}`, milli, citation));
  }
  return out;
}

function evaluateStudy(study: StudyTitles, scheme: StudyScheme): { lines: Line[]; flags: TitlesFlag[] } {
  const v = SCHEMES[scheme];
  const lines: Line[] = [];
  const flags: TitlesFlag[] = [];
  if (scheme === 'DEGREE_REQUIRED' && study.requiredDegree) {
    const d = study.requiredDegree;
    const band = degreeBand(d);
    const mark = `${d.mark}/${d.outOf}${d.cumLaude ? ' e lode' : ''}`;
    if (band.atThreshold) {
      const text = `Laurea richiesta con voto ${mark}: nessuna fascia dell'Allegato I comprende questo voto, 0 punti come da testo (decisione D3 Q9)`;
      lines.push(line('STUDY', 'study.requiredDegree', text, 0, band.citation));
      flags.push({ code: 'D3-Q9', text, citation: band.citation });
    } else if (band.milli === 0) {
      lines.push(
        line('STUDY', 'study.requiredDegree', `Laurea richiesta con voto ${mark}: non valutata`, 0, band.citation),
      );
    } else {
      lines.push(
        line(
          'STUDY',
          'study.requiredDegree',
          `Laurea richiesta con voto ${mark}: punti ${formatPoints(band.milli)}`,
          band.milli,
          band.citation,
        ),
      );
    }
  } else if (study.requiredDegree) {
    lines.push(
      line(
        'STUDY',
        'study.requiredDegree',
        'Voto della laurea: valutato solo nei concorsi che richiedono la laurea (punto 3.1)',
        0,
        C.degreeBands,
      ),
    );
  }
  const degrees = study.degrees ?? [];
  if (degrees.length > 0) {
    const label = scheme === 'DEGREE_REQUIRED' ? 'Altro diploma di laurea oltre quello richiesto' : 'Diploma di laurea';
    const more =
      degrees.length > 1 ? ` (${degrees.length} titoli: il massimo del titolo è ${formatPoints(v.degree)})` : '';
    lines.push(
      line('STUDY', 'study.degree', `${label}: punti ${formatPoints(v.degree)}${more}`, v.degree, v.citations.degree),
    );
  }
  const diplomas = study.otherDiplomas ?? [];
  if (diplomas.length > 0) {
    if (v.otherDiploma === 0) {
      lines.push(
        line(
          'STUDY',
          'study.otherDiploma',
          'Altro diploma di scuola media superiore: non previsto tra i titoli dei concorsi che richiedono la laurea',
          0,
          v.citations.otherDiploma,
        ),
      );
    } else {
      const more =
        diplomas.length > 1
          ? ` (${diplomas.length} titoli: il massimo del titolo è ${formatPoints(v.otherDiploma)})`
          : '';
      lines.push(
        line(
          'STUDY',
          'study.otherDiploma',
          `Altro diploma di scuola media superiore: punti ${formatPoints(v.otherDiploma)}${more}`,
          v.otherDiploma,
          v.citations.otherDiploma,
        ),
      );
    }
  }
  lines.push(
    ...courseItem(
      study.specialisationCourses ?? [],
      v.courses,
      0,
      'study.specialisationCourses',
      'Corsi di specializzazione con esami attinenti al posto',
      v.citations.courses,
    ),
  );
  if (v.otherCourses === 0) {
    if ((study.otherCourses ?? []).length > 0) {
      lines.push(
        line(
          'STUDY',
          'study.otherCourses',
          'Altri corsi: non previsti tra i titoli dei concorsi che richiedono la laurea',
          0,
          v.citations.otherCourses,
        ),
      );
    }
  } else {
    const label =
      v.otherCoursesMinHours > 0
        ? `Altri corsi di almeno ${v.otherCoursesMinHours} ore attinenti al posto`
        : 'Altri corsi';
    lines.push(
      ...courseItem(
        study.otherCourses ?? [],
        v.otherCourses,
        v.otherCoursesMinHours,
        'study.otherCourses',
        label,
        v.citations.otherCourses,
      ),
    );
  }
  if (study.abilitazione) {
    if (scheme === 'DEGREE_REQUIRED') {
      lines.push(
        line(
          'STUDY',
          'study.abilitazione',
          `Abilitazione professionale affine al posto («${study.abilitazione}»): punti ${formatPoints(ABILITAZIONE)}`,
          ABILITAZIONE,
          C.abilitazione31,
        ),
      );
    } else {
      lines.push(
        line(
          'STUDY',
          'study.abilitazione',
          'Abilitazione professionale: prevista tra i titoli solo nei concorsi che richiedono la laurea',
          0,
          C.abilitazione31,
        ),
      );
    }
  }
  return { lines, flags };
}

interface Segment {
  from: IsoDate;
  /** Exclusive. */
  end: IsoDate;
  cls: string;
}

interface ServiceClass {
  tenured: boolean;
  below: number;
  /** Percent of the full rate × 100: 10000 = tenured, same category; 7200 = non-tenured, two below. */
  rate: number;
}

const classOf = (p: ServicePeriod): ServiceClass => ({
  tenured: p.tenured,
  below: p.categoriesBelow,
  rate: LEVEL_PERCENT[p.categoriesBelow] * (p.tenured ? 100 : NON_TENURED_PERCENT),
});
const classId = (c: ServiceClass) => `${c.tenured ? 'R' : 'N'}${c.below}`;

function classLabel(c: ServiceClass): string {
  const level =
    c.below === 0
      ? 'stessa categoria'
      : c.below === 1
        ? 'categoria immediatamente inferiore'
        : 'due categorie inferiori';
  return `${c.tenured ? 'Servizio di ruolo' : 'Servizio non di ruolo'}, ${level}`;
}

/** Clips a period at the cutoff; null when it has no stated ends or lies wholly after the cutoff. */
function usablePeriod(
  p: Period,
  cutoff: IsoDate | undefined,
  cat: TitleCategory,
  item: string,
  label: string,
  notes: Line[],
): { from: IsoDate; to: IsoDate } | null {
  if (!p.from || !p.to) {
    notes.push(line(cat, item, `${label}: non valutato, manca la data di inizio o di cessazione`, 0, C.serviceNoDates));
    return null;
  }
  if (!isIsoDate(p.from) || !isIsoDate(p.to) || p.to < p.from) {
    throw new RangeError(`${label}: periodo non valido (${p.from} – ${p.to}).`);
  }
  if (cutoff && p.from > cutoff) {
    notes.push(
      line(cat, item, `${label}: successivo alla scadenza del bando (${cutoff}), non valutato`, 0, C.heldAtDeadline),
    );
    return null;
  }
  if (cutoff && p.to > cutoff) {
    notes.push(line(cat, item, `${label}: valutato fino alla scadenza del bando (${cutoff})`, 0, C.heldAtDeadline));
    return { from: p.from, to: cutoff };
  }
  return { from: p.from, to: p.to };
}

const periodLabel = (kind: string, p: Period) =>
  `${kind}${p.description ? ` «${p.description}»` : ''} (${p.from ?? '?'} – ${p.to ?? '?'})`;

/** Disjoint union of periods, as [from, end) segments in date order. */
function union(periods: { from: IsoDate; to: IsoDate }[]): Segment[] {
  const sorted = periods
    .map((p) => ({ from: p.from, end: addDays(p.to, 1), cls: '' }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

const segmentDuration = (s: Segment) => periodDuration(s.from, addDays(s.end, -1));
const segmentsDuration = (segments: Segment[]) => segments.reduce((d, s) => addDurations(d, segmentDuration(s)), ZERO);

function evaluateService(periods: ServicePeriod[], options: TitlesOptions): Line[] {
  const notes: Line[] = [];
  const usable: { from: IsoDate; end: IsoDate; cls: ServiceClass; label: string }[] = [];
  for (const p of periods) {
    const label = periodLabel(p.military ? 'Servizio militare' : 'Servizio', p);
    if (!Number.isInteger(p.categoriesBelow) || p.categoriesBelow < 0) {
      throw new RangeError(`${label}: categoriesBelow non valido (${p.categoriesBelow}).`);
    }
    if (p.categoriesBelow >= LEVEL_PERCENT.length) {
      const text = `${label}: mansioni di ${p.categoriesBelow} categorie inferiori, non previste dall'Allegato I; non valutato`;
      notes.push(line('SERVICE', 'service.period', text, 0, C.serviceLower));
      continue;
    }
    const clipped = usablePeriod(p, options.cutoffDate, 'SERVICE', 'service.period', label, notes);
    if (!clipped) continue;
    usable.push({ from: clipped.from, end: addDays(clipped.to, 1), cls: classOf(p), label });
    if (p.military) {
      const text = `${label}: valutato come servizio secondo il ruolo o grado`;
      notes.push(line('SERVICE', 'service.military', text, 0, C.serviceMilitary));
    }
  }
  if (usable.length === 0) return notes;

  // Overlapping periods: each day counts once, in the class that scores most (L4219). Ties in rate go
  // to the tenured service, then the higher category: deterministic, and the points are the same.
  const better = (a: ServiceClass, b: ServiceClass) =>
    a.rate !== b.rate ? a.rate > b.rate : a.tenured !== b.tenured ? a.tenured : a.below < b.below;
  const bounds = [...new Set(usable.flatMap((p) => [p.from, p.end]))].sort();
  const segments: Segment[] = [];
  const absorbed = new Set<number>();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const end = bounds[i + 1];
    let best = -1;
    for (let j = 0; j < usable.length; j++) {
      const p = usable[j];
      if (p.from <= from && p.end >= end && (best < 0 || better(p.cls, usable[best].cls))) best = j;
    }
    if (best < 0) continue;
    for (let j = 0; j < usable.length; j++) {
      if (j !== best && usable[j].from <= from && usable[j].end >= end) absorbed.add(j);
    }
    const cls = classId(usable[best].cls);
    const last = segments[segments.length - 1];
    // Contiguous days of one class stay one segment, so month arithmetic sees the whole period.
    if (last && last.end === from && last.cls === cls) last.end = end;
    else segments.push({ from, end, cls });
  }
  for (const j of [...absorbed].sort((a, b) => a - b)) {
    const text = `${usable[j].label}: contemporaneo a un servizio con punteggio maggiore, assorbito per il periodo comune`;
    notes.push(line('SERVICE', 'service.overlap', text, 0, C.serviceOverlap));
  }

  // Several periods of one class are summed before scoring (L4217).
  const classes = new Map<string, { cls: ServiceClass; duration: Duration; periods: number }>();
  for (const s of segments) {
    const cls = usable.find((p) => classId(p.cls) === s.cls)!.cls;
    const c = classes.get(s.cls) ?? { cls, duration: ZERO, periods: 0 };
    c.duration = addDurations(c.duration, segmentDuration(s));
    c.periods += 1;
    classes.set(s.cls, c);
  }
  const byValue = [...classes.values()].sort((a, b) => (better(a.cls, b.cls) ? -1 : 1));

  // Seniority required for admission is not scored (L4167): taken from the least-valued service.
  let required = options.requiredServiceMonths ?? 0;
  for (let i = byValue.length - 1; i >= 0 && required > 0; i--) {
    const c = byValue[i];
    const take = Math.min(required, c.duration.months);
    if (take === 0) continue;
    c.duration = subtract(c.duration, { months: take, days: 0 });
    required -= take;
    const text = `${classLabel(c.cls)}: ${take} mesi di anzianità richiesta per l'ammissione, non valutati`;
    notes.push(line('SERVICE', 'service.requiredSeniority', text, 0, C.requiredSeniority));
  }

  // At most 10 years of service count (L4213, L4245), the best-scoring first.
  let left: Duration = { months: MAX_SERVICE_MONTHS, days: 0 };
  const lines: Line[] = [];
  for (const c of byValue) {
    const counted = lessThan(left, c.duration) ? left : c.duration;
    const cappedNote = counted === c.duration ? '' : `; contati ${formatDuration(counted)} per il limite di 10 anni`;
    left = subtract(left, counted);
    const years = Math.floor(counted.months / 12);
    const semesters = Math.floor((counted.months % 12) / 6);
    const full = years * SERVICE_YEAR + (semesters * SERVICE_YEAR) / 2;
    // The reductions apply to the points of the whole class (L4213 "il punteggio così conseguito", L4215 "sul totale").
    const milli = Math.round((full * c.cls.rate) / 10_000);
    const parts = [
      years ? `${years} ${years === 1 ? 'anno' : 'anni'} × ${formatPoints(SERVICE_YEAR)}` : '',
      semesters ? `${semesters} semestre × ${formatPoints(SERVICE_YEAR / 2)}` : '',
    ].filter(Boolean);
    const reduction = c.cls.rate === 10_000 ? '' : `, ridotto al ${c.cls.rate / 100}%`;
    const formula = parts.length ? `(${parts.join(' + ')})${reduction}` : 'nessun anno o semestre intero';
    const summed = c.periods > 1 ? ` in ${c.periods} periodi sommati` : '';
    const text =
      `${classLabel(c.cls)}: ${formatDuration(c.duration)}${summed}${cappedNote}; ` +
      `${formula} = punti ${formatPoints(milli)} (ogni semestre intero vale metà del punteggio annuo, decisione D3 Q8)`;
    const citation = !c.cls.tenured ? C.serviceNonTenured : c.cls.below > 0 ? C.serviceLower : C.serviceSame;
    lines.push(line('SERVICE', 'service.class', text, milli, citation));
    if (c.periods > 1) {
      const text2 = `${classLabel(c.cls)}: ${c.periods} periodi sommati prima di attribuire il punteggio`;
      lines.push(line('SERVICE', 'service.summed', text2, 0, C.serviceSummed));
    }
    if (cappedNote) {
      lines.push(
        line('SERVICE', 'service.tenYears', 'Servizio valutato fino a un massimo di 10 anni', 0, C.serviceTenYears),
      );
    }
  }
  return [...lines, ...notes];
}

function subtract(a: Duration, b: Duration): Duration {
  let months = a.months - b.months;
  let days = a.days - b.days;
  if (days < 0) {
    months -= 1;
    days += DAYS_PER_MONTH;
  }
  return months < 0 ? ZERO : { months, days };
}

function awards(items: BoardAward[] | undefined, item: string, label: string, citation: Citation): Line[] {
  return (items ?? []).map((a) => {
    const milli = toMilli(a.points, a.description);
    return line(
      'MISC',
      item,
      `${label} «${a.description}»: punti ${formatPoints(milli)} (valutazione della commissione)`,
      milli,
      citation,
    );
  });
}

function evaluateMisc(misc: MiscTitles, options: TitlesOptions): Line[] {
  const out: Line[] = [];
  out.push(...awards(misc.publications, 'misc.publications', 'Pubblicazione scientifica', C.publications));
  out.push(
    ...awards(
      misc.collaborations,
      'misc.collaborations',
      'Collaborazione di elevata professionalità',
      C.collaborations,
    ),
  );

  const notes: Line[] = [];
  const duties = (misc.higherDuties ?? [])
    .map((p) =>
      usablePeriod(
        p,
        options.cutoffDate,
        'MISC',
        'misc.higherDuties',
        periodLabel('Incarico a funzioni superiori', p),
        notes,
      ),
    )
    .filter((p) => p !== null);
  if (duties.length > 0) {
    const d = segmentsDuration(union(duties));
    const quarters = Math.floor(d.months / 3);
    const milli = quarters * HIGHER_DUTY_QUARTER;
    out.push(
      line(
        'MISC',
        'misc.higherDuties',
        `Incarichi a funzioni superiori: ${formatDuration(d)}, ${quarters} trimestri × ${formatPoints(HIGHER_DUTY_QUARTER)} = punti ${formatPoints(milli)}`,
        milli,
        C.higherDuties,
      ),
    );
  }

  const cv = (misc.cvRelevantServices ?? [])
    .map((p) =>
      usablePeriod(
        p,
        options.cutoffDate,
        'MISC',
        'misc.cv',
        periodLabel('Servizio attinente nel curriculum', p),
        notes,
      ),
    )
    .filter((p) => p !== null);
  if (cv.length > 0) {
    const total = segmentsDuration(union(cv));
    const counted = lessThan({ months: MAX_SERVICE_MONTHS, days: 0 }, total)
      ? { months: MAX_SERVICE_MONTHS, days: 0 }
      : total;
    const years = Math.floor(counted.months / 12);
    const rest = counted.months % 12;
    // "frazione superiore a 6 mesi": more than six months, so exactly six does not count.
    const extra = rest > 6 || (rest === 6 && counted.days > 0) ? 1 : 0;
    const milli = (years + extra) * CV_YEAR;
    const capped = counted === total ? '' : ' (limite di 10 anni)';
    out.push(
      line(
        'MISC',
        'misc.cv',
        `Curriculum, servizi attinenti: ${formatDuration(total)}${capped}; ${years + extra} × ${formatPoints(CV_YEAR)} = punti ${formatPoints(milli)}` +
          (extra ? ' (la frazione superiore a 6 mesi conta come anno)' : ''),
        milli,
        C.cv,
      ),
    );
    if (capped)
      out.push(line('MISC', 'misc.tenYears', 'Servizio valutato fino a un massimo di 10 anni', 0, C.serviceTenYears));
  }
  out.push(...awards(misc.other, 'misc.other', 'Altro titolo', C.miscDiscretion));
  return [...out, ...notes];
}

/** Allegato I: points per category, capped (3.5 + 4.0 + 2.5 = 10), with the lines that earned them. */
export function evaluateTitles(declared: DeclaredTitles, options: TitlesOptions): TitlesResult {
  if (options.cutoffDate !== undefined && !isIsoDate(options.cutoffDate)) {
    throw new RangeError(`Data di scadenza non valida: ${options.cutoffDate}.`);
  }
  const { lines: studyLines, flags } = evaluateStudy(declared.study ?? {}, options.scheme);
  const schemeNote = SCHEMES[options.scheme].citations.sameCriteria;
  const serviceLines = evaluateService(declared.service ?? [], options);
  const miscLines = evaluateMisc(declared.misc ?? {}, options);
  if (schemeNote && serviceLines.length + miscLines.length > 0) {
    serviceLines.push(
      line(
        'SERVICE',
        'service.sameCriteria',
        'Titoli di servizio e vari: criteri dei concorsi che richiedono la laurea',
        0,
        schemeNote,
      ),
    );
  }
  const study = category('STUDY', studyLines, TITLE_CAPS.STUDY, SCHEMES[options.scheme].citations.total);
  const service = category('SERVICE', serviceLines, TITLE_CAPS.SERVICE, C.serviceCap);
  const misc = category('MISC', miscLines, TITLE_CAPS.MISC, C.miscCap);
  const strip = ({ milli: _m, ...c }: CategoryResult & { milli: number }): CategoryResult => c;
  return {
    scheme: options.scheme,
    study: strip(study),
    service: strip(service),
    misc: strip(misc),
    total: toPoints(Math.min(study.milli + service.milli + misc.milli, TITLE_CAPS.TOTAL)),
    flags,
  };
}

/** Thousandths of a titles result (exact: every line is). */
export function titlesMilli(t: TitlesResult): number {
  return Math.round(t.total * 1000);
}

/** Every line of a result, category by category. */
export function titleLines(t: TitlesResult): TitleLine[] {
  return [...t.study.lines, ...t.service.lines, ...t.misc.lines];
}
