/**
 * The concorso's acts on the detail page, in Chromium against the shared local runtime: HR amends a
 * published bando (art. 82 c.2) adding an exam subject, and finds the amendment in the bando section and
 * "Bando modificato" in the audit; the reopening of the terms (art. 87 c.1) is not offered while the
 * applications are open.
 * It does not move the clock: "today" is the runtime's simulated date (so the reopening itself, which
 * needs the window closed, is not exercised here).
 */
import { romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, signIn, web } from '../support/browser';
import { bando } from '../support/fixtures';
import { api, getClock } from '../support/local';

const HR = 'hr.stresa';
const NEW_SUBJECT = 'diritto del lavoro pubblico (e2e)';

const { context, step } = browserSuite('e2e-concorso-acts');

test('HR amends a published bando from the detail page; the reopening is not offered while PUBLISHED', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const today = romeDateOf(new Date((await getClock()).now));
  const title = `Concorso per la prova della modifica del bando (e2e ${Date.now().toString(36)})`;

  const created = await api('/api/v1/procedures', {
    user: HR,
    body: bando('stresa', { title, indizione: { number: 'DET-E2E-ACTS', date: today } }),
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const published = await api(`/api/v1/procedures/${encodeURIComponent(id)}/actions/publish-guri`, {
    user: HR,
    body: { expectedVersion: 1, guriPublicationDate: today, guriReference: 'G.U. 4ª serie speciale n. 2' },
  });
  expect(published.status).toBe(200);

  await step(page, 'sign-in', () => signIn(page, HR));

  await step(page, 'open-detail', async () => {
    await page.goto(`${web()}/hr/?id=${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('details[data-act="amend-bando"]').count()).toBe(1);
    expect(await page.locator('details[data-act="reopen-terms"]').count()).toBe(0);
    expect(await page.getByText('Riapertura dei termini (art. 87 c.1)').count()).toBe(0);
  });

  await step(page, 'amend', async () => {
    const amend = page.locator('details[data-act="amend-bando"]');
    await amend.locator('summary').click();
    // Nothing filled in: the API's messages sit next to the fields and in the summary.
    await amend.getByRole('button', { name: 'Registra la modifica' }).click();
    await amend
      .locator('.error-summary')
      .getByText(/Il modulo contiene/)
      .waitFor();
    expect(await amend.getByLabel("Numero dell'atto di modifica").getAttribute('aria-invalid')).toBe('true');
    await amend.getByLabel("Numero dell'atto di modifica").fill('DET-E2E-MOD-1');
    await amend.getByLabel("Data dell'atto di modifica").fill(today);
    await amend.getByLabel('Sintesi della modifica').fill('Aggiunta una materia della prova orale (e2e)');
    const subjects = amend.getByLabel("Materie d'esame (una per riga)");
    const current = await subjects.inputValue();
    expect(current).toContain('diritto amministrativo');
    await subjects.fill(`${current}\n${NEW_SUBJECT}`);
    await amend.getByRole('button', { name: 'Registra la modifica' }).click();
    await page.getByText('Modifica del bando registrata.').waitFor();
  });

  await step(page, 'check', async () => {
    const amendments = page.locator('ol.amendments');
    await amendments.waitFor();
    const text = (await amendments.textContent()) ?? '';
    expect(text).toContain('DET-E2E-MOD-1');
    expect(text).toContain('Aggiunta una materia della prova orale (e2e)');
    expect(text).toContain("materie d'esame");
    expect(await page.locator('#bando-title').locator('..').textContent()).toContain(NEW_SUBJECT);
    const audit = page.locator('ol.audit-timeline');
    expect(await audit.getByRole('heading', { name: /Bando modificato/ }).count()).toBe(1);
    // Still PUBLISHED: the amendment is offered again, the reopening still not.
    expect(await page.locator('details[data-act="amend-bando"]').count()).toBe(1);
    expect(await page.locator('details[data-act="reopen-terms"]').count()).toBe(0);
  });

  const after = await api(`/api/v1/procedures/${encodeURIComponent(id)}`, { user: HR });
  // Only the changed element was sent.
  expect(after.json.data.amendments).toHaveLength(1);
  expect(after.json.data.amendments[0].changedFields).toEqual(['writtenOralSubjects']);

  await step(page, 'revoke', async () => {
    const revoke = page.locator('details[data-act="revoke-bando"]');
    await revoke.locator('summary').click();
    // The reasons are required: refused next to the field, nothing changes.
    await revoke.getByLabel("Numero dell'atto di revoca").fill('DET-E2E-REV-1');
    await revoke.getByRole('button', { name: 'Revoca il bando' }).click();
    await revoke
      .locator('.error-summary')
      .getByText(/Il modulo contiene/)
      .waitFor();
    await revoke.getByLabel('Ragioni di interesse pubblico').fill('Soppressione del posto (e2e).');
    await revoke.getByRole('button', { name: 'Revoca il bando' }).click();
    await page.getByText('Bando revocato. Le comunicazioni ai candidati sono in invio.').waitFor();
    await page.locator('#revocation-line').waitFor();
    expect(await page.locator('details[data-act="amend-bando"]').count()).toBe(0);
    expect(await page.locator('details[data-act="revoke-bando"]').count()).toBe(0);
  });
  const revoked = await api(`/api/v1/procedures/${encodeURIComponent(id)}`, { user: HR });
  expect(revoked.json.phase).toBe('REVOKED');

  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);
