/**
 * Mobility's API: employees file outgoing and internal requests from their page (HR may file for them,
 * ex officio for internal transfers); HR publishes incoming notices and records applications; the acts
 * are transitions of the mobility state machine. An incoming selection hands its candidate to contract
 * formation; an outgoing transfer moves the employee's pending disciplinary cases (FX-MOB-05).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { clock } from '../../shared/clock';
import { calendarOf, type Entity, findEntity } from '../../shared/entities/entities';
import { type Actor, actorOf, hasRole } from '../../shared/http/actor';
import { type HttpRequest, httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import { appoint } from '../../shared/procedures/contract/acts';
import { MOBILITY_ACT_SCHEMAS } from '../../shared/procedures/mobility/act-schemas';
import {
  type MobilityActContext,
  onStaff,
  publishNotice,
  requestInternal,
  requestOutgoing,
  takeOnSeconded,
} from '../../shared/procedures/mobility/acts';
import {
  type IncomingData,
  MOBILITY,
  MOBILITY_PHASE_LABELS,
  type MobilityProcedure,
  type OutgoingData,
} from '../../shared/procedures/mobility/model';
import {
  handOffSchema,
  incomingNoticeSchema,
  internalRequestSchema,
  outgoingRequestSchema,
  secondedSchema,
} from '../../shared/procedures/mobility/schemas';
import type { ActorRef } from '../../shared/procedures/model';
import { procedureView } from '../../shared/procedures/views';
import { DEFAULT_RULE_SET, termRule } from '../../shared/rules';
import { createProcedure, getProcedure, listProcedures, loadAggregate } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import { pendingDisciplineFor, transferPendingCases } from '../../shared/workflow/discipline-links';
import { runTransition } from '../../shared/workflow/executor';
import { withProtocolNumbers } from '../../shared/workflow/protocols';

const HR = ['HR_OFFICER', 'HR_HEAD'] as const;

function entityOf(entityId: string): Entity {
  const entity = findEntity(entityId);
  if (!entity) throw problems.validation([{ field: 'entityId', message: 'Ente sconosciuto.' }]);
  return entity;
}

function actingAs(actor: Actor, entityId: string): ActorRef {
  const role = ['HR_HEAD', 'HR_OFFICER', 'RESP_SERVIZIO', 'EMPLOYEE'].find((r) => hasRole(actor, entityId, r as never));
  return { id: actor.id, name: actor.name, role: role ?? 'NONE' };
}

async function context(entity: Entity, now: Date): Promise<MobilityActContext> {
  const ruleSet = entity.defaultRuleSets.mobility ?? DEFAULT_RULE_SET.mobility;
  return {
    now,
    entity,
    calendar: await entityCalendar(entity).catch(() => calendarOf(entity)),
    ruleSet,
    rule: (id) => termRule(ruleSet, id),
    newId: randomUUID,
  };
}

const newId = (entity: Entity, now: Date) =>
  `${entity.id}.${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;

/** The employee files for themselves; HR may file for an employee (the staff register must know them). */
function requester(actor: Actor, entityId: string, employeeUserId: string | undefined) {
  if (!actor.entities.includes(entityId)) throw problems.forbidden();
  const hr = hasRole(actor, entityId, ...HR);
  const userId = employeeUserId ?? actor.id;
  if (userId !== actor.id && !hr)
    throw problems.forbidden('Solo il dipendente interessato o il servizio del personale presentano la richiesta.');
  return onStaff(entityId, userId);
}

const outgoing = httpHandler({ body: outgoingRequestSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  const member = requester(actor, body.entityId, body.employeeUserId);
  const entity = entityOf(body.entityId);
  const now = clock.now();
  const opened = requestOutgoing(
    body,
    member,
    actingAs(actor, entity.id),
    newId(entity, now),
    await context(entity, now),
  );
  await createProcedure(opened.procedure, opened.events, {}, now);
  return {
    status: 201,
    body: procedureView(opened.procedure, []),
    headers: { location: `/api/v1/mobility/${opened.procedure.id}` },
  };
});

const internal = httpHandler({ body: internalRequestSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  if (body.mode === 'UFFICIO' && !hasRole(actor, body.entityId, ...HR)) {
    throw problems.forbidden("La mobilità d'ufficio è disposta dal servizio del personale (art. 76 c.3, L1281).");
  }
  const member = requester(actor, body.entityId, body.employeeUserId);
  const entity = entityOf(body.entityId);
  const now = clock.now();
  const opened = requestInternal(
    body,
    member,
    actingAs(actor, entity.id),
    newId(entity, now),
    await context(entity, now),
  );
  await createProcedure(opened.procedure, opened.events, {}, now);
  return {
    status: 201,
    body: procedureView(opened.procedure, []),
    headers: { location: `/api/v1/mobility/${opened.procedure.id}` },
  };
});

