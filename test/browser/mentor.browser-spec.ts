import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

interface FrameworkBehaviour {
  id: string;
  code: string;
  name: string;
}

/** The first behaviour of STEP1 in the default framework, as the mentor sees it in Japanese. */
async function step1Behaviour(stack: BrowserStack, cohort: Cohort): Promise<FrameworkBehaviour> {
  const res = await stack.t.gql<{
    competencyFramework: { steps: { code: string; behaviours: FrameworkBehaviour[] }[] };
  }>(`query { competencyFramework { steps { code behaviours { id code name } } } }`, {}, { as: cohort.mentor });
  const step = res.data!.competencyFramework.steps.find((candidate) => candidate.code === 'STEP1');
  return step!.behaviours[0];
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}

async function tabUntilFocused(page: Page, locator: Locator, maxPresses = 80): Promise<boolean> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element: { matches(selector: string): boolean }) => element.matches(':focus'))) {
      return true;
    }
  }
  return false;
}

/** Mentees (nav) → the program → its cohort heatmap, as a mentor would click through. */
async function openCohortMatrix(page: Page, cohort: Cohort): Promise<void> {
  await page.getByRole('link', { name: '担当する担い手候補者' }).click();
  await page.getByRole('heading', { level: 1, name: '担当する担い手候補者' }).waitFor();
  await page.getByRole('link', { name: cohort.program.name }).click();
  await page.getByRole('link', { name: 'コホートのコンピテンシーを見る' }).click();
  await page.getByRole('heading', { level: 1, name: 'コホートのコンピテンシー' }).waitFor();
}

jest.setTimeout(180_000);

describe('mentor stories (Chromium)', () => {
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

  it('(2) the mentor gives feedback from the inbox; the rating and its evidence show in the trainee profile', async () => {
    const { caseId } = await ojt.openCase(cohort);
    const visit = await ojt.postBriefedVisit(cohort, caseId);
    const behaviour = await step1Behaviour(stack, cohort);

    // The inbox: the post-briefed visit waits for feedback.
    const page = await stack.loginAs(cohort.mentor, DESKTOP);
    await page.getByRole('heading', { level: 1, name: 'フィードバック待ち' }).waitFor();
    const review = page.getByRole('link', { name: '確認してフィードバック' });
    await expectVisible(page.getByRole('cell', { name: cohort.trainee.displayName }));
    await expectVisible(page.getByText('フィードバック待ち', { exact: true }).nth(1));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mentor-inbox-desktop-ja');
    expect(await tabUntilFocused(page, review)).toBe(true);
    await page.keyboard.press('Enter');

    // The review: pre-brief and post-brief side by side, the hypothesis with its verdict.
    await page.getByRole('heading', { level: 1, name: `株式会社なにわ精工 第${visit.number}回 同行訪問` }).waitFor();
    await expectVisible(page.getByRole('heading', { name: '事前準備' }));
    await expectVisible(page.getByRole('heading', { name: '事後整理' }));
    await expectVisible(page.getByText('営業の属人化で新規開拓が止まっている'));
    await expectVisible(page.getByText('確認', { exact: true }));
    await expectVisible(page.getByText('技術承継が優先課題', { exact: false }));

    // Submitting without a comment keeps what was chosen and says what is missing, next to the field.
    const group = page.getByRole('radiogroup', { name: `${behaviour.code} ${behaviour.name}` });
    await group.getByRole('radio', { name: /^3 / }).check();
    await page.getByRole('button', { name: 'フィードバックを送る' }).click();
    await expectVisible(page.getByText('入力してください'));
    expect(await group.getByRole('radio', { name: /^3 / }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(`「${behaviour.name}」へのコメント（任意）`).fill('仮説を丁寧に確かめていた');
    await page.getByLabel('フィードバックコメント').fill('社長の想いを引き出せていました。次回は数字の裏付けも。');
    await screenshot(page, 'mentor-visit-review-desktop-ja');
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mentor-visit-review-phone-ja');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'フィードバックを送る' }).click();

    // Back in the inbox, nothing waits any more.
    await page.getByText('対応待ちの訪問はありません。').waitFor();
    const stored = await stack.t.dataSource.query<{ level: number; evidenceId: string; comment: string }[]>(
      `SELECT level, "evidenceId", comment FROM assessment WHERE "traineeId" = $1 AND "behaviourId" = $2`,
      [cohort.trainee.id, behaviour.id],
    );
    expect(stored).toEqual([{ level: 3, evidenceId: visit.id, comment: '仮説を丁寧に確かめていた' }]);

    // Through their mentees, the program and the cohort heatmap to the mentee's profile: level 3, one evidence.
    await openCohortMatrix(page, cohort);
    await page.getByRole('link', { name: cohort.trainee.displayName }).click();
    await page.getByRole('heading', { level: 1, name: `${cohort.trainee.displayName} さんのコンピテンシー` }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(behaviour.code) });
    await expectVisible(row.getByText(/^3 /));
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mentor-trainee-profile-desktop-ja');
    await page.context().close();

    // The trainee, on a phone, sees the rating and its evidence on "My competencies".
    const mine = await stack.loginAs(cohort.trainee, PHONE);
    await mine.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    await mine.goto(new URL('/trainee/competencies', mine.url()).toString());
    await mine.getByRole('heading', { level: 1, name: 'マイ・コンピテンシー' }).waitFor();
    const myRow = mine.getByRole('row', { name: new RegExp(behaviour.code) });
    await expectVisible(myRow.getByText(/^3 /));
    expect(await myRow.getByRole('cell').nth(3).textContent()).toBe('1');
    await mine.getByRole('button', { name: `${behaviour.code} ${behaviour.name} の評価履歴` }).click();
    await expectVisible(mine.getByText('仮説を丁寧に確かめていた'));
    const evidence = mine.getByRole('link', { name: '訪問を開く（根拠）' });
    await expectVisible(evidence);
    expect(await evidence.getAttribute('href')).toBe(`/trainee/visits/${visit.id}`);
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshot(mine, 'trainee-competencies-phone-ja');

    // A self-assessment: level 2 against the mentor's 3 shows a gap of -1.
    await mine.getByRole('textbox', { name: '行動' }).fill(behaviour.code);
    await mine.getByRole('option', { name: `${behaviour.code} ${behaviour.name}` }).click();
    await mine
      .getByRole('radiogroup', { name: /^レベル/ })
      .getByRole('radio', { name: /^2 / })
      .check();
    await mine.getByLabel('コメント（任意）').fill('数字の裏付けがまだ弱い');
    await mine.getByRole('button', { name: '自己評価を記録する' }).click();
    await expectVisible(mine.getByText(`${behaviour.name} の自己評価を記録しました。`));
    await expectVisible(myRow.getByRole('cell').nth(1).getByText(/^2 /));
    expect(await myRow.getByRole('cell').nth(2).textContent()).toBe('-1');
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshot(mine, 'trainee-self-assessment-phone-ja');
    await mine.context().close();
  });

  it('the mentor sees the cohort heatmap and its numbers as a table, on a desktop and a phone', async () => {
    const page = await stack.loginAs(cohort.mentor, DESKTOP);
    await openCohortMatrix(page, cohort);
    await expectVisible(page.getByRole('img', { name: /ヒートマップ/ }));
    await expectVisible(page.getByRole('rowheader', { name: cohort.trainee.displayName }));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mentor-cohort-matrix-desktop-ja');
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mentor-cohort-matrix-phone-ja');
    await page.context().close();
  });
});
