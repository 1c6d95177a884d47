import type { Page } from 'playwright-core';
import { BrowserStack, PHONE, screenshot, seriousViolations } from './harness';
import { Cohort, UserRow } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';
import { waitUntil } from '../utils/test-app';

jest.setTimeout(240_000);

/**
 * Logs in on a phone, opens the menu and picks English, as a person would: the pages switch at once and the
 * account's language is saved, so that the api's own texts (behaviour names, messages) come in English too.
 */
async function inEnglish(stack: BrowserStack, user: UserRow): Promise<Page> {
  const page = await stack.loginAs(user, PHONE);
  await page.getByRole('button', { name: 'メニューを開く' }).click();
  await page.getByText('English', { exact: true }).click();
  await waitUntil('the account language is English', async () => {
    const [account] = await stack.t.dataSource.query<{ locale: string }[]>(
      `SELECT locale FROM user_account WHERE id = $1`,
      [user.id],
    );
    return account.locale === 'en';
  });
  return page;
}

interface PageCheck {
  path: string;
  heading: string | RegExp;
  name: string;
}

/**
 * Each page in English on a 390×844 phone: its heading in English, nothing wider than the screen (wide tables
 * scroll inside their own frame), axe-clean, and a screenshot to look at.
 */
async function checkPages(page: Page, checks: PageCheck[]): Promise<void> {
  for (const check of checks) {
    await page.goto(check.path);
    await page
      .getByRole('heading', { level: 1, name: check.heading })
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, `${check.name}-phone-en-failed`);
        throw error;
      });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect({ page: check.name, overflow }).toEqual({ page: check.name, overflow: 0 });
    expect({ page: check.name, violations: await seriousViolations(page) }).toEqual({
      page: check.name,
      violations: [],
    });
    await screenshot(page, `${check.name}-phone-en`);
  }
}

describe('mentor, owner and admin pages in English on a phone (Chromium)', () => {
  let stack: BrowserStack;
  let cohort: Cohort;
  let visitId: string;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    cohort = await stack.t.factory.cohort();
    const ojt = new OjtFactory(stack.t);
    const { caseId } = await ojt.openCase(cohort);
    visitId = (await ojt.postBriefedVisit(cohort, caseId)).id;
  });

  afterAll(async () => {
    await stack.close();
  });

  it('the mentor: inbox, mentees and a visit to review', async () => {
    const page = await inEnglish(stack, cohort.mentor);
    await checkPages(page, [
      { path: '/mentor', heading: 'Awaiting feedback', name: 'mentor-inbox' },
      { path: '/mentor/mentees', heading: 'My mentees', name: 'mentor-mentees' },
      { path: `/mentor/visits/${visitId}`, heading: /accompanied visit 1/, name: 'mentor-visit-review' },
    ]);
    // The framework's behaviours come from the api in the account's language, now English.
    await page.getByText('S1-DEDICATION Dedication').first().waitFor();
    // A reload restores the session in English (the account's language), not the Japanese default.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /accompanied visit 1/ }).waitFor();
    await page.context().close();
  });

  it('the program owner: programs, one program, its cohort heatmap and a trainee', async () => {
    const page = await inEnglish(stack, cohort.owner);
    const programId = cohort.program.id;
    await checkPages(page, [
      { path: '/owner', heading: 'Programs', name: 'owner-programs' },
      { path: `/programs/${programId}`, heading: cohort.program.name, name: 'owner-program' },
      { path: `/programs/${programId}/matrix`, heading: 'Cohort competencies', name: 'owner-matrix' },
      {
        path: `/programs/${programId}/trainees/${cohort.trainee.id}`,
        heading: new RegExp(cohort.trainee.displayName),
        name: 'owner-trainee',
      },
    ]);
    await page.context().close();
  });

  it('the admin: organisations and accounts, one organisation, one account; anyone: account and notifications', async () => {
    const page = await inEnglish(stack, cohort.admin);
    await checkPages(page, [
      { path: '/admin', heading: 'Organisations and accounts', name: 'admin-home' },
      { path: `/admin/organizations/${cohort.chamber.id}`, heading: cohort.chamber.name, name: 'admin-organization' },
      { path: `/admin/accounts/${cohort.trainee.id}`, heading: cohort.trainee.displayName, name: 'admin-account' },
      { path: '/account', heading: 'Account settings', name: 'account' },
      { path: '/notifications', heading: 'Notifications', name: 'notifications' },
    ]);
    await page.context().close();
  });
});
