/**
 * The disciplinary console's API (D4): open a case, list and read the cases the user may read, the
 * terms on their agenda, the acts as transitions of the discipline state machine. A case a user may not
 * read answers 404 like a missing one, and every read of a file is recorded before it is returned.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { verifyChain } from '../../shared/audit/chain';
import { romeDateOf } from '../../shared/calendar/dates';
import { clock } from '../../shared/clock';
import { calendarOf, type Entity, findEntity } from '../../shared/entities/entities';
import { type Actor, actorOf, hasRole } from '../../shared/http/actor';
import { type HttpRequest, httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import { caseSummary, caseView, type Reader, readerOf } from '../../shared/procedures/discipline/access';
import { DISCIPLINE_ACT_SCHEMAS } from '../../shared/procedures/discipline/act-schemas';
import { INFRACTIONS, SANCTIONS } from '../../shared/procedures/discipline/catalogue';
import { DISCIPLINE, type DisciplineCase } from '../../shared/procedures/discipline/model';
import { openCase } from '../../shared/procedures/discipline/open';
import { classify } from '../../shared/procedures/discipline/routing';
import { openCaseSchema } from '../../shared/procedures/discipline/schemas';
import type { ActorRef } from '../../shared/procedures/model';
import { DEFAULT_RULE_SET, termRule } from '../../shared/rules';
import { accessLog, putDocument, recordAccess, sanctionHistory } from '../../shared/store/discipline';
import { procPk } from '../../shared/store/keys';
import {
  agenda,
  createProcedure,
  getProcedure,
  listEvents,
  listProcedures,
  loadAggregate,
} from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import { runTransition } from '../../shared/workflow/executor';
import { withProtocolNumbers } from '../../shared/workflow/protocols';

const STAFF_ROLES = ['SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO'] as const;

function entityOf(entityId: string): Entity {
  const entity = findEntity(entityId);
  if (!entity) throw problems.notFound('Ente sconosciuto.');
  return entity;
}

/** The role the user acts in on a case: the most specific disciplinary role they hold. */
function actingAs(actor: Actor, entityId: string): ActorRef {
  const role = ['SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO', 'HR_HEAD', 'EMPLOYEE'].find((r) =>
    hasRole(actor, entityId, r as never),
  );
  return { id: actor.id, name: actor.name, role: role ?? 'NONE' };
}

