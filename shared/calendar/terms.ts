/**
 * Term arithmetic (DECISIONS D2): dies a quo not counted, calendar/working days, months/years
 * clamped, roll-forward only for terms binding a private party. Every step is traced in Italian so
 * a clerk can check the computation against the act.
 *
 * Kinds: 'deadline' and 'notBefore' count forward from the anchor; 'minimumNotice' counts backwards
 * from a future event (e.g. ROUS art. 91 c.1, L1497: the exam calendar is communicated "non meno di
 * venti giorni prima") and its due date — the last day to give notice — never moves: moving it later
 * would shorten the notice, moving it earlier is not in any rule; the trace says so when it is a
 * closed day.
 */
import type { Calendar } from './calendar';
import { addDays, addMonthsClamped, endOfDayRome, type IsoDate, parseIsoDate, romeInstant } from './dates';

export type TermUnit = 'calendarDays' | 'workingDays' | 'months' | 'years';

export interface Citation {
  source: 'seed' | 'external';
  file?: string;
  article: string;
  paragraph?: string;
  lines?: string;
  law?: string;
  quote?: string;
}

/**
 * deadline: the act must happen by the due date (counted forward from the anchor);
 * notBefore: the act may not happen before the due date (e.g. admission ≥ 5 working days after the term);
 * minimumNotice: counted backwards from the anchor, a future event (e.g. an exam): notice must be given by the due date.
 */
export type TermKind = 'deadline' | 'notBefore' | 'minimumNotice';
export type ProcedureKind = 'concorso' | 'mobility' | 'contract' | 'discipline';

export interface TermRule {
  id: string;
  /** Italian. */
  label: string;
  /** The anchor event, e.g. 'GURI_PUBLICATION'. */
  anchor: string;
  kind: TermKind;
  procedures: ProcedureKind[];
  quantity: number;
  unit: TermUnit;
  binds: 'privateParty' | 'administration';
  peremptory: boolean;
  onExpiry: 'close' | 'lapse' | 'escalate' | 'silentAssent' | 'reminderOnly';
  /** responsibleOfficer: the officer named on the procedure; procedureAuthority: the body that must act (e.g. UPD). */
  reminders: { daysBefore: number; to: 'responsibleOfficer' | 'procedureAuthority' }[];
  citation: Citation;
}

export interface TraceStep {
  /** The last five are clock operations on a running term (clock-ops.ts). */
  kind: 'anchor' | 'count' | 'skip' | 'rollForward' | 'due' | 'extend' | 'suspend' | 'resume' | 'interrupt' | 'reopen';
  date: IsoDate;
  /** Italian. */
  text: string;
}

export interface TermComputation {
  ruleId: string;
  anchorDate: IsoDate;
  dueDate: IsoDate;
  /** endOfDayRome(dueDate). */
  dueAt: string;
  rolledForward: boolean;
  trace: TraceStep[];
  citation: Citation;
}

/** Italian description of anchor events, for the trace. Unknown anchors fall back to their code. */
export const ANCHOR_LABELS: Readonly<Record<string, string>> = {
  GURI_PUBLICATION: 'pubblicazione in Gazzetta Ufficiale',
  APPLICATION_DEADLINE: 'scadenza del termine di presentazione delle domande',
  ALBO_PUBLICATION: "pubblicazione all'albo pretorio",
  EXAM_DATE: 'data della prova',
  FIRST_EXAM_DATE: 'data della prima prova',

  // --- Concorso (recruitment.md §3, §14) ---
  REOPENING_PUBLICATION: "pubblicazione dell'atto di riapertura dei termini del bando",
  REGULARISATION_REQUEST_RECEIVED: 'ricevimento della richiesta di regolarizzazione formale della domanda',
  ADMISSION_DETERMINATION: 'adozione della determinazione di ammissione ed esclusione',
  ORAL_EXAM_DATE: 'data della prova orale del candidato',
  RECORDS_RETURNED_TO_BOARD: 'atto di rinvio dei verbali alla Commissione esaminatrice',
  RANKING_APPROVAL: 'approvazione della graduatoria',
  // --- Mobility (recruitment.md §8; disciplinary-mobility-other.md §5) ---
  CONTRACT_SIGNED: 'sottoscrizione del contratto individuale di lavoro con il Comune',
  SERVICE_START: 'presa di servizio',
  ASSIGNMENT_START: "inizio dell'assegnazione temporanea",
  SECONDMENT_START: 'inizio del comando presso il Comune',
  AVAILABILITY_PLACEMENT: 'collocamento in disponibilità',
  NOTICE_PUBLICATION: "pubblicazione dell'avviso di mobilità",
  CANDIDATE_SELECTED: 'individuazione del candidato al termine della selezione',
  // --- Contract formation (recruitment.md §9) ---
  APPOINTMENT_RECEIVED: 'ricevimento della comunicazione di nomina',
  SERVICE_START_DEADLINE: 'scadenza originaria del termine per prendere servizio',
  MEDICAL_OPINION_NOTIFIED: 'comunicazione del giudizio sanitario sfavorevole',
  // --- Discipline (disciplinary-mobility-other.md §2; DECISIONS D4) ---
  SEGRETARIO_KNOWLEDGE: 'notizia del fatto al Segretario Comunale',
  HEAD_KNOWLEDGE: 'conoscenza dei fatti da parte del responsabile della struttura',
  UPD_KNOWLEDGE:
    "ricezione degli atti o della segnalazione da parte dell'Ufficio per i procedimenti disciplinari, o sua anteriore piena conoscenza dei fatti",
  FIRST_KNOWLEDGE: "prima acquisizione della notizia dell'infrazione da parte di qualunque funzionario",
  CONTESTATION_ACT: "data dell'atto di contestazione dell'addebito",
  HEARING_DATE: "data fissata per l'audizione in contraddittorio",
  ORIGINAL_HEARING_DATE: "data dell'audizione originariamente fissata",
  ACQUITTAL_IRREVOCABLE: 'irrevocabilità della sentenza penale di assoluzione',
  JUDGMENT_COMMUNICATED: "comunicazione della sentenza penale all'Amministrazione",
  REOPENING_REQUEST_FILED: "presentazione dell'istanza di riapertura del procedimento disciplinare",
  RENEWED_CONTESTATION: "rinnovo della contestazione dell'addebito (ripresa o riapertura)",
  CAUTIONARY_SUSPENSION_START: 'inizio della sospensione cautelare',
  DECISION_ACT: "data dell'atto conclusivo del procedimento disciplinare",
  TRANSFER: 'trasferimento del dipendente ad altra amministrazione (riprendono a decorrere i termini)',
};

