/**
 * The disciplinary console end to end, in Chromium against the shared local runtime: the Segretario of
 * Stresa opens a case (Allegato H, infraction INF-4a: a minor case of his) for dip.stresa from the report
 * of facts, sees the contestation term with its citation, contests the charge by hand delivery — next to
 * the form the term that binds it — and records the signed receipt; the employee finds the case in their
 * area, with the hearing and the delivered contestation, and files a written defence; another employee
 * does not see the case. No channel select ever offers e-mail.
 * It does not move the clock: "today" is the runtime's simulated date, the news a few days before it.
 */
import type { Locator, Page } from 'playwright-core';
import { addDays, romeDateOf } from '../../shared/calendar/dates';
import { browserSuite, signIn, web } from '../support/browser';
import { taxCodeFor } from '../support/fixtures';
import { getClock } from '../support/local';

const SEGRETARIO = 'segretario.stresa';
const EMPLOYEE = 'dip.stresa';
const OTHER_EMPLOYEE = 'dip2.stresa';
const CONTEST = "Contestazione dell'addebito e convocazione";
const DELIVERY = 'Prova di consegna di una comunicazione';
const MEMORIA = 'Presenta una memoria difensiva';

const { context, step } = browserSuite('e2e-discipline');

const italianDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/** The <details> of an act on the case page, by the title its summary shows. */
const act = (page: Page, title: string): Locator =>
  page.locator('details').filter({ has: page.locator(':scope > summary', { hasText: title }) });

/** Every option of every select on the page, as the user reads it. */
const allOptions = (page: Page) => page.locator('select option').allTextContents();

