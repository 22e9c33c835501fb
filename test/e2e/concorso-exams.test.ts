/**
 * The tests, the oral and the graduatoria in Chromium (artt. 93-101), on a concorso set up through the
 * API as in the integration test of a whole concorso, up to the exam calendar: HR opens the written test
 * with one admitted candidate unticked (absent, so withdrawn), enters the three commissioners' scoresheets
 * (a mark of 11 refused on its own row, the sheet saved only once corrected), is told why the names cannot
 * be matched while a sheet is missing, matches them and sees the list of those admitted to the oral;
 * records the oral session and one candidate's preference documents through the forms; once the documents
 * terms have run the HR head approves the graduatoria, shown in order with the winners, each position
 * explained (a tie resolved by a preference title, another by age) and the absentee out of it. It moves
 * the clock, so it runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { browserSuite, signIn } from '../support/browser';
import { bando, candidate } from '../support/fixtures';
import { api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

const HR = 'hr.stresa';
const HEAD = 'head.stresa';
let rt: RuntimeProcess;
const { context, step } = browserSuite('e2e-concorso-exams');

// The board of the integration test (art. 119 c.2, c.5): three components, one a woman, and a secretary.
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
const verdi = member('verdi', 'Paola Verdi', 'F', 'ESPERTO_PA', {
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

/** Opens an act's `details` unless it is open already (a click on an open one would close it). */
async function openAct(act: Locator) {
  if ((await act.getAttribute('open')) === null) await act.locator('summary').click();
}

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'exams-e2e-')), { args: ['--no-cron'] });
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
}, 120_000);

afterAll(async () => {
  await rt?.stop();
});

