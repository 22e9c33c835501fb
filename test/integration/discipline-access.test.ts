/**
 * Confidentiality of the disciplinary file (D4, spec §2.14, V-PD-22) on the local runtime: every role
 * against every view and act of a case, allowed and refused; lists, agenda and the general procedure
 * endpoints never show a case; every read is audited. And the bad input the issue names: a legal date in
 * the future or after its term, a hearing with short notice, a second deferral, conciliation for a
 * dismissal-range infraction, e-mail offered as the legal channel — each refused with the reason and
 * the citation, nothing changed.
 * Uses the shared runtime at its own clock: legal dates are counted back from the runtime's today.
 */
import { addDays } from '../../shared/calendar/dates';
import { taxCodeFor } from '../support/fixtures';
import { api, getClock } from '../support/local';

const SEGRETARIO = 'segretario.stresa';
const UPD = ['segretario.stresa', 'upd1.stresa', 'upd2.stresa', 'upd3.stresa', 'upd4.stresa'];
let today: string;
let seq = 900;

beforeAll(async () => {
  today = (await getClock()).now.slice(0, 10);
});

const daysAgo = (n: number) => addDays(today, -n);

function openBody(infractionId: string, knowledgeDaysAgo: number, ruleSet = 'stresa-rous@1') {
  return {
    entityId: 'stresa',
    ruleSet,
    employee: {
      userId: 'dip.stresa',
      name: 'Carlo Esposito',
      taxCode: taxCodeFor(seq++),
      category: 'C',
      profile: 'Istruttore amministrativo',
      service: 'Servizi demografici',
      email: 'carlo.esposito@example.org',
    },
    notizia: {
      source: 'RESP_SERVIZIO',
      facts: 'Fatti riservati oggetto di segnalazione.',
      firstAcquisitionDate: daysAgo(knowledgeDaysAgo),
      authorityKnowledgeDate: daysAgo(knowledgeDaysAgo),
    },
    charges: [{ infractionId, factDate: daysAgo(knowledgeDaysAgo + 1), factDescription: 'Fatto riservato.' }],
  };
}

function contestBody(version: number, legalDate: string, hearingDate: string, channel: unknown = 'CONSEGNA_A_MANO') {
  return {
    expectedVersion: version,
    legalDate,
    addebito: 'Addebito riservato',
    normsViolated: 'art. 3 Allegato H',
    evidence: 'Relazione',
    hearing: { date: hearingDate, time: '09:30', place: 'Municipio' },
    channel,
    visto: { by: 'Franco Galli', date: legalDate },
  };
}

async function open(infractionId: string, knowledgeDaysAgo = 3, ruleSet?: string) {
  const r = await api('/api/v1/discipline/cases', {
    user: SEGRETARIO,
    body: openBody(infractionId, knowledgeDaysAgo, ruleSet),
  });
  expect(r.status).toBe(201);
  return r.json.id as string;
}

const read = (id: string, user: string) => api(`/api/v1/discipline/cases/${id}`, { user });
const actAs = (id: string, name: string, user: string, body: Record<string, unknown>) =>
  api(`/api/v1/discipline/cases/${id}/acts/${name}`, { user, body });
const version = async (id: string) => (await read(id, SEGRETARIO)).json.version as number;

/** A refusal leaves the case as it was: same version, same phase. */
async function expectUnchanged(id: string, before: { version: number; phase: string }) {
  const now = (await read(id, SEGRETARIO)).json;
  expect({ version: now.version, phase: now.phase }).toEqual(before);
}

