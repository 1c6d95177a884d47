import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

describe('trainee stories (Chromium)', () => {
  let stack: BrowserStack;
  let cohort: Cohort;
  let ojt: OjtFactory;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    cohort = await stack.t.factory.cohort();
    ojt = new OjtFactory(stack.t);
  });

  afterAll(async () => {
    await stack.close();
  });

  it('a trainee logs in on a phone and sees their home: next visits, open next actions, cases', async () => {
    const { caseId } = await ojt.openCase(cohort);
    const visit = await ojt.planVisit(cohort, caseId);

    const page = await stack.loginAs(cohort.trainee, PHONE);
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    await expectVisible(page.getByRole('link', { name: `第${visit.number}回訪問・株式会社なにわ精工` }));
    await expectVisible(page.getByRole('link', { name: '株式会社なにわ精工' }));
    await expectVisible(page.getByTestId('user-menu').getByText(cohort.trainee.displayName));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'trainee-home-phone-ja');

    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'trainee-home-desktop-ja');
    await page.context().close();
  });
});

async function expectVisible(locator: import('playwright-core').Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}
