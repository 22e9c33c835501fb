/**
 * The entity's calendar page end to end, in Chromium against the shared local runtime (LOCAL_WEB_URL,
 * started by the integration project's global setup): the HR head of Stresa opens "Calendario
 * dell'ente", adds a Waldensian holiday for 2031 (a year no other test computes terms in), is told the
 * act the change rests on is required, saves, and finds the holiday after a reload marked as set by the
 * entity, with the other settings (patron day and its citation) kept; an HR officer sees the calendar
 * read-only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, signIn, web } from '../support/browser';
import { api, ROOT_DIR } from '../support/local';

const HEAD = 'head.stresa';
const HR = 'hr.stresa';
const YEAR = '2031';

const { context, step } = browserSuite('e2e-calendar');

/** A screenshot kept in test-results/ to look at. */
async function shot(page: Page, name: string) {
  const dir = join(ROOT_DIR, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `e2e-calendar-${name}.png`), fullPage: true });
}

test('the HR head adds a Waldensian holiday for 2031; it is kept, and an HR officer reads it', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const name = `Festa valdese di prova ${Date.now().toString(36)}`;
  const before = await api(`/api/v1/entities/stresa/calendar?year=${YEAR}`, { user: HEAD });
  expect(before.status).toBe(200);

  await step(page, 'sign-in', () => signIn(page, HEAD));

  await step(page, 'open', async () => {
    const nav = page.getByRole('navigation', { name: 'Sezioni della console' });
    await nav.getByRole('link', { name: "Calendario dell'ente" }).click();
    await page.getByRole('heading', { level: 1, name: /Calendario dell'ente/ }).waitFor();
    expect(await nav.getByRole('link', { name: "Calendario dell'ente" }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { name: 'Calendario in vigore' }).waitFor();
    expect(await page.locator('#cal-patron').textContent()).toContain('7 dicembre');
  });

  await step(page, 'choose-year', async () => {
    await page.getByLabel('Anno delle festività religiose').selectOption(YEAR);
    await page.getByRole('heading', { name: `Festività ebraiche e valdesi del ${YEAR}` }).waitFor();
    expect(await page.locator('#cal-jewish').getAttribute('data-source')).toBe('computed');
    // Jewish holidays are computed, with dates in Italian.
    expect(await page.locator('#cal-jewish').textContent()).toMatch(new RegExp(`\\d+ \\p{L}+ ${YEAR}`, 'u'));
    expect(page.url()).toContain(`anno=${YEAR}`);
  });

  await step(page, 'add-row', async () => {
    await page.getByRole('button', { name: `Aggiungi una festività valdese del ${YEAR}` }).click();
    const row = page.getByRole('group', { name: 'Festività valdese n. 1' });
    // The new row's first field takes the focus.
    expect(await row.getByLabel('Data').evaluate((el) => el === document.activeElement)).toBe(true);
    await row.getByLabel('Data').fill(`${YEAR}-02-17`);
    await row.getByLabel('Denominazione').fill(name);
  });

  await step(page, 'basis-required', async () => {
    await page.getByRole('button', { name: 'Salva il calendario' }).click();
    const summary = page.locator('#cal_summary');
    await summary.getByRole('link', { name: /Atto su cui si fonda la modifica/ }).waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Atto su cui si fonda la modifica').getAttribute('aria-invalid')).toBe('true');
  });

  await step(page, 'save', async () => {
    await page.getByLabel('Atto su cui si fonda la modifica').fill('Decreto del sindaco n. 7/2031 (prova e2e)');
    await page.getByRole('button', { name: 'Salva il calendario' }).click();
    const result = page.locator('#cal-result');
    await result.getByText('Calendario aggiornato').waitFor();
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  await step(page, 'after-reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: `Festività ebraiche e valdesi del ${YEAR}` }).waitFor();
    const waldensian = page.locator('#cal-waldensian');
    expect(await waldensian.getAttribute('data-source')).toBe('entity');
    const text = (await waldensian.textContent()) ?? '';
    expect(text).toContain('17 febbraio 2031');
    expect(text).toContain(name);
    expect(text).toContain("Elenco stabilito dall'ente");
    const source = (await page.locator('#cal-source').textContent()) ?? '';
    expect(source).toContain('Giulia Bianchi');
    expect(source).toContain('Decreto del sindaco n. 7/2031');
    await shot(page, 'head');
  });

  // The whole settings object was sent: the patron day's citation and the other years are kept.
  const after = await api(`/api/v1/entities/stresa/calendar?year=${YEAR}`, { user: HEAD });
  expect(after.json.version).toBe(before.json.version + 1);
  expect(after.json.settings.patronDays).toEqual(before.json.settings.patronDays);
  expect(after.json.settings.extraClosedDays ?? []).toEqual(before.json.settings.extraClosedDays ?? []);
  expect(after.json.settings.religiousHolidays[YEAR].waldensian).toEqual([{ date: `${YEAR}-02-17`, name }]);
  expect(after.json.settings.religiousHolidays[YEAR].jewish).toBeUndefined();
  expect(pageErrors).toEqual([]);
  await page.close();
}, 120_000);

test('an HR officer sees the calendar read-only', async () => {
  const page = await context().newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await step(page, 'officer-sign-in', () => signIn(page, HR));
  await step(page, 'officer-read-only', async () => {
    await page.goto(`${web()}/hr/?view=calendario&anno=${YEAR}`);
    await page.getByRole('heading', { name: 'Calendario in vigore' }).waitFor();
    expect(await page.locator('#cal-readonly').textContent()).toContain('Solo il responsabile del personale');
    expect(await page.getByRole('heading', { name: 'Modifica il calendario' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Salva il calendario' }).count()).toBe(0);
    expect(await page.locator('#cal-waldensian').textContent()).toMatch(/febbraio 2031|Nessuna festività/);
    await shot(page, 'officer');
  });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 60_000);