describe('who reads and who acts on a minor-track case (Segretario competent)', () => {
  let id: string;
  beforeAll(async () => {
    id = await open('INF-4b');
  });

  test.each([
    [SEGRETARIO, 200, 'AUTORITA'],
    ['dip.stresa', 200, 'DIPENDENTE'],
    ['upd1.stresa', 404, undefined], // UPD members are not competent for the minor track
    ['resp.stresa', 404, undefined],
    ['dip2.stresa', 404, undefined],
    ['hr.stresa', 404, undefined],
    ['head.stresa', 404, undefined], // the personnel office reads only the sealed file
    ['segretario.lucca', 404, undefined], // another entity
    ['hr.lucca', 404, undefined],
  ])('%s reads the file: %i %s', async (user, status, reader) => {
    const r = await read(id, user);
    expect(r.status).toBe(status);
    if (reader) expect(r.json.reader).toBe(reader);
    else expect(JSON.stringify(r.json)).not.toContain('Fatti riservati');
  });

  test('without a sign-in: 401', async () => {
    expect((await api(`/api/v1/discipline/cases/${id}`)).status).toBe(401);
  });

  test('the employee sees their file without the reporter and the internal tasks, and only their own acts', async () => {
    const own = (await read(id, 'dip.stresa')).json;
    expect(own.data.notizia.reporter).toBeUndefined();
    expect(own.data.tasks).toBeUndefined();
    expect(own.reminders).toEqual([]);
    expect(own.acts).toEqual([]);
  });

  test('acts: others get 404, the employee cannot take the authority’s acts (403), nothing changes', async () => {
    const before = { version: await version(id), phase: 'NOTIZIA' };
    const body = contestBody(before.version, daysAgo(1), addDays(today, 15));
    expect((await actAs(id, 'contest', 'upd1.stresa', body)).status).toBe(404);
    expect((await actAs(id, 'contest', 'hr.stresa', body)).status).toBe(404);
    expect((await actAs(id, 'contest', 'dip2.stresa', body)).status).toBe(404);
    expect((await actAs(id, 'contest', 'dip.stresa', body)).status).toBe(403);
    await expectUnchanged(id, before);
  });

  test('lists, agenda and the general endpoints never show the case', async () => {
    const mine = (await api('/api/v1/discipline/cases?entity=stresa', { user: SEGRETARIO })).json.items;
    expect(mine.map((c: { id: string }) => c.id)).toContain(id);
    for (const user of ['upd1.stresa', 'dip2.stresa', 'resp.stresa']) {
      const theirs = (await api('/api/v1/discipline/cases?entity=stresa', { user })).json.items ?? [];
      expect(theirs.map((c: { id: string }) => c.id)).not.toContain(id);
    }
    const employee = (await api('/api/v1/discipline/cases?entity=stresa', { user: 'dip.stresa' })).json.items;
    expect(employee.every((c: { reader: string }) => c.reader === 'DIPENDENTE')).toBe(true);
    const general = (await api('/api/v1/procedures?entity=stresa', { user: 'head.stresa' })).json.items;
    expect(general.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await api(`/api/v1/procedures/${id}`, { user: 'head.stresa' })).status).toBe(404);
    expect((await api(`/api/v1/procedures/${id}/audit`, { user: 'head.stresa' })).status).toBe(404);
    const agenda = (await api('/api/v1/agenda?entity=stresa', { user: 'head.stresa' })).json.items;
    expect(JSON.stringify(agenda)).not.toContain(id);
    const discipline = (await api('/api/v1/discipline/agenda?entity=stresa', { user: SEGRETARIO })).json.items;
    expect(discipline.map((t: { procedureId: string }) => t.procedureId)).toContain(id);
    const othersAgenda = (await api('/api/v1/discipline/agenda?entity=stresa', { user: 'upd1.stresa' })).json.items;
    expect(othersAgenda.map((t: { procedureId: string }) => t.procedureId)).not.toContain(id);
    // A concorso act or a clock operation aimed at the case's id finds nothing (no generic clock ops, V-PD-08).
    expect(
      (
        await api(`/api/v1/procedures/${id}/deadlines/discipline.minor.contestation/clock`, {
          user: 'hr.stresa',
          body: { expectedVersion: 1, operation: 'extend', legalDate: today, days: 10, basis: 'prova' },
        })
      ).status,
    ).toBe(404);
  });

  test('every read is in the access log, refused attempts too; only the authority reads the log', async () => {
    const log = (await api(`/api/v1/discipline/cases/${id}/access-log`, { user: SEGRETARIO })).json.items as {
      userId: string;
      as: string;
    }[];
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: 'dip.stresa', as: 'DIPENDENTE' }),
        expect.objectContaining({ userId: 'upd1.stresa', as: 'NEGATO' }),
        expect.objectContaining({ userId: 'head.stresa', as: 'NEGATO' }),
        expect.objectContaining({ userId: SEGRETARIO, as: 'AUTORITA' }),
      ]),
    );
    expect((await api(`/api/v1/discipline/cases/${id}/access-log`, { user: 'dip.stresa' })).status).toBe(403);
    expect((await api(`/api/v1/discipline/cases/${id}/audit`, { user: 'dip.stresa' })).status).toBe(403);
  });
});

test('a major-track case is read by each of the five UPD members, not by the others', async () => {
  const id = await open('INF-7b');
  for (const member of UPD) expect((await read(id, member)).json.reader).toBe('AUTORITA');
  expect((await read(id, 'resp.stresa')).status).toBe(404);
});

test('a verbal reprimand is given only by the head of service and leaves nothing for the personnel file', async () => {
  const body = { ...openBody('INF-4a', 1), verbalOnly: true };
  expect((await api('/api/v1/discipline/cases', { user: 'dip2.stresa', body })).status).toBe(403);
  const r = await api('/api/v1/discipline/cases', { user: 'resp.stresa', body });
  expect(r.status).toBe(201);
  expect(r.json.phase).toBe('RIMPROVERO_VERBALE');
  expect(r.json.deadlines).toEqual([]);
});