const open = httpHandler({ body: openCaseSchema }, async ({ event, body }) => {
  const actor = actorOf(event);
  if (!hasRole(actor, body.entityId, ...STAFF_ROLES)) throw problems.forbidden();
  const entity = entityOf(body.entityId);
  if (body.employee.userId === actor.id) {
    throw problems.validation([
      { field: 'employee.userId', message: 'Non si può aprire un procedimento su se stessi.' },
    ]);
  }
  const now = clock.now();
  const ruleSet = body.ruleSet ?? entity.defaultRuleSets.discipline ?? DEFAULT_RULE_SET.discipline;
  const regime = ruleSet.startsWith('national') ? 'national' : 'stresa-rous';
  const history = await sanctionHistory(entity.id, body.employee.taxCode);
  const classification = classify(body.charges, history, {
    regime,
    verbalOnly: body.verbalOnly,
    employeeIsResponsabileServizio: body.employee.isResponsabileServizio,
  });
  // The verbal reprimand is given by the employee's head, or by the Segretario to a head (L3519).
  if (classification.track === 'PD_V') {
    const by = classification.authority === 'SEGRETARIO' ? 'SEGRETARIO' : 'RESP_SERVIZIO';
    if (!hasRole(actor, entity.id, by)) {
      throw problems.forbidden(
        by === 'SEGRETARIO'
          ? 'Il rimprovero verbale a un responsabile di servizio spetta al Segretario (art. 2 Allegato H, L3519).'
          : 'Il rimprovero verbale spetta al responsabile del servizio del dipendente (art. 2 Allegato H, L3519).',
      );
    }
  }
  const id = `${entity.id}.${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
  const calendar = await entityCalendar(entity).catch(() => calendarOf(entity));
  const opened = await withProtocolNumbers(entity.id, now, 'RISERVATO', (protocol) =>
    openCase(body, classification, actingAs(actor, entity.id), id, ruleSet, {
      now,
      entity,
      calendar,
      rule: (termId) => termRule(ruleSet, termId),
      newId: randomUUID,
      protocol,
    }),
  );
  await createProcedure(opened.procedure, [opened.event, ...opened.extraEvents], opened.opening, now);
  const reader = readerOf(opened.procedure, entity, actor);
  return {
    status: 201,
    // The reporter who is not the authority gets the receipt, not the file (§2.14).
    body: reader
      ? caseView(opened.procedure, entity, opened.opening.deadlines, opened.opening.reminders, reader)
      : { id, title: opened.procedure.title, protocol: opened.procedure.data.protocols[0], reader: null },
    headers: { location: `/api/v1/discipline/cases/${id}` },
  };
});

/** Load a case the actor may read, or answer 404 as for a missing one. */
async function readable(req: HttpRequest<unknown>, what: string) {
  const actor = actorOf(req.event);
  const { entityId, id } = parseProcedureId(req.params.id);
  if (!actor.entities.includes(entityId)) throw problems.notFound('Procedimento non trovato.');
  const entity = entityOf(entityId);
  const aggregate = await loadAggregate(entityId, id, DISCIPLINE);
  const c = aggregate.procedure as DisciplineCase;
  const reader = readerOf(c, entity, actor);
  const at = clock.now().toISOString();
  // Refused attempts on an existing file are recorded too: the authority sees who tried.
  await recordAccess(entityId, id, { userId: actor.id, name: actor.name, as: reader ?? 'NEGATO', what }, at);
  if (!reader) throw problems.notFound('Procedimento non trovato.');
  return { actor, entity, aggregate, c, reader };
}

const get = httpHandler({}, async (req) => {
  const { entity, aggregate, c, reader } = await readable(req, 'fascicolo');
  return { status: 200, body: caseView(c, entity, aggregate.deadlines, aggregate.reminders, reader) };
});

const requireAuthorityReader = (reader: Reader) => {
  if (reader !== 'AUTORITA') throw problems.forbidden("Riservato all'autorità disciplinare competente.");
};

const audit = httpHandler({}, async (req) => {
  const { c, reader } = await readable(req, 'registro degli eventi');
  requireAuthorityReader(reader);
  const events = await listEvents(c.entityId, c.id);
  return { status: 200, body: { events, verification: verifyChain(procPk(c.entityId, c.id), events) } };
});

const accesses = httpHandler({}, async (req) => {
  const { c, reader } = await readable(req, 'registro degli accessi');
  requireAuthorityReader(reader);
  return { status: 200, body: { items: await accessLog(c.entityId, c.id) } };
});

const list = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  if (!actor.entities.includes(entityId)) throw problems.forbidden();
  const entity = entityOf(entityId);
  const cases = (await listProcedures(entityId, DISCIPLINE)) as DisciplineCase[];
  const items = cases.flatMap((c) => {
    const reader = readerOf(c, entity, actor);
    return reader ? [caseSummary(c, reader)] : [];
  });
  return { status: 200, body: { items } };
});

/** The running terms of the cases where the user is the authority: their decadenza agenda. */
const disciplineAgenda = httpHandler({}, async ({ event, query }) => {
  const actor = actorOf(event);
  const entityId = query.entity ?? actor.entities[0] ?? '';
  if (!hasRole(actor, entityId, ...STAFF_ROLES)) throw problems.forbidden();
  const entity = entityOf(entityId);
  const terms = await agenda(entityId, 500, DISCIPLINE);
  const cases = new Map<string, DisciplineCase | undefined>();
  for (const id of new Set(terms.map((t) => t.procedureId))) {
    cases.set(id, (await getProcedure(entityId, id))?.procedure as DisciplineCase | undefined);
  }
  const today = romeDateOf(clock.now());
  const items = terms.flatMap((t) => {
    const c = cases.get(t.procedureId);
    if (!c || readerOf(c, entity, actor) !== 'AUTORITA') return [];
    return [
      {
        procedureId: t.procedureId,
        procedureTitle: c.title,
        deadlineId: t.id,
        label: t.label,
        dueDate: t.dueDate,
        status: t.status,
        peremptory: t.peremptory,
        overdue: t.status === 'OPEN' && t.dueDate < today,
        citation: t.citation,
      },
    ];
  });
  return { status: 200, body: { now: clock.now().toISOString(), today, items } };
});

const catalogue = httpHandler({}, async ({ event }) => {
  actorOf(event);
  return { status: 200, body: { sanctions: Object.values(SANCTIONS), infractions: INFRACTIONS } };
});

/** One act on a case: only its readers reach it (others get 404); the domain checks who may take it. */
function act(name: keyof typeof DISCIPLINE_ACT_SCHEMAS) {
  return httpHandler({ body: DISCIPLINE_ACT_SCHEMAS[name] }, async (req) => {
    const { actor, c } = await readable(req as HttpRequest<unknown>, `atto ${name}`);
    const body = req.body as Record<string, unknown> & { expectedVersion: number };
    let payload: Record<string, unknown> = body;
    const evidence = (body as { evidence?: { document?: { base64: string; filename: string; contentType: string } } })
      .evidence;
    if (name === 'record-delivery' && evidence?.document) {
      // The scan is stored apart, content-addressed; the transition carries only its hash.
      const doc = evidence.document;
      const sha = createHash('sha256').update(Buffer.from(doc.base64, 'base64')).digest('hex');
      await putDocument(c.entityId, c.id, sha, doc, clock.now().toISOString());
      payload = {
        ...body,
        evidence: { ...evidence, document: { ...doc, base64: 'AA==' } },
        documentSha256: sha,
      };
    }
    const outcome = await runTransition(DISCIPLINE, {
      entityId: c.entityId,
      procedureId: c.id,
      action: name,
      expectedVersion: body.expectedVersion,
      actor: actingAs(actor, c.entityId),
      payload,
      requestedAt: clock.now().toISOString(),
    });
    return { status: 200, body: outcome };
  });
}

export const handler = routes({
  'POST /api/v1/discipline/cases': open,
  'GET /api/v1/discipline/cases': list,
  'GET /api/v1/discipline/cases/{id}': get,
  'GET /api/v1/discipline/cases/{id}/audit': audit,
  'GET /api/v1/discipline/cases/{id}/access-log': accesses,
  'GET /api/v1/discipline/agenda': disciplineAgenda,
  'GET /api/v1/discipline/catalogue': catalogue,
  ...Object.fromEntries(
    Object.keys(DISCIPLINE_ACT_SCHEMAS).map((name) => [
      `POST /api/v1/discipline/cases/{id}/acts/${name}`,
      act(name as keyof typeof DISCIPLINE_ACT_SCHEMAS),
    ]),
  ),
});
