import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import { TEST_PASSWORD } from '../factories';

jest.setTimeout(240_000);

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}

/** The input labelled exactly so (a required field's label ends with an asterisk). */
function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** Opens a Mantine Select by its label and picks the option with this exact name. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

async function tabUntilFocused(page: Page, locator: Locator, maxPresses = 60): Promise<boolean> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element: { matches(selector: string): boolean }) => element.matches(':focus'))) {
      return true;
    }
  }
  return false;
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, `${name}-desktop-ja`);
  await page.setViewportSize(PHONE);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, `${name}-phone-ja`);
  await page.setViewportSize(DESKTOP);
}

describe('setting up a program from scratch in the browser (admin and owner)', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await BrowserStack.start();
  });

  afterAll(async () => {
    await stack.close();
  });

  it('(3) an admin creates the organisation, accounts and program; the owner adds members, pairs and starts it', async () => {
    const admin = await stack.t.factory.admin();
    const mentorOrganization = await stack.t.factory.organization({ name: 'おおさか中核人材機構' });
    const mentor = await stack.t.factory.user({ organizationId: mentorOrganization.id, displayName: '田中 健一' });

    // The admin registers an organisation; an empty name is refused next to the field before anything is sent.
    const page = await stack.loginAs(admin, DESKTOP);
    await page.getByRole('heading', { level: 1, name: '組織とアカウントの設定' }).waitFor();
    await page.getByRole('button', { name: '登録する' }).click();
    await expectVisible(page.getByText('入力してください'));
    await field(page, '組織名').fill('いずみ信用金庫');
    await choose(page, '種別', '信用金庫');
    await choose(page, '区分', '民間');
    await field(page, '都道府県').fill('大阪府');
    await expectAccessible(page, 'admin-home');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { level: 1, name: 'いずみ信用金庫' }).waitFor();

    // Two accounts: the owner with a password the admin gives, the trainee with a one-time link.
    await field(page, 'メールアドレス').fill('owner.izumi@banso.test');
    await field(page, '氏名').fill('和泉 涼子');
    await page.getByLabel('ここで設定して本人に伝える').check();
    await field(page, 'パスワード').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    await expectVisible(page.getByRole('link', { name: '和泉 涼子' }));

    await field(page, 'メールアドレス').fill('owner.izumi@banso.test');
    await field(page, '氏名').fill('泉 大地');
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    // The api's own words for a taken email; what was typed stays.
    await expectVisible(page.getByText('メールアドレス owner.izumi@banso.test は既に使われています'));
    expect(await field(page, '氏名').inputValue()).toBe('泉 大地');
    await field(page, 'メールアドレス').fill('trainee.izumi@banso.test');
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    const linkField = page.getByTestId('password-link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/set-password#.+/);
    await expectVisible(page.getByRole('link', { name: '泉 大地' }));
    await expectAccessible(page, 'admin-organization');

    // The program, in DRAFT, run by the new organisation; the admin adds its owner found by name.
    await page.getByRole('link', { name: 'プログラム', exact: true }).click();
    await page.getByRole('link', { name: 'プログラムを作成' }).click();
    await page.getByRole('heading', { level: 1, name: 'プログラムを作成' }).waitFor();
    await field(page, 'プログラム名').fill('令和7年度 いずみ担い手育成プログラム');
    await field(page, '年度').fill('2025');
    await field(page, '地域').fill('大阪府');
    await field(page, '開始日').fill('2025-06-01');
    await field(page, '終了日').fill('2025-05-01');
    await choose(page, '実証機関', 'いずみ信用金庫');
    await page.getByRole('button', { name: '作成する' }).click();
    await expectVisible(page.getByText('終了日は開始日以降にしてください'));
    await field(page, '終了日').fill('2026-02-28');
    await expectAccessible(page, 'admin-program-new');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByRole('heading', { level: 1, name: '令和7年度 いずみ担い手育成プログラム' }).waitFor();
    await addMember(page, '和泉', /和泉 涼子/, '運営担当');
    await expectVisible(page.getByRole('cell', { name: /和泉 涼子/ }));
    await page.context().close();

    // The owner logs in with the password the admin gave and completes the roster.
    const owner = { id: '', email: 'owner.izumi@banso.test', organizationId: '', displayName: '和泉 涼子' };
    const ownerPage = await stack.loginAs(owner, DESKTOP);
    await ownerPage.getByRole('heading', { level: 1, name: 'プログラム' }).waitFor();
    await ownerPage.getByRole('link', { name: '令和7年度 いずみ担い手育成プログラム' }).click();
    await addMember(ownerPage, '田中', /田中 健一/, 'メンター');
    await addMember(ownerPage, 'trainee.izumi', /泉 大地/, '担い手候補者');
    await expectVisible(ownerPage.getByRole('cell', { name: /泉 大地/ }));
    await expectAccessible(ownerPage, 'owner-program-members');

    // The mentor cascade: 田中 holds no MENTOR certificate, so he is designated external advisor before the pairing.
    const [created] = await stack.t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM program WHERE name = '令和7年度 いずみ担い手育成プログラム'`,
    );
    await stack.t.factory.advisor(created.id, mentor.id);
    await ownerPage.getByRole('tab', { name: 'メンターのペア' }).click();
    await choose(ownerPage, 'メンター', '田中 健一');
    await choose(ownerPage, '担い手候補者', '泉 大地');
    await ownerPage.getByRole('button', { name: 'ペアを組む' }).click();
    await expectVisible(ownerPage.getByRole('cell', { name: '泉 大地' }));
    await expectAccessible(ownerPage, 'owner-program-pairings');

    // Started from the keyboard.
    await ownerPage.getByRole('tab', { name: '設定' }).click();
    const start = ownerPage.getByRole('button', { name: 'プログラムを開始' });
    await start.waitFor();
    expect(await tabUntilFocused(ownerPage, start)).toBe(true);
    await ownerPage.keyboard.press('Enter');
    await expectVisible(ownerPage.getByText('実施中', { exact: true }));
    await expectAccessible(ownerPage, 'owner-program-settings');
    await ownerPage.context().close();

    const [program] = await stack.t.dataSource.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM program WHERE name = '令和7年度 いずみ担い手育成プログラム'`,
    );
    expect(program.status).toBe('ACTIVE');
    const roster = await stack.t.dataSource.query<{ displayName: string; role: string }[]>(
      `SELECT u."displayName", m.role FROM program_member m JOIN user_account u ON u.id = m."userId"
       WHERE m."programId" = $1 ORDER BY m.role`,
      [program.id],
    );
    expect(roster).toEqual([
      { displayName: '和泉 涼子', role: 'OWNER' },
      { displayName: '田中 健一', role: 'MENTOR' },
      { displayName: '泉 大地', role: 'TRAINEE' },
    ]);
    const pairs = await stack.t.count('mentorship', `"programId" = $1 AND "mentorId" = $2`, [program.id, mentor.id]);
    expect(pairs).toBe(1);

    // The trainee opens the one-time link on a phone, sets a password and logs in.
    const context = await stack.context(PHONE);
    const traineePage = await context.newPage();
    await traineePage.goto(link.slice(link.indexOf('/set-password')));
    await traineePage.getByRole('heading', { level: 1, name: 'パスワードの設定' }).waitFor();
    await field(traineePage, '新しいパスワード').fill('izumi-daichi-2025');
    await field(traineePage, '新しいパスワード（確認）').fill('izumi-daichi-2025');
    expect(await seriousViolations(traineePage)).toEqual([]);
    await screenshot(traineePage, 'set-password-phone-ja');
    await traineePage.getByRole('button', { name: 'パスワードを設定' }).click();
    await traineePage.getByRole('link', { name: 'ログイン画面へ' }).click();
    await traineePage.getByLabel('メールアドレス').fill('trainee.izumi@banso.test');
    await traineePage.getByLabel('パスワード').fill('izumi-daichi-2025');
    await traineePage.getByRole('button', { name: 'ログイン' }).click();
    await traineePage.getByTestId('user-menu').waitFor();
    await expectVisible(traineePage.getByTestId('user-menu').getByText('泉 大地'));
    await context.close();
  });
});

async function addMember(page: Page, search: string, account: RegExp, role: string): Promise<void> {
  await field(page, 'アカウントを検索').fill(search);
  await page.getByRole('textbox', { name: '追加するアカウント', exact: true }).click();
  await page.getByRole('option', { name: account }).click();
  await choose(page, '役割', role);
  await page.getByRole('button', { name: '追加する' }).click();
  await expectVisible(page.getByText('参加者を追加しました。'));
  await page.getByText('参加者を追加しました。').first().waitFor({ state: 'hidden' });
}
