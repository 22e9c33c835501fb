/**
 * Contract formation's API: graduatorie handed over by recruitment (or entered by the HR head with their
 * approval act), appointments from a graduatoria, a mobility outcome or HR, the acts of each appointment,
 * the contract document, and the HR head's confirmation of a scorrimento. The appointee reads their own
 * appointment and acts on it (documents, option, renunciation); HR reads all of the entity's.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { romeDateOf } from '../../shared/calendar/dates';
import { computeTerm } from '../../shared/calendar/terms';
import { clock } from '../../shared/clock';
import { calendarOf, type Entity, findEntity } from '../../shared/entities/entities';
import { staffMember } from '../../shared/entities/staff';
import { type Actor, actorOf, hasRole } from '../../shared/http/actor';
import { type HttpRequest, httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import { CONTRACT_ACT_SCHEMAS } from '../../shared/procedures/contract/act-schemas';
import { appoint } from '../../shared/procedures/contract/acts';
import { type Graduatoria, graduatoriaSchema } from '../../shared/procedures/contract/graduatoria';
import { CONTRACT, CONTRACT_PHASE_LABELS, type ContractProcedure } from '../../shared/procedures/contract/model';
import { appointSchema, graduatoriaAnnulSchema, scorrimentoSchema } from '../../shared/procedures/contract/schemas';
import type { ActorRef } from '../../shared/procedures/model';
import { procedureView } from '../../shared/procedures/views';
import { DEFAULT_RULE_SET, termRule } from '../../shared/rules';
import { getGraduatoria, listGraduatorie, putGraduatoria } from '../../shared/store/graduatorie';
import { createProcedure, getProcedure, listProcedures, loadAggregate } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import { runTransition } from '../../shared/workflow/executor';
import { appointmentId, appointmentsOn, graduatoriaState } from '../../shared/workflow/graduatorie';
import { withProtocolNumbers } from '../../shared/workflow/protocols';

const HR = ['HR_OFFICER', 'HR_HEAD'] as const;

function entityOf(entityId: string): Entity {
  const entity = findEntity(entityId);
  if (!entity) throw problems.validation([{ field: 'entityId', message: 'Ente sconosciuto.' }]);
  return entity;
}

function requireHr(actor: Actor, entityId: string, head = false) {
  if (!hasRole(actor, entityId, ...(head ? (['HR_HEAD'] as const) : HR))) throw problems.forbidden();
}

/** The role the user acts in: HR head, HR officer, head of unit, or the appointee. */
function actingAs(actor: Actor, entityId: string): ActorRef {
  const role = ['HR_HEAD', 'HR_OFFICER', 'RESP_SERVIZIO', 'CANDIDATE', 'EMPLOYEE'].find((r) =>
    hasRole(actor, entityId, r as never),
  );
  return { id: actor.id, name: actor.name, role: role ?? 'NONE' };
}

const createGraduatoria = httpHandler({ body: graduatoriaSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  requireHr(actor, body.entityId, true);
  const entity = entityOf(body.entityId);
  const now = clock.now();
  if (body.approval.date > romeDateOf(now)) {
    throw problems.validation([{ field: 'approval.date', message: "La data dell'atto non può essere futura." }]);
  }
  // Three years from approval (T17, L1655): the term decides until when scorrimento is possible.
  const calendar = await entityCalendar(entity).catch(() => calendarOf(entity));
  const validity = computeTerm(
    termRule(entity.defaultRuleSets.contract ?? DEFAULT_RULE_SET.contract, 'concorso.rankingValidity'),
    body.approval.date,
    calendar,
  );
  const g: Graduatoria = {
    ...body,
    id: `${entity.id}.${now.getTime().toString(36)}${randomBytes(4).toString('hex')}`,
    validUntil: validity.dueDate,
    createdAt: now.toISOString(),
    createdBy: actor.id,
  };
  await putGraduatoria(g);
  return { status: 201, body: g, headers: { location: `/api/v1/graduatorie/${g.id}` } };
});

const listGrads = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  requireHr(actor, entityId);
  return { status: 200, body: { items: await listGraduatorie(entityId) } };
});

const getGrad = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireHr(actor, entityId);
  const state = await graduatoriaState(entityId, id, romeDateOf(clock.now()));
  if (!state) throw problems.notFound('Graduatoria non trovata.');
  const byPosition = new Map(state.appointments.map((c) => [c.data.source.position, c]));
  return {
    status: 200,
    body: {
      ...state.graduatoria,
      next: state.next ?? null,
      entries: state.graduatoria.entries.map((e) => {
        const c = byPosition.get(e.position);
        return {
          ...e,
          appointment: c ? { procedureId: c.id, phase: c.phase, phaseLabel: CONTRACT_PHASE_LABELS[c.phase] } : null,
        };
      }),
    },
  };
});

