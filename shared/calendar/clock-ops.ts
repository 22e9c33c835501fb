/**
 * Clock operations on a running term (DECISIONS D2, last bullet): extend, suspend, resume, interrupt,
 * reopen. Pure: each takes the term as it stands and returns its new state with the full trace (old
 * steps, then the new ones, in Italian, quoting the legal basis the caller passes). Recording the act
 * as an audited event is the caller's job (shared/procedures/clock.ts).
 *
 * - extend: the current due date moves by `days` calendar days; roll-forward as for any term (D2).
 * - suspend: the clock stops on the act's date; the due date is provisional until the resumption.
 * - resume: the due date moves by the paused length in calendar days (resumption − suspension).
 * - interrupt: a whole new term of the rule runs from the act's date (dies a quo not counted).
 * - reopen: a new term from the act's date, of `quantity` or the rule's length (e.g. the bando's
 *   application term, ROUS art. 87 c.1, L1465: "riaprire, per una sola volta, il termine").
 * extend and resume start from the current due date, which for a private party may already be a
 * rolled-forward one. A minimumNotice term hangs on a future event, not on a running clock: when the
 * event moves, the notice term is computed again, so these operations refuse it.
 */
import type { Calendar } from './calendar';
import { addDays, diffDays, endOfDayRome, type IsoDate, isIsoDate } from './dates';
import { computeTerm, dueStep, rollForwardIfDue, type TermRule, type TraceStep, unitText } from './terms';

export interface RunningTerm {
  rule: TermRule;
  anchorDate: IsoDate;
  dueDate: IsoDate;
  status: 'OPEN' | 'SUSPENDED';
  suspendedOn?: IsoDate;
  trace: TraceStep[];
}

export interface ClockResult {
  dueDate: IsoDate;
  /** endOfDayRome(dueDate). */
  dueAt: string;
  status: 'OPEN' | 'SUSPENDED';
  suspendedOn?: IsoDate;
  /** The whole trace: the term's old steps, then this operation's. */
  trace: TraceStep[];
  /** Whether this operation moved the new last day to the next open day. */
  rolledForward: boolean;
}

function checkCommon(term: RunningTerm, legalDate: IsoDate, basis: string): void {
  if (!isIsoDate(legalDate)) throw new Error(`Data dell'atto non valida: "${legalDate}" (formato AAAA-MM-GG).`);
  if (typeof basis !== 'string' || basis.trim() === '') {
    throw new Error("Indicare il fondamento giuridico dell'operazione (atto, articolo).");
  }
  if (term.rule.kind === 'minimumNotice') {
    throw new Error(
      `Il termine "${term.rule.label}" è un preavviso rispetto a un evento futuro: non si proroga, sospende, interrompe o riapre, si ricalcola sulla nuova data dell'evento.`,
    );
  }
  if (legalDate < term.anchorDate) {
    throw new Error(`La data dell'atto (${legalDate}) precede l'inizio del termine (${term.anchorDate}).`);
  }
}