const ROLL_FORWARD_BASIS = 'art. 2963 c.c., art. 155 c.p.c.';

/** Guards against a calendar with no open day (misconfiguration), which would loop forever. */
const MAX_CONSECUTIVE_CLOSED = 60;

export function formatCitation(c: Citation): string {
  const where = [c.article, c.paragraph].filter(Boolean).join(' ');
  const source = c.source === 'external' ? c.law : c.lines;
  return source ? `${where} (${source})` : where;
}

export function unitText(n: number, unit: TermUnit): string {
  switch (unit) {
    case 'calendarDays':
      return n === 1 ? '1 giorno di calendario' : `${n} giorni di calendario`;
    case 'workingDays':
      return n === 1 ? '1 giorno lavorativo' : `${n} giorni lavorativi`;
    case 'months':
      return n === 1 ? '1 mese' : `${n} mesi`;
    case 'years':
      return n === 1 ? '1 anno' : `${n} anni`;
  }
}

function stepToOpenDay(
  from: IsoDate,
  direction: 1 | -1,
  calendar: Calendar,
  onSkip: (d: IsoDate, reason: string) => void,
): IsoDate {
  let d = from;
  for (let i = 0; i < MAX_CONSECUTIVE_CLOSED; i++) {
    d = addDays(d, direction);
    const reason = calendar.closedReason(d);
    if (reason === null) return d;
    onSkip(d, reason);
  }
  throw new Error(
    `No office-open day within ${MAX_CONSECUTIVE_CLOSED} days ${direction > 0 ? 'after' : 'before'} ${from}: check the calendar settings`,
  );
}

export function nextOpenDay(from: IsoDate, calendar: Calendar, onSkip: (d: IsoDate, reason: string) => void): IsoDate {
  return stepToOpenDay(from, 1, calendar, onSkip);
}

/** Trace text of a skipped closed day. */
export function skipText(date: IsoDate, reason: string): string {
  return `Saltato ${date}: ${reason}`;
}

/**
 * Rolls a private party's last day forward to the next open day (D2; art. 2963 c.c., art. 155 c.p.c.),
 * appending the rollForward and skip steps. Administration terms and open days are returned as they are.
 */
export function rollForwardIfDue(
  rule: Pick<TermRule, 'binds'>,
  last: IsoDate,
  calendar: Calendar,
  trace: TraceStep[],
): { dueDate: IsoDate; closedOnLast: string | null } {
  const closedOnLast = calendar.closedReason(last);
  if (closedOnLast === null || rule.binds !== 'privateParty') return { dueDate: last, closedOnLast };
  trace.push({
    kind: 'rollForward',
    date: last,
    text: `Il termine cade il ${last}, ${closedOnLast}: prorogato al primo giorno di apertura (${ROLL_FORWARD_BASIS})`,
  });
  const dueDate = nextOpenDay(last, calendar, (date, reason) =>
    trace.push({ kind: 'skip', date, text: skipText(date, reason) }),
  );
  return { dueDate, closedOnLast };
}

