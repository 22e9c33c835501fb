/**
 * The deadline ledger's clock operations on a running term (DECISIONS D2, last bullet): extend, suspend,
 * resume, interrupt, reopen. Generic over procedure types: the term moves, its pending reminders are
 * replaced by a schedule for the new date, and the act is an audited event with its legal basis.
 * A reopening of the bando's application term changes the concorso's phase and is the concorso's own
 * act (art. 87 c.1, coming with the complete concorso): here `reopen` applies to terms whose expiry
 * moved no phase.
 */

import { z } from 'zod';
import type { Calendar } from '../calendar/calendar';
import {
  extendTerm,
  interruptTerm,
  type RunningTerm,
  reopenTerm,
  resumeTerm,
  suspendTerm,
} from '../calendar/clock-ops';
import { romeDateOf } from '../calendar/dates';
import { reminderSchedule, type TermRule } from '../calendar/terms';
import { problems } from '../http/problem';
import { legalDate } from '../validation/legal-date';
import type { ActorRef, ClockOperation, Deadline, Decision, Reminder } from './model';

export const clockOperationSchema = z.strictObject({
  expectedVersion: z.int().min(1),
  operation: z.enum(['extend', 'suspend', 'resume', 'interrupt', 'reopen'], { error: 'Operazione non valida.' }),
  legalDate: legalDate("Data dell'atto non valida (formato AAAA-MM-GG)."),
  days: z.int().min(1).max(3650).optional(),
  basis: z
    .string()
    .trim()
    .min(3, "Indicare il fondamento giuridico dell'atto (es. determinazione n., articolo).")
    .max(500),
});
export type ClockOperationInput = z.infer<typeof clockOperationSchema>;

const EVENT: Record<ClockOperation['kind'], string> = {
  extend: 'DEADLINE_EXTENDED',
  suspend: 'DEADLINE_SUSPENDED',
  resume: 'DEADLINE_RESUMED',
  interrupt: 'DEADLINE_INTERRUPTED',
  reopen: 'DEADLINE_REOPENED',
};

export interface ClockContext {
  now: Date;
  calendar: Calendar;
  rule: (termId: string) => TermRule;
  /** Who receives the reminders of the moved term. */
  reminderRecipient: string;
}

