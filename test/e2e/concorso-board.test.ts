/**
 * The examination board and the exam calendar in Chromium (art. 119, art. 91): HR appoints a board with
 * no woman among the components and an expert not chosen on the CV, sees the gender third in the error
 * summary and the expert's refusal on that person's row, fixes both and the board is appointed; the
 * declarations are recorded (all but one through the API), the page says why the calendar would be
 * refused until the last one is made through the form, and the board may act; a calendar with a test on
 * a public holiday is refused on that test's date, then fixed, and the phase shows the admitted convoked.
 * It moves the clock, so it runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { browserSuite, signIn } from '../support/browser';
import { bando, candidate } from '../support/fixtures';
import { api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

const HR = 'hr.stresa';
let rt: RuntimeProcess;
const { context, step } = browserSuite('e2e-concorso-board');

interface Member {
  id: string;
  name: string;
  gender: 'F' | 'M';
  seat: string;
  employer: string;
  employerName?: string;
  permanent?: boolean;
  inquadramento?: string;
  area?: string;
  headOfService?: string;
  expertise?: string;
  selectedOnCv?: boolean;
  designatedBy?: string;
}

// A valid board for a category C post (art. 119 c.2, c.7), as in the integration test.
const rossi: Member = {
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
const bianchi: Member = {
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
const verdi: Member = {
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
const neri: Member = {
  id: 'neri',
  name: 'Giulia Neri',
  gender: 'F',
  seat: 'SEGRETARIO',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'C',
  designatedBy: 'SEGRETARIO_GENERALE',
};

/** Fills one person's row of the appointment form, as a user does, by the fields' labels. */
async function fillMember(row: Locator, m: Member) {
  await row.getByLabel('Nome e cognome').fill(m.name);
  await row.getByLabel('Identificativo della persona').fill(m.id);
  await row.getByLabel('Genere').selectOption(m.gender);
  await row.getByLabel('Posto nella commissione').selectOption(m.seat);
  await row.getByLabel('Rapporto di lavoro').selectOption(m.employer);
  if (m.employerName) await row.getByLabel('Amministrazione o datore di lavoro').fill(m.employerName);
  if (m.inquadramento) await row.getByLabel('Inquadramento').selectOption(m.inquadramento);
  if (m.area) await row.getByLabel('Area di appartenenza').fill(m.area);
  if (m.headOfService) await row.getByLabel('Servizio di cui è Responsabile').fill(m.headOfService);
  if (m.expertise) await row.getByLabel('Competenza nelle materie del concorso').fill(m.expertise);
  if (m.designatedBy) await row.getByLabel('Designato da').selectOption(m.designatedBy);
  await row.getByLabel('Dipendente di ruolo').setChecked(m.permanent === true);
  if (m.seat === 'ESPERTO_PA') {
    await row.getByLabel('Selezionato in base al curriculum vitae').setChecked(m.selectedOnCv === true);
  }
}

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'board-e2e-')), { args: ['--no-cron'] });
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
}, 120_000);

afterAll(async () => {
  await rt?.stop();
});

