/**
 * Contract formation in the browser, against the shared local runtime: the HR head of Stresa enters an
 * approved graduatoria (position 1 is cand.stresa); the HR officer appoints position 1 by raccomandata
 * A/R — e-mail is never offered, PEC only with the winner's address — and records the return card, from
 * which the 30 days run; the winner finds the appointment on their page with the term and its due date,
 * and presents the documents; the HR officer signs the contract through the terms form (the missing
 * elements named in Italian, linked from the error summary; part-time and end-date fields only when they
 * apply) and opens the document, version 1. With UPDATE_DOCS=1 the rendered document is saved as docs/contract.png.
 * It does not move the clock: "today" is the runtime's simulated date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays, romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, signIn, web } from '../support/browser';
import { taxCodeFor } from '../support/fixtures';
import { api, getClock, ROOT_DIR } from '../support/local';

const HEAD = 'head.stresa';
const HR = 'hr.stresa';
const WINNER = 'cand.stresa';
const DELIVERY = 'Prova di ricevimento della comunicazione di nomina';
const DOCUMENTS = 'Presenta i documenti per l’assunzione';
const SIGN = 'Sottoscrizione del contratto individuale di lavoro';
const TAKE_UP = 'Presentazione dei documenti, sottoscrizione del contratto individuale e presa di servizio';

const { context, step } = browserSuite('e2e-contracts');

const italianDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/** The <details> of an act on the appointment page, by the title its summary shows. */
const act = (page: Page, title: string): Locator =>
  page.locator('details').filter({ has: page.locator(':scope > summary', { hasText: title }) });

const allOptions = (page: Page) => page.locator('select option').allTextContents();

