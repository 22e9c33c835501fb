/**
 * The concorso's administrative sections in Chromium: the regularisation of an application (art. 89 c.1;
 * D3 Q2) requested for a candidate without PEC, so by raccomandata A/R, its return card recorded (the 10
 * days run from it) and the regularisation received, first with a date before the request (refused on that
 * field); the titles evaluation of a concorso per titoli ed esami (Allegato I): one candidate evaluated
 * through the form with a degree, a service period and a miscellaneous title, the lock refused naming the
 * two still missing, then — the others evaluated through the API — the lock; the publication register:
 * the bando due, a URL that is not a web address refused, the publication recorded and kept online until
 * 1 January of the sixth year. It moves the clock, so it runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { evaluateTitles } from '../../shared/procedures/concorso/titles';
import { browserSuite, signIn } from '../support/browser';
import { concorsoToExams } from '../support/concorso-flow';
import { bando, candidate } from '../support/fixtures';
import { api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

const HR = 'hr.stresa';
let rt: RuntimeProcess;
const { context, step } = browserSuite('e2e-concorso-admin');

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'admin-e2e-')), { args: ['--no-cron'] });
}, 120_000);

afterAll(async () => {
  await rt?.stop();
});

const call = (path: string, body?: unknown) => api(path, { user: HR, body, baseUrl: rt.urls.web });

/** Opens an act's `details` unless it is open already (a click on an open one would close it). */
async function openAct(act: Locator) {
  if ((await act.getAttribute('open')) === null) await act.locator('summary').first().click();
}

/** A concorso published in Gazzetta Ufficiale on 2 March 2026, with these applications. */
async function publishedConcorso(people: Record<string, unknown>[]) {
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
  const id = (await call('/api/v1/procedures', bando())).json.id as string;
  const published = await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    expectedVersion: 1,
    guriPublicationDate: '2026-03-02',
    guriReference: 'GU n. 17',
  });
  expect(published.status).toBe(200);
  const apps: { id: string; protocolNumber: string }[] = [];
  for (const c of people) apps.push((await call(`/api/v1/public/concorsi/${id}/applications`, c)).json);
  return { id, apps };
}

async function openDetail(page: Page, id: string) {
  await page.goto(`${rt.urls.web}/hr/?id=${encodeURIComponent(id)}`);
  await page.locator('#proc-title').waitFor();
}

