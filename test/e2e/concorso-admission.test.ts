/**
 * The admission determination in Chromium (art. 88): HR marks one application excluded without a reason
 * and sees the error on that row's reason field, gives the reason and adopts the determination; the
 * exclusion goes by raccomandata A/R (the candidate gave no PEC), HR records the posting and then the
 * return card, and the letter shows as delivered. It moves the clock, so it runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite, signIn } from '../support/browser';
import { bando, candidate } from '../support/fixtures';
import { api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

const HR = 'hr.stresa';
let rt: RuntimeProcess;
const { context, step } = browserSuite('e2e-concorso-admission');

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'admission-e2e-')), { args: ['--no-cron'] });
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
}, 120_000);

afterAll(async () => {
  await rt?.stop();
});

test('HR determines the admission from the detail page and records the exclusion letter and its return card', async () => {
  const call = (path: string, body?: unknown) => api(path, { user: HR, body, baseUrl: rt.urls.web });
  const id = (await call('/api/v1/procedures', bando())).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    expectedVersion: 1,
    guriPublicationDate: '2026-03-02',
    guriReference: 'GU n. 17',
  });
  const people = [candidate(501, { pec: 'candidato501@pec.example.org' }), candidate(502), candidate(503)];
  const apps: { id: string; protocolNumber: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, c)).json);
  await setClock('2026-04-10T07:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);

  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'sign-in', () => signIn(page, HR, rt.urls.web));
  await page.goto(`${rt.urls.web}/hr/?id=${encodeURIComponent(id)}`);
  const section = page.locator('section[aria-labelledby="admission-title"]');
  await section.waitFor();

  await step(page, 'reason-required', async () => {
    await section.getByLabel("Numero dell'atto di ammissione").fill('DET-E2E-ADM');
    await section.getByLabel('Numero del verbale di diffusione').fill('VERB-E2E');
    const row = section.locator(`tr[data-application="${apps[1].id}"]`);
    await row.locator('select').selectOption('ESCLUSA');
    await section.getByRole('button', { name: 'Adotta la determinazione' }).click();
    await section
      .locator('.error-summary')
      .getByText(/Il modulo contiene/)
      .waitFor();
    const reason = section.getByLabel(`Motivo (${apps[1].protocolNumber})`);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Domanda priva di sottoscrizione.');
    await section.getByRole('button', { name: 'Adotta la determinazione' }).click();
    await page.getByText('Determinazione di ammissione registrata.').waitFor();
  });

  await step(page, 'letters', async () => {
    const line = (await page.locator('#admission-line').textContent()) ?? '';
    expect(line).toContain('DET-E2E-ADM');
    expect(line).toContain('2 ammessi');
    expect(line).toContain('1 esclusi');
    const row = page.locator('#exclusions tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Raccomandata');
    const posted = page.locator('details[data-act="record-exclusions-posted"]');
    await posted.getByLabel('Riferimento della spedizione').fill('Distinta n. 9');
    await posted.getByRole('button', { name: 'Registra la spedizione' }).click();
    await page.getByText('Spedizione delle raccomandate registrata.').waitFor();
    expect(await page.locator('details[data-act="record-exclusions-posted"]').count()).toBe(0);
    const card = page.locator('#exclusions tbody tr');
    await card.getByLabel('Riferimento della prova').fill('AR 55501');
    await card.getByRole('button', { name: 'Registra la consegna' }).click();
    await page.getByText(/Consegna a .* registrata\./).waitFor();
    expect(await page.locator('#exclusions tbody tr').textContent()).toContain('Consegnata');
  });

  const p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.phase).toBe('ADMISSION_DETERMINED');
  expect(p.data.admission.excluded[0]).toMatchObject({
    applicationId: apps[1].id,
    postedOn: '2026-04-10',
    communication: { status: 'CONSEGNATA', evidence: { kind: 'CARTOLINA_AR', reference: 'AR 55501' } },
  });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);
