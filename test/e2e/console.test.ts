/**
 * The web console end to end, in Chromium against the shared local runtime (LOCAL_WEB_URL, started by
 * the integration project's global setup): HR signs in, creates a concorso through the form, records
 * the publication in the Gazzetta Ufficiale and sees the deadline with its legal basis; a candidate
 * applies online (first with a wrong tax code, which the form reports next to the field and in the
 * error summary); HR finds the domanda under its protocol number.
 * It does not move the clock: "today" is the runtime's simulated date.
 */
import type { Page } from 'playwright-core';
import { romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, signIn, web } from '../support/browser';
import { getClock } from '../support/local';

const { context, step } = browserSuite('e2e-console');

const settle = (page: Page) => page.waitForLoadState('networkidle');

test('HR creates and publishes a concorso, a candidate applies online, HR sees the domanda', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const today = romeDateOf(new Date((await getClock()).now));
  const title = `Concorso pubblico per 1 posto di Istruttore amministrativo contabile (e2e ${Date.now().toString(36)})`;

  await step(page, 'sign-in', async () => {
    await signIn(page, 'hr.stresa');
    expect(await page.locator('#session').textContent()).toContain('Maria Rossi');
  });

  await step(page, 'create', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Nuovo concorso' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo concorso' }).waitFor();
    // The demo defaults fill the rest of the bando (category C, Stresa, fee 10.33, minimum 21).
    await page.getByLabel('Oggetto del concorso').fill(title);
    expect(await page.getByLabel('Tassa di concorso (euro)').inputValue()).toBe('10.33');
    await page.getByLabel('Data della determinazione').fill(today);
    await page.getByRole('button', { name: 'Crea concorso' }).click();
    await page.waitForURL(/[?&]id=/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Bando approvato, da pubblicare').count()).toBeGreaterThan(0);
  });
  const procedureId = new URL(page.url()).searchParams.get('id');
  expect(procedureId).toMatch(/^stresa\./);

  await step(page, 'publish', async () => {
    await page.getByLabel('Data di pubblicazione in Gazzetta Ufficiale').fill(today);
    await page.getByLabel('Estremi della Gazzetta Ufficiale').fill('G.U. 4ª serie speciale «Concorsi ed esami» n. 92');
    await page.getByRole('button', { name: 'Registra pubblicazione' }).click();
    await page.getByText('Pubblicazione registrata.').waitFor();
    await settle(page);

    const terms = page.getByRole('table', { name: /Termini del procedimento/ });
    const row = terms.getByRole('row').filter({ hasText: 'Termine per la presentazione delle domande' });
    expect(await row.count()).toBe(1);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('art. 85');
    expect(rowText).toContain('ore 23:59');
    expect(rowText).toContain('In corso');
    // The <details> holds the quoted article and the computation trace.
    await row.getByText(/Fondamento: art\. 85/).click();
    await row.getByText(/trenta giorni dalla data di pubblicazione/).waitFor();
    expect(await row.textContent()).toContain('dies a quo');
    expect(await page.getByText(/Catena di audit verificata: 3 eventi/).count()).toBe(1);
  });

  await step(page, 'apply', async () => {
    await page.goto(`${web()}/concorsi/?id=${encodeURIComponent(procedureId!)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Domande aperte').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('art. 85');

    await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Mario');
    await page.getByRole('textbox', { name: 'Cognome', exact: true }).fill('Rossi');
    // The page also has "La mia domanda" with its own tax-code field: the application form is its own section.
    const applyForm = page.locator('section[aria-labelledby="apply-title"]');
    await applyForm.getByLabel('Codice fiscale').fill('RSSMRA85T10A562X'); // wrong check character
    await page.getByLabel('Cittadinanza').selectOption('IT');
    await page.getByLabel('Data di nascita').fill('1985-12-10');
    await page.getByLabel('Luogo di nascita').fill('Pisa (PI)');
    await page.getByLabel('Indirizzo e-mail').fill('mario.rossi@example.org');
    const residence = page.getByRole('group', { name: 'Residenza' });
    await residence.getByLabel('Indirizzo (via e numero civico)').fill('Corso Italia 1');
    await residence.getByLabel('CAP').fill('28838');
    await residence.getByRole('textbox', { name: 'Comune', exact: true }).fill('Stresa');
    await residence.getByLabel('Provincia (sigla)').fill('vb');
    await page.getByLabel('Comune di iscrizione nelle liste elettorali').fill('Stresa');
    await page.getByLabel('Denominazione del titolo di studio').fill('Diploma di ragioneria');
    await page.getByLabel('Istituto che lo ha rilasciato').fill('ITC Ferrini, Verbania');
    await page.getByLabel('Data di conseguimento').fill('2004-07-10');
    await page.getByRole('checkbox', { name: /destituito o dispensato/ }).check();
    await page.getByRole('checkbox', { name: /comunicare per iscritto/ }).check();
    await page.getByRole('checkbox', { name: /corrisponde al vero/ }).check();
    // The list of attachments (art. 84): the CV and what the bando prescribes, then a merit title.
    const attachments = applyForm.getByRole('group', { name: 'Allegati alla domanda' });
    await attachments.getByLabel('Curriculum professionale').selectOption('ORIGINALE');
    await attachments
      .getByLabel('Prescritto dal bando: Ricevuta del versamento della tassa di concorso')
      .selectOption('COPIA_AUTOCERTIFICATA');
    await attachments
      .getByLabel('Titoli di merito e altri documenti allegati (facoltativo)')
      .fill('Servizio presso il Comune di Baveno');
    await attachments.getByLabel('Forma dei titoli e documenti elencati').selectOption('AUTOCERTIFICAZIONE');
    await page.getByRole('button', { name: 'Presenta la domanda' }).click();
  });

  await step(page, 'bad-tax-code', async () => {
    const applyForm = page.locator('section[aria-labelledby="apply-title"]');
    const summary = applyForm.locator('.error-summary');
    await summary.getByText('Il modulo contiene un errore').waitFor();
    // The summary has the focus and links to the field, which shows the same message.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const link = summary.getByRole('link', { name: 'Codice fiscale non valido.' });
    const taxCode = applyForm.getByLabel('Codice fiscale');
    expect(await link.getAttribute('href')).toBe(`#${await taxCode.getAttribute('id')}`);
    expect(await taxCode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await taxCode.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy[0]}"]`).textContent()).toBe('Codice fiscale non valido.');
    await link.click();
    expect(await taxCode.evaluate((el) => el === document.activeElement)).toBe(true);

    await taxCode.fill('rssmra85t10a562s'); // typed in lower case: the field keeps capitals
    expect(await taxCode.inputValue()).toBe('RSSMRA85T10A562S');
    await page.getByRole('button', { name: 'Presenta la domanda' }).click();
  });

  const protocolNumber = await step(page, 'receipt', async () => {
    const result = page.locator('#result');
    await result.getByText('Domanda presentata').waitFor();
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
    const protocol = ((await result.locator('#protocol-number').textContent()) ?? '').trim();
    expect(protocol).toMatch(/^STRESA\/\d{4}\/\d{7}$/);
    expect(await page.getByRole('button', { name: 'Presenta la domanda' }).count()).toBe(0);
    return protocol;
  });

  await step(page, 'hr-applications', async () => {
    await page.goto(`${web()}/hr/?id=${encodeURIComponent(procedureId!)}`);
    const table = page.getByRole('table', { name: /Domande ricevute/ });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: protocolNumber });
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('RSSMRA85T10A562S');
    expect(text).toContain('Rossi Mario');
    expect(text).toContain('Online');
    // Three attached; the identity document the bando prescribes is missing, named with its article.
    const cell = row.locator('td[data-attachments]');
    expect(await cell.locator('span').first().textContent()).toBe('3 allegati');
    expect(await cell.locator('li').allTextContents()).toEqual([
      'manca il documento prescritto dal bando "Copia di un documento d\'identità in corso di validità" (art. 84 c.1 (L1430))',
    ]);
    expect(await cell.textContent()).toContain(
      'Da esibire su richiesta (art. 84 c.2): Servizio presso il Comune di Baveno',
    );
  });

  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);