test('HR requests a regularisation by raccomandata, records its return card and the regularisation', async () => {
  const { id, apps } = await publishedConcorso([
    candidate(701, { pec: 'candidato701@pec.example.org' }),
    candidate(702),
    candidate(703),
  ]);
  const byPost = apps[1];
  await setClock('2026-04-10T07:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  expect((await call(`/api/v1/procedures/${id}`)).json.phase).toBe('ADMISSION_OPEN');

  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'reg-sign-in', () => signIn(page, HR, rt.urls.web));
  await openDetail(page, id);
  const section = page.locator('section[aria-labelledby="regularisation-title"]');
  const row = section.locator(`#regularisations tr[data-application="${byPost.id}"]`);
  const acts = section.locator(`#regularisations tr[data-acts-for="${byPost.id}"]`);

  await step(page, 'reg-request', async () => {
    expect(await section.locator('#regularisation-rule').textContent()).toContain('10 giorni dal ricevimento');
    await section.getByText('Nessuna richiesta di regolarizzazione.').waitFor();
    const act = section.locator('details[data-act="request-regularisation"]');
    await openAct(act);
    const select = act.getByLabel('Domanda da regolarizzare');
    // The channel is told before the request: no PEC, so raccomandata A/R.
    expect(await select.locator(`option[value="${byPost.id}"]`).textContent()).toContain('raccomandata A/R');
    await select.selectOption(byPost.id);
    await act.getByLabel('Difetto formale da regolarizzare').fill('Manca la firma in calce alla domanda.');
    await act.getByRole('button', { name: 'Chiedi la regolarizzazione' }).click();
    await page.getByText(/Richiesta di regolarizzazione a .*Candidato702.* registrata: va spedita/).waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Manca la firma in calce alla domanda.');
    expect(text).toContain('Raccomandata');
    expect(text).toContain('In consegna');
    expect(text).toContain('Decorre dal ricevimento');
    expect(text).toContain('In attesa della regolarizzazione');
    // A pending request is not asked again.
    const options = await section
      .locator('details[data-act="request-regularisation"] select[data-path="applicationId"] option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options).toEqual([apps[0].id, apps[2].id]);
  });

  // The return card comes back three days later.
  await setClock('2026-04-13T08:00:00.000Z', rt.urls.web);
  await openDetail(page, id);

  await step(page, 'reg-return-card', async () => {
    const card = acts.locator('details[data-act="record-delivery"]');
    expect(await card.locator('summary').textContent()).toMatch(
      /^Cartolina di ritorno della richiesta a .*Candidato702/,
    );
    await openAct(card);
    await card.getByLabel('Consegnata il').fill('2026-04-11');
    await card.getByLabel('Riferimento della prova').fill('AR 70201');
    await card.getByRole('button', { name: 'Registra la consegna' }).click();
    await page.getByText(/Consegna della richiesta a .*Candidato702.* registrata\./).waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Consegnata il 11 aprile 2026');
    // 10 days from 11 April end on Tuesday 21 April.
    expect(text).toContain('Entro il 21 aprile 2026');
    expect(await acts.locator('details[data-act="record-delivery"]').count()).toBe(0);
  });

  await step(page, 'reg-regularised', async () => {
    const done = acts.locator('details[data-act="record-regularised"]');
    await openAct(done);
    const received = done.getByLabel('Regolarizzazione pervenuta il');
    await received.fill('2026-04-09');
    await done.getByRole('button', { name: 'Registra la regolarizzazione' }).click();
    await done.locator('.error-summary').getByText('Il modulo contiene un errore').waitFor();
    expect(await received.getAttribute('aria-invalid')).toBe('true');
    expect(await done.locator('.field-error:not([hidden])').textContent()).toContain('Precede la richiesta');
    await received.fill('2026-04-13');
    await done.getByLabel('Annotazione (facoltativa)').fill('Domanda firmata consegnata allo sportello.');
    await done.getByRole('button', { name: 'Registra la regolarizzazione' }).click();
    await page.getByText(/Domanda di .*Candidato702.* regolarizzata\./).waitFor();
    expect(await row.locator('[data-status]').textContent()).toBe('Regolarizzata il 13 aprile 2026');
    // Nothing left to act on: the row of acts is gone.
    expect(await acts.count()).toBe(0);
  });

  const p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.regularisations[byPost.id]).toMatchObject({
    status: 'REGULARISED',
    regularisedOn: '2026-04-13',
    dueDate: '2026-04-21',
    what: 'Manca la firma in calce alla domanda.',
    communication: {
      channel: 'RACCOMANDATA_AR',
      status: 'CONSEGNATA',
      deliveredOn: '2026-04-11',
      evidence: { kind: 'CARTOLINA_AR', reference: 'AR 70201' },
    },
  });
  const term = p.deadlines.find((d: { id: string }) => d.id === `concorso.regularisation.${byPost.id}`);
  expect(term).toMatchObject({ status: 'MET', dueDate: '2026-04-21' });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 180_000);

test('HR evaluates titles through the form, is refused the lock while some are missing, then locks', async () => {
  const flow = await concorsoToExams(rt, {
    bando: { competitionType: 'PER_TITOLI_ED_ESAMI' },
    candidates: [candidate(711), candidate(712), candidate(713)],
  });
  const [c1, c2, c3] = flow.applicationIds;
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'titles-sign-in', () => signIn(page, HR, rt.urls.web));
  await openDetail(page, flow.id);
  const section = page.locator('section[aria-labelledby="titles-title"]');
  const cell = (applicationId: string) => section.locator(`#titles tr[data-application="${applicationId}"] td`).last();

  const declared = {
    study: { degrees: ['Laurea in economia aziendale'] },
    service: [
      {
        description: 'Comune di Baveno, ufficio ragioneria',
        from: '2023-01-01',
        to: '2024-12-31',
        tenured: true,
        categoriesBelow: 0,
      },
    ],
    misc: { other: [{ description: 'Master in contabilità pubblica', points: 0.5 }] },
  };
  const expected = evaluateTitles(declared, { scheme: 'DIPLOMA_REQUIRED' }).total;
  expect(expected).toBeGreaterThan(0.5);

  await step(page, 'titles-evaluate', async () => {
    for (const c of [c1, c2, c3]) expect(await cell(c).textContent()).toBe('Da valutare');
    const form = section.locator('details[data-act="evaluate-titles"]');
    await openAct(form);
    await form.getByLabel(/^Candidato \*$/).selectOption(c1);
    // A category C post: the diploma scheme is proposed.
    expect(await form.getByLabel('Criteri di valutazione').inputValue()).toBe('DIPLOMA_REQUIRED');
    await form.getByLabel('Diplomi di laurea (uno per riga)').fill('Laurea in economia aziendale');
    await form.getByRole('button', { name: 'Aggiungi un periodo di servizio' }).click();
    await form.getByLabel('Ente e mansioni').fill('Comune di Baveno, ufficio ragioneria');
    await form.getByLabel('Dal', { exact: true }).fill('2023-01-01');
    await form.getByLabel('Al', { exact: true }).fill('2024-12-31');
    await form.getByLabel('Servizio di ruolo').check();
    // A second period added and removed: the first keeps what was typed in it.
    await form.getByRole('button', { name: 'Aggiungi un periodo di servizio' }).click();
    expect(await form.getByLabel('Dal', { exact: true }).count()).toBe(2);
    await form.getByRole('button', { name: 'Rimuovi il periodo n. 2' }).click();
    expect(await form.getByLabel('Dal', { exact: true }).inputValue()).toBe('2023-01-01');
    expect(await form.getByLabel('Servizio di ruolo').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Aggiungi un titolo vario' }).click();
    await form.getByLabel(/^Titolo \*$/).fill('Master in contabilità pubblica');
    await form.getByLabel('Punti attribuiti dalla commissione').fill('0.5');
    await form.getByRole('button', { name: 'Registra la valutazione' }).click();
    await page.getByText(/Titoli di .*Candidato711.* valutati\./).waitFor();
    expect(await cell(c1).textContent()).toBe(new Intl.NumberFormat('it-IT').format(expected));
    expect(await cell(c2).textContent()).toBe('Da valutare');
  });
  await flow.refresh();
  expect(flow.procedure.data.titles.evaluated).toEqual({ [c1]: expected });

  await step(page, 'titles-lock-refused', async () => {
    const lock = section.locator('details[data-act="lock-titles"]');
    await openAct(lock);
    await lock.getByRole('button', { name: 'Chiudi e pubblica la valutazione' }).click();
    const summary = lock.locator('.error-summary');
    await summary.getByText('La valutazione non si può ancora chiudere').waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Titoli ancora da valutare per');
    expect(text).toContain('Candidato712');
    expect(text).toContain('Candidato713');
    expect(text).not.toContain('Candidato711');
  });

  // The board evaluates the other two meanwhile (through the API): the page reloads and the lock goes through.
  for (const applicationId of [c2, c3]) {
    const r = await flow.act('evaluate-titles', {
      applicationId,
      scheme: 'DIPLOMA_REQUIRED',
      declared: { study: { otherDiplomas: ['Diploma di liceo scientifico'] } },
    });
    expect(r.status).toBe(200);
  }

  await step(page, 'titles-lock', async () => {
    await section.getByRole('button', { name: 'Ricarica il procedimento' }).click();
    await section.locator('#titles td', { hasText: 'Da valutare' }).first().waitFor({ state: 'detached' });
    for (const c of [c2, c3]) expect(await cell(c).textContent()).not.toBe('Da valutare');
    const lock = section.locator('details[data-act="lock-titles"]');
    await openAct(lock);
    expect(await lock.getByLabel('Data di pubblicazione degli esiti').inputValue()).toBe('2026-04-20');
    await lock.getByRole('button', { name: 'Chiudi e pubblica la valutazione' }).click();
    await page.getByText('Valutazione dei titoli chiusa e pubblicata.').waitFor();
    expect(await section.locator('#titles-line').textContent()).toContain(
      'Valutazione chiusa e pubblicata il 20 aprile 2026',
    );
    expect(await section.locator('details[data-act]').count()).toBe(0);
    // Now due: the results of the titles in the publication register.
    const duty = page.locator('#publications tr[data-duty="ESITO_TITOLI"]');
    expect(await duty.locator('[data-status]').textContent()).toBe('Da pubblicare');
  });

  await flow.refresh();
  expect(flow.procedure.data.titles).toMatchObject({ publishedOn: '2026-04-20', lockedAt: expect.any(String) });
  expect(Object.keys(flow.procedure.data.titles.evaluated).sort()).toEqual([c1, c2, c3].sort());
  expect(pageErrors).toEqual([]);
  await page.close();
}, 240_000);

test('the publication register shows the bando due; its URL recorded makes it published until 2032', async () => {
  const { id } = await publishedConcorso([candidate(721)]);
  await setClock('2026-03-03T09:00:00.000Z', rt.urls.web);
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'pub-sign-in', () => signIn(page, HR, rt.urls.web));
  await openDetail(page, id);
  const section = page.locator('section[aria-labelledby="publications-title"]');
  const bandoRow = section.locator('#publications tr[data-duty="BANDO"]');
  const url = 'https://www.comune.stresa.vb.it/amministrazione-trasparente/bandi-di-concorso/istruttore-2026';

  await step(page, 'pub-register', async () => {
    await bandoRow.waitFor();
    expect(await section.textContent()).toContain("cinque anni dal 1° gennaio dell'anno successivo");
    expect(await bandoRow.locator('[data-status]').textContent()).toBe('Da pubblicare');
    const text = (await bandoRow.textContent()) ?? '';
    for (const place of [
      'Gazzetta Ufficiale, 4ª serie speciale',
      'Albo pretorio on line',
      'Sito istituzionale',
      'Amministrazione trasparente › Bandi di concorso',
    ]) {
      expect(text).toContain(place);
    }
    expect(text).toContain('Dovuta dal 2 marzo 2026');
    // Not yet due: no form to record it.
    const graduatoria = section.locator('#publications tr[data-duty="GRADUATORIA"]');
    expect(await graduatoria.locator('[data-status]').textContent()).toBe('Non ancora dovuta');
    expect(await graduatoria.locator('form').count()).toBe(0);
    // A concorso per esami has no titles to publish.
    expect(await section.locator('#publications tr[data-duty="ESITO_TITOLI"]').count()).toBe(0);
  });

  await step(page, 'pub-record', async () => {
    const act = bandoRow.locator('details[data-act="record-publication"]');
    await openAct(act);
    await act.getByLabel('Pubblicato il').fill('2026-03-02');
    const address = act.getByLabel('Indirizzo della pagina pubblicata');
    await address.fill('ftp://www.comune.stresa.vb.it/bando.pdf');
    await act.getByRole('button', { name: 'Registra la pubblicazione' }).click();
    await act.locator('.error-summary').getByText('Il modulo contiene un errore').waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    await address.fill(url);
    await act.getByRole('button', { name: 'Registra la pubblicazione' }).click();
    await page.getByText('Bando di concorso: pubblicazione registrata.').waitFor();
    const published = section.locator('#publications tr[data-duty="BANDO"]');
    await published.locator('[data-status="PUBBLICATA"]').waitFor();
    expect(await published.locator('[data-status]').textContent()).toBe('Pubblicata');
    const text = (await published.textContent()) ?? '';
    expect(text).toContain('Pubblicata il 2 marzo 2026, online fino al 1 gennaio 2032');
    expect(await published.getByRole('link', { name: url }).getAttribute('href')).toBe(url);
  });

  const register = (await call(`/api/v1/procedures/${id}/publications`)).json.items as {
    id: string;
    status: string;
    published?: { publishedOn: string; url: string };
    keepUntil?: string;
  }[];
  expect(register.find((e) => e.id === 'BANDO')).toMatchObject({
    status: 'PUBBLICATA',
    published: { publishedOn: '2026-03-02', url },
    keepUntil: '2032-01-01',
  });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);
