/**
 * Term arithmetic (DECISIONS D2): dies a quo not counted, calendar/working days, months/years
 * clamped, roll-forward only for terms binding a private party. Every step is traced in Italian so
 * a clerk can check the computation against the act.
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
  kind: 'anchor' | 'count' | 'skip' | 'rollForward' | 'due';
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
};

const ROLL_FORWARD_BASIS = 'art. 2963 c.c., art. 155 c.p.c.';

/** Guards against a calendar with no open day (misconfiguration), which would loop forever. */
const MAX_CONSECUTIVE_CLOSED = 60;

export function formatCitation(c: Citation): string {
  const where = [c.article, c.paragraph].filter(Boolean).join(' ');
  const source = c.source === 'external' ? c.law : c.lines;
  return source ? `${where} (${source})` : where;
}

function unitText(n: number, unit: TermUnit): string {
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

function nextOpenDay(from: IsoDate, calendar: Calendar, onSkip: (d: IsoDate, reason: string) => void): IsoDate {
  let d = from;
  for (let i = 0; i < MAX_CONSECUTIVE_CLOSED; i++) {
    d = addDays(d, 1);
    const reason = calendar.closedReason(d);
    if (reason === null) return d;
    onSkip(d, reason);
  }
  throw new Error(
    `No office-open day within ${MAX_CONSECUTIVE_CLOSED} days after ${from}: check the calendar settings`,
  );
}

export function computeTerm(rule: TermRule, anchorDate: IsoDate, calendar: Calendar): TermComputation {
  parseIsoDate(anchorDate);
  if (!Number.isInteger(rule.quantity) || rule.quantity < 1) {
    throw new Error(`Term ${rule.id}: quantity must be a positive integer, got ${rule.quantity}`);
  }
  const trace: TraceStep[] = [];
  const skip = (date: IsoDate, reason: string) =>
    trace.push({ kind: 'skip', date, text: `Saltato ${date}: ${reason}` });
  const anchorLabel = ANCHOR_LABELS[rule.anchor] ?? rule.anchor;
  trace.push({
    kind: 'anchor',
    date: anchorDate,
    text: `Giorno iniziale ${anchorDate} (${anchorLabel}): non computato (dies a quo)`,
  });

  const n = rule.quantity;
  let last: IsoDate;
  let countNote = '';
  switch (rule.unit) {
    case 'calendarDays':
      last = addDays(anchorDate, n);
      break;
    case 'months':
    case 'years': {
      const months = rule.unit === 'years' ? n * 12 : n;
      last = addMonthsClamped(anchorDate, months);
      if (last.slice(8) !== anchorDate.slice(8)) countNote = ' (giorno inesistente nel mese: ultimo giorno del mese)';
      break;
    }
    case 'workingDays': {
      // Only office-open days count; every closed day met on the way is traced with its reason.
      const counted: IsoDate[] = [];
      let d = anchorDate;
      while (counted.length < n) {
        d = nextOpenDay(d, calendar, skip);
        counted.push(d);
      }
      last = d;
      if (n <= 10) countNote = ` (computati: ${counted.join(', ')})`;
      break;
    }
  }
  trace.push({ kind: 'count', date: last, text: `${unitText(n, rule.unit)} → ${last}${countNote}` });

  let dueDate = last;
  const closedOnLast = calendar.closedReason(last);
  if (closedOnLast !== null && rule.binds === 'privateParty') {
    trace.push({
      kind: 'rollForward',
      date: last,
      text: `Il termine cade il ${last}, ${closedOnLast}: prorogato al primo giorno di apertura (${ROLL_FORWARD_BASIS})`,
    });
    dueDate = nextOpenDay(last, calendar, skip);
  }

  const dueAt = endOfDayRome(dueDate);
  const literalNote =
    closedOnLast !== null && rule.binds === 'administration'
      ? ` — ${closedOnLast}: termine a carico dell'Amministrazione, non prorogato`
      : '';
  trace.push({
    kind: 'due',
    date: dueDate,
    text: `Scadenza ${dueDate} ore 23:59:59 (Europe/Rome)${literalNote} — ${formatCitation(rule.citation)}`,
  });

  return {
    ruleId: rule.id,
    anchorDate,
    dueDate,
    dueAt,
    rolledForward: dueDate !== last,
    trace,
    citation: rule.citation,
  };
}

/**
 * Reminder dates counted back from the (possibly rolled) due date, at 09:00 Rome, earliest first.
 * Literal dates, even on closed days (D2: Administration terms never move); reminders that would
 * fall before the anchor date are dropped, since the term did not exist yet.
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
    .filter((r) => r.date >= computation.anchorDate)
    .sort((a, b) => b.daysBefore - a.daysBefore);
}