test('HR runs the written test, the oral and the preference documents from the detail page; the HR head approves the graduatoria', async () => {
  const call = (path: string, body?: unknown, user = HR) => api(path, { user, body, baseUrl: rt.urls.web });
  const at = (iso: string) => setClock(iso, rt.urls.web);
  const id = (await call('/api/v1/procedures', bando())).json.id as string;
  const get = async () => (await call(`/api/v1/procedures/${id}`)).json;
  const act = async (name: string, body: Record<string, unknown>) => {
    const r = await call(`/api/v1/procedures/${id}/actions/${name}`, {
      expectedVersion: (await get()).version,
      ...body,
    });
    expect(r.status).toBe(200);
  };

  // ------------------------------------------------------------- set-up through the API, up to the calendar
  await act('publish-guri', { guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' });
  const people = [
    candidate(701, { pec: 'candidato701@pec.example.org' }),
    candidate(702),
    candidate(703),
    candidate(704, { birthDate: '1985-01-01' }),
    candidate(705, { birthDate: '1992-06-01' }),
    candidate(706),
    candidate(707, { pec: 'candidato707@pec.example.org' }),
    candidate(708),
  ];
  const apps: { id: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, c)).json);
  const [a1, a2, a3, a4, a5, a6, a7, a8] = apps.map((a) => a.id);
  const name = (i: number) => `${people[i].firstName} ${people[i].lastName}`;
  await at('2026-04-10T07:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  expect((await get()).phase).toBe('ADMISSION_OPEN');
  await act('appoint-board', {
    appointedBy: 'GIUNTA',
    act: { number: 'D.G.C. n. 45', date: '2026-04-10' },
    postArea: 'Amministrativa',
    respHrId: 'rossi',
    hiringServiceHeadId: 'bianchi',
    members: [rossi, bianchi, verdi, neri],
  });
  const declare = (memberId: string, kind: string) =>
    act('board-declaration', { memberId, kind, date: '2026-04-10', outcome: 'INSUSSISTENZA' });
  for (const m of ['rossi', 'bianchi', 'verdi', 'neri']) await declare(m, 'CONDANNE_PENALI');
  for (const m of ['rossi', 'bianchi', 'verdi']) await declare(m, 'INCOMPATIBILITA');
  await act('determine-admission', {
    act: { number: 'DET-130', date: '2026-04-10' },
    diffusionMinutes: { number: 'VERB-4', date: '2026-04-10' },
    excluded: [
      { applicationId: a7, reason: 'Titolo di studio non conforme al bando.' },
      { applicationId: a8, reason: 'Domanda priva di sottoscrizione.' },
    ],
  });
  for (const m of ['rossi', 'bianchi', 'verdi', 'neri']) await declare(m, 'CONFLITTO_CANDIDATI');
  await at('2026-04-20T08:00:00.000Z');
  await act('set-exam-calendar', {
    minutes: { number: 'Verbale n. 1', date: '2026-04-20' },
    publishedOn: '2026-04-20',
    exams: [
      { kind: 'WRITTEN', date: '2026-05-14', time: '09:30', place: 'Palazzo dei Congressi, Stresa' },
      { kind: 'ORAL', date: '2026-06-04', time: '09:00', place: 'Sala consiliare, Stresa' },
    ],
  });
  expect((await get()).phase).toBe('EXAMS_SCHEDULED');

  // ------------------------------------------------------------------------------------ in the browser
  await at('2026-05-14T15:00:00.000Z');
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'sign-in', () => signIn(page, HR, rt.urls.web));
  await page.goto(`${rt.urls.web}/hr/?id=${encodeURIComponent(id)}`);
  const section = page.locator('section[aria-labelledby="exams-title"]');
  await section.waitFor();
  const written = section.locator('[data-test="WRITTEN"]');

  await step(page, 'start-test', async () => {
    const start = written.locator('details[data-act="start-test"]');
    // The test is on its day: the act to do is open, with the calendar's date.
    expect(await start.getAttribute('open')).not.toBeNull();
    expect(await start.getByLabel('Data di svolgimento').inputValue()).toBe('2026-05-14');
    const sat = start.getByRole('group', { name: /Candidati che hanno consegnato/ });
    // The six admitted, all ticked; the two excluded are not offered.
    expect(await sat.getByRole('checkbox').count()).toBe(6);
    expect(await sat.locator('input:checked').count()).toBe(6);
    expect(await sat.textContent()).not.toContain('Candidato707');
    // By its label, as a user does: on a ticked box bootstrap-italia's tick is drawn over the input.
    await sat.locator('label', { hasText: 'Candidato706' }).click();
    expect(await sat.getByLabel(/Candidato706/).isChecked()).toBe(false);
    expect(await sat.locator('input:checked').count()).toBe(5);
    // The three components are proposed; the secretary cannot mark.
    expect(await start.getByLabel('Commissario n. 1').inputValue()).toBe('rossi');
    expect(await start.getByLabel('Commissario n. 2').inputValue()).toBe('bianchi');
    expect(await start.getByLabel('Commissario n. 3').inputValue()).toBe('verdi');
    expect(await start.getByLabel('Commissario n. 1').textContent()).not.toContain('Giulia Neri');
    await start.getByRole('button', { name: 'Registra lo svolgimento della prova' }).click();
    await page.getByText('Prova scritta registrata: gli elaborati sono codificati in forma anonima.').waitFor();
    expect(await page.locator('#test-line-WRITTEN').textContent()).toContain('5 elaborati codificati');
    expect(await written.textContent()).toContain(`considerati rinunciatari (decisione D3 Q13): ${name(5)}`);
    expect(await page.locator('#test-progress-WRITTEN').textContent()).toContain('0 su 5');
  });

  const codes: string[] = (await get()).data.tests[0].codes;
  expect(codes).toHaveLength(5);
  const marks = written.locator('details[data-act="record-marks"]');
  const mark = (code: string) => marks.getByLabel(`Punti per il codice ${code}`);
  const scoresheet = async (commissionerId: string, commissioner: string) => {
    await openAct(marks);
    await marks.getByLabel('Commissario che assegna i voti').selectOption(commissionerId);
    for (const code of codes) await mark(code).fill('7.5');
    await marks.getByRole('button', { name: 'Registra i voti' }).click();
    await page.getByText(`Voti di ${commissioner} registrati: 5 elaborati.`).waitFor();
  };

  await step(page, 'marks-refused', async () => {
    const before = await get();
    expect(await marks.getAttribute('open')).not.toBeNull();
    await marks.getByLabel('Commissario che assegna i voti').selectOption('rossi');
    for (const code of codes) await mark(code).fill('7.5');
    await mark(codes[1]).fill('11');
    await marks.getByRole('button', { name: 'Registra i voti' }).click();
    const errors = marks.locator('.error-summary');
    await errors.getByText('Il modulo contiene un errore').waitFor();
    expect(await errors.textContent()).toContain('nessuno dei voti del foglio è stato salvato');
    // The refusal lands on the 11, not on the other rows.
    expect(await mark(codes[1]).getAttribute('aria-invalid')).toBe('true');
    expect(await marks.locator(`tr[data-code="${codes[1]}"] .field-error`).textContent()).toContain(
      'Voto 11 non valido',
    );
    expect(await marks.locator('[aria-invalid="true"]').count()).toBe(1);
    expect((await get()).version).toBe(before.version);
    await mark(codes[1]).fill('7.5');
    await marks.getByRole('button', { name: 'Registra i voti' }).click();
    await page.getByText('Voti di Mario Rossi registrati: 5 elaborati.').waitFor();
  });

  await step(page, 'match-refused', async () => {
    await scoresheet('bianchi', 'Andrea Bianchi');
    // Two sheets of three: no paper has all its marks yet.
    expect(await page.locator('#test-progress-WRITTEN').textContent()).toContain('0 su 5');
    const match = written.locator('details[data-act="deanonymise"]');
    await openAct(match);
    await match.getByRole('button', { name: 'Abbina i nomi agli elaborati' }).click();
    const errors = match.locator('.error-summary');
    await errors.getByText('Abbinamento dei nomi non ancora possibile').waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('5 elaborati ancora da valutare da tutti i commissari');
    expect(text).toContain(codes[0]);
    expect((await get()).data.tests[0].deanonymisedAt).toBeUndefined();
  });

  await step(page, 'match', async () => {
    await scoresheet('verdi', 'Paola Verdi');
    expect(await page.locator('#test-progress-WRITTEN').textContent()).toContain('5 su 5');
    const match = written.locator('details[data-act="deanonymise"]');
    // Every paper marked: the matching is the act to do, open.
    expect(await match.getAttribute('open')).not.toBeNull();
    await match.getByRole('button', { name: 'Abbina i nomi agli elaborati' }).click();
    await page.getByText('Nomi abbinati agli elaborati della prova scritta.').waitFor();
    expect(await page.locator('#test-outcomes-WRITTEN').textContent()).toContain(
      'superata da 5, non superata da 0, rinunciatari 0',
    );
    expect(await written.locator('details[data-act="record-marks"]').count()).toBe(0);
    const admitted = page.locator('#oral-admitted tbody tr');
    expect(await admitted.count()).toBe(5);
    expect(await page.locator(`#oral-admitted tr[data-application="${a1}"]`).textContent()).toContain('22,5/30');
    const absent = page.locator(`#oral-not-admitted tr[data-application="${a6}"]`);
    expect(await absent.textContent()).toContain('Rinunciatario');
    expect(await absent.textContent()).toContain('Assente alla prova');
  });

  await step(page, 'oral', async () => {
    await at('2026-06-04T15:00:00.000Z');
    await page.reload();
    await section.waitFor();
    const oral = section.locator('details[data-act="record-oral-session"]');
    expect(await oral.getAttribute('open')).not.toBeNull();
    expect(await oral.getByLabel('Data della seduta').inputValue()).toBe('2026-06-04');
    expect(await oral.locator('#oral-session-rows tbody tr').count()).toBe(5);
    const oralPoints: [number, string][] = [
      [0, '27'],
      [1, '25'],
      [2, '25'],
      [3, '24'],
      [4, '24'],
    ];
    for (const [i, points] of oralPoints) await oral.getByLabel(`Punti di ${name(i)}`).fill(points);
    await oral.getByRole('button', { name: 'Registra e pubblica la seduta' }).click();
    await page.getByText('Seduta della prova orale registrata e pubblicata.').waitFor();
    const session = section.locator('table[data-session="ORALE-1"]');
    expect(await session.locator('tbody tr').count()).toBe(5);
    const first = (await session.locator(`tr[data-application="${a1}"]`).textContent()) ?? '';
    expect(first).toContain('Superata');
    expect(first).toContain('27/30');
    // T15: 15 days from the day after the oral.
    expect(first).toContain('Entro il 19 giugno 2026');
    expect(await section.locator('details[data-act="record-oral-session"]').count()).toBe(0);
  });

  await step(page, 'documents', async () => {
    await at('2026-06-10T08:00:00.000Z');
    await page.reload();
    await section.waitFor();
    // The approval would be refused while the terms run, and is the HR head's.
    expect(await page.locator('#approval-refusal').textContent()).toContain(
      'termine per i documenti ancora aperto per i candidati della seduta del 4 giugno 2026 (fino al 19 giugno 2026)',
    );
    expect(await page.locator('#approval-reserved').textContent()).toBe(
      'Riservato al Responsabile del Servizio Risorse Umane.',
    );
    const docs = section.locator('details[data-act="record-preference-documents"]');
    await openAct(docs);
    await docs.getByLabel('Candidato').selectOption(a3);
    expect(await docs.getByLabel('Documenti pervenuti il').inputValue()).toBe('2026-06-10');
    const titles = docs.getByRole('group', { name: /Titoli di preferenza documentati/ });
    // Title 18 is the dependent children, counted apart.
    expect(await titles.getByRole('checkbox').count()).toBe(19);
    await titles.getByLabel(/^n\. 7 — gli orfani dei caduti per servizio/).check();
    await docs.getByRole('button', { name: 'Registra i documenti' }).click();
    await page.getByText(`Documenti di ${name(2)} registrati.`).waitFor();
    const recorded = (await page.locator(`#preference-documents tr[data-application="${a3}"]`).textContent()) ?? '';
    expect(recorded).toContain('10 giugno 2026');
    expect(recorded).toContain('n. 7');
    const options = await section
      .locator('details[data-act="record-preference-documents"]')
      .getByLabel('Candidato')
      .locator('option')
      .allTextContents();
    expect(options).toHaveLength(4);
    expect(options.join(' ')).not.toContain(name(2));
  });
  expect((await get()).data.preferences[a3]).toMatchObject({ receivedOn: '2026-06-10', preferenceTitles: [7] });

  // The documents terms run out (19 June): the sweep closes them.
  await at('2026-06-22T08:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await page.close();

  const head = await context().newPage();
  head.on('pageerror', (error) => pageErrors.push(error.message));
  await step(head, 'head-sign-in', () => signIn(head, HEAD, rt.urls.web));
  await head.goto(`${rt.urls.web}/hr/?id=${encodeURIComponent(id)}`);
  const headSection = head.locator('section[aria-labelledby="exams-title"]');
  await headSection.waitFor();

  await step(head, 'approve', async () => {
    expect(await head.locator('#approval-refusal').count()).toBe(0);
    const approve = headSection.locator('details[data-act="approve-graduatoria"]');
    expect(await approve.getAttribute('open')).not.toBeNull();
    await approve.getByLabel("Numero dell'atto di approvazione").fill('DET-310');
    expect(await approve.getByLabel("Data dell'atto di approvazione").inputValue()).toBe('2026-06-22');
    await approve.getByLabel('Servizio di assegnazione').fill('Servizi finanziari');
    await approve.getByLabel('Sede di lavoro').fill('Municipio di Stresa');
    await approve.getByRole('button', { name: 'Approva la graduatoria' }).click();
    await head.getByText('Graduatoria approvata e trasmessa alla formazione dei contratti.').waitFor();
    expect(await head.locator('[data-phase]').getAttribute('data-phase')).toBe('GRADUATORIA_APPROVED');
    expect(await head.locator('#graduatoria-line').textContent()).toContain(
      'Approvata con atto n. DET-310 del 22 giugno 2026; valida fino al 22 giugno 2029. 5 idonei, di cui 2 vincitori; 1 non in graduatoria.',
    );
    // What is left to do: only the Giunta's optional ratification (art. 102; D3 C3).
    expect(
      await headSection.locator('details[data-act]').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-act'))),
    ).toEqual(['ratify-graduatoria']);
  });

  await step(head, 'ratify', async () => {
    const ratify = headSection.locator('details[data-act="ratify-graduatoria"]');
    await ratify.getByText('Ratifica della Giunta (facoltativa, art. 102)').click();
    await ratify.getByLabel('Numero della delibera di Giunta').fill('DG 77/2026');
    await ratify.getByLabel('Data della delibera').fill('2026-06-21');
    await ratify.getByRole('button', { name: 'Registra la ratifica' }).click();
    // Before the approval: refused next to the field, nothing recorded.
    await ratify
      .getByText(/non può precedere l'approvazione/)
      .first()
      .waitFor();
    await ratify.getByLabel('Data della delibera').fill('2026-06-22');
    await ratify.getByRole('button', { name: 'Registra la ratifica' }).click();
    await head.getByText('Ratifica della Giunta registrata.').waitFor();
    expect(await head.locator('#ratification-line').textContent()).toBe(
      "Ratificata dalla Giunta con delibera n. DG 77/2026 del 22 giugno 2026 (art. 102); efficace dall'approvazione.",
    );
    expect(await headSection.locator('details[data-act]').count()).toBe(0);
  });

  await step(head, 'graduatoria', async () => {
    const rows = head.locator('#graduatoria tbody tr');
    await rows.first().waitFor();
    // In order of merit: a3 over a2 by a preference title, a5 over a4 by younger age.
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual([0, 2, 1, 4, 3].map(name));
    expect(await rows.locator('th').allTextContents()).toEqual(['1', '2', '3', '4', '5']);
    expect(await rows.nth(0).locator('td:nth-child(3)').textContent()).toBe('49,5');
    expect(await rows.nth(1).locator('td:nth-child(3)').textContent()).toBe('47,5');
    expect(await rows.nth(2).locator('td:nth-child(3)').textContent()).toBe('47,5');
    const winners = await rows.locator('.badge').allTextContents();
    expect(winners).toEqual(['Vincitore', 'Vincitore']);
    expect(await rows.nth(0).locator('.badge').count()).toBe(1);
    expect(await rows.nth(1).locator('.badge').count()).toBe(1);
    expect(await rows.nth(2).textContent()).toContain('Idoneo');
    // The tie explained, with its citation, behind "Perché in questa posizione".
    const why = rows.nth(1).locator('details');
    await why.getByText('Perché in questa posizione').click();
    const tie = why.locator('li', { hasText: 'A parità di punteggio precede' });
    await tie.waitFor();
    expect(await tie.textContent()).toContain(`${name(1)} (${a2})`);
    expect(await tie.textContent()).toContain('titolo di preferenza n. 7');
    expect(await tie.textContent()).toMatch(/ — .*L\d{3,4}/);
    const age = rows.nth(3).locator('details');
    await age.getByText('Perché in questa posizione').click();
    expect(await age.textContent()).toContain('minore età');
    const out = head.locator(`#non-idonei tr[data-application="${a6}"]`);
    expect(await out.textContent()).toContain(name(5));
    expect(await out.textContent()).toContain('Rinunciatario');
    expect(await head.getByRole('link', { name: 'Nomine dalla graduatoria' }).getAttribute('href')).toBe(
      '/hr/contracts.html',
    );
    // The PDF to publish, linked from the page, served as a PDF.
    const href = await head.locator('#graduatoria-pdf').getAttribute('href');
    const pdf = await head.request.get(`${rt.urls.web}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  const p = await get();
  expect(p.phase).toBe('GRADUATORIA_APPROVED');
  expect(p.data.graduatoria.winners.map((e: { applicationId: string }) => e.applicationId)).toEqual([a1, a3]);
  expect(p.data.graduatoria).toMatchObject({ idonei: 5, notIdonei: 1 });
  const ranking = (await call(`/api/v1/procedures/${id}/ranking`)).json.ranking;
  expect(ranking.entries.map((e: { candidateId: string }) => e.candidateId)).toEqual([a1, a3, a2, a5, a4]);
  expect(p.data.tests[0].absent).toEqual([{ applicationId: a6, name: name(5) }]);
  expect(pageErrors).toEqual([]);
  await head.close();
}, 240_000);