async function newPage(errors: string[]): Promise<Page> {
  const page = await context().newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

test('the Segretario opens and contests a case by hand delivery; the employee files a memoria; others see nothing', async () => {
  const pageErrors: string[] = [];
  const today = romeDateOf(new Date((await getClock()).now));
  const firstKnowledge = addDays(today, -4);
  const knowledge = addDays(today, -3);
  const factDate = addDays(today, -5);
  const contestationDue = addDays(knowledge, 20);
  const hearingDate = addDays(today, 15);
  const facts = `Ritardi ripetuti nell'apertura dello sportello anagrafe (e2e ${Date.now().toString(36)})`;

  // ------------------------------------------------ the authority
  const page = await newPage(pageErrors);
  await step(page, 'sign-in', async () => {
    await signIn(page, SEGRETARIO);
    // Without a role of the personnel office, the console is the disciplinary one.
    await page.getByRole('heading', { level: 1, name: /Procedimenti disciplinari/ }).waitFor();
    expect(await page.locator('#session').textContent()).toContain('Franco Galli');
  });

  await step(page, 'open-case', async () => {
    await page.getByRole('link', { name: 'Nuovo procedimento', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo procedimento disciplinare' }).waitFor();
    await page.getByLabel('Regime applicato').selectOption('stresa-rous@1');
    await page.getByLabel('Utente del dipendente').fill(EMPLOYEE);
    await page.getByLabel('Nome e cognome').fill('Carlo Esposito');
    await page.getByLabel('Codice fiscale').fill(taxCodeFor(5321));
    await page.getByLabel('Categoria').fill('C');
    await page.getByLabel('Profilo professionale').fill('Istruttore amministrativo');
    await page.getByLabel('Servizio di assegnazione').fill('Servizi demografici');
    await page.getByLabel('Fonte della notizia').selectOption('RESP_SERVIZIO');
    await page.getByLabel('Fatti segnalati').fill(facts);
    await page.getByLabel('Prima acquisizione della notizia da parte di un ufficio').fill(firstKnowledge);
    await page.getByLabel("Conoscenza del fatto da parte dell'autorità competente").fill(knowledge);
    // The infraction's sanction range is in view as soon as it is chosen.
    await page.getByLabel('Infrazione contestata').selectOption('INF-4a');
    await page.getByText('Sanzioni applicabili: da rimprovero verbale a multa').waitFor();
    await page.getByLabel('Data del fatto').fill(factDate);
    await page.getByLabel('Descrizione del fatto').fill('Apertura dello sportello con due ore di ritardo');
    await page.getByRole('button', { name: 'Apri il procedimento' }).click();
    await page.waitForURL(/[?&]id=/);
    await page.getByRole('heading', { level: 1, name: /Procedimento disciplinare prot\. ris\./ }).waitFor();
    await page.getByText('Procedimento aperto: i primi termini decorrono dalla notizia del fatto.').waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Notizia acquisita: da contestare o trasmettere');
    expect(main).toContain('Infrazioni meno gravi: competenza del Segretario Comunale');
  });
  const caseId = new URL(page.url()).searchParams.get('id') as string;
  expect(caseId).toMatch(/^stresa\./);
  const caseTitle = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();

  await step(page, 'contestation-term', async () => {
    const terms = page.getByRole('table', { name: /Termini del procedimento/ });
    const row = terms.getByRole('row').filter({ hasText: "Contestazione scritta dell'addebito" });
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(italianDate(contestationDue));
    expect(text).toContain('In corso');
    expect(text).toContain('Termine perentorio');
    expect(text).toContain('Fondamento: All. H art. 4 c. 1 (L3647, L3653)');
    // The computation, on demand.
    await row.getByText('Fondamento: All. H art. 4 c. 1').click();
    await row.getByText('Come è stato calcolato il termine').waitFor();
    expect(await row.textContent()).toContain('20 giorni di calendario');
  });

  await step(page, 'contest', async () => {
    const contest = act(page, CONTEST);
    await contest.locator(':scope > summary').click();
    // Next to the form: the term that binds the act, its due date and citation.
    const term = contest.getByRole('complementary', { name: 'Termine per questo atto' });
    const termText = (await term.textContent()) ?? '';
    expect(termText).toContain("Contestazione scritta dell'addebito");
    expect(termText).toContain(italianDate(contestationDue));
    expect(termText).toContain('All. H art. 4 c. 1 (L3647, L3653)');

    // The legal channels, in Italian; e-mail is not one of them, and PEC needs the employee's address.
    const channel = contest.getByLabel('Canale della comunicazione');
    const options = await channel.locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('Consegna a mano'))).toBe(true);
    expect(options.some((o) => o.startsWith('Raccomandata con avviso di ricevimento (A/R)'))).toBe(true);
    expect(options.some((o) => o.startsWith('Posta elettronica certificata (PEC)'))).toBe(true);
    expect(options.some((o) => o.startsWith('Fax'))).toBe(true);
    expect(options.filter((o) => /e-?mail/i.test(o))).toEqual([]);

    // Nothing chosen and no evidence: the API's messages, in Italian, next to the fields and in the summary.
    await contest.getByLabel('Data della contestazione').fill(today);
    await contest.getByLabel("Data dell'audizione").fill(hearingDate);
    await contest.getByLabel("Luogo dell'audizione").fill('Sala riunioni del Municipio, piazza Matteotti 6');
    await contest.getByRole('button', { name: 'Registra la contestazione' }).click();
    const summary = contest.locator('.error-summary');
    await summary.getByText(/Il modulo contiene 2 errori/).waitFor();
    expect(await summary.textContent()).toContain('Elementi di prova');
    expect(await contest.getByLabel('Elementi di prova').getAttribute('aria-invalid')).toBe('true');
    expect(await channel.getAttribute('aria-invalid')).toBe('true');

    await contest
      .getByLabel('Elementi di prova')
      .fill('Registro delle presenze; relazione del responsabile del servizio');
    await channel.selectOption('CONSEGNA_A_MANO');
    await contest.getByRole('button', { name: 'Registra la contestazione' }).click();
    await page.getByText('Contestazione registrata.').waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Addebito contestato: difesa e istruttoria');
    const comms = page.getByRole('table', { name: /Comunicazioni/ });
    const comm = comms.getByRole('row').filter({ hasText: CONTEST });
    expect(await comm.textContent()).toContain('Consegna a mano');
    expect(await comm.textContent()).toContain('In consegna');
  });

  await step(page, 'delivery', async () => {
    const delivery = act(page, DELIVERY);
    await delivery.locator(':scope > summary').click();
    const term = delivery.getByRole('complementary', { name: 'Termine per questo atto' });
    expect(await term.textContent()).toContain('Preavviso minimo della convocazione');
    expect(await delivery.getByLabel('Comunicazione consegnata').locator('option:checked').textContent()).toContain(
      CONTEST,
    );
    expect(await delivery.getByLabel('Tipo di prova').locator('option:checked').textContent()).toContain(
      'Ricevuta firmata dal dipendente',
    );
    await delivery.getByLabel('Data di consegna').fill(today);
    await delivery.getByLabel('Riferimento della prova').fill('Ricevuta firmata a mano, prot. ris. n. 3');
    await delivery.getByLabel('Scansione della prova (facoltativo)').setInputFiles({
      name: 'ricevuta-firmata.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await delivery.getByRole('button', { name: 'Registra la consegna' }).click();
    await page.getByText('Consegna registrata con la sua prova.').waitFor();
    const comm = page
      .getByRole('table', { name: /Comunicazioni/ })
      .getByRole('row')
      .filter({ hasText: CONTEST });
    const text = (await comm.textContent()) ?? '';
    expect(text).toContain(`Consegnata il ${italianDate(today)}`);
    expect(text).toContain('Ricevuta firmata dal dipendente');
    expect(text).toContain('Ricevuta firmata a mano, prot. ris. n. 3');
    expect(text).toContain('ricevuta-firmata.png');
    // The audit timeline and the access log are on the authority's page.
    const audit = page.getByRole('region', { name: 'Registro degli eventi' });
    expect(await audit.getByText('Catena di audit verificata').count()).toBe(1);
    expect(await audit.getByRole('heading', { name: /Comunicazione consegnata/ }).count()).toBe(1);
    const log = page.getByRole('table', { name: /Chi ha letto il fascicolo/ });
    expect(await log.getByText('Franco Galli (segretario.stresa)').count()).toBeGreaterThan(0);
    expect(await allOptions(page).then((o) => o.filter((x) => /e-?mail/i.test(x)))).toEqual([]);
  });
  await page.close();

  // ------------------------------------------------ the employee
  const mine = await newPage(pageErrors);
  await step(mine, 'employee-list', async () => {
    await signIn(mine, EMPLOYEE);
    await mine.getByRole('heading', { level: 1, name: 'I miei procedimenti disciplinari' }).waitFor();
    await mine.getByRole('link', { name: caseTitle }).click();
    await mine.getByRole('heading', { level: 1, name: caseTitle }).waitFor();
  });

  await step(mine, 'employee-case', async () => {
    const main = (await mine.getByRole('main').textContent()) ?? '';
    expect(main).toContain(
      `Audizione a sua difesa: ${new Intl.DateTimeFormat('it-IT', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${hearingDate}T12:00:00Z`))}`,
    );
    expect(main).toContain('Registro delle presenze; relazione del responsabile del servizio');
    const comm = mine
      .getByRole('table', { name: /Comunicazioni/ })
      .getByRole('row')
      .filter({ hasText: CONTEST });
    expect(await comm.textContent()).toContain(`Consegnata il ${italianDate(today)}`);
    expect(await mine.getByRole('table', { name: /Termini del procedimento/ }).textContent()).toContain(
      'Conclusione del procedimento',
    );
    // The authority's registers are not the employee's.
    expect(await mine.getByRole('heading', { name: 'Registro degli eventi' }).count()).toBe(0);
    expect(await mine.getByRole('heading', { name: 'Registro degli accessi al fascicolo' }).count()).toBe(0);
    expect(await act(mine, CONTEST).count()).toBe(0);
  });

  await step(mine, 'memoria', async () => {
    const memoria = act(mine, MEMORIA);
    await memoria.locator(':scope > summary').click();
    const term = memoria.getByRole('complementary', { name: 'Termine per questo atto' });
    expect(await term.textContent()).toContain(italianDate(hearingDate));
    await memoria.getByRole('button', { name: 'Presenta la memoria' }).click();
    await memoria.locator('.error-summary').getByText('Il modulo contiene un errore').waitFor();
    expect(await memoria.getByLabel('Testo della memoria').getAttribute('aria-invalid')).toBe('true');
    await memoria
      .getByLabel('Testo della memoria')
      .fill("Il ritardo è dovuto a un guasto del sistema di rilevazione delle presenze, segnalato all'ufficio.");
    await memoria.getByRole('button', { name: 'Presenta la memoria' }).click();
    await mine.getByText('Memoria presentata: è agli atti del procedimento.').waitFor();
    const defence = mine.getByRole('region', { name: 'Difesa e istruttoria' });
    expect(await defence.textContent()).toContain('guasto del sistema di rilevazione delle presenze');
    expect(await allOptions(mine).then((o) => o.filter((x) => /e-?mail/i.test(x)))).toEqual([]);
  });
  await mine.close();

  // ------------------------------------------------ another employee
  const other = await newPage(pageErrors);
  await step(other, 'other-employee', async () => {
    await signIn(other, OTHER_EMPLOYEE);
    await other.getByRole('heading', { level: 1, name: 'I miei procedimenti disciplinari' }).waitFor();
    expect(await other.getByText(caseTitle).count()).toBe(0);
    await other.goto(`${web()}/dipendente/?id=${encodeURIComponent(caseId)}`);
    await other.getByRole('heading', { level: 1, name: 'Procedimento non disponibile' }).waitFor();
    expect(await other.getByText(facts).count()).toBe(0);
  });
  await other.close();

  expect(pageErrors).toEqual([]);
}, 180_000);