const incoming = httpHandler({ body: incomingNoticeSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  if (!hasRole(actor, body.entityId, ...HR)) throw problems.forbidden();
  const entity = entityOf(body.entityId);
  const now = clock.now();
  const opened = publishNotice(body, actingAs(actor, entity.id), newId(entity, now), await context(entity, now));
  await createProcedure(
    opened.procedure,
    opened.events,
    { deadlines: opened.deadlines, reminders: opened.reminders },
    now,
  );
  return {
    status: 201,
    body: procedureView(opened.procedure, opened.deadlines),
    headers: { location: `/api/v1/mobility/${opened.procedure.id}` },
  };
});

/** Seconded staff taken on (art. 80 c.2 f): checked at once; allowed, it waits for the hand-off to a contract. */
const seconded = httpHandler({ body: secondedSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  if (!hasRole(actor, body.entityId, ...HR)) throw problems.forbidden();
  const entity = entityOf(body.entityId);
  const now = clock.now();
  const opened = takeOnSeconded(body, actingAs(actor, entity.id), newId(entity, now), await context(entity, now));
  await createProcedure(opened.procedure, opened.events, {}, now);
  return {
    status: 201,
    body: procedureView(opened.procedure, []),
    headers: { location: `/api/v1/mobility/${opened.procedure.id}` },
  };
});

/** HR reads all; the employee their own request; a head of service the requests of the staff (to give opinions). */
async function readable(req: HttpRequest<unknown>) {
  const actor = actorOf(req.event);
  const { entityId, id } = parseProcedureId(req.params.id);
  if (!actor.entities.includes(entityId)) throw problems.notFound('Procedimento non trovato.');
  const aggregate = await loadAggregate(entityId, id, MOBILITY);
  const p = aggregate.procedure as MobilityProcedure;
  const own = p.data.variant !== 'IN' && p.data.employee.userId === actor.id;
  const ok =
    own || hasRole(actor, entityId, ...HR) || (p.data.variant !== 'IN' && hasRole(actor, entityId, 'RESP_SERVIZIO'));
  if (!ok) throw problems.notFound('Procedimento non trovato.');
  return { actor, aggregate, p, own };
}

const get = httpHandler({}, async (req) => {
  const { actor, aggregate, p } = await readable(req);
  // The HR head who decides an outgoing request is warned of a pending disciplinary case: a yes/no,
  // computed on reading and never stored in the mobility file (D4).
  const warn =
    p.data.variant === 'OUT' && p.phase === 'RICHIESTA' && hasRole(actor, p.entityId, 'HR_HEAD')
      ? (await pendingDisciplineFor(p.entityId, p.data.employee.userId)).length > 0
      : false;
  return {
    status: 200,
    body: {
      ...procedureView(p, aggregate.deadlines, aggregate.reminders),
      phaseLabel: MOBILITY_PHASE_LABELS[p.phase],
      ...(warn
        ? {
            warnings: [
              'È pendente un procedimento disciplinare: al trasferimento proseguirà presso la nuova amministrazione, con i termini interrotti (art. 6 c.8 Allegato H, L3687; art. 55-bis c.8 D.Lgs. 165/2001).',
            ],
          }
        : {}),
    },
  };
});

const list = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  if (!actor.entities.includes(entityId)) throw problems.forbidden();
  const hr = hasRole(actor, entityId, ...HR);
  const all = (await listProcedures(entityId, MOBILITY)) as MobilityProcedure[];
  const items = all
    .filter((p) => hr || (p.data.variant !== 'IN' && p.data.employee.userId === actor.id))
    .map((p) => ({
      id: p.id,
      title: p.title,
      variant: p.data.variant,
      phase: p.phase,
      phaseLabel: MOBILITY_PHASE_LABELS[p.phase],
      updatedAt: p.updatedAt,
    }));
  return { status: 200, body: { items } };
});

/** The opinions are the heads'; everything else HR's (the domain checks the role each act needs). */
const HEAD_ACTS = new Set(['service-head-opinion']);