describe('bad input: refused with the reason and the citation, nothing changed', () => {
  test('an act with a legal date in the future', async () => {
    const id = await open('INF-4b');
    const before = { version: await version(id), phase: 'NOTIZIA' };
    const r = await actAs(
      id,
      'contest',
      SEGRETARIO,
      contestBody(before.version, addDays(today, 1), addDays(today, 20)),
    );
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'legalDate' })]));
    await expectUnchanged(id, before);
  });

  test('a contestation dated after its term (T-PD-01, L3647) is refused: the action is lapsing', async () => {
    const id = await open('INF-4b', 25);
    const before = { version: await version(id), phase: 'NOTIZIA' };
    const r = await actAs(id, 'contest', SEGRETARIO, contestBody(before.version, daysAgo(1), addDays(today, 15)));
    expect(r.status).toBe(422);
    expect(r.json.detail).toContain('L3647');
    expect(r.json.detail).toContain('decadenza');
    await expectUnchanged(id, before);
  });

  test('a hearing with less than the minimum notice (T-PD-02, L3647)', async () => {
    const id = await open('INF-4b');
    const before = { version: await version(id), phase: 'NOTIZIA' };
    const r = await actAs(id, 'contest', SEGRETARIO, contestBody(before.version, today, addDays(today, 7)));
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json.errors)).toContain('L3647');
    await expectUnchanged(id, before);
  });

  test('e-mail offered as the legal channel (L3674-L3676)', async () => {
    const id = await open('INF-4b');
    const before = { version: await version(id), phase: 'NOTIZIA' };
    const r = await actAs(id, 'contest', SEGRETARIO, contestBody(before.version, today, addDays(today, 12), 'EMAIL'));
    expect(r.status).toBe(422);
    const error = r.json.errors.find((e: { field: string }) => e.field === 'channel');
    expect(error.message).toContain('L3674');
    await expectUnchanged(id, before);
  });

  test('a second deferral (L3652) and conciliation for a dismissal-range infraction (V-PD-13, L3705)', async () => {
    const id = await open('INF-10c');
    const v = await version(id);
    // INF-10c is punished with dismissal: UPD track; transmit, contest, deliver.
    expect(
      (
        await actAs(id, 'transmit-to-upd', SEGRETARIO, {
          expectedVersion: v,
          legalDate: today,
          receivedOn: today,
          channel: 'CONSEGNA_A_MANO',
        })
      ).status,
    ).toBe(200);
    expect((await actAs(id, 'contest', 'upd1.stresa', contestBody(v + 1, today, addDays(today, 25)))).status).toBe(200);
    const c = (await read(id, SEGRETARIO)).json;
    const comm = c.data.communications.find((x: { kind: string }) => x.kind === 'CONTESTAZIONE');
    expect(
      (
        await actAs(id, 'record-delivery', SEGRETARIO, {
          expectedVersion: c.version,
          communicationId: comm.id,
          deliveredOn: today,
          evidence: { kind: 'RICEVUTA_FIRMATA', reference: 'firmata' },
        })
      ).status,
    ).toBe(200);
    let before = { version: await version(id), phase: 'CONTESTATO' };
    const conciliation = await actAs(id, 'open-conciliation', SEGRETARIO, {
      expectedVersion: before.version,
      legalDate: today,
      ccnlRef: 'CCNL',
    });
    expect(conciliation.status).toBe(422);
    expect(conciliation.json.detail).toContain('V-PD-13');
    expect(conciliation.json.detail).toContain('L3705');
    await expectUnchanged(id, before);

    expect(
      (
        await actAs(id, 'request-deferral', 'dip.stresa', {
          expectedVersion: before.version,
          receivedOn: today,
          reason: 'Malattia.',
        })
      ).status,
    ).toBe(200);
    before = { version: await version(id), phase: 'CONTESTATO' };
    const second = await actAs(id, 'request-deferral', 'dip.stresa', {
      expectedVersion: before.version,
      receivedOn: today,
      reason: 'Altro.',
    });
    expect(second.status).toBe(422);
    expect(second.json.detail).toContain('L3652');
    await expectUnchanged(id, before);
  });

  test('malformed bodies and unknown fields: 400/422 with field messages, never a 500', async () => {
    const id = await open('INF-4b');
    expect(
      (
        await api(`/api/v1/discipline/cases/${id}/acts/contest`, {
          user: SEGRETARIO,
          body: '{not json',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    const unknown = await actAs(id, 'contest', SEGRETARIO, { ...contestBody(1, today, addDays(today, 12)), extra: 1 });
    expect(unknown.status).toBe(422);
    const badOpen = await api('/api/v1/discipline/cases', {
      user: SEGRETARIO,
      body: { ...openBody('INF-4b', 1), charges: [{ infractionId: 'INF-99z', factDate: today, factDescription: 'x' }] },
    });
    expect(badOpen.status).toBe(422);
    expect(badOpen.json.errors).toEqual([expect.objectContaining({ field: 'charges.0.infractionId' })]);
  });
});
