/** HR console: create a concorso, list and read procedures, read the audit timeline. */
import { randomBytes } from 'node:crypto';
import { verifyChain } from '../../shared/audit/chain';
import { clock } from '../../shared/clock';
import { findEntity } from '../../shared/entities/entities';
import { type Actor, actorOf, hasRole, requireRole } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import type { ApprovedGraduatoria } from '../../shared/procedures/concorso/approval';
import { CONCORSO, type Concorso, newConcorso, validateCreation } from '../../shared/procedures/concorso/concorso';
import { sitsOnBoard } from '../../shared/procedures/concorso/marking';
import {
  type CitedMobility,
  checkPriorMobility,
  PRIOR_MOBILITY,
  type PriorMobilityInput,
} from '../../shared/procedures/concorso/prior-mobility';
import { createConcorsoRequestSchema } from '../../shared/procedures/concorso/schemas';
import { publicationRegister } from '../../shared/procedures/concorso/transparency';
import type { IncomingData } from '../../shared/procedures/mobility/model';
import type { ProcedureBase } from '../../shared/procedures/model';
import { phaseLabel, procedureView } from '../../shared/procedures/views';
import { completeRuleSetsFor, DEFAULT_RULE_SET, precondition } from '../../shared/rules';
import { applicationsDigest } from '../../shared/store/applications';
import { isConfidentialType, procPk } from '../../shared/store/keys';
import { approvedRanking } from '../../shared/store/marked-tests';
import {
  createProcedure,
  getProcedure,
  listEvents,
  listProcedures,
  loadAggregate,
} from '../../shared/store/procedures';
import { graduatoriaPdf } from './graduatoria-pdf';

/** The cited mobility procedures of the entity, as the prior-mobility check reads them. */
async function citedMobilities(entityId: string, cited: PriorMobilityInput | undefined) {
  const ids = cited?.kind === 'MOBILITA' ? [...new Set(cited.procedureIds)] : [];
  const found = await Promise.all(
    ids.map((id) => (id.startsWith(`${entityId}.`) ? getProcedure(entityId, id) : undefined)),
  );
  const byId = new Map<string, CitedMobility>();
  for (const stored of found) {
    if (!stored) continue;
    const p = stored.procedure;
    const d = p.data as Partial<IncomingData> & { variant?: string };
    byId.set(p.id, {
      id: p.id,
      type: p.type,
      title: p.title,
      phaseLabel: phaseLabel(p),
      variant: d.variant,
      post: d.variant === 'IN' ? d.post : undefined,
      negativeOutcome: d.negativeOutcome,
    });
  }
  return byId;
}