test('HR creates a concorso under national law: refused without the mobility attempt, created with a documented exemption', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const today = romeDateOf(new Date((await getClock()).now));
  const title = `Concorso per 1 posto di Istruttore amministrativo contabile, regole nazionali (e2e ${Date.now().toString(36)})`;
  await signIn(page, 'hr.stresa');

  await step(page, 'national-refused', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Nuovo concorso' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo concorso' }).waitFor();
    // The rule sets a concorso may pin come from the API once the form is shown.
    await page.getByLabel('Regole applicate').selectOption('national@3');
    await page.getByLabel('Oggetto del concorso').fill(title);
    await page.getByLabel('Data della determinazione').fill(today);
    await page.getByRole('button', { name: 'Crea concorso' }).click();
    const summary = page.locator('#nc_summary');
    await summary.getByText(/occorre aver attivato la mobilità/).waitFor();
    expect(await summary.textContent()).toContain('art. 30 c. 2-bis (D.Lgs. 165/2001)');
  });

  await step(page, 'national-exempt', async () => {
    await page.getByLabel('Mobilità preventiva').selectOption('ESENZIONE');
    await page.getByLabel("Motivo dell'esenzione").fill('Facoltà di non esperire la mobilità (art. 3 c.8 L. 56/2019)');
    await page.getByLabel("Numero dell'atto di esenzione").fill('DG 4/2026');
    await page.getByLabel("Data dell'atto di esenzione").fill(today);
    await page.getByRole('button', { name: 'Crea concorso' }).click();
    await page.waitForURL(/[?&]id=/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const row = page.locator('dd').filter({ hasText: /^Esenzione: / });
    expect(await row.textContent()).toContain('atto n. DG 4/2026');
    expect(await page.getByText('national@3').count()).toBeGreaterThan(0);
  });
  expect(pageErrors).toEqual([]);
});
