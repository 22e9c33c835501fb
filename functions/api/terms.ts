/** The term calculator, the exam-date check and the agenda: the same engine the procedures use, for staff. */

import { computeTermSchema, examDateCheckSchema } from '../../shared/calendar/api-schemas';

import { romeDateOf } from '../../shared/calendar/dates';
import { checkExamDate } from '../../shared/calendar/exam-date';
import { ANCHOR_LABELS, computeTerm } from '../../shared/calendar/terms';
import { clock } from '../../shared/clock';
import { findEntity } from '../../shared/entities/entities';
import { actorOf, requireRole } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { routes } from '../../shared/http/router';
import {
  completeRuleSetsFor,
  DEFAULT_RULE_SET,
  EXAM_NOTICE_TERM,
  ruleSet,
  ruleSets,
  termRule,
  termsFor,
} from '../../shared/rules';
import { agenda } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';

function entityFor(actorEntities: string[], entityId: string | undefined) {
  const entity = findEntity(entityId ?? actorEntities[0] ?? '');
  if (!entity) throw problems.validation([{ field: 'entityId', message: 'Ente sconosciuto.' }]);
  return entity;
}

/** Unknown rule sets and rules are the caller's mistake: 422 on the field, never a 500. */
function lookup<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw problems.validation([{ field, message: (error as Error).message }]);
  }
}

const compute = httpHandler({ body: computeTermSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  const entity = entityFor(actor.entities, body.entityId);
  requireRole(actor, 'HR_OFFICER', entity.id);
  const ref = body.ruleSet ?? entity.defaultRuleSets.concorso;
  const rule = lookup('ruleId', () => termRule(ref, body.ruleId));
  return {
    status: 200,
    body: {
      ruleSet: ref,
      rule: { ...rule, anchorLabel: ANCHOR_LABELS[rule.anchor] ?? rule.anchor },
      computation: computeTerm(rule, body.anchorDate, await entityCalendar(entity)),
    },
  };
});

const rules = httpHandler({}, async ({ event, query }) => {
  actorOf(event);
  const ref = query.ruleSet ?? DEFAULT_RULE_SET.concorso;
  const set = lookup('ruleSet', () => ruleSet(ref));
  const procedure = query.procedure as Parameters<typeof termsFor>[1] | undefined;
  const terms = procedure ? lookup('procedure', () => termsFor(ref, procedure)) : Object.values(set.terms);
  // The anchor in words, so a form can label the date it asks for.
  const described = terms.map((t) => ({ ...t, anchorLabel: ANCHOR_LABELS[t.anchor] ?? t.anchor }));
  // `complete`: the sets a new procedure of the kind may pin (a form's choice); preconditions: what the
  // set requires before an act (e.g. national@3's mobility attempt before a concorso).
  const complete = procedure ? lookup('procedure', () => completeRuleSetsFor(procedure)) : undefined;
  const preconditions = Object.values(set.preconditions).filter((c) => !procedure || c.procedures.includes(procedure));
  return {
    status: 200,
    body: {
      ruleSets: ruleSets(),
      defaults: DEFAULT_RULE_SET,
      ruleSet: ref,
      terms: described,
      preconditions,
      ...(complete ? { complete } : {}),
    },
  };
});

const examDate = httpHandler({ body: examDateCheckSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  const entity = entityFor(actor.entities, body.entityId);
  requireRole(actor, 'HR_OFFICER', entity.id);
  const ref = body.ruleSet ?? entity.defaultRuleSets.concorso;
  const noticeRule = lookup('ruleSet', () => termRule(ref, EXAM_NOTICE_TERM));
  const result = checkExamDate({
    examDate: body.examDate,
    noticeDate: body.noticeDate,
    calendar: await entityCalendar(entity),
    noticeRule,
  });
  return { status: 200, body: { ruleSet: ref, ...result } };
});

const agendaRoute = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entity = entityFor(actor.entities, query.entity);
  requireRole(actor, 'HR_OFFICER', entity.id);
  const now = clock.now();
  const nowIso = now.toISOString();
  const today = romeDateOf(now);
  const items = (await agenda(entity.id)).map((d) => ({
    procedureId: d.procedureId,
    procedureTitle: d.procedureTitle,
    procedureType: d.procedureType,
    deadlineId: d.id,
    label: d.label,
    dueDate: d.dueDate,
    dueAt: d.dueAt,
    status: d.status,
    suspendedOn: d.suspendedOn,
    peremptory: d.peremptory,
    binds: d.binds,
    onExpiry: d.onExpiry,
    citation: d.citation,
    // An OPEN term past its instant has not been swept yet; a SUSPENDED one is never overdue.
    overdue: d.status === 'OPEN' && d.dueAt < nowIso,
    daysLeft: Math.round((Date.parse(`${d.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000),
  }));
  return { status: 200, body: { entity: entity.name, now: nowIso, items } };
});

export const handler = routes({
  'POST /api/v1/terms/compute': compute,
  'GET /api/v1/terms/rules': rules,
  'POST /api/v1/terms/exam-date-check': examDate,
  'GET /api/v1/agenda': agendaRoute,
});
