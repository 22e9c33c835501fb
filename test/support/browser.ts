/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (never a
 * downloaded browser), flags that keep it off the network, an Italian locale in Europe/Rome, and a
 * screenshot in test-results/ when a step fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT_DIR } from './local';

export const web = () => {
  const url = process.env.LOCAL_WEB_URL;
  if (!url) throw new Error('LOCAL_WEB_URL is not set: run through the integration project (global setup)');
  return url;
};

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  return {
    browser,
    context,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Runs a step; on failure keeps a screenshot in test-results/<suite>-<name>.png to look at. */
export function stepper(suite: string) {
  return async <T>(page: Page, name: string, body: () => Promise<T>): Promise<T> => {
    try {
      return await body();
    } catch (error) {
      const dir = join(ROOT_DIR, 'test-results');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${suite}-${name}.png`), fullPage: true }).catch(() => {});
      throw error;
    }
  };
}

/**
 * One browser per test file: registers the jest hooks that open and close it, and returns the context
 * getter and the screenshotting step runner for `suite`.
 */
export function browserSuite(suite: string) {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return {
    context: (): BrowserContext => {
      if (!session) throw new Error('the browser is not open (browserSuite hooks did not run)');
      return session.context;
    },
    step: stepper(suite),
  };
}

/** The local dev sign-in of the HR console, as a user does it. */
export async function signIn(page: Page, user: string, baseUrl = web()): Promise<void> {
  await page.goto(`${baseUrl}/hr/`);
  await page.getByLabel('Utente').selectOption(user);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByText('Accesso effettuato come').waitFor();
}
