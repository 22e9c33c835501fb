/**
 * Exams and marking of the concorso pubblico (spec/recruitment.md §3.3 steps 10–19, §3.5 T10–T12 and
 * T19–T21, §3.7, §3.8.4, §14 D11–D15; DECISIONS D2, D3 C2, Q7, Q13).
 *
 *  - Calendar: each test on a day an exam may be held (art. 91 c.2, L1499; D2) and announced at least
 *    20 days ahead (art. 91 c.1, L1497; oral: D.P.R. 487/1994 art. 6, D3 Q7), counted from the
 *    publication of the calendar (the bando, when it holds the calendar). The day and notice checks are
 *    checkExamDate's; the terms are the pinned rule set's (D1). Then the convocations.
 *  - Anonymous papers: one code per candidate, the papers of all written tests paired under it
 *    (abbinamento, art. 93 c.22, L1580), so the second paper can be left uncorrected when the first is
 *    below 21/30 (art. 94 c.7) without knowing whose it is. The board holds an AnonymousTest (codes,
 *    marks, the seal's digest); the code → candidate mapping is a separate SealedMapping, stored apart
 *    and opened only by `deanonymise` once every paper is marked and, per titoli ed esami, the titles
 *    are locked (art. 94 c.5; D3 C2).
 *  - Marks: 10 points per commissioner, 30 per paper (art. 94 c.6, art. 96 c.2; F-S1: 8 + 7 + 8 = 23);
 *    pass mark 21/30 in every test (art. 96 c.3, art. 98 c.1). Absent at a test = withdrawn (D3 Q13).
 *  - Lists published at once: oral admissions (art. 96 c.5, T21), each oral session (art. 98 c.3, T20).
 *  - Output: the CandidateMarks that ranking.ts `finalScore` / `rank` consume.
 *  - Conclusion within 6 months of the application deadline, else the board's collegial, motivated
 *    report to the Sindaco (art. 90 c.3, L1493, T10).
 *
 * Pure: no I/O, no clock; the random source of the codes is a parameter (node:crypto by default).
 * Refusals are values with an Italian reason and their citation, not exceptions; malformed input throws.
 */
import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../../audit/chain';
import type { Calendar } from '../../calendar/calendar';
import { type IsoDate, parseIsoDate, romeDateOf } from '../../calendar/dates';
import { checkExamDate, type ExamDateReasonCode } from '../../calendar/exam-date';
import { EXAM_DAYS_CITATION } from '../../calendar/religious-holidays';
import { type Citation, computeTerm, formatCitation, type TermComputation } from '../../calendar/terms';
import { italianDate } from '../../notify/email';
import { termRule } from '../../rules';
import type { ActorRef, NewEvent } from '../model';
import {
  type CandidateMarks,
  type CompetitionType,
  type Mark,
  RANKING_CITATIONS,
  type ScoringRules,
  STRESA_SCORING,
  type TestResult,
} from './ranking';
import { formatPoints } from './titles';

// ---------------------------------------------------------------------------------------------------
// Citations (verbatim fragments of the cited lines, '…' between them).

const SEED = '004_29fc22527282130e.txt';
const seed = (article: string, paragraph: string, lines: string, quote: string): Citation => ({
  source: 'seed',
  file: SEED,
  article,
  paragraph,
  lines,
  quote,
});

export const EXAM_CITATIONS = {
  sameDay: seed(
    'art. 91',
    'c. 3',
    'L1501',
    'Le prove del concorso, se previsto nel bando, possono essere svolte nella medesima giornata.',
  ),
  titlesBeforeMarking: seed(
    'art. 90',
    'c. 1',
    'L1489',
    'il risultato della valutazione dei titoli, che deve in ogni caso seguire le prove scritte, ma precedere la loro valutazione',
  ),
  titlesBeforeOral: seed(
    'art. 90',
    'c. 1',
    'L1489',
    "deve essere reso noto agli interessati prima dell'effettuazione della prova orale",
  ),
  nullity: seed(
    'art. 93',
    'c. 16',
    'L1568',
    "I temi e le relative minute sono scritte, a pena di nullità, con penna fornita dall'Amministrazione e su carta portante il bollo del Comune e la firma di un componente la Commissione giudicatrice.",
  ),
  recognitionMark: seed(
    'art. 93',
    'c. 19–20',
    'L1574, L1576',
    "Qualunque segno di riconoscimento che possa servire ad identificare l'autore del lavoro, tanto nella minuta che nella bella copia, comporta l'annullamento del tema e l'esclusione dell'autore dal concorso. … Il giudizio della Commissione giudicatrice, sulla apposizione di tali segni, è insindacabile.",
  ),
  pairing: seed(
    'art. 93',
    'c. 22',
    'L1580',
    "La commissione giudicatrice può disporre l'espletamento delle prove con modalità tali da consentire l'abbinamento degli elaborati di ciascun candidato fermo restando l'assoluto anonimato degli stessi.",
  ),
  envelopes: seed(
    'art. 94',
    'c. 2',
    'L1586',
    "dopo aver verificato l'integrità dei pieghi e delle singole buste contenenti gli elaborati, apre di volta in volta le buste medesime, segnando sulle stesse e sulla busta piccola, nonché in testa ad ogni lavoro, uno stesso numero di riconoscimento",
  ),
  copying: seed(
    'art. 94',
    'c. 4',
    'L1590',
    "Quando la Commissione giudicatrice abbia fondate ragioni di ritenere che qualche lavoro sia stato, in tutto o in parte, copiato da quello di altro candidato, ovvero da qualche autore, annulla l'esame del concorrente al quale appartiene l'elaborato e lo esclude dal concorso.",
  ),
  scoresheet: seed(
    'art. 94',
    'c. 5',
    'L1592',
    'La Commissione, prima di procedere al riconoscimento dei nomi dei concorrenti, compila un elenco sul quale, in corrispondenza dei numeri apposti sui vari lavori, è segnato il punteggio attribuito a ciascun tema.',
  ),
  oralAdmissionList: seed(
    'art. 96',
    'c. 5',
    'L1616',
    "Al termine della valutazione di tutti gli elaborati della prova pratica viene immediatamente affisso all'albo pretorio e sul sito web della CITTA' l'elenco dei candidati ammessi alla prova orale, a firma del Presidente della Commissione, con il relativo punteggio attribuito.",
  ),
  oralNotices: seed(
    'art. 96',
    'c. 6',
    'L1617',
    "a darne comunicazione ai candidati ammessi alla prova orale, indicando il punteggio conseguito nelle prove scritte e comunica, a quelli non ammessi alla prova orale, la loro esclusione per non aver conseguito l'idoneità nelle prove scritte",
  ),
  wholeBoardOral: seed(
    'art. 97',
    'c. 2',
    'L1622',
    "la Commissione esaminatrice con la partecipazione di tutti i suoi componenti prepara, immediatamente prima dell'inizio della prova orale, gruppi di domande",
  ),
  oralSessionList: seed(
    'art. 98',
    'c. 3',
    'L1630',
    "Al termine di ogni seduta dedicata alla prova orale od al colloquio la Commissione esaminatrice forma l'elenco dei candidati esaminati, con l'indicazione dei voti da ciascuno riportati, che viene immediatamente affisso all'albo pretorio e sul sito web della CITTA'",
  ),
} satisfies Record<string, Citation>;

const C = EXAM_CITATIONS;
const R = RANKING_CITATIONS;
const pts = formatPoints;
const cite = formatCitation;