/** Open the appointment of a graduatoria position, a mobility outcome or an HR decision. */
async function openAppointment(
  actor: Actor,
  body: ReturnType<typeof appointSchema.parse>,
  graduatoria?: Graduatoria,
): Promise<ContractProcedure> {
  const entity = entityOf(body.entityId);
  const now = clock.now();
  let source: ContractProcedure['data']['source'];
  let appointee = body.appointee;
  let post = body.post;
  let id = `${entity.id}.${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
  if (body.source.kind === 'GRADUATORIA') {
    const g = graduatoria ?? (await getGraduatoria(entity.id, body.source.graduatoriaId));
    if (!g) throw problems.validation([{ field: 'source.graduatoriaId', message: 'Graduatoria non trovata.' }]);
    const position = body.source.position;
    const entry = g.entries.find((e) => e.position === position);
    if (!entry)
      throw problems.validation([{ field: 'source.position', message: 'Posizione non presente in graduatoria.' }]);
    if (romeDateOf(now) > g.validUntil) {
      throw problems.rejected(
        `La graduatoria è scaduta il ${g.validUntil} (efficace tre anni dall'approvazione, art. 101 c.5, L1655).`,
      );
    }
    const { position: _p, score: _s, ...person } = entry;
    appointee = appointee ?? person;
    post = post ?? g.post;
    source = { kind: 'GRADUATORIA', graduatoriaId: g.id, position, description: `${g.title}, posizione ${position}` };
    // One appointment per position, whoever retries: the id is the position's.
    id = appointmentId(g.id, position);
  } else if (body.source.kind === 'MOBILITA') {
    source = {
      kind: 'MOBILITA',
      procedureId: body.source.procedureId,
      description: 'Esito della procedura di mobilità',
    };
  } else {
    source = { kind: 'HR', description: body.source.description };
  }
  const calendar = await entityCalendar(entity).catch(() => calendarOf(entity));
  const ruleSet = entity.defaultRuleSets.contract ?? DEFAULT_RULE_SET.contract;
  const opened = await withProtocolNumbers(entity.id, now, 'GENERALE', (protocol) =>
    appoint(
      {
        entityId: entity.id,
        source,
        appointee: appointee!,
        post: post!,
        appointment: body.appointment,
        channel: body.channel,
        incompatibility: body.incompatibility,
      },
      actingAs(actor, entity.id),
      id,
      ruleSet,
      { now, entity, calendar, rule: (t) => termRule(ruleSet, t), newId: randomUUID, protocol },
    ),
  );
  await createProcedure(opened.procedure, opened.events, { messages: opened.messages }, now);
  return opened.procedure;
}

const create = httpHandler({ body: appointSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  requireHr(actor, body.entityId);
  const p = await openAppointment(actor, body);
  return { status: 201, body: procedureView(p, []), headers: { location: `/api/v1/contracts/${p.id}` } };
});

/** HR reads every appointment of the entity; the appointee their own; a head of unit those of their service on probation. */
async function readable(req: HttpRequest<unknown>) {
  const actor = actorOf(req.event);
  const { entityId, id } = parseProcedureId(req.params.id);
  if (!actor.entities.includes(entityId)) throw problems.notFound('Procedimento non trovato.');
  const aggregate = await loadAggregate(entityId, id, CONTRACT);
  const p = aggregate.procedure as ContractProcedure;
  const own = !!p.data.appointee.userId && p.data.appointee.userId === actor.id;
  const hr = hasRole(actor, entityId, ...HR);
  // The head of the unit where the employee serves, on probation (L1812): not any head of service.
  const head =
    hasRole(actor, entityId, 'RESP_SERVIZIO') &&
    p.phase === 'IN_PROVA' &&
    staffMember(entityId, actor.id)?.service === p.data.post.service;
  if (!own && !hr && !head) throw problems.notFound('Procedimento non trovato.');
  return { actor, aggregate, p, own, hr };
}

const get = httpHandler({}, async (req) => {
  const { aggregate, p } = await readable(req);
  const view = procedureView(p, aggregate.deadlines, aggregate.reminders);
  return {
    status: 200,
    body: {
      ...view,
      phaseLabel: CONTRACT_PHASE_LABELS[p.phase],
      // The signed documents are served apart (GET …/contract/{version}); the view lists them.
      data: { ...p.data, contracts: p.data.contracts.map(({ html: _h, ...c }) => c) },
    },
  };
});

const document = httpHandler({}, async (req) => {
  const { p } = await readable(req);
  const version = Number(req.params.version);
  const c = p.data.contracts.find((x) => x.version === version);
  if (!c) throw problems.notFound('Versione del contratto non trovata.');
  return { status: 200, body: c.html, headers: { 'content-type': 'text/html; charset=utf-8' } };
});

const list = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  if (!actor.entities.includes(entityId)) throw problems.forbidden();
  const all = (await listProcedures(entityId, CONTRACT)) as ContractProcedure[];
  const hr = hasRole(actor, entityId, ...HR);
  const items = all
    .filter((p) => hr || p.data.appointee.userId === actor.id)
    .map((p) => ({
      id: p.id,
      title: p.title,
      phase: p.phase,
      phaseLabel: CONTRACT_PHASE_LABELS[p.phase],
      source: p.data.source,
      updatedAt: p.updatedAt,
    }));
  return { status: 200, body: { items } };
});

