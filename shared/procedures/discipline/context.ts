/**
 * What every disciplinary transition shares: its context (time, calendar, rule set, ids, protocol), the
 * ids of the terms of the case's track, who receives the alerts, and the guards on legal dates.
 */
import type { Calendar } from '../../calendar/calendar';
import { romeDateOf } from '../../calendar/dates';
import { formatCitation, type TermRule } from '../../calendar/terms';
import type { Entity, OfficerRef } from '../../entities/entities';
import { type FieldError, problems } from '../../http/problem';
import { hasTerm } from '../../rules';
import { deadlineFrom, remindersFor } from '../deadlines';
import type { ActorRef, Deadline, Decision, NewEvent, Reminder } from '../model';
import { severity } from './catalogue';
import type { DisciplineCase, DisciplineData, DisciplinePhase } from './model';

export interface DisciplineContext {
  now: Date;
  entity: Entity;
  calendar: Calendar;
  rule: (termId: string) => TermRule;
  newId: () => string;
  /** A number of the reserved protocol register (L3697); allocated only if the act is accepted. */
  protocol: () => string;
}

export type DisciplineDecision = Decision<DisciplinePhase, DisciplineData>;

/** The term ids of a case's track in its rule set (shared/rules: stresa-rous@1, national@1). */
export interface TrackTerms {
  transmission?: string;
  contestation: string;
  hearingNotice: string;
  conclusion: string;
  /** Deferrals longer than this term's length extend the conclusion (L3651); none: any deferral does. */
  deferralThreshold?: string;
}

export function trackTerms(c: DisciplineCase): TrackTerms {
  if (c.data.regime === 'national') {
    return {
      transmission: 'discipline.reportToUpd',
      contestation: 'discipline.contestation',
      hearingNotice: 'discipline.hearingNotice',
      conclusion: 'discipline.conclusion',
      // No threshold in national law (any deferral extends the conclusion); a later version may add one.
      ...(hasTerm(c.ruleSet, 'discipline.deferralThreshold')
        ? { deferralThreshold: 'discipline.deferralThreshold' }
        : {}),
    };
  }
  const t = c.data.classification.track === 'PD_MAJ' ? 'major' : 'minor';
  return {
    transmission: t === 'major' ? 'discipline.major.transmissionToUpd' : undefined,
    contestation: `discipline.${t}.contestation`,
    hearingNotice: `discipline.${t}.hearingNotice`,
    conclusion: `discipline.${t}.conclusion`,
    deferralThreshold: `discipline.${t}.deferralThreshold`,
  };
}

/** The officers competent for the case (art. 2 Allegato H, L3515-L3519; art. 55-bis c.2). */
export function authorityOf(c: DisciplineCase, entity: Entity): OfficerRef[] {
  const { segretario, upd } = entity.discipline;
  const officers = (() => {
    switch (c.data.classification.authority) {
      case 'UPD':
        return upd.members;
      case 'SEGRETARIO':
        return [segretario];
      case 'RESP_SERVIZIO':
        return [{ userId: c.data.notizia.reporter.userId, name: c.data.notizia.reporter.name, email: '' }, segretario];
    }
  })();
  // Nobody is the authority on their own case: a UPD member under procedure is replaced (L3666, V-PD-11).
  return officers.filter((o) => o.userId !== c.data.employee.userId);
}

/**
 * Criminal suspension only where a sanction above ten days' suspension applies: Allegato H keeps those
 * cases at the UPD (L3716-L3717); art. 55-ter c.1 as amended says so in words (V-PD-10).
 */
export function criminalSuspensionAllowed(c: DisciplineCase): boolean {
  return c.data.classification.authority === 'UPD' && severity(c.data.classification.maxSanction) > severity('SO10');
}

export function isAuthority(c: DisciplineCase, entity: Entity, userId: string): boolean {
  return authorityOf(c, entity).some((o) => o.userId === userId);
}

/** Alerts go to the competent authority and the Segretario (D4), never to the employee. */
export function alertRecipients(c: DisciplineCase, entity: Entity): string {
  const emails = new Set(
    [...authorityOf(c, entity), entity.discipline.segretario].map((o) => o.email).filter((e) => e !== ''),
  );
  return [...emails].join(', ');
}

export const today = (ctx: DisciplineContext) => romeDateOf(ctx.now);