/** A refusal: the code for the program, the reason (Italian) and its legal basis for the reader. */
export interface Refusal {
  ok: false;
  code: string;
  reason: string;
  citation: Citation;
}
const refuse = (code: string, reason: string, citation: Citation): Refusal => ({ ok: false, code, reason, citation });

/** How the acts that the seed wants posted "immediatamente" are posted (T20, T21). */
export interface Publication {
  /** Italian title of the act. */
  act: string;
  channels: readonly ('ALBO_PRETORIO' | 'SITO_WEB')[];
  /** Immediate: the instant the marking or the session ended. */
  publishAt: string;
  signedBy: 'PRESIDENTE_COMMISSIONE';
  /** Italian, one line per candidate. */
  rows: string[];
  citation: Citation;
}

// ---------------------------------------------------------------------------------------------------
// Exam calendar (T11, T12, T19; art. 91).

export type ExamKind = 'PRESELECTION' | 'WRITTEN' | 'PRACTICAL' | 'PSYCHOPHYSICAL' | 'ORAL';

export const EXAM_KIND_LABELS: Readonly<Record<ExamKind, string>> = {
  PRESELECTION: 'prova preselettiva',
  WRITTEN: 'prova scritta',
  PRACTICAL: 'prova pratica',
  PSYCHOPHYSICAL: 'prova di idoneità psico-fisica',
  ORAL: 'prova orale',
};

/**
 * The notice term of each kind, by rule-set id: art. 91 c.1 lists written and practical tests,
 * preselection and psycho-physical tests (L1497); the oral is D.P.R. 487/1994 art. 6 (D3 Q7).
 */
export const NOTICE_TERMS: Readonly<Record<ExamKind, string>> = {
  PRESELECTION: 'concorso.examCalendarNotice',
  WRITTEN: 'concorso.examCalendarNotice',
  PRACTICAL: 'concorso.examCalendarNotice',
  PSYCHOPHYSICAL: 'concorso.examCalendarNotice',
  ORAL: 'concorso.oralNotice',
};

export interface ExamCheck {
  rule: 'EXAM_DAY' | 'NOTICE' | 'SAME_DAY';
  passed: boolean;
  /** On a refusal: the exam-date check's code ('sunday', 'jewishHoliday', 'noticeTooShort'…). */
  code?: ExamDateReasonCode | 'sameDayNotInBando';
  /** Italian. */
  message: string;
  citation: Citation;
}

export interface ExamSchedule {
  kind: ExamKind;
  date: IsoDate;
  /** When the calendar was published or communicated (the bando's date, if it holds the calendar). */
  publishedOn: IsoDate;
  allowed: boolean;
  /** Every check, passed or not; the refusals carry their reason and citation. */
  checks: ExamCheck[];
  /** The last day the calendar could be communicated for this test. */
  latestNoticeDate: IsoDate;
  notice: TermComputation;
}

const NOTICE_CODES: readonly ExamDateReasonCode[] = ['noticeTooShort', 'noticeAfterExam'];

/**
 * Whether a test may be set on `date` with the calendar published on `publishedOn`: the day (art. 91
 * c.2; Saturday allowed, D2) and the notice (≥ 20 days, art. 91 c.1 / D3 Q7), by the pinned rule set.
 */
export function scheduleExam(
  kind: ExamKind,
  date: IsoDate,
  publishedOn: IsoDate,
  calendar: Calendar,
  ruleSet: string,
): ExamSchedule {
  const noticeRule = termRule(ruleSet, NOTICE_TERMS[kind]);
  const check = checkExamDate({ examDate: date, noticeDate: publishedOn, calendar, noticeRule });
  const label = EXAM_KIND_LABELS[kind];
  const checks: ExamCheck[] = [];
  const refused = (rule: ExamCheck['rule']) =>
    check.reasons
      .filter((r) => NOTICE_CODES.includes(r.code) === (rule === 'NOTICE'))
      .map((r): ExamCheck => ({ rule, passed: false, code: r.code, message: r.message, citation: r.citation }));

  const day = refused('EXAM_DAY');
  checks.push(
    ...(day.length > 0
      ? day
      : [
          {
            rule: 'EXAM_DAY',
            passed: true,
            message: `Il ${date} non è giorno festivo né festività religiosa ebraica o valdese: la ${label} può avervi luogo — ${cite(EXAM_DAYS_CITATION)}.`,
            citation: EXAM_DAYS_CITATION,
          } satisfies ExamCheck,
        ]),
  );
  const notice = refused('NOTICE');
  checks.push(
    ...(notice.length > 0
      ? notice
      : [
          {
            rule: 'NOTICE',
            passed: true,
            message: `Preavviso rispettato: diario pubblicato il ${publishedOn}, ${label} del ${date}, da comunicare entro il ${check.latestNoticeDate} — ${cite(noticeRule.citation)}.`,
            citation: noticeRule.citation,
          } satisfies ExamCheck,
        ]),
  );
  return {
    kind,
    date,
    publishedOn,
    allowed: checks.every((c) => c.passed),
    checks,
    latestNoticeDate: check.latestNoticeDate,
    notice: check.notice,
  };
}

export interface ExamCalendar {
  allowed: boolean;
  exams: ExamSchedule[];
  /** Calendar-wide checks (tests on the same day, art. 91 c.3). */
  checks: ExamCheck[];
}

/**
 * A whole calendar published at once: each test as scheduleExam (the notice runs to the first test, so
 * checking each test checks the first), and two tests on one day only if the bando allows it (art. 91 c.3).
 */
export function scheduleCalendar(
  entries: readonly { kind: ExamKind; date: IsoDate }[],
  publishedOn: IsoDate,
  calendar: Calendar,
  ruleSet: string,
  options: { sameDayTests?: boolean } = {},
): ExamCalendar {
  if (entries.length === 0) throw new RangeError('Il diario delle prove è vuoto.');
  const exams = [...entries]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => scheduleExam(e.kind, e.date, publishedOn, calendar, ruleSet));
  const byDay = new Map<IsoDate, ExamKind[]>();
  for (const e of exams) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e.kind]);
  const checks: ExamCheck[] = [];
  for (const [date, kinds] of byDay) {
    if (kinds.length < 2) continue;
    const what = kinds.map((k) => EXAM_KIND_LABELS[k]).join(', ');
    checks.push(
      options.sameDayTests
        ? {
            rule: 'SAME_DAY',
            passed: true,
            message: `Più prove il ${date} (${what}): ammesso dal bando — ${cite(C.sameDay)}.`,
            citation: C.sameDay,
          }
        : {
            rule: 'SAME_DAY',
            passed: false,
            code: 'sameDayNotInBando',
            message: `Più prove il ${date} (${what}): il bando non prevede prove nella medesima giornata — ${cite(C.sameDay)}.`,
            citation: C.sameDay,
          },
    );
  }
  return { allowed: exams.every((e) => e.allowed) && checks.every((c) => c.passed), exams, checks };
}

export interface Convocation {
  candidateId: string;
  kind: ExamKind;
  examDate: IsoDate;
  /** Send by this day (the notice term): later, the test must move. */
  sendBy: IsoDate;
  /** §0.6: the seed names no channel; PEC where given, otherwise raccomandata A/R (as D3 Q1). */
  channel: 'COMUNICAZIONE_PERSONALE';
  /** Italian. */
  subject: string;
  text: string;
  citation: Citation;
}

function uniqueIds(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id.trim() === '') throw new RangeError(`${what}: identificativo vuoto.`);
    if (seen.has(id)) throw new RangeError(`${what}: candidato ripetuto ${id}.`);
    seen.add(id);
  }
}