const create = httpHandler({ body: createConcorsoRequestSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  requireRole(actor, 'HR_OFFICER', body.entityId);
  const entity = findEntity(body.entityId);
  if (!entity) throw problems.validation([{ field: 'entityId', message: 'Ente sconosciuto.' }]);
  const { ruleSet: chosen, priorMobility: cited, ...bando } = body;
  const now = clock.now();
  validateCreation(bando, now);
  const ruleSet = chosen ?? entity.defaultRuleSets.concorso ?? DEFAULT_RULE_SET.concorso;
  const allowed = completeRuleSetsFor('concorso');
  if (!allowed.includes(ruleSet))
    throw problems.validation([
      { field: 'ruleSet', message: `Regole non applicabili a un concorso. Ammesse: ${allowed.join(', ')}.` },
    ]);
  // Read once, before the write: a mobility procedure cited here is concluded, so it cannot change under us.
  const check = checkPriorMobility(
    bando,
    cited,
    precondition(ruleSet, PRIOR_MOBILITY),
    await citedMobilities(entity.id, cited),
  );
  if (check.errors.length) throw problems.validation(check.errors);
  // A retry without an id creates a second draft; the console sends each form once and shows the result.
  const id = `${entity.id}.${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
  const by = { id: actor.id, name: actor.name, role: 'HR_OFFICER' };
  const procedure = newConcorso(bando, by, id, ruleSet, now, check.record);
  await createProcedure(procedure, {
    type: 'CONCORSO_CREATED',
    actor: procedure.createdBy,
    legalDate: body.indizione.date,
    payload: {
      title: body.title,
      indizione: body.indizione,
      ruleSet,
      workflowVersion: procedure.workflowVersion,
      ...(check.record ? { priorMobility: check.record } : {}),
    },
  });
  return { status: 201, body: procedureView(procedure, []), headers: { location: `/api/v1/procedures/${id}` } };
});

/** HR reads every procedure of its entity; a commissioner only the concorsi whose board they sit on. */
function readerOf(actor: Actor, entityId: string): 'HR' | 'COMMISSIONER' {
  if (hasRole(actor, entityId, 'HR_OFFICER')) return 'HR';
  if (hasRole(actor, entityId, 'COMMISSIONER')) return 'COMMISSIONER';
  throw problems.forbidden();
}

const mayRead = (reader: 'HR' | 'COMMISSIONER', p: ProcedureBase, userId: string) =>
  reader === 'HR' || (p.type === CONCORSO && sitsOnBoard(p as Concorso, userId));

const list = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  const reader = readerOf(actor, entityId);
  const items = (await listProcedures(entityId)).filter((p) => mayRead(reader, p, actor.id));
  return {
    status: 200,
    body: {
      items: items.map((p) => ({
        id: p.id,
        type: p.type,
        title: p.title,
        phase: p.phase,
        phaseLabel: phaseLabel(p),
        version: p.version,
        createdAt: p.createdAt,
        // Mobility's variant (IN, OUT, INT), so a form can offer the right procedures (e.g. a concorso's
        // prior mobility attempt).
        ...(typeof (p.data as { variant?: unknown })?.variant === 'string'
          ? { variant: (p.data as { variant: string }).variant }
          : {}),
      })),
    },
  };
});

const get = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  const reader = readerOf(actor, entityId);
  const [aggregate, apps] = await Promise.all([loadAggregate(entityId, id), applicationsDigest(entityId, id)]);
  // Confidential files are served only by their own API, to their own readers (D4); a commissioner
  // reads only the concorsi whose board they sit on (not found otherwise: nothing to learn).
  if (isConfidentialType(aggregate.procedure.type) || !mayRead(reader, aggregate.procedure, actor.id)) {
    throw problems.notFound('Procedimento non trovato.');
  }
  return {
    status: 200,
    body: {
      ...procedureView(aggregate.procedure, aggregate.deadlines, aggregate.reminders),
      applicationCount: apps.count,
    },
  };
});

const audit = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const [events, stored] = await Promise.all([listEvents(entityId, id), getProcedure(entityId, id)]);
  if (!events.length || !stored || isConfidentialType(stored.procedure.type)) {
    throw problems.notFound('Procedimento non trovato.');
  }
  return { status: 200, body: { events, verification: verifyChain(procPk(entityId, id), events) } };
});

/** The approved ranking with its explanations: what the HR page and the published graduatoria show. */
const rankingOf = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const stored = await getProcedure(entityId, id);
  const approved = (stored?.procedure.data as { graduatoria?: ApprovedGraduatoria } | undefined)?.graduatoria;
  if (!stored || !approved || isConfidentialType(stored.procedure.type)) {
    throw problems.notFound('Nessuna graduatoria approvata per questo procedimento.');
  }
  const ranking = await approvedRanking(entityId, id, approved.rankingDigest);
  return { status: 200, body: { approval: approved, ranking } };
});

/** The publication register: each duty of the concorso, due or not, published where and until when. */
const publications = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const stored = await getProcedure(entityId, id);
  if (!stored || stored.procedure.type !== CONCORSO) throw problems.notFound('Concorso non trovato.');
  return { status: 200, body: { items: publicationRegister(stored.procedure as Concorso) } };
});

/** The published graduatoria as a PDF, every position explained (HR). */
const rankingPdf = httpHandler({}, async ({ event, params }) => {
  const actor = actorOf(event);
  const { entityId, id } = parseProcedureId(params.id);
  requireRole(actor, 'HR_OFFICER', entityId);
  const stored = await getProcedure(entityId, id);
  if (!stored || stored.procedure.type !== CONCORSO) throw problems.notFound('Procedimento non trovato.');
  return graduatoriaPdf(stored.procedure as Concorso);
});

export const handler = routes({
  'POST /api/v1/procedures': create,
  'GET /api/v1/procedures': list,
  'GET /api/v1/procedures/{id}': get,
  'GET /api/v1/procedures/{id}/audit': audit,
  'GET /api/v1/procedures/{id}/ranking': rankingOf,
  'GET /api/v1/procedures/{id}/graduatoria.pdf': rankingPdf,
  'GET /api/v1/procedures/{id}/publications': publications,
});
