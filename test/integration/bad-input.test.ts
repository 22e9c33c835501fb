/**
 * Bad input on the shared local runtime: each refusal is a 4xx problem+json with an Italian, field-level
 * message, and nothing is written (the procedure's version, audit chain and applications are unchanged).
 */
import { bando, candidate } from '../support/fixtures';
import { type ApiResponse, api } from '../support/local';

const hr = 'hr.stresa';
let id: string;

async function snapshot() {
  const [p, audit, apps] = await Promise.all([
    api(`/api/v1/procedures/${id}`, { user: hr }),
    api(`/api/v1/procedures/${id}/audit`, { user: hr }),
    api(`/api/v1/procedures/${id}/applications`, { user: hr }),
  ]);
  return {
    version: p.json.version,
    phase: p.json.phase,
    events: audit.json.events.length,
    apps: apps.json.items.length,
  };
}

function expectProblem(r: ApiResponse, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.json).toMatchObject({ status, title: expect.any(String), type: expect.stringMatching(/^https:\/\//) });
}

beforeAll(async () => {
  const created = await api('/api/v1/procedures', {
    body: bando('stresa', { indizione: { number: 'DET-1', date: '2026-01-15' } }),
    user: hr,
  });
  expect(created.status).toBe(201);
  id = created.json.id;
});

describe('creating a concorso', () => {
  test('malformed JSON → 400', async () => {
    const r = await api('/api/v1/procedures', {
      body: '{"entityId": "stresa",',
      user: hr,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(r, 400);
    expect(r.json.detail).toMatch(/JSON/);
  });

  test('unknown fields → 422 naming them', async () => {
    const r = await api('/api/v1/procedures', { body: { ...bando(), deadline: '2026-12-01' }, user: hr });
    expectProblem(r, 422);
    expect(r.json.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('deadline') })]),
    );
  });

  test('wrong types → 422 with the field path', async () => {
    const r = await api('/api/v1/procedures', {
      body: bando('stresa', { posts: [{ count: 'due', category: 'C', profile: 'x', pay: 'y' }] }),
      user: hr,
    });
    expectProblem(r, 422);
    expect(r.json.errors.map((e: { field: string }) => e.field)).toContain('posts.0.count');
  });

  test('an indizione dated in the future → 422', async () => {
    const r = await api('/api/v1/procedures', {
      body: bando('stresa', { indizione: { number: 'D', date: '2099-01-01' } }),
      user: hr,
    });
    expectProblem(r, 422);
    expect(r.json.errors[0]).toMatchObject({ field: 'indizione.date' });
  });

  test('no sign-in → 401; another entity → 403', async () => {
    expectProblem(await api('/api/v1/procedures', { body: bando() }), 401);
    expectProblem(await api('/api/v1/procedures', { body: bando('lucca'), user: hr }), 403);
  });
});

describe('acts on a procedure', () => {
  test('dates in the wrong order, an act in the wrong phase, a stale version: refused, nothing written', async () => {
    const before = await snapshot();
    const beforeIndizione = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 1, guriPublicationDate: '2026-01-10', guriReference: 'GU' },
      user: hr,
    });
    expectProblem(beforeIndizione, 422);
    expect(beforeIndizione.json.errors[0]).toMatchObject({
      field: 'guriPublicationDate',
      message: expect.stringMatching(/indizione/),
    });

    const badDate = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 1, guriPublicationDate: '2026-02-30', guriReference: 'GU' },
      user: hr,
    });
    expectProblem(badDate, 422);
    expect(badDate.json.errors[0].field).toBe('guriPublicationDate');

    const stale = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 7, guriPublicationDate: '2026-02-02', guriReference: 'GU' },
      user: hr,
    });
    expectProblem(stale, 409);
    expect(stale.json).toMatchObject({ code: 'stale-version', currentVersion: 1 });
    expect(await snapshot()).toEqual(before);

    const ok = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 1, guriPublicationDate: '2026-02-02', guriReference: 'GU' },
      user: hr,
    });
    expect(ok.status).toBe(200);
    const afterPublish = await snapshot();
    const again = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 2, guriPublicationDate: '2026-02-02', guriReference: 'GU' },
      user: hr,
    });
    expectProblem(again, 409);
    expect(again.json.code).toBe('wrong-phase');
    expect(await snapshot()).toEqual(afterPublish);
  });

  test('an invalid tax code on an application → 422 on taxCode, nothing written', async () => {
    const before = await snapshot();
    const r = await api(`/api/v1/public/concorsi/${id}/applications`, {
      body: candidate(900, { taxCode: 'RSSMRA85T10A562X' }),
    });
    expectProblem(r, 422);
    expect(r.json.errors).toEqual([{ field: 'taxCode', message: 'Codice fiscale non valido.' }]);
    expect(await snapshot()).toEqual(before);
  });

  test('a paper application received before it was sent → 422, nothing written', async () => {
    const before = await snapshot();
    const r = await api(`/api/v1/procedures/${id}/paper-applications`, {
      body: { ...candidate(901), channel: 'RACCOMANDATA_AR', sentDate: '2026-02-10', receivedDate: '2026-02-05' },
      user: hr,
    });
    expectProblem(r, 422);
    expect(r.json.errors[0]).toMatchObject({ field: 'sentDate' });
    expect(await snapshot()).toEqual(before);
  });

  test('unknown procedure ids → 404, never 500', async () => {
    expectProblem(await api('/api/v1/procedures/does-not-exist', { user: hr }), 404);
    expectProblem(await api('/api/v1/procedures/stresa.zzzzzzzzzzzz', { user: hr }), 404);
    expectProblem(await api('/api/v1/public/concorsi/nope/applications', { body: candidate(902) }), 404);
  });
});
