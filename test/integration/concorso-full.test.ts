/**
 * A whole concorso per titoli ed esami for 2 posts with 12 candidates on the real local runtime, from the
 * bando to the graduatoria handed to contract formation: a late postal application refused; one
 * application regularised (raccomandata, return card, in time); two candidates excluded, told by PEC
 * (receipt collected) and by raccomandata A/R (return card); a board refused for the gender third, then
 * appointed, a declared conflict blocking the calendar until the member is replaced; a calendar refused
 * for a holiday, then fixed; titles evaluated and locked; the written test marked anonymously, one
 * absentee withdrawn; an oral session;
 * a tie resolved by a preference title and another by age; approval refused to the HR officer and while a
 * candidate's documents term runs, then given by the HR head; a winner renounces and the next is proposed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import {
  type ApiOptions,
  api,
  devUserHeaders,
  mails,
  type RuntimeProcess,
  setClock,
  startRuntimeProcess,
  sweep,
} from '../support/local';
import { fetchPdf, pdfText } from '../support/pdf';

let rt: RuntimeProcess;
const HR = 'hr.stresa';
const HEAD = 'head.stresa';
const call = (path: string, options: ApiOptions = {}) => api(path, { user: HR, ...options, baseUrl: rt.urls.web });
const at = (iso: string) => setClock(iso, rt.urls.web);
const sweepNow = () => sweep<{ pecReceipts: number }>(undefined, rt.urls.web);

const member = (id: string, name: string, gender: 'F' | 'M', seat: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  gender,
  seat,
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D1',
  ...extra,
});
const rossi = member('rossi', 'Mario Rossi', 'M', 'RESP_HR', {
  inquadramento: 'D3',
  headOfService: 'Gestione Risorse Umane',
  expertise: 'Ordinamento degli enti locali',
});
const bianchi = member('bianchi', 'Andrea Bianchi', 'M', 'RESP_SERVIZIO_INTERESSATO', {
  headOfService: 'Servizi finanziari',
  expertise: 'Contabilità pubblica',
});
const expert = (id: string, name: string, gender: 'F' | 'M') =>
  member(id, name, gender, 'ESPERTO_PA', {
    employer: 'ALTRA_PA',
    employerName: 'Comune di Baveno',
    area: 'Amministrativa',
    expertise: 'Contabilità degli enti locali (curriculum vitae)',
    selectedOnCv: true,
    designatedBy: 'RESP_HR',
  });
const neri = member('neri', 'Giulia Neri', 'F', 'SEGRETARIO', {
  inquadramento: 'C',
  designatedBy: 'SEGRETARIO_GENERALE',
});

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'concorso-full-')), { args: ['--no-cron'] });
  await at('2026-03-02T08:00:00.000Z');
});

afterAll(async () => {
  await rt?.stop();
});

test('a concorso per titoli ed esami from the bando to the graduatoria, the winners handed to contract formation', async () => {
  const id = (await call('/api/v1/procedures', { body: bando('stresa', { competitionType: 'PER_TITOLI_ED_ESAMI' }) }))
    .json.id as string;
  let p = (await call(`/api/v1/procedures/${id}`)).json;
  const act = async (name: string, body: Record<string, unknown>, user = HR) => {
    const r = await call(`/api/v1/procedures/${id}/actions/${name}`, {
      user,
      body: { expectedVersion: p.version, ...body },
    });
    if (r.status === 200) p = (await call(`/api/v1/procedures/${id}`)).json;
    return r;
  };
  const unchanged = async () => expect((await call(`/api/v1/procedures/${id}`)).json.version).toBe(p.version);
  expect((await act('publish-guri', { guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' })).status).toBe(
    200,
  );
  // The publication register: the bando is due; the graduatoria cannot be published before it exists.
  const url = 'https://www.comune.stresa.vb.it/amministrazione-trasparente/bandi-di-concorso/istruttore-2026';
  expect((await act('record-publication', { dutyId: 'GRADUATORIA', publishedOn: '2026-03-02', url })).status).toBe(409);
  expect((await act('record-publication', { dutyId: 'BANDO', publishedOn: '2026-03-01', url })).status).toBe(422);
  expect((await act('record-publication', { dutyId: 'BANDO', publishedOn: '2026-03-02', url })).status).toBe(200);

  // ------------------------------------------------------------------------------------ applications
  const people = [
    candidate(701, { pec: 'candidato701@pec.example.org' }),
    candidate(702),
    candidate(703),
    candidate(704, { birthDate: '1985-01-01' }),
    candidate(705, { birthDate: '1992-06-01' }),
    candidate(706),
    candidate(707, { pec: 'candidato707@pec.example.org' }),
    candidate(708),
    candidate(710),
    candidate(711),
    candidate(712),
  ];
  const apps: { id: string; protocolNumber: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, { body: c })).json);
  const [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11] = apps.map((a) => a.id);
  await at('2026-04-02T08:00:00.000Z');
  await sweepNow();
  const late = await call(`/api/v1/procedures/${id}/paper-applications`, {
    body: { ...candidate(709), channel: 'RACCOMANDATA_AR', sentDate: '2026-04-02', receivedDate: '2026-04-02' },
  });
  expect(late.status).toBe(422);
  await at('2026-04-10T07:00:00.000Z');
  await sweepNow();
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.phase).toBe('ADMISSION_OPEN');

  // ---------------------------------------------------------------------------------- board, admission
  const appointment = {
    appointedBy: 'GIUNTA',
    act: { number: 'D.G.C. n. 45', date: '2026-04-10' },
    postArea: 'Amministrativa',
    respHrId: 'rossi',
    hiringServiceHeadId: 'bianchi',
  };
  const noWoman = await act('appoint-board', {
    ...appointment,
    members: [rossi, bianchi, expert('verdi', 'Paolo Verdi', 'M'), neri],
  });
  expect(noWoman.status).toBe(422);
  expect(JSON.stringify(noWoman.json.errors)).toContain('art. 119 c. 5');
  await unchanged();
  expect(
    (
      await act('appoint-board', {
        ...appointment,
        members: [rossi, bianchi, expert('verdi', 'Paola Verdi', 'F'), neri],
      })
    ).status,
  ).toBe(200);
  const declare = (memberId: string, kind: string, extra: Record<string, unknown> = {}) =>
    act('board-declaration', { memberId, kind, date: '2026-04-10', outcome: 'INSUSSISTENZA', ...extra });
  for (const m of ['rossi', 'bianchi', 'verdi', 'neri']) expect((await declare(m, 'CONDANNE_PENALI')).status).toBe(200);
  for (const m of ['rossi', 'bianchi', 'verdi']) expect((await declare(m, 'INCOMPATIBILITA')).status).toBe(200);

  // One application has a formal defect: the request by raccomandata, its return card, regularised in time.
  expect(
    (
      await act('request-regularisation', {
        applicationId: a9,
        what: 'Domanda non firmata in calce.',
        actDate: '2026-04-10',
      })
    ).status,
  ).toBe(200);
  await at('2026-04-14T07:00:00.000Z');
  expect(
    (
      await act('record-delivery', {
        communicationId: p.data.regularisations[a9].communication.id,
        deliveredOn: '2026-04-11',
        evidence: { kind: 'CARTOLINA_AR', reference: 'AR 45000' },
      })
    ).status,
  ).toBe(200);
  expect((await act('record-regularised', { applicationId: a9, receivedOn: '2026-04-13' })).status).toBe(200);

  expect(
    (
      await act('determine-admission', {
        act: { number: 'DET-130', date: '2026-04-14' },
        diffusionMinutes: { number: 'VERB-4', date: '2026-04-10' },
        excluded: [
          { applicationId: a7, reason: 'Titolo di studio non conforme al bando.' },
          { applicationId: a8, reason: 'Domanda priva di sottoscrizione.' },
        ],
      })
    ).status,
  ).toBe(200);
  await at('2026-04-14T07:05:00.000Z');
  await sweepNow();
  await sweepNow();
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.admission.admitted).toBe(9);
  const [byPec, byPost] = p.data.admission.excluded;
  expect(byPec.communication).toMatchObject({ channel: 'PEC', status: 'CONSEGNATA' });
  await at('2026-04-17T08:00:00.000Z');
  expect((await act('record-exclusions-posted', { postedOn: '2026-04-15', reference: 'Distinta n. 45' })).status).toBe(
    200,
  );
  expect(
    (
      await act('record-delivery', {
        communicationId: byPost.communication.id,
        deliveredOn: '2026-04-16',
        evidence: { kind: 'CARTOLINA_AR', reference: 'AR 45001' },
      })
    ).status,
  ).toBe(200);

  // A conflict with an admitted candidate bars the expert: the calendar is refused until she is replaced.
  const declareOn = (memberId: string, extra: Record<string, unknown> = {}) =>
    declare(memberId, 'CONFLITTO_CANDIDATI', { date: '2026-04-17', ...extra });
  for (const m of ['rossi', 'bianchi', 'neri']) expect((await declareOn(m)).status).toBe(200);
  expect((await declareOn('verdi', { outcome: 'SUSSISTENZA', conflictApplicationIds: [a2] })).status).toBe(200);
  await at('2026-04-20T08:00:00.000Z');
  const calendar = {
    minutes: { number: 'Verbale n. 1', date: '2026-04-20' },
    publishedOn: '2026-04-20',
    exams: [
      { kind: 'WRITTEN', date: '2026-05-14', time: '09:30', place: 'Palazzo dei Congressi, Stresa' },
      { kind: 'ORAL', date: '2026-06-04', time: '09:00', place: 'Sala consiliare, Stresa' },
    ],
  };
  expect((await act('set-exam-calendar', calendar)).status).toBe(409);
  await unchanged();
  expect(
    (
      await act('replace-board-member', {
        memberId: 'verdi',
        replacement: expert('gatti', 'Laura Gatti', 'F'),
        reason: {
          cause: 'CONFLITTO_INTERESSI',
          text: 'Parente di un candidato ammesso.',
          date: '2026-04-20',
          act: 'D.G.C. n. 60',
        },
      })
    ).status,
  ).toBe(200);
  for (const kind of ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'CONFLITTO_CANDIDATI']) {
    expect(
      (await act('board-declaration', { memberId: 'gatti', kind, date: '2026-04-20', outcome: 'INSUSSISTENZA' }))
        .status,
    ).toBe(200);
  }
  // 2 June is Festa della Repubblica: refused; then the calendar as planned.
  const holiday = await act('set-exam-calendar', {
    ...calendar,
    exams: [calendar.exams[0], { ...calendar.exams[1], date: '2026-06-02' }],
  });
  expect(holiday.status).toBe(422);
  expect((await act('set-exam-calendar', calendar)).status).toBe(200);

  // ------------------------------------------------------------------------------------- titles
  // The same titles for everyone (none scored), so the oral decides; locked and published before the names.
  for (const applicationId of [a1, a2, a3, a4, a5, a6, a9, a10, a11]) {
    expect((await act('evaluate-titles', { applicationId, scheme: 'DIPLOMA_REQUIRED', declared: {} })).status).toBe(
      200,
    );
  }
  expect((await act('lock-titles', { publishedOn: '2026-04-20' })).status).toBe(200);

  // ---------------------------------------------------------------------------- written test, anonymous
  await at('2026-05-14T15:00:00.000Z');
  expect(
    (
      await act('start-test', {
        kind: 'WRITTEN',
        heldOn: '2026-05-14',
        sat: [a1, a2, a3, a4, a5, a9, a10, a11],
        commissioners: ['rossi', 'bianchi', 'gatti'],
      })
    ).status,
  ).toBe(200);
  const codes: string[] = p.data.tests[0].codes;
  for (const commissionerId of ['rossi', 'bianchi', 'gatti']) {
    const r = await act('record-marks', {
      testId: 'WRITTEN',
      commissionerId,
      marks: codes.map((code) => ({ code, points: 7.5 })),
    });
    expect(r.status).toBe(200);
  }
  expect((await act('deanonymise', { testId: 'WRITTEN' })).status).toBe(200);
  expect(p.data.oralAdmission.admitted.map((x: { applicationId: string }) => x.applicationId).sort()).toEqual(
    [a1, a2, a3, a4, a5, a9, a10, a11].sort(),
  );
  expect(p.data.oralAdmission.notAdmitted).toEqual([
    expect.objectContaining({ applicationId: a6, outcome: 'WITHDRAWN' }),
  ]);

  // ------------------------------------------------------------------------------------------- oral
  await at('2026-06-04T15:00:00.000Z');
  const oral = await act('record-oral-session', {
    date: '2026-06-04',
    results: [
      { applicationId: a1, points: 27 },
      { applicationId: a2, points: 25 },
      { applicationId: a3, points: 25 },
      { applicationId: a4, points: 24 },
      { applicationId: a5, points: 24 },
      { applicationId: a9, points: 23 },
      { applicationId: a10, points: 22 },
      { applicationId: a11, points: 21.5 },
    ],
  });
  expect(oral.status).toBe(200);
  // T15: 15 days from the day after the oral, for each who passed.
  expect(p.data.oralSessions[0].results.every((r: { documentsDue: string }) => r.documentsDue === '2026-06-19')).toBe(
    true,
  );
  await at('2026-06-04T15:05:00.000Z');
  await sweepNow();
  const notices = (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.subject.startsWith('Prova orale superata'));
  expect(notices.flatMap((m) => m.destination.to).sort()).toEqual(
    [...people.slice(0, 5), ...people.slice(8)].map((c) => c.email).sort(),
  );

  await at('2026-06-10T08:00:00.000Z');
  const approval = {
    act: { number: 'DET-300', date: '2026-06-10' },
    post: { service: 'Servizi finanziari', workplace: 'Municipio di Stresa' },
  };
  const early = await act('approve-graduatoria', approval, HEAD);
  expect(early.status).toBe(409);
  expect(early.json.detail).toContain('2026');
  expect(
    (await act('record-preference-documents', { applicationId: a3, receivedOn: '2026-06-10', preferenceTitles: [7] }))
      .status,
  ).toBe(200);
  // A document after its term is refused, on its date.
  await at('2026-06-22T08:00:00.000Z');
  const tooLate = await act('record-preference-documents', {
    applicationId: a4,
    receivedOn: '2026-06-22',
    dependentChildren: 2,
  });
  expect(tooLate.status).toBe(422);
  expect(tooLate.json.errors[0].field).toBe('receivedOn');
  await sweepNow();
  p = (await call(`/api/v1/procedures/${id}`)).json;

  // ---------------------------------------------------------------------------------------- ranking
  const approvalNow = { ...approval, act: { number: 'DET-310', date: '2026-06-22' } };
  expect((await act('approve-graduatoria', approvalNow)).status).toBe(403);
  expect((await act('approve-graduatoria', approvalNow, HEAD)).status).toBe(200);
  expect(p.phase).toBe('GRADUATORIA_APPROVED');
  const g = p.data.graduatoria;
  expect(g.winners.map((e: { applicationId: string }) => e.applicationId)).toEqual([a1, a3]);
  expect(g).toMatchObject({ idonei: 8, notIdonei: 1, validUntil: '2029-06-22' });
  // The board's fees for the record (art. 121): a line per member, the total their sum.
  expect(g.fees.lines.map((l: { memberId: string }) => l.memberId).sort()).toEqual([
    'bianchi',
    'gatti',
    'neri',
    'rossi',
  ]);
  expect(g.fees.total).toBeCloseTo(
    g.fees.lines.reduce((s: number, l: { fee: number }) => s + l.fee, 0),
    2,
  );
  expect(g.fees.reason).toContain('art. 121');
  // The Giunta's optional ratification (art. 102; D3 C3): not before the approval, once, changing no term.
  const ratify = (date: string) => act('ratify-graduatoria', { deliberation: { number: 'DG 77/2026', date } });
  const beforeApproval = await ratify('2026-06-21');
  expect(beforeApproval.status).toBe(422);
  expect(beforeApproval.json.errors[0].field).toBe('deliberation.date');
  expect((await ratify('2026-06-22')).status).toBe(200);
  expect((await ratify('2026-06-22')).status).toBe(409);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.graduatoria.ratification).toMatchObject({ number: 'DG 77/2026', date: '2026-06-22' });
  expect(p.data.graduatoria.validUntil).toBe('2029-06-22');
  expect(p.deadlines.filter((d: { termId: string }) => d.termId === 'concorso.rankingValidity')).toHaveLength(1);
  // Every duty of the concorso is now due; published ones stay online five years from 1 January next.
  expect((await act('record-publication', { dutyId: 'GRADUATORIA', publishedOn: '2026-06-22', url })).status).toBe(200);
  const register = (await call(`/api/v1/procedures/${id}/publications`)).json.items as {
    id: string;
    status: string;
    keepUntil?: string;
  }[];
  expect(register.map((r) => [r.id, r.status])).toEqual([
    ['BANDO', 'PUBBLICATA'],
    ['DIARIO_PROVE', 'DA_PUBBLICARE'],
    ['TRACCE_SCRITTE', 'DA_PUBBLICARE'],
    ['ESITO_TITOLI', 'DA_PUBBLICARE'],
    ['AMMESSI_ORALE', 'DA_PUBBLICARE'],
    ['ESITI_ORALE', 'DA_PUBBLICARE'],
    ['GRADUATORIA', 'PUBBLICATA'],
  ]);
  expect(register.find((r) => r.id === 'BANDO')?.keepUntil).toBe('2032-01-01');
  expect(register.find((r) => r.id === 'GRADUATORIA')?.keepUntil).toBe('2032-01-01');
  // Every position explained, each sentence with its citation.
  const explained = (await call(`/api/v1/procedures/${id}/ranking`)).json.ranking;
  // The ties explained: a preference title (a3 over a2), then younger age (a5 over a4).
  const tieBreak = (i: number) => explained.entries[i].tieBreak.map((t: { text: string }) => t.text).join(' ');
  expect(tieBreak(1)).toContain('titolo di preferenza n. 7');
  expect(tieBreak(3)).toContain('minore età');
  // Only what was documented counts, and nothing undeclared is reported as "declared but not documented".
  expect(explained.entries[1].explanation.join(' ')).not.toContain('non documentat');
  expect(explained.entries.map((e: { candidateId: string }) => e.candidateId)).toEqual([
    a1,
    a3,
    a2,
    a5,
    a4,
    a9,
    a10,
    a11,
  ]);
  for (const e of explained.entries) {
    expect(e.explanation.length).toBeGreaterThan(0);
    for (const line of e.explanation) expect(line).toMatch(/ — .+/);
  }
  expect(
    explained.entries[1].explanation.some((l: string) => l.includes('titolo di preferenza n. 7') && /L\d{3,4}/.test(l)),
  ).toBe(true);
  expect(explained.excluded.map((x: { candidateId: string }) => x.candidateId)).toEqual([a6]);

  // The published PDF: the same positions, names and explanations, for HR and on the public page alike.
  const pdf = await fetchPdf(`${rt.urls.web}/api/v1/procedures/${id}/graduatoria.pdf`, devUserHeaders(HR));
  expect(pdf.status).toBe(200);
  expect(pdf.type).toBe('application/pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const published = await fetchPdf(`${rt.urls.web}/api/v1/public/concorsi/${id}/graduatoria.pdf`);
  expect(published.bytes.equals(pdf.bytes)).toBe(true);
  if (process.env.UPDATE_DOCS) writeFileSync(join(__dirname, '../../docs/graduatoria.pdf'), pdf.bytes);
  const text = pdfText(pdf.bytes);
  expect(text).toContain('Graduatoria di merito');
  expect(text).toContain('atto n. DET-310 del 22 giugno 2026');
  expect(text).toContain('delibera n. DG 77/2026');
  expect(text).toContain('fino al 22 giugno 2029');
  // Every idoneo by name, in the ranking's order; the one not idoneo is not listed.
  const positions = explained.entries.map((e: { name: string }) => text.indexOf(e.name));
  expect(positions.every((at: number) => at > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).not.toContain(`${people[5].firstName} ${people[5].lastName}`);
  expect(text).toContain('titolo di preferenza n. 7');
  expect(text).toContain('minore età');
  expect(text).toContain(`Impronta della graduatoria registrata (SHA-256): ${g.rankingDigest.slice(0, 16)}`);
  // Not before the approval exists; not for an unknown concorso.
  expect((await fetchPdf(`${rt.urls.web}/api/v1/public/concorsi/stresa.nonexistent1/graduatoria.pdf`)).status).toBe(
    404,
  );

  // ------------------------------------------------------------------------ the candidates' own view
  const own = (i: number, taxCode = people[i].taxCode) =>
    api(`/api/v1/public/concorsi/${id}/status`, {
      baseUrl: rt.urls.web,
      body: { protocolNumber: apps[i].protocolNumber, taxCode },
    });
  expect((await own(0, people[1].taxCode)).status).toBe(404);
  const winner = (await own(0)).json;
  expect(winner.steps.map((s: { title: string }) => s.title)).toEqual([
    'Domanda ricevuta',
    'Ammissione al concorso',
    'Ammissione alla prova orale',
    'Prova orale',
    'Graduatoria',
  ]);
  expect(winner.steps.at(-1).detail).toContain('Posizione 1');
  expect(winner.convocations.map((c: { date: string }) => c.date)).toEqual(['2026-05-14', '2026-06-04']);
  const excludedView = (await own(6)).json;
  expect(excludedView.steps[1]).toMatchObject({ title: 'Esclusione dal concorso', state: 'NEGATIVE' });
  expect(excludedView.steps[1].detail).toContain('Titolo di studio non conforme');
  expect(excludedView.communications).toEqual([
    expect.objectContaining({ channel: 'PEC', status: 'CONSEGNATA', deliveredOn: '2026-04-14' }),
  ]);
  expect(excludedView.convocations).toEqual([]);
  const regularised = (await own(8)).json;
  expect(regularised.steps[1]).toMatchObject({ title: 'Regolarizzazione della domanda', state: 'DONE' });
  expect(regularised.communications[0]).toMatchObject({ channel: 'RACCOMANDATA_AR', status: 'CONSEGNATA' });
  // Only their own data: no other candidate's name anywhere.
  for (const other of people.slice(1)) expect(JSON.stringify(winner)).not.toContain(other.firstName);

  // ----------------------------------------------------------------------------- contract formation
  const handed = (await call(`/api/v1/graduatorie/${g.graduatoriaId}`)).json;
  expect(handed.entries.map((e: { name: string }) => e.name)).toEqual(
    [0, 2, 1, 4, 3, 8, 9, 10].map((i) => `${people[i].firstName} ${people[i].lastName}`),
  );
  expect(handed.sourceProcedureId).toBe(id);
  const appointWinner = async (position: number) => {
    const r = await call('/api/v1/contracts', {
      body: {
        entityId: 'stresa',
        source: { kind: 'GRADUATORIA', graduatoriaId: g.graduatoriaId, position },
        appointment: { number: `NOM-${position}`, date: '2026-06-22' },
        channel: 'RACCOMANDATA_AR',
      },
    });
    expect(r.status).toBe(201);
    return r.json.id as string;
  };
  const first = await appointWinner(1);
  await appointWinner(2);
  const c = (await call(`/api/v1/contracts/${first}`)).json;
  const renounced = await call(`/api/v1/contracts/${first}/acts/renounce`, {
    body: { expectedVersion: c.version, legalDate: '2026-06-22', statement: 'Rinuncio al posto per altro impiego.' },
  });
  expect(renounced.status).toBe(200);
  const after = (await call(`/api/v1/contracts/${first}`)).json;
  expect(after.data.scorrimento).toMatchObject({ position: 3, name: `${people[1].firstName} ${people[1].lastName}` });

  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  expect(audit.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining(['ORAL_SESSION_PUBLISHED', 'PREFERENCE_DOCUMENTS_RECORDED', 'GRADUATORIA_APPROVED']),
  );
  expect(audit.verification.ok).toBe(true);
});