/** A legal date may not lie in the future nor before `notBefore` (D2: legal date apart from recording time). */
export function legalDateErrors(
  field: string,
  date: string,
  ctx: DisciplineContext,
  notBefore?: { date: string; what: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (date > today(ctx)) errors.push({ field, message: "La data dell'atto non può essere futura." });
  if (notBefore && date < notBefore.date) {
    errors.push({ field, message: `La data non può precedere ${notBefore.what} (${notBefore.date}).` });
  }
  return errors;
}

export function fail(errors: FieldError[]): void {
  if (errors.length) throw problems.validation(errors);
}

export function requirePhase(c: DisciplineCase, phases: readonly DisciplinePhase[], what: string): void {
  if (!phases.includes(c.phase)) {
    const closed = c.phase === 'DECADUTO' ? " Il procedimento è decaduto: è ammessa solo l'archiviazione (D4)." : '';
    throw problems.wrongPhase(`${what} non è ammesso nella fase attuale (${c.phase}).${closed}`);
  }
}

export function requireAuthority(c: DisciplineCase, actor: ActorRef, ctx: DisciplineContext): void {
  if (!isAuthority(c, ctx.entity, actor.id)) {
    throw problems.forbidden(
      "L'atto spetta all'autorità disciplinare competente per il procedimento (art. 2 Allegato H; art. 55-bis D.Lgs. 165/2001).",
    );
  }
}

/** The running term with this id, if any. */
export function running(deadlines: Deadline[], id: string | undefined): Deadline | undefined {
  return id ? deadlines.find((d) => d.id === id && (d.status === 'OPEN' || d.status === 'SUSPENDED')) : undefined;
}

/**
 * An act bound by a peremptory term must bear a date within it (V-PD-03, V-PD-07): a later date is
 * refused with the term's citation, never silently accepted (D4).
 */
export function withinTerm(term: Deadline | undefined, legalDate: string, field: string, act: string): void {
  if (term && legalDate > term.dueDate) {
    throw problems.rejected(
      `${act} con data ${legalDate} è oltre il termine "${term.label}" scaduto il ${term.dueDate}: atto non ammesso, ${term.peremptory ? "il termine è perentorio e comporta la decadenza dall'azione disciplinare" : 'termine non rispettato'} (${formatCitation(term.citation)}).`,
      [{ field, message: `Oltre il termine del ${term.dueDate} (${formatCitation(term.citation)}).` }],
    );
  }
}

/** The term closed by its act in time. */
export const met = (d: Deadline, act: string, legalDate: string): Deadline => ({
  ...d,
  status: 'MET',
  metBy: { act, legalDate },
});

export const cancelled = (d: Deadline): Deadline => ({ ...d, status: 'CANCELLED' });

/** Pending reminders of the given terms leave the due index. */
export function cancelReminders(reminders: Reminder[], deadlineIds: string[]): Reminder[] {
  return reminders
    .filter((r) => deadlineIds.includes(r.deadlineId) && r.status === 'PENDING')
    .map((r) => ({ ...r, status: 'CANCELLED' as const }));
}

/** Set a term of the case's rule set from its anchor, with its reminders to the authority. */
export function setTerm(
  c: DisciplineCase,
  termId: string,
  anchorEvent: string,
  anchorDate: string,
  ctx: DisciplineContext,
): { deadline: Deadline; reminders: Reminder[]; event: NewEvent } {
  const rule = ctx.rule(termId);
  const deadline = deadlineFrom(rule, c.ruleSet, anchorEvent, anchorDate, ctx);
  return {
    deadline,
    reminders: remindersFor(rule, deadline, alertRecipients(c, ctx.entity), ctx.now),
    event: {
      type: 'DEADLINE_SET',
      actor: { id: 'system', name: 'Sistema (scadenzario)', role: 'SYSTEM' },
      payload: {
        deadlineId: deadline.id,
        label: deadline.label,
        dueDate: deadline.dueDate,
        peremptory: deadline.peremptory,
        basis: formatCitation(deadline.citation),
      },
    },
  };
}

/** Collect several set terms into the parts of a decision. */
export function collect(terms: ReturnType<typeof setTerm>[]) {
  return {
    deadlines: terms.map((t) => t.deadline),
    reminders: terms.flatMap((t) => t.reminders),
    events: terms.map((t) => t.event),
  };
}