function positiveDays(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} deve essere un numero intero, almeno 1 (ricevuto ${n}).`);
}

/** Moves the due date to `literal`, rolling forward for a private party, and closes with a 'due' step. */
function moveTo(term: RunningTerm, literal: IsoDate, calendar: Calendar, steps: TraceStep[]): ClockResult {
  const { dueDate, closedOnLast } = rollForwardIfDue(term.rule, literal, calendar, steps);
  steps.push(dueStep(term.rule, dueDate, closedOnLast));
  return {
    dueDate,
    dueAt: endOfDayRome(dueDate),
    status: 'OPEN',
    trace: [...term.trace, ...steps],
    rolledForward: dueDate !== literal,
  };
}

export function extendTerm(
  term: RunningTerm,
  days: number,
  legalDate: IsoDate,
  calendar: Calendar,
  basis: string,
): ClockResult {
  checkCommon(term, legalDate, basis);
  positiveDays(days, 'La proroga');
  if (term.status === 'SUSPENDED') {
    throw new Error(`Il termine è sospeso dal ${term.suspendedOn}: va ripreso prima di essere prorogato.`);
  }
  const literal = addDays(term.dueDate, days);
  const steps: TraceStep[] = [
    {
      kind: 'extend',
      date: literal,
      text: `Proroga di ${unitText(days, 'calendarDays')} disposta il ${legalDate} (${basis}): dal ${term.dueDate} al ${literal}`,
    },
  ];
  return moveTo(term, literal, calendar, steps);
}

export function suspendTerm(term: RunningTerm, legalDate: IsoDate, basis: string): ClockResult {
  checkCommon(term, legalDate, basis);
  if (term.status === 'SUSPENDED') throw new Error(`Il termine è già sospeso dal ${term.suspendedOn}.`);
  const step: TraceStep = {
    kind: 'suspend',
    date: legalDate,
    text: `Sospensione dal ${legalDate} (${basis}): il decorso si ferma; la scadenza del ${term.dueDate} si sposterà alla ripresa`,
  };
  return {
    dueDate: term.dueDate,
    dueAt: endOfDayRome(term.dueDate),
    status: 'SUSPENDED',
    suspendedOn: legalDate,
    trace: [...term.trace, step],
    rolledForward: false,
  };
}

export function resumeTerm(term: RunningTerm, legalDate: IsoDate, calendar: Calendar, basis: string): ClockResult {
  checkCommon(term, legalDate, basis);
  if (term.status !== 'SUSPENDED') throw new Error('Il termine non è sospeso: non può essere ripreso.');
  const since = term.suspendedOn;
  if (since === undefined || !isIsoDate(since)) throw new Error('Manca la data di sospensione del termine.');
  if (legalDate < since) throw new Error(`La ripresa (${legalDate}) non può precedere la sospensione (${since}).`);
  const paused = diffDays(legalDate, since);
  const literal = addDays(term.dueDate, paused);
  const steps: TraceStep[] = [
    {
      kind: 'resume',
      date: literal,
      text: `Ripresa il ${legalDate} (${basis}): sospeso dal ${since} per ${unitText(paused, 'calendarDays')}, scadenza dal ${term.dueDate} al ${literal}`,
    },
  ];
  return moveTo(term, literal, calendar, steps);
}

/** A full new term of the rule from `from`, after the operation's own step. */
function restart(
  term: RunningTerm,
  rule: TermRule,
  from: IsoDate,
  calendar: Calendar,
  first: TraceStep,
  label: string,
): ClockResult {
  const c = computeTerm(rule, from, calendar, label);
  return {
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    status: 'OPEN',
    trace: [...term.trace, first, ...c.trace],
    rolledForward: c.rolledForward,
  };
}

export function interruptTerm(term: RunningTerm, legalDate: IsoDate, calendar: Calendar, basis: string): ClockResult {
  checkCommon(term, legalDate, basis);
  const first: TraceStep = {
    kind: 'interrupt',
    date: legalDate,
    text: `Interruzione il ${legalDate} (${basis}): il termine decorre di nuovo per intero (${unitText(term.rule.quantity, term.rule.unit)})`,
  };
  return restart(term, term.rule, legalDate, calendar, first, 'atto di interruzione');
}

export function reopenTerm(
  term: RunningTerm,
  legalDate: IsoDate,
  calendar: Calendar,
  basis: string,
  quantity?: number,
): ClockResult {
  checkCommon(term, legalDate, basis);
  const q = quantity ?? term.rule.quantity;
  positiveDays(q, 'La durata del nuovo termine');
  const first: TraceStep = {
    kind: 'reopen',
    date: legalDate,
    text: `Riapertura del termine il ${legalDate} (${basis}): nuovo termine di ${unitText(q, term.rule.unit)}`,
  };
  return restart(term, { ...term.rule, quantity: q }, legalDate, calendar, first, 'atto di riapertura');
}