async function newPage(errors: string[]): Promise<Page> {
  const page = await context().newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

test('a graduatoria, the appointment by raccomandata A/R, the winner presents documents, HR signs the contract', async () => {
  const pageErrors: string[] = [];
  const today = romeDateOf(new Date((await getClock()).now));
  const tag = Date.now().toString(36);
  // Plain words and numbers: the document these make is the picture in the README.
  const gradTitle = 'Concorso pubblico, per esami, per 1 posto di Istruttore amministrativo, categoria C';
  const year = today.slice(0, 4);
  const winnerTaxCode = taxCodeFor(7000 + (Date.now() % 500));

  // ------------------------------------------------ the HR head enters the graduatoria
  const head = await newPage(pageErrors);
  await step(head, 'graduatoria', async () => {
    await signIn(head, HEAD);
    await head.getByRole('link', { name: 'Assunzioni', exact: true }).click();
    await head.getByRole('heading', { level: 1, name: /Graduatorie/ }).waitFor();
    await head.getByRole('link', { name: 'Inserisci una graduatoria' }).first().click();
    await head.getByRole('heading', { level: 1, name: 'Inserisci una graduatoria approvata' }).waitFor();
    await head.getByLabel('Oggetto').fill(gradTitle);
    await head.getByLabel("Numero dell'atto").fill(`DET-${year}-112`);
    expect(await head.getByLabel("Data dell'atto").inputValue()).toBe(today);
    await head.getByLabel('Categoria').selectOption('C');
    await head.getByLabel('Profilo professionale').fill('Istruttore amministrativo');
    await head.getByLabel('Servizio').fill('Servizi demografici');
    await head.getByLabel('Sede di lavoro').fill('Municipio di Stresa, piazza Matteotti 6');
    const first = head.getByRole('group', { name: 'Candidato n. 1' });
    expect(await first.getByLabel('Posizione').inputValue()).toBe('1');
    await first.getByLabel('Nome e cognome').fill('Giovanni Moretti');
    await first.getByLabel('Codice fiscale').fill(winnerTaxCode);
    await first.getByLabel('Punteggio').fill('27.5');
    await first.getByLabel('Indirizzo per la raccomandata (facoltativo)').fill('Via Roma 12, 28838 Stresa');
    await first.getByLabel('Utente del portale (facoltativo)').fill(WINNER);
    await head.getByRole('button', { name: 'Aggiungi candidato' }).click();
    const second = head.getByRole('group', { name: 'Candidato n. 2' });
    await second.getByLabel('Nome e cognome').fill('Laura Sala');
    await second.getByLabel('Codice fiscale').fill(taxCodeFor(7600 + (Date.now() % 300)));
    await second.getByLabel('Punteggio').fill('26');
    await head.getByRole('button', { name: 'Inserisci la graduatoria' }).click();
    await head.waitForURL(/[?&]graduatoria=/);
    await head.getByRole('heading', { level: 1, name: gradTitle }).waitFor();
    await head.getByText('Graduatoria inserita').waitFor();
    const next = head.getByRole('region', { name: 'Prossimo candidato idoneo' });
    expect(await next.textContent()).toContain('Posizione 1: Giovanni Moretti');
  });
  const gradUrl = head.url();
  await head.close();

  // ------------------------------------------------ the HR officer appoints position 1 by raccomandata A/R
  const hr = await newPage(pageErrors);
  await step(hr, 'appoint', async () => {
    await signIn(hr, HR);
    await hr.goto(gradUrl);
    await hr.getByRole('heading', { level: 1, name: gradTitle }).waitFor();
    // The HR officer does not enter graduatorie.
    expect(await hr.getByRole('link', { name: 'Inserisci una graduatoria' }).count()).toBe(0);
    await hr.getByRole('link', { name: 'Nomina la posizione 1' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Nomina da graduatoria' }).waitFor();
    expect(await hr.getByLabel('Candidato da nominare').locator('option:checked').textContent()).toContain(
      'Posizione 1 — Giovanni Moretti',
    );
    // Channels with proof of receipt only: PEC needs the winner's PEC, e-mail is never one.
    const channel = hr.getByLabel('Canale della comunicazione di nomina');
    const options = await channel.locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('Raccomandata con avviso di ricevimento (A/R)'))).toBe(true);
    expect(options.some((o) => o.startsWith('Consegna a mano'))).toBe(true);
    expect(options.find((o) => o.startsWith('Posta elettronica certificata (PEC)'))).toContain('non disponibile');
    expect(options.filter((o) => /e-?mail/i.test(o))).toEqual([]);
    // No act number, no channel: the API's Italian messages, next to the fields and in the summary.
    await hr.getByRole('button', { name: 'Adotta la nomina e invia la comunicazione' }).click();
    const summary = hr.locator('.error-summary');
    await summary.getByText(/Il modulo contiene 2 errori/).waitFor();
    expect((await summary.textContent())?.toLowerCase()).toContain('indicare il canale della comunicazione di nomina.');
    expect(await channel.getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: /canale della comunicazione/ }).click();
    expect(await channel.evaluate((el) => el === document.activeElement)).toBe(true);
    await hr.getByLabel("Numero dell'atto").fill(`NOM-${year}-37`);
    await channel.selectOption('RACCOMANDATA_AR');
    await hr.getByRole('button', { name: 'Adotta la nomina e invia la comunicazione' }).click();
    await hr.waitForURL(/[?&]id=/);
    await hr.getByText('Nomina adottata: la comunicazione è in consegna.').waitFor();
    expect(await hr.getByRole('main').textContent()).toContain('Nomina adottata: comunicazione in consegna');
    const comm = hr
      .getByRole('table', { name: /Comunicazioni/ })
      .getByRole('row')
      .filter({ hasText: 'Comunicazione di nomina' });
    expect(await comm.textContent()).toContain('Raccomandata con avviso di ricevimento (A/R)');
    expect(await comm.textContent()).toContain('In consegna');
  });
  const appointmentId = new URL(hr.url()).searchParams.get('id') as string;
  const appointmentTitle = ((await hr.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();

  await step(hr, 'return-card', async () => {
    const delivery = act(hr, DELIVERY);
    await delivery.locator(':scope > summary').click();
    expect(await delivery.getByLabel('Tipo di prova').locator('option:checked').textContent()).toContain(
      'Cartolina di ritorno della raccomandata A/R',
    );
    expect(await delivery.getByLabel('Data di ricevimento').inputValue()).toBe(today);
    await delivery.getByLabel('Riferimento della prova').fill(`Cartolina A/R n. 6170 ${tag}`);
    await delivery.getByRole('button', { name: 'Registra il ricevimento' }).click();
    await hr.getByText('Ricevimento registrato: decorrono i trenta giorni').waitFor();
    expect(await hr.getByRole('main').textContent()).toContain('Nomina ricevuta');
    const comm = hr
      .getByRole('table', { name: /Comunicazioni/ })
      .getByRole('row')
      .filter({ hasText: 'Comunicazione di nomina' });
    expect(await comm.textContent()).toContain(`Consegnata il ${italianDate(today)}`);
    expect(await comm.textContent()).toContain(`Cartolina A/R n. 6170 ${tag}`);
  });

  // The 30 days from receipt (a due date on a holiday rolls to the next open day).
  const view = (await api(`/api/v1/contracts/${encodeURIComponent(appointmentId)}`, { user: HR })).json;
  const takeUp = view.deadlines.find((d: { termId: string }) => d.termId === 'contract.takeUpService');
  expect(takeUp.dueDate >= addDays(today, 30)).toBe(true);
  expect(takeUp.dueDate <= addDays(today, 33)).toBe(true);

  // ------------------------------------------------ the winner
  const winner = await newPage(pageErrors);
  await step(winner, 'winner-page', async () => {
    await signIn(winner, WINNER);
    await winner.waitForURL(/\/nomina\//);
    // By the page's address (the one the notice points to): GET /api/v1/contracts, behind the list, fails
    // for a non-HR user while the entity has procedures of other types (an API defect, reported).
    await winner.goto(`${web()}/nomina/?id=${encodeURIComponent(appointmentId)}`);
    await winner.getByRole('heading', { level: 1, name: appointmentTitle }).waitFor();
    const main = (await winner.getByRole('main').textContent()) ?? '';
    expect(main).toContain(
      `Entro ${new Intl.DateTimeFormat('it-IT', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${takeUp.dueDate}T12:00:00Z`))} ${italianDate(takeUp.dueDate)}`,
    );
    expect(main).toContain("Presentare i documenti richiesti per l'assunzione — da presentare");
    const row = winner
      .getByRole('table', { name: /Termini del procedimento/ })
      .getByRole('row')
      .filter({ hasText: TAKE_UP });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(italianDate(takeUp.dueDate));
    expect(text).toContain('In corso');
    expect(text).toContain('art. 108 c. 2');
    await row.getByText(/Fondamento: art\. 108 c\. 2/).click();
    await row.getByText('Come è stato calcolato il termine').waitFor();
    expect(await row.textContent()).toContain('30 giorni di calendario');
    // The officer's acts are not the winner's.
    expect(await act(winner, SIGN).count()).toBe(0);
    expect(await act(winner, DELIVERY).count()).toBe(0);
  });

  await step(winner, 'documents', async () => {
    const docs = act(winner, DOCUMENTS);
    await docs.locator(':scope > summary').click();
    const term = docs.getByRole('complementary', { name: 'Termine per questo atto' });
    expect(await term.textContent()).toContain(italianDate(takeUp.dueDate));
    expect(await term.textContent()).toContain('il nominato decade dalla nomina');
    await docs.getByRole('button', { name: 'Presenta i documenti' }).click();
    await docs.locator('.error-summary').getByText('Il modulo contiene un errore').waitFor();
    expect(await docs.getByLabel('Documenti presentati').getAttribute('aria-invalid')).toBe('true');
    await docs
      .getByLabel('Documenti presentati')
      .fill("Dichiarazione sostitutiva dei requisiti per l'assunzione\nCopia del documento d'identità");
    await docs.getByRole('button', { name: 'Presenta i documenti' }).click();
    await winner.getByText('Documenti presentati: sono agli atti della nomina.').waitFor();
    const section = winner.getByRole('region', { name: 'Documenti per l’assunzione' });
    expect(await section.textContent()).toContain("Copia del documento d'identità");
    expect(await allOptions(winner).then((o) => o.filter((x) => /e-?mail/i.test(x)))).toEqual([]);
  });
  await winner.close();

  // ------------------------------------------------ the HR officer signs the contract and opens it
  await step(hr, 'contract-form', async () => {
    await hr.reload();
    await hr.getByRole('heading', { level: 1, name: appointmentTitle }).waitFor();
    const sign = act(hr, SIGN);
    await sign.locator(':scope > summary').click();
    // Part-time elements only for a part-time contract; the end date only for a fixed-term one.
    expect(await sign.getByLabel('Ore settimanali').count()).toBe(0);
    expect(await sign.getByLabel(/Termine finale/).count()).toBe(0);
    await sign.getByLabel('Orario').selectOption('TEMPO_PARZIALE');
    await sign.getByLabel('Ore settimanali').waitFor();
    await sign.getByLabel('Orario').selectOption('TEMPO_PIENO');
    expect(await sign.getByLabel('Ore settimanali').count()).toBe(0);
    await sign.getByLabel('Durata').selectOption('TEMPO_DETERMINATO');
    await sign.getByLabel(/Termine finale/).waitFor();
    await sign.getByLabel('Durata').selectOption('TEMPO_INDETERMINATO');
    expect(await sign.getByLabel(/Termine finale/).count()).toBe(0);
    // From the appointment: the person, the post, the probation of the category.
    const worker = sign.getByRole('group', { name: 'Dipendente' });
    expect(await worker.getByLabel('Codice fiscale').inputValue()).toBe(winnerTaxCode);
    expect(await sign.getByLabel(/Periodo di prova/).inputValue()).toBe('6');

    // The missing elements, each with its letter and line, linked from the summary.
    await sign.getByRole('button', { name: 'Sottoscrivi il contratto' }).click();
    const summary = sign.locator('.error-summary');
    await summary.getByText(/Il modulo contiene 3 errori/).waitFor();
    const text = ((await summary.textContent()) ?? '').toLowerCase();
    expect(text).toContain('manca il livello retributivo iniziale (art. 110 c.2 lett. c, l1824)');
    expect(text).toContain('mancano le mansioni esigibili (art. 110 c.2 lett. d, l1825)');
    expect(text).toContain("manca il nome del sottoscrittore per l'ente (art. 110 c.4, l1832)");
    const duties = sign.getByLabel('Mansioni esigibili (lett. d)');
    expect(await duties.getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: /mansioni esigibili/i }).click();
    expect(await duties.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  await step(hr, 'sign', async () => {
    const sign = act(hr, SIGN);
    await sign
      .getByLabel(/Livello retributivo iniziale/)
      .fill('Area degli Istruttori, differenziale stipendiale iniziale');
    await sign
      .getByLabel('Mansioni esigibili (lett. d)')
      .fill('Attività istruttorie nei servizi demografici, rilascio di certificazioni, rapporti con il pubblico.');
    await sign
      .getByRole('group', { name: /Sottoscrittore per l'Ente/ })
      .getByLabel('Nome e cognome')
      .fill('Giulia Bianchi');
    await sign.getByRole('button', { name: 'Sottoscrivi il contratto' }).click();
    await hr.getByText('Contratto sottoscritto: versione 1.').waitFor();
    const versions = hr.getByRole('table', { name: /Versioni del contratto/ });
    expect(await versions.textContent()).toContain('Versione 1');
    expect(await versions.textContent()).toContain(italianDate(today));
  });

  await step(hr, 'document', async () => {
    await hr.getByRole('link', { name: 'Apri il contratto (versione 1)' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Contratto individuale di lavoro — versione 1' }).waitFor();
    const frame = hr.frameLocator('iframe.contract-document');
    await frame.getByText('Versione 1').first().waitFor();
    const doc = (await frame.locator('body').textContent()) ?? '';
    for (const words of ['Giovanni Moretti', 'Istruttore amministrativo', 'Municipio di Stresa', 'periodo di prova']) {
      expect(doc).toContain(words);
    }
    // The frame takes the document's height: the picture is the whole contract.
    await hr.waitForFunction(() => {
      const el = document.querySelector('iframe.contract-document') as HTMLIFrameElement | null;
      return !!el?.style.height;
    });
    // The README's picture of the contract: taken always, written into docs/ only when asked
    // (UPDATE_DOCS=1 npx jest --runTestsByPath test/e2e/contracts.test.ts), so a test run leaves the tree clean.
    const picture = await hr.locator('iframe.contract-document').screenshot();
    expect(picture.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_DOCS === '1') {
      const folder = join(ROOT_DIR, 'docs');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'contract.png'), picture);
    }
  });
  await hr.close();

  expect(pageErrors).toEqual([]);
}, 240_000);

test('the winner renounces; the HR head confirms the scorrimento and the next appointment opens', async () => {
  const pageErrors: string[] = [];
  const today = romeDateOf(new Date((await getClock()).now));
  const year = today.slice(0, 4);
  const n = 8000 + (Date.now() % 500);
  // The graduatoria and the first appointment, received by hand, through the API.
  const g = await api('/api/v1/graduatorie', {
    user: HEAD,
    body: {
      entityId: 'stresa',
      title: 'Concorso pubblico per 1 posto di Agente di polizia locale, categoria C',
      approval: { number: `DET-${year}-140`, date: today },
      post: {
        category: 'C',
        profile: 'Agente di polizia locale',
        service: 'Polizia locale',
        workplace: 'Comando di Stresa',
      },
      posts: 1,
      entries: [
        { position: 1, name: 'Marco Gatti', taxCode: taxCodeFor(n), address: 'Via Roma 3, Stresa' },
        { position: 2, name: 'Sara Longo', taxCode: taxCodeFor(n + 1), address: 'Via Verbano 8, Stresa' },
      ],
    },
  });
  expect(g.status).toBe(201);
  const appointed = await api('/api/v1/contracts', {
    user: HR,
    body: {
      entityId: 'stresa',
      source: { kind: 'GRADUATORIA', graduatoriaId: g.json.id, position: 1 },
      appointment: { number: `NOM-${year}-41`, date: today },
      channel: 'CONSEGNA_A_MANO',
    },
  });
  expect(appointed.status).toBe(201);
  const id = appointed.json.id as string;

  const hr = await newPage(pageErrors);
  await step(hr, 'renounce', async () => {
    await signIn(hr, HR);
    await hr.goto(`${web()}/hr/contracts.html?id=${encodeURIComponent(id)}`);
    await hr.getByRole('heading', { level: 1, name: /Nomina di Marco Gatti/ }).waitFor();
    const renounce = act(hr, 'Rinuncia scritta del nominato');
    await renounce.locator(':scope > summary').click();
    await renounce.getByLabel('Dichiarazione di rinuncia').fill('Rinuncio alla nomina per motivi personali.');
    await renounce.getByRole('button', { name: 'Registra la rinuncia' }).click();
    await hr.getByText('Rinuncia registrata: la nomina è chiusa.').waitFor();
    const sc = hr.getByRole('region', { name: 'Scorrimento della graduatoria' });
    expect(await sc.textContent()).toContain('Posizione 2: Sara Longo');
    expect(await sc.textContent()).toContain('In attesa della conferma del responsabile del personale.');
    // The confirmation is the HR head's.
    expect(await act(hr, 'Conferma dello scorrimento').count()).toBe(0);
  });
  await hr.close();

  const head = await newPage(pageErrors);
  await step(head, 'scorrimento', async () => {
    await signIn(head, HEAD);
    await head.goto(`${web()}/hr/contracts.html?id=${encodeURIComponent(id)}`);
    await head.getByRole('heading', { level: 1, name: /Nomina di Marco Gatti/ }).waitFor();
    const confirm = act(head, 'Conferma dello scorrimento: posizione 2, Sara Longo');
    await confirm.locator(':scope > summary').click();
    await confirm.getByLabel("Numero dell'atto").fill(`NOM-${year}-42`);
    await confirm.getByLabel('Canale della comunicazione di nomina').selectOption('CONSEGNA_A_MANO');
    await confirm.getByRole('button', { name: 'Conferma lo scorrimento' }).click();
    await head.getByText('Scorrimento confermato').first().waitFor();
    await head.getByRole('link', { name: 'Apri la nomina successiva' }).click();
    await head.getByRole('heading', { level: 1, name: /Nomina di Sara Longo/ }).waitFor();
    expect(await head.getByRole('main').textContent()).toContain('Nomina adottata: comunicazione in consegna');
  });
  await head.close();
  expect(pageErrors).toEqual([]);
}, 120_000);

test('an employee files an internal mobility request and follows it; the HR head finds it to decide', async () => {
  const pageErrors: string[] = [];
  const reasons = `Esperienza contabile da valorizzare presso la Ragioneria (e2e ${Date.now().toString(36)})`;
  const employee = await newPage(pageErrors);
  await step(employee, 'mobility-request', async () => {
    await signIn(employee, 'dip.stresa');
    await employee.waitForURL(/\/dipendente\//);
    await employee.getByRole('link', { name: 'Le mie richieste di mobilità' }).click();
    await employee.getByRole('heading', { level: 1, name: 'Le mie richieste di mobilità' }).waitFor();
    expect(await employee.getByLabel('Tipo di mobilità').locator('option:checked').textContent()).toContain(
      'Mobilità interna',
    );
    const form = employee.getByRole('form', { name: 'Presenta la richiesta' });
    await form.getByLabel('Servizio di destinazione').fill('Ragioneria');
    await form.getByLabel('Categoria').selectOption('C');
    await form.getByLabel('Profilo professionale').fill('Istruttore amministrativo contabile');
    // No reasons: the API's Italian message, next to the field and in the summary.
    await form.getByRole('button', { name: 'Presenta la richiesta' }).click();
    await form.locator('.error-summary').getByText('Il modulo contiene un errore').waitFor();
    expect(await form.getByLabel('Motivazione').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Motivazione').fill(reasons);
    await form.getByRole('button', { name: 'Presenta la richiesta' }).click();
    await employee.waitForURL(/[?&]mobilita=/);
    await employee.getByText('Richiesta presentata').waitFor();
    const main = (await employee.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Istruttoria: pareri dei responsabili e decisione');
    expect(main).toContain('Ragioneria — Istruttore amministrativo contabile, categoria C');
    expect(main).toContain('Su richiesta del dipendente');
    expect(main).toContain(reasons);
    // The list of one's requests (GET /api/v1/mobility) fails for a non-HR user while the entity has
    // procedures of other types (an API defect, reported): the page keeps the forms usable meanwhile.
  });
  await employee.close();

  const head = await newPage(pageErrors);
  await step(head, 'mobility-hr', async () => {
    await signIn(head, HEAD);
    await head.getByRole('link', { name: 'Mobilità', exact: true }).click();
    const internal = head.getByRole('region', { name: 'Mobilità interna tra servizi (art. 76)' });
    await internal
      .getByRole('link', { name: /Carlo Esposito verso Ragioneria/ })
      .first()
      .click();
    await head.getByRole('heading', { level: 1, name: /Carlo Esposito verso Ragioneria/ }).waitFor();
    expect(await head.getByRole('main').textContent()).toContain(reasons);
    await act(head, 'Decisione sul trasferimento interno').waitFor();
  });
  await head.close();
  expect(pageErrors).toEqual([]);
}, 120_000);