/** Acts the appointee takes on their own appointment; everything else is HR's (or, for probation, the head's). */
const APPOINTEE_ACTS = new Set(['present-documents', 'declare-option', 'renounce', 'request-collegial-review']);
const HEAD_ACTS = new Set(['probation-opinion']);

function act(name: keyof typeof CONTRACT_ACT_SCHEMAS) {
  return httpHandler({ body: CONTRACT_ACT_SCHEMAS[name] }, async (req) => {
    const { actor, p, own, hr } = await readable(req as HttpRequest<unknown>);
    const allowed =
      (hr && !HEAD_ACTS.has(name)) ||
      (own && APPOINTEE_ACTS.has(name)) ||
      (HEAD_ACTS.has(name) && hasRole(actor, p.entityId, 'RESP_SERVIZIO'));
    if (!allowed) throw problems.forbidden();
    const body = req.body as Record<string, unknown> & { expectedVersion: number };
    const outcome = await runTransition(CONTRACT, {
      entityId: p.entityId,
      procedureId: p.id,
      action: name,
      expectedVersion: body.expectedVersion,
      actor: actingAs(actor, p.entityId),
      payload: body,
      requestedAt: clock.now().toISOString(),
    });
    return { status: 200, body: outcome };
  });
}

/**
 * The HR head confirms the proposed scorrimento: the lapsed appointment records it, then the next
 * position's appointment opens (its id is the position's, so a retry after a crash completes it).
 */
const scorrimento = httpHandler({ body: scorrimentoSchema }, async (req) => {
  const { actor, p } = await readable(req as HttpRequest<unknown>);
  requireHr(actor, p.entityId, true);
  const sc = p.data.scorrimento;
  const gradId = p.data.source.graduatoriaId;
  if (!sc || !gradId) throw problems.wrongPhase('Nessun candidato proposto per lo scorrimento.');
  const nextId = appointmentId(gradId, sc.position);
  if (!sc.confirmedOn) {
    await runTransition(CONTRACT, {
      entityId: p.entityId,
      procedureId: p.id,
      action: 'confirm-scorrimento',
      expectedVersion: req.body.expectedVersion,
      actor: actingAs(actor, p.entityId),
      payload: { ...req.body, nextProcedureId: nextId },
      requestedAt: clock.now().toISOString(),
    });
  }
  const existing = await getProcedure(p.entityId, nextId);
  const next =
    existing?.procedure ??
    (await openAppointment(actor, {
      entityId: p.entityId,
      source: { kind: 'GRADUATORIA', graduatoriaId: gradId, position: sc.position },
      appointment: req.body.appointment,
      channel: req.body.channel,
    }));
  return { status: 201, body: { confirmed: p.id, next: { id: next.id, title: next.title, phase: next.phase } } };
});

/**
 * The recruitment procedure behind a graduatoria was annulled: every appointment made on it ends
 * (art. 110 c.5, L1834). Each is its own transition; one already closed is skipped, so a retry after a
 * partial run completes the rest.
 */
const annulGraduatoria = httpHandler({ body: graduatoriaAnnulSchema }, async ({ event, params, body }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireHr(actor, entityId, true);
  const g = await getGraduatoria(entityId, id);
  if (!g) throw problems.notFound('Graduatoria non trovata.');
  const ended: string[] = [];
  const skipped: string[] = [];
  for (const c of await appointmentsOn(entityId, id)) {
    if (['ANNULLATO', 'DECADUTO', 'RINUNCIATO', 'PROVA_NON_SUPERATA'].includes(c.phase)) {
      skipped.push(c.id);
      continue;
    }
    await runTransition(CONTRACT, {
      entityId,
      procedureId: c.id,
      action: 'annul',
      expectedVersion: c.version,
      actor: actingAs(actor, entityId),
      payload: { expectedVersion: c.version, legalDate: body.legalDate, act: body.act },
      requestedAt: clock.now().toISOString(),
    });
    ended.push(c.id);
  }
  return { status: 200, body: { graduatoria: id, ended, skipped } };
});

export const handler = routes({
  'POST /api/v1/graduatorie/{id}/annul': annulGraduatoria,
  'POST /api/v1/graduatorie': createGraduatoria,
  'GET /api/v1/graduatorie': listGrads,
  'GET /api/v1/graduatorie/{id}': getGrad,
  'POST /api/v1/contracts': create,
  'GET /api/v1/contracts': list,
  'GET /api/v1/contracts/{id}': get,
  'GET /api/v1/contracts/{id}/contract/{version}': document,
  'POST /api/v1/contracts/{id}/scorrimento': scorrimento,
  ...Object.fromEntries(
    Object.keys(CONTRACT_ACT_SCHEMAS).map((name) => [
      `POST /api/v1/contracts/{id}/acts/${name}`,
      act(name as keyof typeof CONTRACT_ACT_SCHEMAS),
    ]),
  ),
});