export function clockOperation<P extends string, D = unknown>(
  state: { phase: P },
  deadlines: Deadline[],
  reminders: Reminder[],
  deadlineId: string,
  input: ClockOperationInput,
  actor: ActorRef,
  ctx: ClockContext,
): Decision<P, D> {
  const d = deadlines.find((x) => x.id === deadlineId);
  if (!d) throw problems.notFound(`Termine ${deadlineId} non trovato.`);
  const op = input.operation;
  const allowed: Record<ClockOperation['kind'], Deadline['status'][]> = {
    extend: ['OPEN'],
    suspend: ['OPEN'],
    resume: ['SUSPENDED'],
    interrupt: ['OPEN', 'SUSPENDED'],
    reopen: ['EXPIRED'],
  };
  if (!allowed[op].includes(d.status)) {
    throw problems.conflict(
      'wrong-term-state',
      `Operazione non ammessa: il termine "${d.label}" è ${STATUS_LABELS[d.status]}.`,
    );
  }
  if (op === 'reopen' && (d.onExpiry === 'close' || d.onExpiry === 'lapse')) {
    throw problems.conflict(
      'reopen-is-a-procedure-act',
      `La riapertura del termine "${d.label}" è un atto del procedimento (es. riapertura dei termini del bando, art. 87 c.1), non una semplice operazione sul termine.`,
    );
  }
  // A running term whose instant has passed is expired in law even if the sweeper has not fired yet:
  // a proroga or a suspension must be ordered before the term ends.
  if (d.status === 'OPEN' && op !== 'reopen' && ctx.now.toISOString() > d.dueAt) {
    throw problems.conflict(
      'term-passed',
      `Il termine "${d.label}" è scaduto il ${d.dueDate}: non può più essere prorogato, sospeso o interrotto.`,
    );
  }
  const errors = [];
  if (d.status === 'OPEN' && op !== 'reopen' && input.legalDate > d.dueDate) {
    errors.push({
      field: 'legalDate',
      message: `L'atto deve essere anteriore alla scadenza del termine (${d.dueDate}).`,
    });
  }
  if (input.legalDate > romeDateOf(ctx.now))
    errors.push({ field: 'legalDate', message: "La data dell'atto non può essere futura." });
  if (input.legalDate < d.anchorDate) {
    errors.push({
      field: 'legalDate',
      message: `La data dell'atto non può precedere l'inizio del termine (${d.anchorDate}).`,
    });
  }
  if (op === 'extend' && !input.days)
    errors.push({ field: 'days', message: 'Indicare di quanti giorni si proroga il termine.' });
  if (op !== 'extend' && op !== 'reopen' && input.days !== undefined) {
    errors.push({ field: 'days', message: 'Il numero di giorni si indica solo per proroga e riapertura.' });
  }
  if (errors.length) throw problems.validation(errors);

  const rule = ctx.rule(d.termId);
  const term: RunningTerm = {
    rule,
    anchorDate: d.anchorDate,
    dueDate: d.dueDate,
    status: d.status === 'SUSPENDED' ? 'SUSPENDED' : 'OPEN',
    suspendedOn: d.suspendedOn,
    trace: d.trace,
  };
  let moved: ReturnType<typeof extendTerm>;
  try {
    moved =
      op === 'extend'
        ? extendTerm(term, input.days!, input.legalDate, ctx.calendar, input.basis)
        : op === 'suspend'
          ? suspendTerm(term, input.legalDate, input.basis)
          : op === 'resume'
            ? resumeTerm(term, input.legalDate, ctx.calendar, input.basis)
            : op === 'interrupt'
              ? interruptTerm(term, input.legalDate, ctx.calendar, input.basis)
              : reopenTerm(term, input.legalDate, ctx.calendar, input.basis, input.days);
  } catch (error) {
    // The arithmetic refuses impossible operations with an Italian message.
    throw problems.rejected((error as Error).message);
  }
  const at = ctx.now.toISOString();
  const record: ClockOperation = {
    kind: op,
    legalDate: input.legalDate,
    recordedAt: at,
    actor,
    basis: input.basis,
    ...(input.days ? { days: input.days } : {}),
    previousDueDate: d.dueDate,
    dueDate: moved.dueDate,
  };
  const clockOps = [...(d.clockOps ?? []), record];
  const next: Deadline = {
    ...d,
    dueDate: moved.dueDate,
    dueAt: moved.dueAt,
    status: moved.status,
    suspendedOn: moved.suspendedOn,
    rolledForward: moved.rolledForward,
    trace: moved.trace,
    clockOps,
    expiredAt: moved.status === 'OPEN' ? undefined : d.expiredAt,
    late: moved.status === 'OPEN' ? undefined : d.late,
  };
  // The old schedule leaves the due index; a running term gets a schedule for its new date.
  const cancelled = reminders
    .filter((r) => r.deadlineId === d.id && r.status === 'PENDING')
    .map((r) => ({ ...r, status: 'CANCELLED' as const }));
  const fresh =
    next.status === 'OPEN'
      ? reminderSchedule(rule, { ...next, ruleId: rule.id })
          .filter((r) => r.at > at)
          .map((r) => ({
            id: `${d.id}#${r.daysBefore}@${d.anchorDate}#${clockOps.length}`,
            deadlineId: d.id,
            daysBefore: r.daysBefore,
            at: r.at,
            to: ctx.reminderRecipient,
            status: 'PENDING' as const,
          }))
      : [];
  return {
    phase: state.phase,
    events: [
      {
        type: EVENT[op],
        actor,
        legalDate: input.legalDate,
        payload: {
          deadlineId: d.id,
          label: d.label,
          previousDueDate: d.dueDate,
          dueDate: next.dueDate,
          status: next.status,
          basis: input.basis,
          ...(input.days ? { days: input.days } : {}),
        },
      },
    ],
    deadlines: [next],
    reminders: [...cancelled, ...fresh],
    messages: [],
  };
}

export const STATUS_LABELS: Record<Deadline['status'], string> = {
  OPEN: 'in corso',
  SUSPENDED: 'sospeso',
  EXPIRED: 'scaduto',
  MET: 'rispettato (atto compiuto nel termine)',
  CANCELLED: 'annullato',
};