/** The closing 'due' step: wording by kind, literal-date note for Administration terms on closed days. */
export function dueStep(
  rule: Pick<TermRule, 'kind' | 'binds' | 'citation'>,
  dueDate: IsoDate,
  closedOnLast: string | null,
): TraceStep {
  const cite = formatCitation(rule.citation);
  let text: string;
  if (rule.kind === 'minimumNotice') {
    const note =
      closedOnLast !== null ? ` — ${closedOnLast}: data non spostata, la comunicazione va fatta entro tale giorno` : '';
    text = `Preavviso da dare entro il ${dueDate} ore 23:59:59 (Europe/Rome)${note} — ${cite}`;
  } else {
    const note =
      closedOnLast !== null && rule.binds === 'administration'
        ? ` — ${closedOnLast}: termine a carico dell'Amministrazione, non prorogato`
        : '';
    text =
      rule.kind === 'notBefore'
        ? `Non prima del ${dueDate}${note} — ${cite}`
        : `Scadenza ${dueDate} ore 23:59:59 (Europe/Rome)${note} — ${cite}`;
  }
  return { kind: 'due', date: dueDate, text };
}

/**
 * `anchorLabel` overrides the anchor's description in the trace (clock operations restart a term from
 * an act that is not the rule's anchor event).
 */
export function computeTerm(
  rule: TermRule,
  anchorDate: IsoDate,
  calendar: Calendar,
  anchorLabel: string = ANCHOR_LABELS[rule.anchor] ?? rule.anchor,
): TermComputation {
  parseIsoDate(anchorDate);
  if (!Number.isInteger(rule.quantity) || rule.quantity < 1) {
    throw new Error(`Term ${rule.id}: quantity must be a positive integer, got ${rule.quantity}`);
  }
  const backwards = rule.kind === 'minimumNotice';
  const trace: TraceStep[] = [];
  const skip = (date: IsoDate, reason: string) => trace.push({ kind: 'skip', date, text: skipText(date, reason) });
  trace.push({
    kind: 'anchor',
    date: anchorDate,
    text: backwards
      ? `Evento del ${anchorDate} (${anchorLabel}): non computato, si conta a ritroso`
      : `Giorno iniziale ${anchorDate} (${anchorLabel}): non computato (dies a quo)`,
  });

  const n = rule.quantity;
  const sign = backwards ? -1 : 1;
  let last: IsoDate;
  let countNote = '';
  switch (rule.unit) {
    case 'calendarDays':
      last = addDays(anchorDate, sign * n);
      break;
    case 'months':
    case 'years': {
      const months = rule.unit === 'years' ? n * 12 : n;
      last = addMonthsClamped(anchorDate, sign * months);
      if (last.slice(8) !== anchorDate.slice(8)) countNote = ' (giorno inesistente nel mese: ultimo giorno del mese)';
      break;
    }
    case 'workingDays': {
      // Only office-open days count; every closed day met on the way is traced with its reason.
      const counted: IsoDate[] = [];
      let d = anchorDate;
      while (counted.length < n) {
        d = stepToOpenDay(d, sign, calendar, skip);
        counted.push(d);
      }
      last = d;
      if (n <= 10) countNote = ` (computati: ${counted.join(', ')})`;
      break;
    }
  }
  trace.push({
    kind: 'count',
    date: last,
    text: `${unitText(n, rule.unit)}${backwards ? ' a ritroso' : ''} → ${last}${countNote}`,
  });

  // A notice term never moves (module note); the others roll forward only for a private party (D2).
  const { dueDate, closedOnLast } = backwards
    ? { dueDate: last, closedOnLast: calendar.closedReason(last) }
    : rollForwardIfDue(rule, last, calendar, trace);
  trace.push(dueStep(rule, dueDate, closedOnLast));

  return {
    ruleId: rule.id,
    anchorDate,
    dueDate,
    dueAt: endOfDayRome(dueDate),
    rolledForward: dueDate !== last,
    trace,
    citation: rule.citation,
  };
}

/**
 * Reminder dates counted back from the (possibly rolled) due date, at 09:00 Rome, earliest first.
 * Literal dates, even on closed days (D2: Administration terms never move); reminders that would
 * fall before the anchor date are dropped, since the term did not exist yet. A minimumNotice term
 * lies wholly before its anchor (the event), so none of its reminders is dropped for that reason.
 */
export function reminderSchedule(
  rule: TermRule,
  computation: TermComputation,
): { daysBefore: number; date: IsoDate; at: string }[] {
  return rule.reminders
    .map((r) => {
      const date = addDays(computation.dueDate, -r.daysBefore);
      return { daysBefore: r.daysBefore, date, at: romeInstant(date, '09:00:00.000') };
    })
    .filter((r) => rule.kind === 'minimumNotice' || r.date >= computation.anchorDate)
    .sort((a, b) => b.daysBefore - a.daysBefore);
}
