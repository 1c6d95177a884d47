import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { TEST_PASSWORD, type UserRow } from '../factories';
import { TestApp } from '../utils/test-app';

/** Debian's Chromium (apt: chromium, fonts-noto-cjk); nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
/** Screenshots of the main pages (git-ignored); a few are copied to docs/screenshots for the README. */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * One browser story file: the real api (serving the built web app from dist/web) and worker on a fresh test
 * database, listening on a free port, and one headless Chromium for the whole file.
 */
export class BrowserStack {
  private constructor(
    readonly t: TestApp,
    readonly baseUrl: string,
    readonly browser: Browser,
  ) {}

  static async start(): Promise<BrowserStack> {
    const t = await TestApp.start({ worker: true });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as AddressInfo;
    // Playwright launches Chromium with a fresh temporary --user-data-dir of its own.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    return new BrowserStack(t, `http://127.0.0.1:${address.port}`, browser);
  }

  /** A fresh browser context (no cookies, no storage) with the given viewport and language. */
  async context(viewport = PHONE, locale = 'ja-JP'): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport,
      locale,
      timezoneId: 'Asia/Tokyo',
    });
    context.setDefaultTimeout(15_000);
    if (process.env.BROWSER_DEBUG) {
      context.on('console', (message) => process.stdout.write(`[console.${message.type()}] ${message.text()}\n`));
      context.on('weberror', (error) => process.stdout.write(`[pageerror] ${error.error().message}\n`));
      context.on('response', (response) => {
        if (!response.url().endsWith('/graphql')) return;
        void response
          .text()
          .then((body) => process.stdout.write(`[graphql ${response.status()}] ${body.slice(0, 400)}\n`))
          .catch(() => undefined);
      });
    }
    return context;
  }

  /** Opens /login in a new page and logs in as the user; resolves once the signed-in frame is shown. */
  async loginAs(user: UserRow, viewport = PHONE): Promise<Page> {
    const context = await this.context(viewport);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(user.email);
    await page.getByLabel('パスワード').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByTestId('user-menu').waitFor();
    return page;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.t.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * Waits (at most 3 s) for the page's finite CSS transitions and animations to end: a toast fading in has text at a
 * contrast no one reads, and axe would measure it mid-fade. Endless ones (loaders) are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations()
      .filter((animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ])`);
}

/** axe-core on the page as it is now: the serious and critical violations (the stories expect none). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await settled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
}

/** Writes a full-page screenshot to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
