import type { Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';

jest.setTimeout(240_000);

const HEADER = '組織名,組織種別,都道府県,氏名,メールアドレス,役割,メンターのメールアドレス';

function csv(rows: string[]): Buffer {
  return Buffer.from(`\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, `${name}-desktop-ja`);
  await page.setViewportSize(PHONE);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, `${name}-phone-ja`);
  await page.setViewportSize(DESKTOP);
}

async function upload(page: Page, name: string, content: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
}

describe('roster import in the browser (owner)', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await BrowserStack.start();
  });

  afterAll(async () => {
    await stack.close();
  });

  it('(6) the owner checks a roster, sees the bad row highlighted, fixes it and imports it', async () => {
    const w = await stack.t.factory.cohort();
    const page = await stack.loginAs(w.owner, DESKTOP);
    await page.goto(`/programs/${w.program.id}`);
    await page.getByRole('link', { name: '名簿の取り込み' }).click();
    await page.getByRole('heading', { level: 1, name: '名簿の取り込み' }).waitFor();

    // Both templates download from the page's links.
    for (const name of ['Excelテンプレート（.xlsx）', 'CSVテンプレート（.csv）']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
    }

    const bad = csv([
      'みなと商工会議所,商工会議所,大阪府,港 太郎,minato.mentor@roster.test,MENTOR,',
      'みなと商工会議所,商工会議所,大阪府,港 花子,minato.trainee@roster.test,BOSS,minato.mentor@roster.test',
      'みなと商工会議所,商工会議所,大阪府,港 次郎,minato.trainee2@roster.test,TRAINEE,minato.mentor@roster.test',
    ]);
    await upload(page, 'roster.csv', bad);
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByRole('alert').filter({ hasText: '問題 1 件' }).waitFor();
    const flagged = page.locator('tr[data-problem]');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.first().textContent()).toContain('3行目「役割」: 「BOSS」は役割にありません');
    expect(await page.getByRole('button', { name: '取り込む' }).isDisabled()).toBe(true);
    expect(await stack.t.count('user_account', `email LIKE 'minato.%'`)).toBe(0);
    await expectAccessible(page, 'roster-check');

    const fixed = csv([
      'みなと商工会議所,商工会議所,大阪府,港 太郎,minato.mentor@roster.test,MENTOR,',
      'みなと商工会議所,商工会議所,大阪府,港 花子,minato.trainee@roster.test,TRAINEE,minato.mentor@roster.test',
      'みなと商工会議所,商工会議所,大阪府,港 次郎,minato.trainee2@roster.test,TRAINEE,minato.mentor@roster.test',
    ]);
    await upload(page, 'roster-fixed.csv', fixed);
    // Choosing another file clears the previous check.
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByText('作成するアカウント: 3').waitFor();
    expect(await page.locator('tr[data-problem]').count()).toBe(0);
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByRole('heading', { name: '取り込みが完了しました' }).waitFor();
    await page.getByRole('heading', { name: 'パスワード設定リンク' }).waitFor();
    expect(await page.getByText('/set-password#').count()).toBe(3);
    expect(await stack.t.count('user_account', `email LIKE 'minato.%'`)).toBe(3);
    expect(await stack.t.count('mentorship', `"programId" = $1`, [w.program.id])).toBe(1 + 2);
    await expectAccessible(page, 'roster-imported');
  });
});
