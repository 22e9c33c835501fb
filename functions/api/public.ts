/** Public candidate pages: published concorsi and the online domanda. */
import { clock } from '../../shared/clock';
import { ENTITIES, findEntity } from '../../shared/entities/entities';
import { httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import { candidateView } from '../../shared/procedures/concorso/candidate-view';
import { type Concorso, PHASE_LABELS, windowTerm } from '../../shared/procedures/concorso/concorso';
import { applicationSchema, ownStatusSchema } from '../../shared/procedures/concorso/schemas';
import type { Deadline } from '../../shared/procedures/model';
import { findOwnApplication } from '../../shared/store/applications';
import { approvedRanking } from '../../shared/store/marked-tests';
import { listProcedures, loadAggregate } from '../../shared/store/procedures';
import { submitApplication } from '../../shared/workflow/intake';
import { graduatoriaPdf } from './graduatoria-pdf';

const CANDIDATE = { id: 'candidate', name: 'Candidato (domanda online)', role: 'CANDIDATE' };

/** Only what the bando makes public: no officer e-mail, no internal data. */
function publicView(p: Concorso, deadlines: Deadline[], now: Date) {
  const b = p.data.bando;
  const deadline = windowTerm(deadlines);
  return {
    id: p.id,
    entity: findEntity(p.entityId)?.name ?? p.entityId,
    title: p.title,
    phase: p.phase,
    phaseLabel: PHASE_LABELS[p.phase],
    open: p.phase === 'PUBLISHED' && !!deadline && now.toISOString() <= deadline.dueAt,
    competitionType: b.competitionType,
    posts: b.posts,
    requirements: b.requirements,
    submissionMethods: b.submissionMethods,
    writtenOralSubjects: b.writtenOralSubjects,
    requiredAttachments: b.requiredAttachments,
    applicationFee: b.applicationFee,
    responsibleOfficer: b.responsibleOfficer.name,
    publication: p.data.publication,
    deadline: deadline
      ? {
          dueDate: deadline.dueDate,
          dueAt: deadline.dueAt,
          label: deadline.label,
          citation: deadline.citation,
          trace: deadline.trace,
        }
      : null,
  };
}

const list = httpHandler({}, async ({ query }) => {
  const entity = findEntity(query.entity ?? '');
  if (!entity) {
    throw problems.validation([
      { field: 'entity', message: `Ente sconosciuto: indicare uno tra ${ENTITIES.map((e) => e.id).join(', ')}.` },
    ]);
  }
  const now = clock.now();
  const published = (await listProcedures(entity.id)).filter(
    (p) => p.type === 'concorso' && p.phase !== 'BANDO_ADOPTED',
  );
  const views = await Promise.all(
    published.map(async (p) => {
      const a = await loadAggregate(p.entityId, p.id);
      return publicView(a.procedure as Concorso, a.deadlines, now);
    }),
  );
  return { status: 200, body: { entity: entity.name, items: views } };
});

async function loadPublished(rawId: string | undefined) {
  const { entityId, id } = parseProcedureId(rawId);
  const a = await loadAggregate(entityId, id);
  if (a.procedure.type !== 'concorso' || a.procedure.phase === 'BANDO_ADOPTED')
    throw problems.notFound('Concorso non trovato.');
  return { entityId, id, aggregate: a };
}

const get = httpHandler({}, async ({ params }) => {
  const { aggregate } = await loadPublished(params.id);
  return { status: 200, body: publicView(aggregate.procedure as Concorso, aggregate.deadlines, clock.now()) };
});

const apply = httpHandler({ body: applicationSchema }, async ({ body, params }) => {
  const { entityId, id } = parseProcedureId(params.id);
  const app = await submitApplication({
    entityId,
    procedureId: id,
    candidate: body,
    actor: CANDIDATE,
    now: clock.now(),
  });
  return {
    status: 201,
    body: {
      id: app.id,
      protocolNumber: app.protocolNumber,
      receivedDate: app.receivedDate,
      email: app.candidate.email,
    },
  };
});

/** A candidate's own application: where it stands, their communications and convocations (item 10). */
const ownStatus = httpHandler({ body: ownStatusSchema }, async ({ body, params }) => {
  const { entityId, id, aggregate } = await loadPublished(params.id);
  const app = await findOwnApplication(entityId, id, body.taxCode, body.protocolNumber.toUpperCase());
  // One answer for a wrong protocol number and a wrong tax code: nothing to learn by guessing.
  if (!app) throw problems.notFound('Nessuna domanda con questo numero di protocollo e questo codice fiscale.');
  const state = aggregate.procedure as Concorso;
  const approved = state.data.graduatoria;
  const ranking = approved ? await approvedRanking(entityId, id, approved.rankingDigest) : undefined;
  return { status: 200, body: candidateView(state, app, ranking) };
});

/** The graduatoria as published on the albo and the website (art. 101), once approved. */
const graduatoria = httpHandler({}, async ({ params }) => {
  const { aggregate } = await loadPublished(params.id);
  return graduatoriaPdf(aggregate.procedure as Concorso);
});

export const handler = routes({
  'GET /api/v1/public/concorsi': list,
  'GET /api/v1/public/concorsi/{id}': get,
  'GET /api/v1/public/concorsi/{id}/graduatoria.pdf': graduatoria,
  'POST /api/v1/public/concorsi/{id}/applications': apply,
  'POST /api/v1/public/concorsi/{id}/status': ownStatus,
});
