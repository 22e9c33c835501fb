/**
 * The console's term tools end to end, in Chromium against the shared local runtime (LOCAL_WEB_URL,
 * started by the integration project's global setup): HR signs in, computes the application term of a
 * concorso with the calculator (due date, trace, citation), checks an exam date whose notice is too
 * short, suspends the application term of a published concorso from its detail page and finds it
 * labelled "Sospeso" in the agenda.
 * It does not move the clock: "today" is the runtime's simulated date.
 */
import { romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, signIn, web } from '../support/browser';
import { bando } from '../support/fixtures';
import { api, getClock } from '../support/local';

const HR = 'hr.stresa';
const TERM = 'concorso.applicationDeadline';

const { context, step } = browserSuite('e2e-terms');

test('the term calculator computes a term with its trace; the exam-date check refuses a short notice', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step(page, 'sign-in', () => signIn(page, HR));

  await step(page, 'open-calculator', async () => {
    const nav = page.getByRole('navigation', { name: 'Sezioni della console' });
    await nav.getByRole('link', { name: 'Calcolatore dei termini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calcolatore dei termini' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Calcolatore dei termini' }).getAttribute('aria-current')).toBe('page');
  });

  await step(page, 'compute', async () => {
    await page.getByLabel('Termine da calcolare').selectOption(TERM);
    // The anchor date's label follows the rule (GURI_PUBLICATION).
    await page.getByLabel('Data di pubblicazione in Gazzetta Ufficiale').fill('2025-03-04');
    await page.getByRole('button', { name: 'Calcola la scadenza' }).click();
    const result = page.locator('#term-result');
    await result.getByRole('heading', { name: 'Risultato del calcolo' }).waitFor();
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('#term-due').textContent()).toMatch(/3 aprile 2025, ore 23:59/);
    const resultText = (await result.textContent()) ?? '';
    expect(resultText).toContain('Perentorio');
    expect(resultText).toContain('art. 85');
    // The trace: an ordered list whose first step is the anchor day (4 March 2025, not counted).
    const steps = result.locator('ol.trace > li');
    expect(await steps.count()).toBeGreaterThan(1);
    expect(await steps.first().textContent()).toContain('4 marzo 2025');
  });

  await step(page, 'exam-date', async () => {
    const expected = await api('/api/v1/terms/exam-date-check', {
      user: HR,
      body: { entityId: 'stresa', examDate: '2025-06-10', noticeDate: '2025-05-25' },
    });
    const notice = (expected.json.reasons as { code: string; message: string }[]).find((r) => /notice/i.test(r.code));
    expect(notice).toBeDefined();

    await page.getByLabel("Data della prova d'esame").fill('2025-06-10');
    await page.getByLabel('Data della comunicazione ai candidati').fill('2025-05-25');
    await page.getByRole('button', { name: 'Verifica la data' }).click();
    const verdict = page.locator('#exam-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toBe('Data non ammessa');
    const reason = page.locator(`#exam-result li[data-code="${notice!.code}"]`);
    expect((await reason.textContent())?.trim()).toBe(notice!.message);
    expect(await page.locator('#exam-result').textContent()).toContain('Ultimo giorno utile per la comunicazione');
  });

  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);

test('HR suspends a running term from the detail page and finds it suspended in the agenda', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const today = romeDateOf(new Date((await getClock()).now));
  const title = `Concorso per la prova delle operazioni sui termini (e2e ${Date.now().toString(36)})`;

  const created = await api('/api/v1/procedures', {
    user: HR,
    body: bando('stresa', { title, indizione: { number: 'DET-E2E-1', date: today } }),
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const published = await api(`/api/v1/procedures/${encodeURIComponent(id)}/actions/publish-guri`, {
    user: HR,
    body: { expectedVersion: 1, guriPublicationDate: today, guriReference: 'G.U. 4ª serie speciale n. 1' },
  });
  expect(published.status).toBe(200);

  await step(page, 'sign-in-2', () => signIn(page, HR));

  await step(page, 'suspend', async () => {
    await page.goto(`${web()}/hr/?id=${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ops = page.locator(`details.term-ops[data-deadline="${TERM}"]`);
    await ops.locator('summary').click();
    const operation = ops.getByRole('combobox', { name: 'Operazione', exact: true });
    // A running term offers proroga, sospensione, interruzione; the days field only for a proroga.
    expect(await operation.locator('option').allTextContents()).toEqual(['Proroga', 'Sospensione', 'Interruzione']);
    await operation.selectOption('suspend');
    expect(await ops.getByLabel('Giorni di proroga').isVisible()).toBe(false);

    // No legal basis: the API's message sits next to the field and in the summary.
    await ops.getByRole('button', { name: 'Registra l’operazione' }).click();
    const summary = ops.locator('.error-summary');
    await summary.getByText('Il modulo contiene un errore').waitFor();
    expect(await ops.getByLabel('Fondamento giuridico').getAttribute('aria-invalid')).toBe('true');

    await ops.getByLabel('Fondamento giuridico').fill('Ordinanza TAR Piemonte n. 12/2026 (e2e)');
    await ops.getByRole('button', { name: 'Registra l’operazione' }).click();
    await page
      .getByText(/sospeso dal/)
      .first()
      .waitFor();

    const terms = page.getByRole('table', { name: /Termini del procedimento/ });
    const row = terms.getByRole('row').filter({ hasText: 'Termine per la presentazione delle domande' });
    expect(await row.textContent()).toContain('Sospeso dal');
    // Reloaded: a suspended term offers ripresa and interruzione, and shows the operation recorded.
    const after = page.locator(`details.term-ops[data-deadline="${TERM}"]`);
    await after.locator('summary').click();
    expect(
      await after.getByRole('combobox', { name: 'Operazione', exact: true }).locator('option').allTextContents(),
    ).toEqual(['Ripresa', 'Interruzione']);
    const history = (await after.locator('ol.clock-ops').textContent()) ?? '';
    expect(history).toContain('Sospensione');
    expect(history).toContain('Ordinanza TAR Piemonte n. 12/2026 (e2e)');
  });

  await step(page, 'agenda', async () => {
    await page
      .getByRole('navigation', { name: 'Sezioni della console' })
      .getByRole('link', { name: 'Agenda dei termini' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Agenda dei termini/ }).waitFor();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: title }) })
      .filter({ hasText: 'Termine per la presentazione delle domande' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Sospeso');
  });

  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);
