/**
 * The examination board and the exam calendar on the real local runtime (recruitment.md §12; art. 91):
 * a board refused for the gender third (art. 119 c.5), then appointed; its declarations; a conflict with
 * an admitted candidate declared, so the calendar is refused until the member is replaced; a calendar
 * refused for a forbidden day and for short notice, then accepted, and every admitted candidate convoked.
 * Moves the clock, so it runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import {
  type ApiOptions,
  api,
  mails,
  type RuntimeProcess,
  setClock,
  startRuntimeProcess,
  sweep,
} from '../support/local';

let rt: RuntimeProcess;
const call = (path: string, options: ApiOptions = {}) =>
  api(path, { user: 'hr.stresa', ...options, baseUrl: rt.urls.web });
const at = (iso: string) => setClock(iso, rt.urls.web);
const get = async (id: string) => (await call(`/api/v1/procedures/${id}`)).json;

const rossi = {
  id: 'rossi',
  name: 'Mario Rossi',
  gender: 'M',
  seat: 'RESP_HR',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D3',
  headOfService: 'Gestione Risorse Umane',
  expertise: 'Ordinamento degli enti locali, rapporto di lavoro pubblico',
};
const bianchi = {
  id: 'bianchi',
  name: 'Andrea Bianchi',
  gender: 'M',
  seat: 'RESP_SERVIZIO_INTERESSATO',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D1',
  headOfService: 'Servizi finanziari',
  expertise: 'Contabilità pubblica, tributi',
};
const verdi = {
  id: 'verdi',
  name: 'Paola Verdi',
  gender: 'F',
  seat: 'ESPERTO_PA',
  employer: 'ALTRA_PA',
  employerName: 'Comune di Baveno',
  permanent: true,
  inquadramento: 'D1',
  area: 'Amministrativa',
  expertise: 'Contabilità degli enti locali (curriculum vitae)',
  selectedOnCv: true,
  designatedBy: 'RESP_HR',
};
const neri = {
  id: 'neri',
  name: 'Giulia Neri',
  gender: 'F',
  seat: 'SEGRETARIO',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'C',
  designatedBy: 'SEGRETARIO_GENERALE',
};
// Laura Gatti gives her own marks, signed in as comm.stresa.
const gatti = { ...verdi, id: 'gatti', name: 'Laura Gatti', employerName: 'Comune di Arona', userId: 'comm.stresa' };

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'board-')), { args: ['--no-cron'] });
  await at('2026-03-02T08:00:00.000Z');
});

afterAll(async () => {
  await rt?.stop();
});

test('board: gender third and conflicts guard the calendar; forbidden day and short notice refused; the admitted convoked', async () => {
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' },
  });
  const people = [candidate(601), candidate(602), candidate(603), candidate(604)];
  const apps: { id: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, { body: c })).json);
  await at('2026-04-10T07:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  let p = await get(id);
  expect(p.phase).toBe('ADMISSION_OPEN');
  const act = async (name: string, body: Record<string, unknown>) => {
    const r = await call(`/api/v1/procedures/${id}/actions/${name}`, { body: { expectedVersion: p.version, ...body } });
    if (r.status === 200) p = await get(id);
    return r;
  };

  // No woman among the three components: refused under art. 119 c.5, on the board as a whole.
  const appointment = {
    appointedBy: 'GIUNTA',
    act: { number: 'D.G.C. n. 45', date: '2026-04-10' },
    postArea: 'Amministrativa',
    respHrId: 'rossi',
    hiringServiceHeadId: 'bianchi',
  };
  const allMen = await act('appoint-board', {
    ...appointment,
    members: [rossi, bianchi, { ...verdi, gender: 'M', name: 'Paolo Verdi' }, neri],
  });
  expect(allMen.status).toBe(422);
  expect(JSON.stringify(allMen.json.errors)).toContain('art. 119');
  expect(allMen.json.errors.some((e: { message: string }) => /donne|terzo/i.test(e.message))).toBe(true);
  expect((await get(id)).version).toBe(p.version);

  const appointed = await act('appoint-board', { ...appointment, members: [rossi, bianchi, verdi, neri] });
  expect(appointed.json.errors ?? []).toEqual([]);
  expect(appointed.status).toBe(200);
  expect(p.data.board.standing.mayAct).toBe(false);
  // The declarations at appointment: 35-bis from everyone, art. 119 c.4 from the components.
  for (const m of [rossi, bianchi, verdi, neri]) {
    const r = await act('board-declaration', {
      memberId: m.id,
      kind: 'CONDANNE_PENALI',
      date: '2026-04-10',
      outcome: 'INSUSSISTENZA',
    });
    expect(r.status).toBe(200);
  }
  for (const m of [rossi, bianchi, verdi]) {
    await act('board-declaration', {
      memberId: m.id,
      kind: 'INCOMPATIBILITA',
      date: '2026-04-10',
      outcome: 'INSUSSISTENZA',
    });
  }
  // The conflict declaration waits for the admitted list.
  const early = await act('board-declaration', {
    memberId: 'rossi',
    kind: 'CONFLITTO_CANDIDATI',
    date: '2026-04-10',
    outcome: 'INSUSSISTENZA',
  });
  expect(early.status).toBe(409);

  expect(
    (
      await act('determine-admission', {
        act: { number: 'DET-130', date: '2026-04-10' },
        diffusionMinutes: { number: 'VERB-4', date: '2026-04-10' },
        excluded: [{ applicationId: apps[3].id, reason: 'Requisito di studio non posseduto.' }],
      })
    ).status,
  ).toBe(200);
  expect(p.data.board.standing.missing.map((m: { kind: string }) => m.kind)).toContain('CONFLITTO_CANDIDATI');
  for (const m of [rossi, bianchi, neri]) {
    await act('board-declaration', {
      memberId: m.id,
      kind: 'CONFLITTO_CANDIDATI',
      date: '2026-04-10',
      outcome: 'INSUSSISTENZA',
    });
  }
  // An excluded candidate is not one the conflict declaration can name.
  expect(
    (
      await act('board-declaration', {
        memberId: 'verdi',
        kind: 'CONFLITTO_CANDIDATI',
        date: '2026-04-10',
        outcome: 'SUSSISTENZA',
        conflictApplicationIds: [apps[3].id],
      })
    ).status,
  ).toBe(422);
  const conflict = await act('board-declaration', {
    memberId: 'verdi',
    kind: 'CONFLITTO_CANDIDATI',
    date: '2026-04-10',
    outcome: 'SUSSISTENZA',
    conflictApplicationIds: [apps[0].id],
  });
  expect(conflict.status).toBe(200);
  expect(p.data.board.standing.barred).toEqual([
    expect.objectContaining({ memberId: 'verdi', kind: 'CONFLITTO_CANDIDATI' }),
  ]);

  // A valid calendar is refused while a member is in conflict: the board may not act.
  await at('2026-04-20T08:00:00.000Z');
  const calendar = {
    minutes: { number: 'Verbale n. 1', date: '2026-04-20' },
    publishedOn: '2026-04-20',
    exams: [
      { kind: 'WRITTEN', date: '2026-05-14', time: '09:30', place: 'Palazzo dei Congressi, Stresa' },
      { kind: 'ORAL', date: '2026-06-04', time: '09:00', place: 'Sala consiliare, Stresa' },
    ],
  };
  const barred = await act('set-exam-calendar', calendar);
  expect(barred.status).toBe(409);
  expect(barred.json.detail).toContain('Paola Verdi');
  expect((await get(id)).version).toBe(p.version);

  // The member is replaced; the newcomer owes every declaration before the board goes on.
  const replaced = await act('replace-board-member', {
    memberId: 'verdi',
    replacement: gatti,
    reason: {
      cause: 'CONFLITTO_INTERESSI',
      text: 'Parente entro il secondo grado di un candidato ammesso.',
      date: '2026-04-20',
      act: 'D.G.C. n. 60',
    },
  });
  expect(replaced.status).toBe(200);
  expect(p.data.board.board.members.map((m: { id: string }) => m.id)).toEqual(['rossi', 'bianchi', 'gatti', 'neri']);
  expect(p.data.board.standing.mayAct).toBe(false);
  for (const kind of ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'CONFLITTO_CANDIDATI']) {
    expect(
      (await act('board-declaration', { memberId: 'gatti', kind, date: '2026-04-20', outcome: 'INSUSSISTENZA' }))
        .status,
    ).toBe(200);
  }
  expect(p.data.board.standing).toMatchObject({ mayAct: true, obstacles: [] });

  // 2 June 2026 is Festa della Repubblica: refused on that test's date, with the rule.
  const holiday = await act('set-exam-calendar', {
    ...calendar,
    exams: [calendar.exams[0], { ...calendar.exams[1], date: '2026-06-02' }],
  });
  expect(holiday.status).toBe(422);
  expect(holiday.json.errors.map((e: { field: string }) => e.field)).toContain('exams.1.date');
  // A written test 15 days after the publication: the 20 days' notice (T11) is not respected.
  const short = await act('set-exam-calendar', {
    ...calendar,
    exams: [{ ...calendar.exams[0], date: '2026-05-05' }, calendar.exams[1]],
  });
  expect(short.status).toBe(422);
  expect(short.json.errors.map((e: { field: string }) => e.field)).toContain('publishedOn');
  expect((await get(id)).version).toBe(p.version);

  const set = await act('set-exam-calendar', calendar);
  expect(set.status).toBe(200);
  expect(p.phase).toBe('EXAMS_SCHEDULED');
  expect(p.data.examCalendar.exams.map((e: { kind: string; date: string }) => [e.kind, e.date])).toEqual([
    ['WRITTEN', '2026-05-14'],
    ['ORAL', '2026-06-04'],
  ]);
  expect(p.data.examCalendar.convoked).toBe(3);

  // The convocations leave with the next sweep: the three admitted, not the excluded one.
  await at('2026-04-20T08:05:00.000Z');
  await sweep(undefined, rt.urls.web);
  const convocations = (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.subject.startsWith('Convocazione'));
  expect(convocations.flatMap((m) => m.destination.to).sort()).toEqual(
    [people[0], people[1], people[2]].map((c) => c.email).sort(),
  );
  expect(convocations[0].body.text).toContain('14 maggio 2026');
  expect(convocations[0].body.text).toContain('Palazzo dei Congressi, Stresa');

  // ---------------------------------------------------------------- the written test, marked anonymously
  // Not before its day; then opened with the two who handed in a paper: the third withdrew (D3 Q13).
  const opening = {
    kind: 'WRITTEN',
    heldOn: '2026-05-14',
    sat: [apps[0].id, apps[1].id],
    commissioners: ['rossi', 'bianchi', 'gatti'],
  };
  expect((await act('start-test', opening)).status).toBe(422);
  await at('2026-05-14T15:00:00.000Z');
  // An excluded candidate cannot sit it; the secretary does not mark.
  expect((await act('start-test', { ...opening, sat: [apps[0].id, apps[3].id] })).status).toBe(422);
  expect((await act('start-test', { ...opening, commissioners: ['rossi', 'bianchi', 'neri'] })).status).toBe(422);
  expect((await act('start-test', opening)).status).toBe(200);
  const [written] = p.data.tests;
  expect(written).toMatchObject({ testId: 'WRITTEN', progress: { marked: 0, toMark: 2 } });
  expect(written.absent).toEqual([expect.objectContaining({ applicationId: apps[2].id })]);
  expect(written.codes).toHaveLength(2);
  // What the board sees names no one who sat the test.
  expect(JSON.stringify(p.data.tests)).not.toContain(apps[0].id);
  expect(JSON.stringify(p.data.tests)).not.toContain(apps[1].id);
  const [first, second] = written.codes as string[];

  // Names before every paper is marked: refused, and nothing changes.
  const tooSoon = await act('deanonymise', { testId: 'WRITTEN' });
  expect(tooSoon.status).toBe(409);
  expect(tooSoon.json.detail).toContain('ancora da valutare');
  expect((await get(id)).version).toBe(p.version);
  const marks = (commissionerId: string, a: number, b: number) =>
    act('record-marks', {
      testId: 'WRITTEN',
      commissionerId,
      marks: [
        { code: first, points: a },
        { code: second, points: b },
      ],
    });
  // A mark out of range refuses the whole sheet, on its row; so does someone who does not mark this test.
  const outOfRange = await marks('rossi', 7, 11);
  expect(outOfRange.status).toBe(422);
  expect(outOfRange.json.errors).toEqual([expect.objectContaining({ field: 'marks.1.points' })]);
  expect((await marks('neri', 7, 6)).status).toBe(422);
  expect(p.data.tests[0].progress.marked).toBe(0);
  expect((await marks('rossi', 7, 6.5)).status).toBe(200);
  expect((await marks('rossi', 7, 6.5)).status).toBe(422);
  expect((await marks('bianchi', 8, 6)).status).toBe(200);
  // A commissioner signed in: only the concorsi of their board, only their own marks.
  const other = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  const asCommissioner = (path: string, body?: Record<string, unknown>) =>
    call(path, { user: 'comm.stresa', ...(body ? { body } : {}) });
  const visible = (await asCommissioner('/api/v1/procedures')).json.items.map((x: { id: string }) => x.id);
  expect(visible).toEqual([id]);
  expect((await asCommissioner(`/api/v1/procedures/${other}`)).status).toBe(404);
  expect((await asCommissioner('/api/v1/procedures', bando())).status).toBe(403);
  const sheet = (commissionerId: string, a: number, b: number, on = id, version = p.version) =>
    asCommissioner(`/api/v1/procedures/${on}/actions/record-marks`, {
      expectedVersion: version,
      testId: 'WRITTEN',
      commissionerId,
      marks: [
        { code: first, points: a },
        { code: second, points: b },
      ],
    });
  expect((await sheet('rossi', 7, 6)).status).toBe(403);
  const elsewhere = await sheet('gatti', 7, 6, other, 1);
  expect(elsewhere.status).toBe(403);
  expect(elsewhere.json.detail).toContain('Non è componente della commissione');
  expect((await get(id)).version).toBe(p.version);
  expect((await sheet('gatti', 7, 6)).status).toBe(200);
  p = await get(id);
  expect(p.data.tests[0].progress).toEqual({ marked: 2, toMark: 2 });

  // Every paper marked: the names are matched; 22/30 passes, 18.5/30 does not (art. 96 c.3).
  expect((await act('deanonymise', { testId: 'WRITTEN' })).status).toBe(200);
  expect(p.data.tests[0].outcomes).toEqual({ passed: 1, failed: 1, withdrawn: 0, excluded: 0 });
  const oral = p.data.oralAdmission;
  expect(oral.admitted).toHaveLength(1);
  expect(oral.admitted[0].written).toEqual([22]);
  expect([apps[0].id, apps[1].id]).toContain(oral.admitted[0].applicationId);
  expect(oral.notAdmitted.map((n: { outcome: string }) => n.outcome).sort()).toEqual(['FAILED_WRITTEN', 'WITHDRAWN']);
  expect(oral.notAdmitted.find((n: { outcome: string }) => n.outcome === 'WITHDRAWN').applicationId).toBe(apps[2].id);
  // Marks are final once the names are known.
  expect((await marks('rossi', 1, 1)).status).toBe(422);

  // Six months from the application deadline (1 April → 1 October) and not concluded: the officer is told
  // and the board owes a collegial, motivated report to the Sindaco (T10).
  expect(
    (
      await act('record-delay-report', {
        date: '2026-05-14',
        motivation: 'x',
        signedBy: ['rossi'],
        sentToSindacoOn: '2026-05-14',
      })
    ).status,
  ).toBe(409);
  await at('2026-10-02T08:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  p = await get(id);
  expect(p.data.delay).toEqual({ dueDate: '2026-10-01' });
  const delayMail = (await mails({ sesUrl: rt.urls.ses })).filter((m) =>
    m.subject.startsWith('Concorso oltre i sei mesi'),
  );
  expect(delayMail.map((m) => m.destination.to[0])).toEqual(['maria.rossi@comune.stresa.example']);
  const report = {
    date: '2026-10-02',
    motivation: 'Numero elevato di candidati alla prova orale e sostituzione di un componente.',
    sentToSindacoOn: '2026-10-02',
  };
  const notCollegial = await act('record-delay-report', { ...report, signedBy: ['rossi', 'bianchi'] });
  expect(notCollegial.status).toBe(422);
  expect(JSON.stringify(notCollegial.json.errors)).toContain('gatti');
  expect((await act('record-delay-report', { ...report, signedBy: ['rossi', 'bianchi', 'gatti'] })).status).toBe(200);
  expect(p.data.delay.report.signedBy).toEqual(['rossi', 'bianchi', 'gatti']);

  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  expect(audit.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining([
      'BOARD_APPOINTED',
      'BOARD_DECLARATION_RECORDED',
      'BOARD_MEMBER_REPLACED',
      'EXAM_CALENDAR_SET',
      'TEST_CODED',
      'MARKS_RECORDED',
      'PAPERS_DEANONYMISED',
      'ORAL_ADMISSION_LIST_PUBLISHED',
      'CONCLUSION_TERM_PASSED',
      'DELAY_REPORT_RECORDED',
    ]),
  );
  expect(audit.verification.ok).toBe(true);
});