/** The personal convocations of the admitted to an allowed test (art. 91 c.1 "comunicato ai candidati ammessi"). */
export function convocations(schedule: ExamSchedule, candidateIds: readonly string[]): Convocation[] {
  if (!schedule.allowed) {
    const why = schedule.checks
      .filter((c) => !c.passed)
      .map((c) => c.message)
      .join(' ');
    throw new RangeError(`Prova non convocabile: ${why}`);
  }
  uniqueIds(candidateIds, 'Convocazioni');
  const label = EXAM_KIND_LABELS[schedule.kind];
  return candidateIds.map((candidateId) => ({
    candidateId,
    kind: schedule.kind,
    examDate: schedule.date,
    sendBy: schedule.latestNoticeDate,
    channel: 'COMUNICAZIONE_PERSONALE',
    subject: `Convocazione alla ${label} del ${italianDate(schedule.date)}`,
    text: `La S.V. è convocata a sostenere la ${label} il giorno ${italianDate(schedule.date)}, munita di documento di identità in corso di validità.`,
    citation: schedule.notice.citation,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Anonymous codes.

/** Cryptographically strong bytes (node:crypto randomBytes by default); injected, the module stays pure. */
export type RandomSource = (size: number) => Uint8Array;

/** Crockford base32: no I, L, O, U, so a code copied by hand onto an envelope is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 5; // 40 bits → 8 symbols
const SALT_BYTES = 32;
const MAX_DRAWS = 64;

function draw(random: RandomSource, size: number): Uint8Array {
  const b = random(size);
  if (!(b instanceof Uint8Array) || b.length !== size) {
    throw new Error(`Sorgente casuale non valida: attesi ${size} byte.`);
  }
  return b;
}

function codeOf(bytes: Uint8Array): string {
  let n = 0n;
  for (let i = 0; i < CODE_BYTES; i++) n = (n << 8n) | BigInt(bytes[i]);
  let s = '';
  for (let i = 0; i < 8; i++) {
    s = CROCKFORD[Number(n & 31n)] + s;
    n >>= 5n;
  }
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/**
 * The code → candidate table, to keep apart from the board (a restricted record, every read audited).
 * `seal` is the digest the board's AnonymousTest carries: salted, so it tells nothing about the
 * mapping, yet any change to the mapping breaks it.
 */
export interface SealedMapping {
  readonly salt: string;
  /** Sorted by code. */
  readonly entries: readonly { readonly code: string; readonly candidateId: string }[];
  readonly seal: string;
}

export interface CodeAssignment {
  /** For the board: the codes alone, sorted, so their order says nothing of the candidates. */
  codes: readonly string[];
  sealed: SealedMapping;
}

const sealOf = (salt: string, entries: SealedMapping['entries']): string =>
  createHash('sha256')
    .update(`procedimenti:codici-anonimi:v1\n${canonicalJson({ salt, entries })}`)
    .digest('hex');

/**
 * One random code per candidate who handed in a paper (art. 94 c.2 "uno stesso numero di
 * riconoscimento"; the written papers of a candidate share it, art. 93 c.22). Random, not derived
 * from the candidate: nothing but the sealed mapping links them. A drawn code already taken is drawn again.
 */
export function assignCodes(candidateIds: readonly string[], random: RandomSource = randomBytes): CodeAssignment {
  if (candidateIds.length === 0) throw new RangeError('Nessun elaborato da codificare.');
  uniqueIds(candidateIds, 'Codici anonimi');
  const taken = new Set<string>();
  const entries: { code: string; candidateId: string }[] = [];
  for (const candidateId of candidateIds) {
    let code: string | undefined;
    for (let i = 0; i < MAX_DRAWS && code === undefined; i++) {
      const c = codeOf(draw(random, CODE_BYTES));
      if (!taken.has(c)) code = c;
    }
    if (code === undefined) throw new Error('Sorgente casuale non valida: codici ripetuti.');
    taken.add(code);
    entries.push({ code, candidateId });
  }
  entries.sort((a, b) => (a.code < b.code ? -1 : 1));
  const salt = Buffer.from(draw(random, SALT_BYTES)).toString('hex');
  return { codes: entries.map((e) => e.code), sealed: { salt, entries, seal: sealOf(salt, entries) } };
}

// ---------------------------------------------------------------------------------------------------
// The board's anonymous test and its marks.

export type MarkedTestKind = 'WRITTEN' | 'PRACTICAL';

export interface AnonymousTestDef {
  testId: string;
  kind: MarkedTestKind;
  /** Papers per code: the written tests paired under one code (art. 93 c.22). Default 1. */
  papers?: number;
  competitionType: CompetitionType;
  /** The commissioners who mark, in the order their marks are listed: 30 points, 10 each (art. 94 c.6). */
  commissioners: readonly string[];
}

export interface PaperMark {
  code: string;
  /** 1-based. */
  paper: number;
  commissionerId: string;
  points: number;
}

export type AnnulmentGround = 'RECOGNITION_MARK' | 'COPYING' | 'NULLITY';

export interface Annulment {
  code: string;
  ground: AnnulmentGround;
  /** Italian. */
  reason: string;
  citation: Citation;
}

/** What the board holds and sees: codes, marks, the seal's digest; never a candidate. */
export interface AnonymousTest {
  testId: string;
  kind: MarkedTestKind;
  papers: number;
  competitionType: CompetitionType;
  commissioners: readonly string[];
  codes: readonly string[];
  seal: string;
  marks: readonly PaperMark[];
  annulled: readonly Annulment[];
  /** Papers not handed in: the candidate missed that test (D3 Q13). */
  notDelivered: readonly { code: string; paper: number }[];
  /** Set by deanonymise: the marks are final from then on. */
  deanonymisedAt?: string;
}

export function newAnonymousTest(
  def: AnonymousTestDef,
  assignment: CodeAssignment,
  rules: ScoringRules = STRESA_SCORING,
): AnonymousTest {
  if (def.testId.trim() === '') throw new RangeError('Prova senza identificativo.');
  const papers = def.papers ?? 1;
  if (!Number.isInteger(papers) || papers < 1) throw new RangeError(`Numero di elaborati non valido: ${papers}.`);
  if (def.kind === 'PRACTICAL' && papers !== 1) {
    throw new RangeError('La prova pratica ha un elaborato per candidato; più prove pratiche sono prove distinte.');
  }
  const boardSize = rules.maxMark / rules.commissionerMax;
  if (def.commissioners.length !== boardSize || new Set(def.commissioners).size !== boardSize) {
    throw new RangeError(
      `Servono ${boardSize} commissari distinti (${rules.commissionerMax} punti ciascuno su ${rules.maxMark}) — ${cite(R.commissioners)}.`,
    );
  }
  if (assignment.codes.length !== assignment.sealed.entries.length)
    throw new RangeError('Codici e busta sigillata non coincidono.');
  return {
    testId: def.testId,
    kind: def.kind,
    papers,
    competitionType: def.competitionType,
    commissioners: [...def.commissioners],
    codes: [...assignment.codes],
    seal: assignment.sealed.seal,
    marks: [],
    annulled: [],
    notDelivered: [],
  };
}

export type PaperStatus =
  | { status: 'MARKED'; milli: number; byCommissioner: number[] }
  | { status: 'PENDING'; missing: string[] }
  | { status: 'NOT_CORRECTED'; reason: string; citation: Citation }
  | { status: 'NOT_DELIVERED' }
  | { status: 'ANNULLED'; reason: string; citation: Citation };

const milliOf = (points: number) => Math.round(points * 1000);
const markCitation = (test: Pick<AnonymousTest, 'kind'>) =>
  test.kind === 'WRITTEN' ? R.commissioners : R.practicalCommissioners;

/** A paper's state; its mark is the sum of the commissioners' marks (art. 94 c.6, art. 96 c.2). */
export function paperStatus(
  test: AnonymousTest,
  code: string,
  paper: number,
  rules: ScoringRules = STRESA_SCORING,
): PaperStatus {
  const annulment = test.annulled.find((a) => a.code === code);
  if (annulment) return { status: 'ANNULLED', reason: annulment.reason, citation: annulment.citation };
  if (test.notDelivered.some((n) => n.code === code && n.paper === paper)) return { status: 'NOT_DELIVERED' };
  // Art. 94 c.7: a later written paper is corrected only when the first reached the pass mark; a
  // first paper not handed in means the candidate withdrew (D3 Q13), so nothing later is corrected.
  if (test.kind === 'WRITTEN' && paper > 1) {
    const first = paperStatus(test, code, 1, rules);
    if (first.status === 'NOT_DELIVERED') {
      return {
        status: 'NOT_CORRECTED',
        reason: 'prima prova scritta non consegnata: candidato rinunciatario (decisione D3 Q13)',
        citation: R.absent,
      };
    }
    if (first.status === 'MARKED' && first.milli < rules.passMark * 1000) {
      return {
        status: 'NOT_CORRECTED',
        reason: `la prima prova scritta ha ottenuto ${pts(first.milli)}/${rules.maxMark}, meno di ${rules.passMark}/${rules.maxMark}`,
        citation: R.secondNotCorrected,
      };
    }
  }
  const mine = test.marks.filter((m) => m.code === code && m.paper === paper);
  const missing = test.commissioners.filter((c) => !mine.some((m) => m.commissionerId === c));
  if (missing.length > 0) return { status: 'PENDING', missing };
  const byCommissioner = test.commissioners.map((c) => mine.find((m) => m.commissionerId === c)!.points);
  return { status: 'MARKED', milli: byCommissioner.reduce((s, p) => s + milliOf(p), 0), byCommissioner };
}

export interface MarkInput {
  code: string;
  /** 1-based; default 1. */
  paper?: number;
  commissionerId: string;
  points: number;
}

export type MarkOutcome = { ok: true; test: AnonymousTest; paper: PaperStatus } | Refusal;

function paperGuard(test: AnonymousTest, code: string, paper: number): Refusal | undefined {
  if (test.deanonymisedAt !== undefined) {
    return refuse(
      'DEANONYMISED',
      `Gli elaborati della prova ${test.testId} sono già stati abbinati ai nomi: i voti non si modificano più`,
      C.scoresheet,
    );
  }
  if (!test.codes.includes(code)) {
    return refuse('UNKNOWN_CODE', `Il codice ${code} non appartiene alla prova ${test.testId}`, C.envelopes);
  }
  if (!Number.isInteger(paper) || paper < 1 || paper > test.papers) {
    return refuse(
      'UNKNOWN_PAPER',
      `La prova ${test.testId} ha ${test.papers} elaborat${test.papers === 1 ? 'o' : 'i'} per codice, non ${paper}`,
      C.pairing,
    );
  }
  return undefined;
}

/**
 * One commissioner's mark on one paper: 0–10 (at most 3 decimals), once per commissioner and paper;
 * a later written paper only once the first is marked and passed (art. 94 c.7).
 */
export function recordMark(test: AnonymousTest, input: MarkInput, rules: ScoringRules = STRESA_SCORING): MarkOutcome {
  const paper = input.paper ?? 1;
  const guard = paperGuard(test, input.code, paper);
  if (guard) return guard;
  if (!test.commissioners.includes(input.commissionerId)) {
    return refuse(
      'NOT_A_COMMISSIONER',
      `${input.commissionerId} non è un commissario che valuta la prova ${test.testId}`,
      markCitation(test),
    );
  }
  const p = input.points;
  if (
    typeof p !== 'number' ||
    !Number.isFinite(p) ||
    p < 0 ||
    p > rules.commissionerMax ||
    Math.abs(milliOf(p) - p * 1000) > 1e-6
  ) {
    return refuse(
      'OUT_OF_RANGE',
      `Voto ${p} non valido: ogni commissario dispone di punti da 0 a ${rules.commissionerMax} (al più 3 decimali)`,
      markCitation(test),
    );
  }
  const status = paperStatus(test, input.code, paper, rules);
  switch (status.status) {
    case 'ANNULLED':
      return refuse('ANNULLED', `L'elaborato ${input.code} è annullato: ${status.reason}`, status.citation);
    case 'NOT_DELIVERED':
      return refuse('NOT_DELIVERED', `Elaborato ${paper} del codice ${input.code} non consegnato`, R.absent);
    case 'NOT_CORRECTED':
      return refuse(
        'SECOND_NOT_CORRECTED',
        `L'elaborato ${paper} del codice ${input.code} non si corregge: ${status.reason}`,
        status.citation,
      );
    case 'MARKED':
      return refuse(
        'ALREADY_MARKED',
        `Il commissario ${input.commissionerId} ha già valutato l'elaborato ${paper} del codice ${input.code}`,
        markCitation(test),
      );
    case 'PENDING':
      if (!status.missing.includes(input.commissionerId)) {
        return refuse(
          'ALREADY_MARKED',
          `Il commissario ${input.commissionerId} ha già valutato l'elaborato ${paper} del codice ${input.code}`,
          markCitation(test),
        );
      }
  }
  if (test.kind === 'WRITTEN' && paper > 1 && paperStatus(test, input.code, 1, rules).status === 'PENDING') {
    return refuse(
      'FIRST_PAPER_PENDING',
      `Prima si completa la valutazione della prima prova scritta del codice ${input.code}: la seconda si corregge solo se la prima raggiunge ${rules.passMark}/${rules.maxMark}`,
      R.secondNotCorrected,
    );
  }
  const next: AnonymousTest = {
    ...test,
    marks: [...test.marks, { code: input.code, paper, commissionerId: input.commissionerId, points: p }],
  };
  return { ok: true, test: next, paper: paperStatus(next, input.code, paper, rules) };
}

const ANNULMENT: Record<AnnulmentGround, { text: string; citation: Citation }> = {
  RECOGNITION_MARK: { text: "segno di riconoscimento sull'elaborato", citation: C.recognitionMark },
  COPYING: { text: 'elaborato copiato', citation: C.copying },
  NULLITY: { text: 'elaborato non redatto con penna e carta fornite dalla Commissione', citation: C.nullity },
};

/** Annuls a code's papers: the candidate is excluded from the concorso (art. 93 c.16, c.19; art. 94 c.4). */
export function annulPaper(
  test: AnonymousTest,
  input: { code: string; ground: AnnulmentGround; note?: string },
): { ok: true; test: AnonymousTest } | Refusal {
  const guard = paperGuard(test, input.code, 1);
  if (guard) return guard;
  if (test.annulled.some((a) => a.code === input.code)) {
    return refuse('ANNULLED', `L'elaborato ${input.code} è già annullato`, ANNULMENT[input.ground].citation);
  }
  const { text, citation } = ANNULMENT[input.ground];
  const reason = `${text}${input.note ? ` (${input.note})` : ''}: annullato, candidato escluso dal concorso`;
  return {
    ok: true,
    test: { ...test, annulled: [...test.annulled, { code: input.code, ground: input.ground, reason, citation }] },
  };
}

/** A paper missing from a code's envelope: that test was not sat (D3 Q13: withdrawn). */
export function recordNotDelivered(
  test: AnonymousTest,
  input: { code: string; paper: number },
): { ok: true; test: AnonymousTest } | Refusal {
  const guard = paperGuard(test, input.code, input.paper);
  if (guard) return guard;
  if (test.marks.some((m) => m.code === input.code && m.paper === input.paper)) {
    return refuse('ALREADY_MARKED', `L'elaborato ${input.paper} del codice ${input.code} ha già voti`, C.scoresheet);
  }
  if (test.notDelivered.some((n) => n.code === input.code && n.paper === input.paper)) return { ok: true, test };
  return {
    ok: true,
    test: { ...test, notDelivered: [...test.notDelivered, { code: input.code, paper: input.paper }] },
  };
}

export interface ScoresheetRow {
  code: string;
  papers: { paper: number; status: PaperStatus['status']; byCommissioner: (number | null)[]; total?: number }[];
  /** Italian, when annulled. */
  annulled?: string;
}

export interface Scoresheet {
  testId: string;
  kind: MarkedTestKind;
  commissioners: readonly string[];
  rows: ScoresheetRow[];
  /** No paper waits for a mark. */
  complete: boolean;
  citation: Citation;
}

/** The list by code the board compiles before names are revealed (art. 94 c.5): what the board sees. */
export function scoresheet(test: AnonymousTest, rules: ScoringRules = STRESA_SCORING): Scoresheet {
  let complete = true;
  const rows = test.codes.map((code): ScoresheetRow => {
    const annulment = test.annulled.find((a) => a.code === code);
    const papers = Array.from({ length: test.papers }, (_, i) => {
      const paper = i + 1;
      const s = paperStatus(test, code, paper, rules);
      if (s.status === 'PENDING') complete = false;
      const given = test.marks.filter((m) => m.code === code && m.paper === paper);
      return {
        paper,
        status: s.status,
        byCommissioner: test.commissioners.map((c) => given.find((m) => m.commissionerId === c)?.points ?? null),
        ...(s.status === 'MARKED' ? { total: s.milli / 1000 } : {}),
      };
    });
    return { code, papers, ...(annulment ? { annulled: annulment.reason } : {}) };
  });
  return {
    testId: test.testId,
    kind: test.kind,
    commissioners: test.commissioners,
    rows,
    complete,
    citation: C.scoresheet,
  };
}

// ---------------------------------------------------------------------------------------------------
// De-anonymisation (art. 94 c.5; D3 C2).

export interface DeanonymiseCheck {
  allowed: boolean;
  /** Italian: the reasons joined, or why it is allowed. */
  reason: string;
  reasons: { code: 'DEANONYMISED' | 'PAPERS_PENDING' | 'TITLES_NOT_LOCKED'; text: string; citation: Citation }[];
  /** Papers still waiting for marks, by code (codes only: safe to show the board). */
  pending: { code: string; paper: number; missing: string[] }[];
}

/**
 * Names may be matched to the papers only when every paper of the test is marked (or not to be
 * corrected, not delivered, annulled) and, in a concorso per titoli ed esami, the titles are evaluated
 * and locked (D3 C2, which settles the conflict between art. 90 c.1 and art. 92 c.2).
 */
export function mayDeanonymise(
  test: AnonymousTest,
  context: { titlesLocked: boolean },
  rules: ScoringRules = STRESA_SCORING,
): DeanonymiseCheck {
  const reasons: DeanonymiseCheck['reasons'] = [];
  if (test.deanonymisedAt !== undefined) {
    reasons.push({
      code: 'DEANONYMISED',
      text: `Gli elaborati della prova ${test.testId} sono già stati abbinati ai nomi il ${test.deanonymisedAt}`,
      citation: C.scoresheet,
    });
  }
  const pending: DeanonymiseCheck['pending'] = [];
  for (const code of test.codes) {
    for (let paper = 1; paper <= test.papers; paper++) {
      const s = paperStatus(test, code, paper, rules);
      if (s.status === 'PENDING') pending.push({ code, paper, missing: s.missing });
    }
  }
  if (pending.length > 0) {
    const shown = pending.slice(0, 10).map((p) => (test.papers > 1 ? `${p.code} (elaborato ${p.paper})` : p.code));
    reasons.push({
      code: 'PAPERS_PENDING',
      text: `${pending.length} elaborat${pending.length === 1 ? 'o' : 'i'} ancora da valutare da tutti i commissari: ${shown.join(', ')}${pending.length > 10 ? '…' : ''}; i nomi si riconoscono solo a elenco dei punteggi completo`,
      citation: C.scoresheet,
    });
  }
  if (test.competitionType === 'PER_TITOLI_ED_ESAMI' && !context.titlesLocked) {
    reasons.push({
      code: 'TITLES_NOT_LOCKED',
      text: 'La valutazione dei titoli non è conclusa e bloccata: va completata prima di abbinare i nomi agli elaborati (decisione D3 C2)',
      citation: C.titlesBeforeMarking,
    });
  }
  const allowed = reasons.length === 0;
  return {
    allowed,
    reason: allowed
      ? `Tutti gli elaborati della prova ${test.testId} sono valutati${test.competitionType === 'PER_TITOLI_ED_ESAMI' ? ' e i titoli sono bloccati' : ''}: si può procedere al riconoscimento dei nomi — ${cite(C.scoresheet)}`
      : reasons.map((r) => `${r.text} — ${cite(r.citation)}`).join('; '),
    reasons,
    pending,
  };
}

export interface PaperResult {
  paper: number;
  status: 'MARKED' | 'NOT_CORRECTED' | 'NOT_DELIVERED' | 'ANNULLED';
  /** MARKED: out of 30. */
  points?: number;
  /** MARKED: in the order of the test's commissioners. */
  byCommissioner?: number[];
}

export type TestOutcome = 'PASSED' | 'FAILED' | 'WITHDRAWN' | 'EXCLUDED';

export interface CandidateTestResult {
  candidateId: string;
  code: string;
  testId: string;
  kind: MarkedTestKind;
  papers: PaperResult[];
  outcome: TestOutcome;
  /** Italian. */
  reason: string;
  citation: Citation;
}

export interface DeanonymisedTest {
  testId: string;
  kind: MarkedTestKind;
  papers: number;
  /** By candidate id. */
  results: CandidateTestResult[];
}

export type DeanonymiseOutcome =
  | {
      ok: true;
      test: AnonymousTest;
      deanonymised: DeanonymisedTest;
      /** The list by code as it stood when the names were revealed. */
      scoresheet: Scoresheet;
      event: NewEvent;
    }
  | { ok: false; reason: string; check?: DeanonymiseCheck; event: NewEvent };

function testOutcome(
  test: AnonymousTest,
  code: string,
  papers: PaperResult[],
  rules: ScoringRules,
): { outcome: TestOutcome; reason: string; citation: Citation } {
  const annulment = test.annulled.find((a) => a.code === code);
  if (annulment) return { outcome: 'EXCLUDED', reason: annulment.reason, citation: annulment.citation };
  const label = test.kind === 'WRITTEN' ? 'Prova scritta' : 'Prova pratica';
  for (const p of papers) {
    const name = test.papers > 1 ? `${label} ${p.paper}` : label;
    if (p.status === 'NOT_DELIVERED') {
      return {
        outcome: 'WITHDRAWN',
        reason: `${name}: elaborato non consegnato, considerato rinunciatario (decisione D3 Q13)`,
        citation: R.absent,
      };
    }
    if (p.status === 'MARKED' && milliOf(p.points!) < rules.passMark * 1000) {
      return {
        outcome: 'FAILED',
        reason: `${name} non superata (${pts(milliOf(p.points!))}/${rules.maxMark}, minimo ${rules.passMark}/${rules.maxMark})${
          test.kind === 'WRITTEN' && p.paper === 1 && test.papers > 1 ? '; la seconda prova non viene corretta' : ''
        }`,
        citation: test.kind === 'WRITTEN' ? R.oralAdmission : R.testsPassMark,
      };
    }
  }
  return {
    outcome: 'PASSED',
    reason: `${label}${test.papers > 1 ? ' (tutti gli elaborati)' : ''} superata con almeno ${rules.passMark}/${rules.maxMark}`,
    citation: test.kind === 'WRITTEN' ? R.oralAdmission : R.testsPassMark,
  };
}

/**
 * Opens the sealed mapping: refused (and the attempt recorded) unless mayDeanonymise allows it and the
 * mapping is the one sealed for this test (art. 94 c.2: the envelopes are checked intact first).
 * Returns the marks by candidate and the audit event, whose payload fixes the marks' digest.
 */
export function deanonymise(
  test: AnonymousTest,
  sealed: SealedMapping,
  input: { titlesLocked: boolean; actor: ActorRef; at: string },
  rules: ScoringRules = STRESA_SCORING,
): DeanonymiseOutcome {
  const check = mayDeanonymise(test, { titlesLocked: input.titlesLocked }, rules);
  const refused = (reason: string, c?: DeanonymiseCheck): DeanonymiseOutcome => ({
    ok: false,
    reason,
    ...(c ? { check: c } : {}),
    event: {
      type: 'DEANONYMISATION_REFUSED',
      actor: input.actor,
      payload: { testId: test.testId, at: input.at, reason },
    },
  });
  if (!check.allowed) return refused(check.reason, check);
  const codes = sealed.entries.map((e) => e.code);
  if (
    sealOf(sealed.salt, sealed.entries) !== sealed.seal ||
    sealed.seal !== test.seal ||
    codes.length !== test.codes.length ||
    codes.some((c) => !test.codes.includes(c))
  ) {
    return refused(
      `La busta sigillata dei codici non corrisponde a quella della prova ${test.testId}: apertura rifiutata — ${cite(C.envelopes)}`,
    );
  }

  const sheet = scoresheet(test, rules);
  const results = sealed.entries
    .map(({ code, candidateId }): CandidateTestResult => {
      const papers = Array.from({ length: test.papers }, (_, i): PaperResult => {
        const s = paperStatus(test, code, i + 1, rules);
        if (s.status === 'MARKED') {
          return { paper: i + 1, status: 'MARKED', points: s.milli / 1000, byCommissioner: s.byCommissioner };
        }
        // PENDING cannot occur here: mayDeanonymise allowed the opening.
        return { paper: i + 1, status: s.status === 'PENDING' ? 'NOT_CORRECTED' : s.status };
      });
      return {
        candidateId,
        code,
        testId: test.testId,
        kind: test.kind,
        papers,
        ...testOutcome(test, code, papers, rules),
      };
    })
    .sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
  const marksDigest = createHash('sha256').update(canonicalJson(sheet)).digest('hex');
  return {
    ok: true,
    test: { ...test, deanonymisedAt: input.at },
    deanonymised: { testId: test.testId, kind: test.kind, papers: test.papers, results },
    scoresheet: sheet,
    event: {
      type: 'PAPERS_DEANONYMISED',
      actor: input.actor,
      payload: {
        testId: test.testId,
        kind: test.kind,
        at: input.at,
        seal: test.seal,
        codes: test.codes.length,
        titlesLocked: input.titlesLocked,
        marksDigest,
        citation: cite(C.scoresheet),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Oral admission (art. 96 c.3, c.5, c.6; T21).

/** Feeds ranking.ts: spread into a RankCandidate with the birth date, titles and preference claims. */
export interface ExamOutcome {
  id: string;
  marks: CandidateMarks;
  /** Excluded (annulled paper, conduct in the room): rank() lists the reason and does not score. */
  excluded?: { reason: string; citation: Citation };
}

export type NotAdmittedOutcome = 'FAILED_WRITTEN' | 'FAILED_PRACTICAL' | 'WITHDRAWN' | 'EXCLUDED';

export interface OralAdmissionList {
  admitted: { candidateId: string; written: number[]; practical: number[]; marks: CandidateMarks }[];
  notAdmitted: {
    candidateId: string;
    outcome: NotAdmittedOutcome;
    /** Italian. */
    reason: string;
    citation: Citation;
    marks: CandidateMarks;
    excluded?: { reason: string; citation: Citation };
  }[];
  /** Admitted only, with their marks, posted at once (art. 96 c.5). */
  publication: Publication;
}

const notAdmitted = (o: TestOutcome, failed: NotAdmittedOutcome): NotAdmittedOutcome =>
  o === 'WITHDRAWN' || o === 'EXCLUDED' ? o : failed;

const resultMark = (p: PaperResult): TestResult =>
  p.status === 'MARKED' ? { commissioners: p.byCommissioner! } : 'ABSENT';

/**
 * The list of those admitted to the oral, from every de-anonymised test: each written (and practical)
 * test at least 21/30 (art. 96 c.3); whoever missed a test withdrew (D3 Q13); annulled papers and
 * exclusions in the room exclude. `admitted` is the admission determination (art. 88 c.2).
 */
export function oralAdmissionList(input: {
  admitted: readonly string[];
  tests: readonly DeanonymisedTest[];
  /** Excluded in the room before the papers were coded (late, art. 93 c.5; misconduct, c.13). */
  excludedAtSitting?: readonly { candidateId: string; reason: string; citation: Citation }[];
  /** When the last paper's marking ended: the list is posted at once. */
  at: string;
}): OralAdmissionList {
  uniqueIds(input.admitted, 'Ammessi');
  const written = input.tests.filter((t) => t.kind === 'WRITTEN');
  if (written.length !== 1) {
    throw new RangeError('Serve una sola prova scritta abbinata per codice (art. 93 c. 22), anche con più elaborati.');
  }
  const practical = input.tests.filter((t) => t.kind === 'PRACTICAL');
  const admittedSet = new Set(input.admitted);
  for (const t of input.tests) {
    for (const r of t.results) {
      if (!admittedSet.has(r.candidateId)) {
        throw new RangeError(`${r.candidateId} ha sostenuto la prova ${t.testId} senza essere ammesso.`);
      }
    }
  }
  const byTest = (t: DeanonymisedTest) => new Map(t.results.map((r) => [r.candidateId, r]));
  const writtenBy = byTest(written[0]);
  const practicalBy = practical.map(byTest);
  const sitting = new Map((input.excludedAtSitting ?? []).map((e) => [e.candidateId, e]));

  const list: OralAdmissionList = {
    admitted: [],
    notAdmitted: [],
    publication: {
      act: 'Elenco dei candidati ammessi alla prova orale',
      channels: ['ALBO_PRETORIO', 'SITO_WEB'],
      publishAt: input.at,
      signedBy: 'PRESIDENTE_COMMISSIONE',
      rows: [],
      citation: C.oralAdmissionList,
    },
  };
  for (const id of [...input.admitted].sort()) {
    const w = writtenBy.get(id);
    const ps = practicalBy.map((m) => m.get(id));
    const marks: CandidateMarks = {
      // Not corrected (art. 94 c.7) and annulled papers have no mark to give finalScore.
      written: w
        ? w.papers.filter((p) => p.status === 'MARKED' || p.status === 'NOT_DELIVERED').map(resultMark)
        : ['ABSENT'],
      ...(practical.length > 0 ? { practical: ps.map((p) => (p ? resultMark(p.papers[0]) : 'ABSENT')) } : {}),
    };
    const no = (outcome: NotAdmittedOutcome, reason: string, citation: Citation) => {
      const excluded = outcome === 'EXCLUDED' ? { reason, citation } : undefined;
      list.notAdmitted.push({ candidateId: id, outcome, reason, citation, marks, ...(excluded ? { excluded } : {}) });
    };
    const atSitting = sitting.get(id);
    if (atSitting) {
      no('EXCLUDED', atSitting.reason, atSitting.citation);
      continue;
    }
    if (!w) {
      no('WITHDRAWN', 'Assente alla prova scritta: considerato rinunciatario (decisione D3 Q13)', R.absent);
      continue;
    }
    if (w.outcome !== 'PASSED') {
      no(notAdmitted(w.outcome, 'FAILED_WRITTEN'), w.reason, w.citation);
      continue;
    }
    const stop = ps.findIndex((p) => p === undefined || p.outcome !== 'PASSED');
    if (stop >= 0) {
      const p = ps[stop];
      if (!p) no('WITHDRAWN', 'Assente alla prova pratica: considerato rinunciatario (decisione D3 Q13)', R.absent);
      else no(notAdmitted(p.outcome, 'FAILED_PRACTICAL'), p.reason, p.citation);
      continue;
    }
    const writtenPoints = w.papers.map((p) => p.points!);
    const practicalPoints = ps.map((p) => p!.papers[0].points!);
    list.admitted.push({ candidateId: id, written: writtenPoints, practical: practicalPoints, marks });
    const scores = [
      ...writtenPoints.map(
        (x, i) => `prova scritta${writtenPoints.length > 1 ? ` ${i + 1}` : ''} ${pts(milliOf(x))}/30`,
      ),
      ...practicalPoints.map(
        (x, i) => `prova pratica${practicalPoints.length > 1 ? ` ${i + 1}` : ''} ${pts(milliOf(x))}/30`,
      ),
    ];
    list.publication.rows.push(`${id}: ammesso alla prova orale — ${scores.join(', ')}`);
  }
  return list;
}

/**
 * The chair's personal notices after the written marking (art. 96 c.6): the admitted are convoked to the
 * oral with their written marks, by the oral's notice term (D3 Q7); the others are told why they are out.
 */
export function oralNotices(
  list: OralAdmissionList,
  oral: ExamSchedule,
): {
  convocations: Convocation[];
  exclusions: { candidateId: string; subject: string; text: string; citation: Citation }[];
} {
  if (oral.kind !== 'ORAL') throw new RangeError('Serve il calendario della prova orale.');
  const base = convocations(
    oral,
    list.admitted.map((a) => a.candidateId),
  );
  return {
    convocations: base.map((c, i) => {
      const a = list.admitted[i];
      const marks = [
        ...a.written.map((x, k) => `prova scritta${a.written.length > 1 ? ` ${k + 1}` : ''}: ${pts(milliOf(x))}/30`),
        ...a.practical.map(
          (x, k) => `prova pratica${a.practical.length > 1 ? ` ${k + 1}` : ''}: ${pts(milliOf(x))}/30`,
        ),
      ];
      return { ...c, text: `${c.text} Punteggi conseguiti — ${marks.join('; ')}.` };
    }),
    exclusions: list.notAdmitted.map((n) => ({
      candidateId: n.candidateId,
      subject: 'Esito delle prove: non ammissione alla prova orale',
      text: `La S.V. non è ammessa alla prova orale: ${n.reason} — ${cite(n.citation)}.`,
      citation: C.oralNotices,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Oral sessions (artt. 97–98; T20).

export interface OralResult {
  candidateId: string;
  outcome: 'PASSED' | 'FAILED_ORAL' | 'WITHDRAWN';
  /** As finalScore takes it. */
  result: TestResult;
  /** Out of 30, when examined. */
  points?: number;
  /** Italian. */
  reason: string;
  citation: Citation;
  /** Passed: the 15 days to document preference and reserve titles (art. 100 c.1, T15). */
  preferenceDocuments?: TermComputation;
}

export interface OralSession {
  sessionId: string;
  date: IsoDate;
  /** Letter or number drawn for the running order (art. 97 c.3). */
  draw?: string;
  results: OralResult[];
  /** Every candidate examined, with the marks, posted at the end of the session (art. 98 c.3). */
  publication: Publication;
}

function oralPoints(mark: Mark, rules: ScoringRules): number | string {
  const ok = (x: unknown, max: number) =>
    typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max && Math.abs(milliOf(x) - x * 1000) <= 1e-6;
  if (typeof mark === 'number') {
    return ok(mark, rules.maxMark) ? milliOf(mark) : `voto ${mark} fuori dalla scala 0–${rules.maxMark}`;
  }
  const board = rules.maxMark / rules.commissionerMax;
  if (mark.commissioners.length !== board) return `servono i voti di tutti i ${board} commissari`;
  if (!mark.commissioners.every((x) => ok(x, rules.commissionerMax))) {
    return `ogni commissario dispone di punti da 0 a ${rules.commissionerMax}`;
  }
  return mark.commissioners.reduce((s, x) => s + milliOf(x), 0);
}

/**
 * One oral session: only candidates on the admission list, each examined once; on a day exams may be
 * held; per titoli ed esami, after the titles were made known (art. 90 c.1; D3 C2). Pass 21/30
 * (art. 98 c.1); absent = withdrawn (D3 Q13). The list of the session is posted at its end.
 */
export function recordOralSession(
  input: {
    sessionId: string;
    date: IsoDate;
    /** End of the session (instant). */
    endedAt: string;
    draw?: string;
    results: readonly { candidateId: string; mark: Mark | 'ABSENT' }[];
  },
  context: {
    list: OralAdmissionList;
    previous: readonly OralSession[];
    competitionType: CompetitionType;
    /** When the titles' results were made known to the candidates. */
    titlesPublishedOn?: IsoDate;
    calendar: Calendar;
    ruleSet: string;
    rules?: ScoringRules;
  },
): { ok: true; session: OralSession } | { ok: false; refusals: Refusal[] } {
  const rules = context.rules ?? STRESA_SCORING;
  parseIsoDate(input.date);
  const refusals: Refusal[] = [];
  const ended = new Date(input.endedAt);
  if (Number.isNaN(ended.getTime()) || romeDateOf(ended) !== input.date) {
    refusals.push(
      refuse('SESSION_END', `Fine seduta ${input.endedAt} non nel giorno ${input.date}`, C.oralSessionList),
    );
  }
  const day = checkExamDate({
    examDate: input.date,
    calendar: context.calendar,
    noticeRule: termRule(context.ruleSet, NOTICE_TERMS.ORAL),
  });
  for (const r of day.reasons) refusals.push(refuse(r.code, r.message, r.citation));
  if (context.competitionType === 'PER_TITOLI_ED_ESAMI') {
    if (context.titlesPublishedOn === undefined || context.titlesPublishedOn > input.date) {
      refusals.push(
        refuse(
          'TITLES_NOT_PUBLISHED',
          `Il risultato della valutazione dei titoli va reso noto ai candidati prima della prova orale (decisione D3 C2)${context.titlesPublishedOn ? `: pubblicato il ${context.titlesPublishedOn}` : ''}`,
          C.titlesBeforeOral,
        ),
      );
    }
  }
  if (input.results.length === 0) refusals.push(refuse('EMPTY', 'Seduta senza candidati', C.oralSessionList));
  const onList = new Set(context.list.admitted.map((a) => a.candidateId));
  const examined = new Set(context.previous.flatMap((s) => s.results.map((r) => r.candidateId)));
  const here = new Set<string>();
  for (const r of input.results) {
    if (!onList.has(r.candidateId)) {
      refusals.push(
        refuse(
          'NOT_ADMITTED',
          `${r.candidateId} non è nell'elenco degli ammessi alla prova orale`,
          C.oralAdmissionList,
        ),
      );
    } else if (examined.has(r.candidateId) || here.has(r.candidateId)) {
      refusals.push(
        refuse('ALREADY_EXAMINED', `${r.candidateId} ha già un esito della prova orale`, C.oralSessionList),
      );
    }
    here.add(r.candidateId);
    if (r.mark !== 'ABSENT') {
      const v = oralPoints(r.mark, rules);
      if (typeof v === 'string') {
        refusals.push(
          refuse('OUT_OF_RANGE', `${r.candidateId}: ${v}`, typeof r.mark === 'number' ? R.oralPass : C.wholeBoardOral),
        );
      }
    }
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const preferenceRule = termRule(context.ruleSet, 'concorso.preferenceDocuments');
  const results = input.results.map((r): OralResult => {
    if (r.mark === 'ABSENT') {
      return {
        candidateId: r.candidateId,
        outcome: 'WITHDRAWN',
        result: 'ABSENT',
        reason: 'Assente alla prova orale: considerato rinunciatario (decisione D3 Q13)',
        citation: R.absent,
      };
    }
    const milli = oralPoints(r.mark, rules) as number;
    const passed = milli >= rules.passMark * 1000;
    return {
      candidateId: r.candidateId,
      outcome: passed ? 'PASSED' : 'FAILED_ORAL',
      result: r.mark,
      points: milli / 1000,
      reason: passed
        ? `Prova orale superata: ${pts(milli)}/${rules.maxMark}`
        : `Prova orale non superata (${pts(milli)}/${rules.maxMark}, minimo ${rules.passMark}/${rules.maxMark}): non idoneo`,
      citation: R.oralPass,
      ...(passed ? { preferenceDocuments: computeTerm(preferenceRule, input.date, context.calendar) } : {}),
    };
  });
  return {
    ok: true,
    session: {
      sessionId: input.sessionId,
      date: input.date,
      ...(input.draw !== undefined ? { draw: input.draw } : {}),
      results,
      publication: {
        act: `Elenco dei candidati esaminati nella seduta della prova orale del ${italianDate(input.date)}`,
        channels: ['ALBO_PRETORIO', 'SITO_WEB'],
        publishAt: input.endedAt,
        signedBy: 'PRESIDENTE_COMMISSIONE',
        rows: results.map((r) =>
          r.points === undefined ? `${r.candidateId}: assente` : `${r.candidateId}: ${pts(milliOf(r.points))}/30`,
        ),
        citation: C.oralSessionList,
      },
    },
  };
}

/**
 * Every candidate's marks as finalScore and rank take them: the oral added for those examined. The
 * merit list (art. 98 c.4) may be formed once `pendingOral` is empty.
 */
export function examOutcomes(
  list: OralAdmissionList,
  sessions: readonly OralSession[],
): { outcomes: ExamOutcome[]; pendingOral: string[] } {
  const oral = new Map(sessions.flatMap((s) => s.results.map((r) => [r.candidateId, r.result] as const)));
  const outcomes: ExamOutcome[] = [
    ...list.admitted.map((a) => {
      const o = oral.get(a.candidateId);
      return { id: a.candidateId, marks: o === undefined ? a.marks : { ...a.marks, oral: o } };
    }),
    ...list.notAdmitted.map((n) => ({
      id: n.candidateId,
      marks: n.marks,
      ...(n.excluded ? { excluded: n.excluded } : {}),
    })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { outcomes, pendingOral: list.admitted.filter((a) => !oral.has(a.candidateId)).map((a) => a.candidateId) };
}

// ---------------------------------------------------------------------------------------------------
// Conclusion term (art. 90 c.3; T10, D11).

/** The board's motivated report to the Sindaco on a late conclusion, adopted collegially. */
export interface BoardDelayReport {
  date: IsoDate;
  motivation: string;
  /** Every member of the board (collegialmente). */
  signedBy: readonly string[];
  sentToSindacoOn?: IsoDate;
}

export interface ConclusionCheck {
  term: TermComputation;
  dueDate: IsoDate;
  status: 'RUNNING' | 'CONCLUDED_IN_TERM' | 'OVERDUE_REPORT_DUE' | 'OVERDUE_JUSTIFIED';
  overdue: boolean;
  reportRequired: boolean;
  /** Why the report given does not (yet) justify the delay. Italian. */
  problems: string[];
  /** Italian. */
  message: string;
  citation: Citation;
}

/**
 * Six months from the application deadline (concorso.maxDuration of the pinned rule set; F-D1:
 * 2025-04-03 → 2025-10-03). Past it, the procedure goes on (the term is not peremptory) but the delay
 * must be justified by the whole board with a motivated report sent to the Sindaco.
 */
export function checkConclusionTerm(input: {
  applicationDeadline: IsoDate;
  /** Today, for a running procedure. */
  asOf: IsoDate;
  concludedOn?: IsoDate;
  boardMembers: readonly string[];
  report?: BoardDelayReport;
  calendar: Calendar;
  ruleSet: string;
}): ConclusionCheck {
  const rule = termRule(input.ruleSet, 'concorso.maxDuration');
  const term = computeTerm(rule, input.applicationDeadline, input.calendar);
  const ref = parseIsoDate(input.concludedOn ?? input.asOf);
  const overdue = ref > term.dueDate;
  const base = { term, dueDate: term.dueDate, overdue, citation: rule.citation };
  if (!overdue) {
    return {
      ...base,
      status: input.concludedOn ? 'CONCLUDED_IN_TERM' : 'RUNNING',
      reportRequired: false,
      problems: [],
      message: input.concludedOn
        ? `Procedura conclusa il ${input.concludedOn}, entro il termine del ${term.dueDate} — ${cite(rule.citation)}`
        : `Procedura da concludere entro il ${term.dueDate} — ${cite(rule.citation)}`,
    };
  }
  const problems: string[] = [];
  const r = input.report;
  if (!r) problems.push('manca la relazione motivata della Commissione');
  else {
    if (r.motivation.trim() === '') problems.push('la relazione non è motivata');
    const missing = input.boardMembers.filter((m) => !r.signedBy.includes(m));
    if (missing.length > 0) problems.push(`la relazione non è collegiale: manca la firma di ${missing.join(', ')}`);
    if (r.sentToSindacoOn === undefined) problems.push('la relazione non è stata inoltrata al Sindaco');
  }
  const justified = problems.length === 0;
  const when = input.concludedOn ? `conclusa il ${input.concludedOn}` : `non conclusa al ${input.asOf}`;
  return {
    ...base,
    status: justified ? 'OVERDUE_JUSTIFIED' : 'OVERDUE_REPORT_DUE',
    reportRequired: true,
    problems,
    message: justified
      ? `Procedura ${when}, oltre il termine del ${term.dueDate}: ritardo giustificato dalla Commissione con relazione al Sindaco — ${cite(rule.citation)}`
      : `Procedura ${when}, oltre il termine del ${term.dueDate}: ${problems.join('; ')} — ${cite(rule.citation)}`,
  };
}
