/**
 * A candidate reads where their own application stands on the public concorso page (item 10), in
 * Chromium against the shared local runtime: a wrong tax code is refused with one message (nothing to
 * learn by guessing); the right pair shows the steps of their application. The clock is not moved.
 */
import { romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, web } from '../support/browser';
import { bando, candidate } from '../support/fixtures';
import { api, getClock } from '../support/local';

const HR = 'hr.stresa';
const { context, step } = browserSuite('e2e-candidate-status');

test('a candidate checks their application with protocol number and tax code', async () => {
  const today = romeDateOf(new Date((await getClock()).now));
  const title = `Concorso per la verifica della domanda (e2e ${Date.now().toString(36)})`;
  const id = (
    await api('/api/v1/procedures', {
      user: HR,
      body: bando('stresa', { title, indizione: { number: 'DET-E2E-ST', date: today } }),
    })
  ).json.id as string;
  await api(`/api/v1/procedures/${encodeURIComponent(id)}/actions/publish-guri`, {
    user: HR,
    body: { expectedVersion: 1, guriPublicationDate: today, guriReference: 'G.U. 4ª serie speciale n. 3' },
  });
  const me = candidate(5000 + (Date.now() % 900));
  const other = candidate(6000 + (Date.now() % 900));
  const receipt = await api(`/api/v1/public/concorsi/${encodeURIComponent(id)}/applications`, { body: me });
  expect(receipt.status).toBe(201);

  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'open', async () => {
    await page.goto(`${web()}/concorsi/?id=${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 2, name: 'La mia domanda' }).waitFor();
  });
  const section = page.locator('section[aria-labelledby="own-title"]');
  await step(page, 'wrong-tax-code', async () => {
    await section.getByLabel('Numero di protocollo').fill(receipt.json.protocolNumber);
    await section.getByLabel('Codice fiscale').fill(other.taxCode);
    await section.getByRole('button', { name: 'Verifica' }).click();
    await section.getByText('Nessuna domanda con questo numero di protocollo e questo codice fiscale.').waitFor();
  });
  await step(page, 'own-status', async () => {
    await section.getByLabel('Codice fiscale').fill(me.taxCode.toLowerCase());
    await section.getByRole('button', { name: 'Verifica' }).click();
    await section.getByRole('heading', { name: `Domanda protocollo n. ${receipt.json.protocolNumber}` }).waitFor();
    const steps = section.locator('ol.own-steps > li');
    expect(await steps.count()).toBe(2);
    expect(await steps.nth(0).textContent()).toContain('Domanda ricevuta');
    expect(await steps.nth(1).getAttribute('data-state')).toBe('CURRENT');
    expect(await steps.nth(1).textContent()).toContain('In attesa della determinazione di ammissione');
  });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);