test('HR appoints the board, records a declaration and fixes the exam calendar from the detail page', async () => {
  const call = (path: string, body?: unknown) => api(path, { user: HR, body, baseUrl: rt.urls.web });
  const id = (await call('/api/v1/procedures', bando())).json.id as string;
  const get = async () => (await call(`/api/v1/procedures/${id}`)).json;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    expectedVersion: 1,
    guriPublicationDate: '2026-03-02',
    guriReference: 'GU n. 17',
  });
  const people = [candidate(701), candidate(702), candidate(703), candidate(704)];
  const apps: { id: string; protocolNumber: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, c)).json);
  await setClock('2026-04-10T07:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  expect((await get()).phase).toBe('ADMISSION_OPEN');
  const admission = await call(`/api/v1/procedures/${id}/actions/determine-admission`, {
    expectedVersion: (await get()).version,
    act: { number: 'DET-130', date: '2026-04-10' },
    diffusionMinutes: { number: 'VERB-4', date: '2026-04-10' },
    excluded: [{ applicationId: apps[3].id, reason: 'Requisito di studio non posseduto.' }],
  });
  expect(admission.status).toBe(200);
  expect((await get()).phase).toBe('ADMISSION_DETERMINED');

  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'sign-in', () => signIn(page, HR, rt.urls.web));
  await page.goto(`${rt.urls.web}/hr/?id=${encodeURIComponent(id)}`);
  const section = page.locator('section[aria-labelledby="board-title"]');
  await section.waitFor();

  const appoint = section.locator('details[data-act="appoint-board"]');
  const row = (i: number) => appoint.locator(`fieldset[data-group="members.${i}"]`);
  await step(page, 'appointment-refused', async () => {
    expect(await section.locator('details[data-act="set-exam-calendar"]').count()).toBe(0);
    expect(await section.textContent()).toContain('nominarla prima');
    await appoint.locator('summary').click();
    // The seats of a category C board are proposed: president, hiring head, expert, secretary.
    expect(await appoint.locator('fieldset[data-group^="members."]').count()).toBe(4);
    expect(await appoint.getByLabel('Organo che nomina').inputValue()).toBe('GIUNTA');
    await appoint.getByLabel("Numero dell'atto di nomina").fill('D.G.C. n. 45');
    expect(await appoint.getByLabel("Data dell'atto di nomina").inputValue()).toBe('2026-04-10');
    await appoint.getByLabel('Area del posto').fill('Amministrativa');
    await appoint.getByLabel('Identificativo del Responsabile RU').fill('rossi');
    await appoint.getByLabel('Identificativo del Responsabile del Servizio interessato').fill('bianchi');
    await fillMember(row(0), rossi);
    await fillMember(row(1), bianchi);
    // No woman among the three components, and the expert not chosen on the curriculum.
    await fillMember(row(2), { ...verdi, name: 'Paolo Verdi', gender: 'M', selectedOnCv: false });
    await fillMember(row(3), neri);
    await appoint.getByRole('button', { name: 'Nomina la commissione' }).click();
    const errors = appoint.locator('.error-summary');
    await errors.getByText(/Il modulo contiene/).waitFor();
    expect(await errors.textContent()).toMatch(/Equilibrio di genere non rispettato: componenti donne 0 su 3/);
    expect(await errors.textContent()).toContain('art. 119');
    // The expert's refusal lands on that person's row, not on the others.
    const expertName = row(2).getByLabel('Nome e cognome');
    expect(await expertName.getAttribute('aria-invalid')).toBe('true');
    expect(await row(2).locator('.field-error').first().textContent()).toContain('curriculum vitae');
    expect(await row(0).locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await row(3).locator('[aria-invalid="true"]').count()).toBe(0);
    expect((await get()).data.board).toBeUndefined();
  });

  await step(page, 'appointed', async () => {
    await row(2).getByLabel('Nome e cognome').fill('Paola Verdi');
    await row(2).getByLabel('Genere').selectOption('F');
    await row(2).getByLabel('Selezionato in base al curriculum vitae').check();
    await appoint.getByRole('button', { name: 'Nomina la commissione' }).click();
    await page.getByText('Commissione esaminatrice nominata.').waitFor();
    expect(await page.locator('details[data-act="appoint-board"]').count()).toBe(0);
    expect(await page.locator('#board-line').textContent()).toContain('con atto D.G.C. n. 45 del 10 aprile 2026');
    const members = page.locator('#board-members tbody tr');
    expect(await members.count()).toBe(4);
    expect(await page.locator('#board-members tr[data-member="rossi"]').textContent()).toContain(
      'Presidente (Responsabile del Servizio Gestione Risorse Umane)',
    );
    expect(await page.locator('#board-members tr[data-member="verdi"]').textContent()).toContain('Paola Verdi');
    expect(await page.locator('#board-standing').textContent()).toContain('non può ancora operare');
  });

  // Every declaration but the secretary's about the candidates, through the API to save time.
  const declare = async (memberId: string, kind: string) => {
    const r = await call(`/api/v1/procedures/${id}/actions/board-declaration`, {
      expectedVersion: (await get()).version,
      memberId,
      kind,
      date: '2026-04-10',
      outcome: 'INSUSSISTENZA',
    });
    expect(r.status).toBe(200);
  };
  for (const m of [rossi, bianchi, verdi, neri]) await declare(m.id, 'CONDANNE_PENALI');
  for (const m of [rossi, bianchi, verdi]) await declare(m.id, 'INCOMPATIBILITA');
  for (const m of [rossi, bianchi, verdi]) await declare(m.id, 'CONFLITTO_CANDIDATI');

  await step(page, 'calendar-would-be-refused', async () => {
    await page.reload();
    await section.waitFor();
    const standing = (await page.locator('#board-standing').textContent()) ?? '';
    expect(standing).toContain('non può ancora operare');
    expect(standing).toContain('Giulia Neri');
    const neriRow = page.locator('#board-members tr[data-member="neri"]');
    expect(await neriRow.textContent()).toContain('Da rendere');
    expect(await neriRow.textContent()).toContain('Non dovuta'); // art. 119 c.4 binds the components only
    const refusal = (await page.locator('#calendar-refusal').textContent()) ?? '';
    expect(refusal).toContain('il diario sarà respinto: mancano le dichiarazioni di Giulia Neri');
    expect(refusal).toContain('Giulia Neri (Conflitto con i candidati)');
  });

  await step(page, 'declaration-form', async () => {
    const form = section.locator('details[data-act="board-declaration"]');
    await form.locator('summary').click();
    await form.getByLabel('Chi dichiara').selectOption('neri');
    await form.getByLabel('Tipo di dichiarazione').selectOption('CONFLITTO_CANDIDATI');
    // A conflict names admitted candidates only: the excluded one is not offered.
    await form.getByLabel('Esito').selectOption('SUSSISTENZA');
    const candidates = form.getByRole('group', { name: /Candidati con cui sussiste/ });
    await candidates.waitFor();
    expect(await candidates.getByRole('checkbox').count()).toBe(3);
    expect(await candidates.textContent()).not.toContain(apps[3].protocolNumber);
    await form.getByLabel('Esito').selectOption('INSUSSISTENZA');
    expect(await form.getByRole('group', { name: /Candidati con cui sussiste/ }).count()).toBe(0);
    await form.getByRole('button', { name: 'Registra la dichiarazione' }).click();
    await page.getByText('Dichiarazione di Giulia Neri registrata.').waitFor();
    expect(await page.locator('#board-standing').textContent()).toContain('La commissione può operare');
    expect(await page.locator('#calendar-refusal').count()).toBe(0);
  });

  await step(page, 'calendar', async () => {
    const calendar = section.locator('details[data-act="set-exam-calendar"]');
    expect(await calendar.getAttribute('open')).not.toBeNull();
    const exam = (i: number) => calendar.locator(`fieldset[data-group="exams.${i}"]`);
    await calendar.getByLabel('Numero del verbale della commissione').fill('1/2026');
    expect(await calendar.getByLabel('Data di pubblicazione del diario').inputValue()).toBe('2026-04-10');
    expect(await exam(0).getByLabel('Tipo di prova').inputValue()).toBe('WRITTEN');
    await exam(0).getByLabel('Data della prova').fill('2026-05-14');
    await exam(0).getByLabel('Ora di inizio').fill('09:30');
    await exam(0).getByLabel('Luogo della prova').fill('Palazzo dei Congressi, Stresa');
    expect(await exam(1).getByLabel('Tipo di prova').inputValue()).toBe('ORAL');
    // 2 June is the Festa della Repubblica: refused on that test's date.
    await exam(1).getByLabel('Data della prova').fill('2026-06-02');
    await exam(1).getByLabel('Ora di inizio').fill('09:00');
    await exam(1).getByLabel('Luogo della prova').fill('Sala consiliare, Stresa');
    await calendar.getByRole('button', { name: 'Fissa il diario delle prove' }).click();
    await calendar
      .locator('.error-summary')
      .getByText(/Il modulo contiene/)
      .waitFor();
    expect(await exam(1).getByLabel('Data della prova').getAttribute('aria-invalid')).toBe('true');
    expect(await exam(0).getByLabel('Data della prova').getAttribute('aria-invalid')).toBeNull();
    await exam(1).getByLabel('Data della prova').fill('2026-06-04');
    await calendar.getByRole('button', { name: 'Fissa il diario delle prove' }).click();
    await page.getByText('Diario delle prove fissato.').waitFor();
    // The phase moved on, as the API names it (its label belongs to the procedure, not to this page).
    const phase = page.locator('[data-phase]');
    expect(await phase.getAttribute('data-phase')).toBe('EXAMS_SCHEDULED');
    expect(await phase.textContent()).toBe((await get()).phaseLabel);
    const line = (await page.locator('#calendar-line').textContent()) ?? '';
    expect(line).toContain('verbale n. 1/2026 del 10 aprile 2026');
    expect(line).toContain('3 ammessi convocati');
    const rows = page.locator('#exam-calendar tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('14 maggio 2026');
    expect(await rows.nth(0).textContent()).toContain('Palazzo dei Congressi, Stresa');
    expect(await rows.nth(1).textContent()).toContain('4 giugno 2026');
    expect(await page.locator('details[data-act="set-exam-calendar"]').count()).toBe(0);
  });

  const p = await get();
  expect(p.phase).toBe('EXAMS_SCHEDULED');
  expect(p.data.board.board.members.map((m: { id: string; gender: string }) => [m.id, m.gender])).toEqual([
    ['rossi', 'M'],
    ['bianchi', 'M'],
    ['verdi', 'F'],
    ['neri', 'F'],
  ]);
  expect(p.data.board.board.declarations).toHaveLength(11);
  expect(p.data.examCalendar).toMatchObject({
    minutes: { number: '1/2026', date: '2026-04-10' },
    publishedOn: '2026-04-10',
    convoked: 3,
  });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 180_000);