function act(name: keyof typeof MOBILITY_ACT_SCHEMAS) {
  return httpHandler({ body: MOBILITY_ACT_SCHEMAS[name] }, async (req) => {
    const { actor, p } = await readable(req as HttpRequest<unknown>);
    const allowed = HEAD_ACTS.has(name)
      ? hasRole(actor, p.entityId, 'RESP_SERVIZIO')
      : hasRole(actor, p.entityId, ...HR);
    if (!allowed) {
      throw problems.forbidden(
        HEAD_ACTS.has(name)
          ? 'Il parere spetta al Responsabile del servizio (art. 74 c.2, L1263; art. 76 c.2, L1279).'
          : 'Atto riservato al servizio del personale.',
      );
    }
    const body = req.body as Record<string, unknown> & { expectedVersion: number };
    const requestedAt = clock.now().toISOString();
    // A retried cessation finds the procedure concluded: it completes the transfer of the cases only.
    const retriedCessation = name === 'record-cessation' && p.phase === 'CONCLUSA';
    const outcome = retriedCessation
      ? { phase: p.phase, version: p.version }
      : await runTransition(MOBILITY, {
          entityId: p.entityId,
          procedureId: p.id,
          action: name,
          expectedVersion: body.expectedVersion,
          actor: actingAs(actor, p.entityId),
          payload: body,
          requestedAt,
        });
    if (name !== 'record-cessation' || p.data.variant !== 'OUT') return { status: 200, body: outcome };
    // The employee leaves: pending disciplinary cases go on at the new administration, their terms
    // restarting from the transfer date (L3687). Each case refusing is reported, never swallowed.
    const d = (await loadAggregate(p.entityId, p.id, MOBILITY)).procedure.data as OutgoingData;
    const transfer = await transferPendingCases(
      p.entityId,
      d.employee.userId,
      { date: d.transferDate!, administration: d.destination },
      requestedAt,
    );
    return {
      status: 200,
      body: {
        ...outcome,
        disciplinaryCasesTransferred: transfer.moved.length,
        ...(transfer.failed.length ? { disciplinaryCasesNotTransferred: transfer.failed } : {}),
      },
    };
  });
}

/** The selected candidate goes to contract formation (art. 110): the appointment opens with its notice. */
const handOff = httpHandler({ body: handOffSchema }, async (req) => {
  const { actor, p } = await readable(req as HttpRequest<unknown>);
  if (!hasRole(actor, p.entityId, ...HR)) throw problems.forbidden();
  if (p.data.variant !== 'IN') throw problems.wrongPhase('Solo la mobilità in entrata avvia una assunzione.');
  const d = p.data as IncomingData;
  const contractId = `${p.id}c`;
  if (p.phase === 'ATTESA_ASSENSO') {
    await runTransition(MOBILITY, {
      entityId: p.entityId,
      procedureId: p.id,
      action: 'hand-off',
      expectedVersion: req.body.expectedVersion,
      actor: actingAs(actor, p.entityId),
      payload: { contractProcedureId: contractId },
      requestedAt: clock.now().toISOString(),
    });
  }
  const existing = await getProcedure(p.entityId, contractId);
  if (existing)
    return { status: 201, body: { mobility: p.id, contract: { id: contractId, phase: existing.procedure.phase } } };
  const selected = d.applications.find((a) => a.id === d.evaluation?.selectedId);
  if (!selected) throw problems.wrongPhase('Nessun candidato selezionato.');
  const entity = entityOf(p.entityId);
  const now = clock.now();
  const ruleSet = entity.defaultRuleSets.contract ?? DEFAULT_RULE_SET.contract;
  const calendar = await entityCalendar(entity).catch(() => calendarOf(entity));
  const opened = await withProtocolNumbers(entity.id, now, 'GENERALE', (protocol) =>
    appoint(
      {
        entityId: entity.id,
        source: { kind: 'MOBILITA', procedureId: p.id, description: `Mobilità in entrata: ${p.title}` },
        appointee: { name: selected.name, taxCode: selected.taxCode, email: selected.email, pec: selected.pec },
        post: {
          category: d.post.category,
          profile: d.post.profile,
          service: d.post.service,
          workplace: d.post.workplace,
        },
        appointment: req.body.appointment,
        channel: req.body.channel,
      },
      actingAs(actor, entity.id),
      contractId,
      ruleSet,
      { now, entity, calendar, rule: (t) => termRule(ruleSet, t), newId: randomUUID, protocol },
    ),
  );
  await createProcedure(opened.procedure, opened.events, { messages: opened.messages }, now);
  return { status: 201, body: { mobility: p.id, contract: { id: contractId, phase: opened.procedure.phase } } };
});

export const handler = routes({
  'POST /api/v1/mobility/outgoing': outgoing,
  'POST /api/v1/mobility/internal': internal,
  'POST /api/v1/mobility/incoming': incoming,
  'POST /api/v1/mobility/seconded': seconded,
  'GET /api/v1/mobility': list,
  'GET /api/v1/mobility/{id}': get,
  'POST /api/v1/mobility/{id}/hand-off': handOff,
  ...Object.fromEntries(
    Object.keys(MOBILITY_ACT_SCHEMAS).map((name) => [
      `POST /api/v1/mobility/{id}/acts/${name}`,
      act(name as keyof typeof MOBILITY_ACT_SCHEMAS),
    ]),
  ),
});
