import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import type { Cohort, UserRow } from '../factories';
import {
  CASE_STUDY_INPUT,
  CASE_WORK,
  CLOSE_SUBMISSIONS,
  CREATE_CASE_STUDY,
  LearningFactory,
  SET_UP_CASE_WORK,
  SUBMIT_CASE_WORK,
} from '../factories/learning.factory';

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** `YYYY-MM-DDTHH:mm` in the browser's time zone (Asia/Tokyo, see the harness) for a datetime-local input. */
function tokyoLocal(date: Date): string {
  const shifted = new Date(date.getTime() + 9 * 3600 * 1000);
  return shifted.toISOString().slice(0, 16);
}

// A story drives several browsers through many pages (each with an axe run): minutes on a busy machine.
jest.setTimeout(300_000);

describe('off-JT learning stories (Chromium)', () => {
  let stack: BrowserStack;
  let cohort: Cohort;
  let second: UserRow;
  let third: UserRow;
  let leaving: UserRow;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    cohort = await stack.t.factory.cohort();
    const trainee = async (name: string): Promise<UserRow> => {
      const user = await stack.t.factory.user({ organizationId: cohort.chamber.id, displayName: name });
      await stack.t.factory.member(cohort.program.id, user.id, 'TRAINEE');
      return user;
    };
    second = await trainee('山本 大輔');
    third = await trainee('中村 葵');
    leaving = await trainee('小川 健太');
  });

  afterAll(async () => {
    await stack.close();
  });

  it('an owner creates a workshop for one, two trainees register (one waitlisted), the code goes on the projector, a trainee checks in on a phone and the attendance sheet updates', async () => {
    const framework = await stack.t.gql<{
      competencyFramework: { steps: { code: string; behaviours: { id: string; code: string; name: string }[] }[] };
    }>(`query { competencyFramework { steps { code behaviours { id code name } } } }`, {}, { as: cohort.owner });
    const behaviour = framework.data!.competencyFramework.steps.find((step) => step.code === 'STEP1')!.behaviours[0];

    // The owner opens the off-JT pages from the menu and creates a workshop with one seat that has just started.
    const owner = await stack.loginAs(cohort.owner, DESKTOP);
    await owner.getByRole('link', { name: '研修（Off-JT）' }).first().click();
    await owner.getByRole('heading', { level: 1, name: '研修（Off-JT）の運営' }).waitFor();
    await owner.getByRole('link', { name: '研修を作成' }).click();
    await owner.getByRole('heading', { level: 1, name: '研修を作成' }).waitFor();
    await owner.getByRole('textbox', { name: '形式', exact: true }).click();
    await owner.getByRole('option', { name: 'ワークショップ', exact: true }).click();
    await owner.getByRole('textbox', { name: 'AIDA の段階', exact: true }).click();
    await owner.getByRole('option', { name: 'D 欲求', exact: true }).click();
    await owner.getByLabel(/^タイトル/).fill('事業承継ケースワークショップ');
    await owner.getByLabel('内容').fill('過去の支援事例から経営課題の仮説を立て、人材要件を考える');
    await owner.getByLabel(/^開始日時/).fill(tokyoLocal(new Date(Date.now() - 10 * 60 * 1000)));
    await owner.getByLabel(/^終了日時/).fill(tokyoLocal(new Date(Date.now() + 2 * 3600 * 1000)));
    await owner.getByLabel('会場', { exact: true }).fill('大阪産業創造館 6F 会議室');
    await owner.getByLabel('定員', { exact: true }).fill('1');
    await owner.getByLabel('講師', { exact: true }).fill('佐藤 美咲');
    await owner.getByRole('textbox', { name: '対象となる行動' }).fill(behaviour.code);
    await owner.getByRole('option', { name: `${behaviour.code} ${behaviour.name}` }).click();
    await owner.getByRole('switch', { name: '必修にする' }).check();
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-create-desktop-ja');
    await owner.getByRole('button', { name: '作成する' }).click();
    await owner.getByRole('heading', { level: 1, name: '事業承継ケースワークショップ' }).waitFor();
    const activityId = new URL(owner.url()).pathname.split('/').at(-1)!;
    expect(await owner.getByTestId('seats').textContent()).toBe('残り 1 席');
    await expectVisible(owner.getByText(`${behaviour.code} ${behaviour.name}`));

    // The first trainee registers on a phone and gets the seat; the list and the calendar show it.
    const first = await stack.loginAs(cohort.trainee, PHONE);
    await first.getByRole('button', { name: 'メニューを開く' }).click();
    await first.getByRole('link', { name: '研修（Off-JT）' }).click();
    await first.getByRole('heading', { level: 1, name: '研修（Off-JT）' }).waitFor();
    const card = first.getByTestId(`activity-${activityId}`);
    expect(await card.getByTestId('seats').textContent()).toBe('残り 1 席');
    expect(await card.getByTestId('my-status').textContent()).toBe('未登録');
    await expectVisible(card.getByText('ワークショップ'));
    await expectVisible(card.getByText('D 欲求'));
    await card.getByRole('link', { name: '事業承継ケースワークショップ' }).click();
    await first.getByRole('button', { name: '参加登録する' }).click();
    await expectVisible(first.getByTestId('registration-status').getByText('参加登録済みです'));
    await expectAccessible(first);
    await screenshot(first, 'learning-trainee-activity-phone-ja');
    await first.getByRole('link', { name: '← 研修の一覧' }).click();
    expect(await first.getByTestId(`activity-${activityId}`).getByTestId('my-status').textContent()).toBe(
      '参加登録済み',
    );
    await first.getByText('カレンダー', { exact: true }).click();
    const today = await first.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await first.getByTestId(`day-${today}`).click();
    await expectVisible(first.getByTestId('calendar-day').getByRole('link', { name: '事業承継ケースワークショップ' }));
    await expectAccessible(first);
    await screenshot(first, 'learning-trainee-calendar-phone-ja');

    // The second trainee finds the session full and joins the waitlist.
    const other = await stack.loginAs(second, PHONE);
    await other.goto('/trainee/learning');
    const full = other.getByTestId(`activity-${activityId}`);
    expect(await full.getByTestId('seats').textContent()).toBe('満席（キャンセル待ち 0 人）');
    await full.getByRole('link', { name: '事業承継ケースワークショップ' }).click();
    await other.getByRole('button', { name: '参加登録する' }).click();
    await expectVisible(other.getByTestId('registration-status').getByText(/キャンセル待ち 1 番目/));
    await expectAccessible(other);
    await screenshot(other, 'learning-trainee-waitlisted-phone-ja');

    // The owner puts the code on the projector: large, with a QR code of the check-in link.
    await owner.getByRole('link', { name: '出席コードを表示' }).click();
    const codeText = owner.getByTestId('check-in-code');
    await expectVisible(codeText);
    const code = (await codeText.textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    await expectVisible(owner.getByTestId('check-in-qr'));
    expect(await owner.getByTestId('check-in-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-check-in-code-desktop-ja');
    await owner.getByRole('link', { name: '← 研修に戻る' }).click();
    const sheet = owner.getByTestId('attendance-sheet');
    await expectVisible(sheet);
    const firstRow = owner.getByTestId(`sheet-row-${cohort.trainee.id}`);
    expect(await firstRow.getByTestId('checked-in-at').textContent()).toBe('—');

    // The first trainee types the code on the phone: a wrong one first, then the right one.
    await first
      .getByTestId(`activity-${activityId}`)
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await first.goto(`/trainee/learning/${activityId}`);
    await first.getByLabel('出席コード').fill('ZZZZZZ');
    await first.getByRole('button', { name: '出席する' }).click();
    await expectVisible(first.getByTestId('check-in-error').getByText(/あと \d+ 回/));
    await first.getByLabel('出席コード').fill(code.toLowerCase());
    await first.getByRole('button', { name: '出席する' }).click();
    await expectVisible(first.getByTestId('checked-in'));
    await expectAccessible(first);
    await screenshot(first, 'learning-trainee-checked-in-phone-ja');

    // The owner's sheet picks the check-in up by itself (it refreshes every few seconds).
    await firstRow.getByTestId('checked-in-at').filter({ hasNotText: '—' }).waitFor({ timeout: 20_000 });
    expect(await firstRow.getByTestId('attendance-choice').getAttribute('data-value')).toBe('ATTENDED');

    // The waitlisted trainee scans the QR code: the link checks them in straight away.
    await other.goto(`/learning/check-in?activity=${activityId}&code=${code}`);
    await expectVisible(other.getByTestId('checked-in'));
    await expectAccessible(other);
    await screenshot(other, 'learning-trainee-qr-check-in-phone-ja');

    // Bulk attendance for the cohort: a trainee who left meanwhile is refused on their row, and nothing is written.
    await owner.reload();
    await expectVisible(owner.getByTestId(`sheet-row-${leaving.id}`));
    await owner.getByTestId(`sheet-row-${third.id}`).getByText('連絡あり欠席', { exact: true }).click();
    await owner.getByTestId(`sheet-row-${leaving.id}`).getByText('欠席', { exact: true }).click();
    await stack.t.dataSource.query(
      `UPDATE program_member SET status = 'WITHDRAWN', "withdrawnAt" = now() WHERE "programId" = $1 AND "userId" = $2`,
      [cohort.program.id, leaving.id],
    );
    await owner.getByRole('button', { name: '出欠を保存（2 件）' }).click();
    await expectVisible(owner.getByTestId(`sheet-row-${leaving.id}`).getByTestId('row-error'));
    await expectVisible(owner.getByTestId('sheet-error'));
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-attendance-error-desktop-ja');
    const unwritten = await stack.t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM participation WHERE "activityId" = $1 AND "userId" = $2`,
      [activityId, third.id],
    );
    expect(unwritten[0].count).toBe('0');

    await owner.reload();
    await expectVisible(owner.getByTestId(`sheet-row-${third.id}`));
    expect(await owner.getByTestId(`sheet-row-${leaving.id}`).count()).toBe(0);
    await owner.getByTestId(`sheet-row-${third.id}`).getByText('連絡あり欠席', { exact: true }).click();
    await owner.getByRole('button', { name: '出欠を保存（1 件）' }).click();
    await expectVisible(owner.getByText('1 件の出欠を保存しました'));
    expect(await owner.getByTestId('sheet-summary').textContent()).toBe('対象 3 人・参加登録 1 人・出席 2 人');
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-attendance-desktop-ja');
    await owner.setViewportSize(PHONE);
    await owner.waitForTimeout(500);
    await expectVisible(owner.getByTestId(`sheet-row-${third.id}`).getByText('連絡あり欠席', { exact: true }));
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-attendance-phone-ja');
    await owner.setViewportSize(DESKTOP);

    // The program's attendance table: registered, waitlisted, present and the completion bar of the workshop.
    await owner.getByRole('link', { name: '← 研修の一覧' }).click();
    const row = owner.getByTestId(`attendance-row-${activityId}`);
    await expectVisible(row);
    expect(await row.getByTestId('registered-count').textContent()).toBe('1');
    expect(await row.getByTestId('waitlisted-count').textContent()).toBe('1');
    expect(await row.getByTestId('attended-count').textContent()).toBe('2');
    // 2 of the 3 active trainees are done.
    await expectVisible(row.getByText('67%'));
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-program-desktop-ja');
    await owner.setViewportSize(PHONE);
    await owner.waitForTimeout(500);
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-program-phone-ja');
    await owner.setViewportSize(DESKTOP);

    // The same page in English.
    await owner.getByTestId('language-switch').getByText('English').click();
    await owner.getByRole('heading', { level: 2, name: 'Attendance and completion per activity' }).waitFor();
    await expectVisible(owner.getByRole('link', { name: 'New activity' }));
    await expectVisible(row.getByText('67%'));
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-program-desktop-en');
    await owner.getByRole('link', { name: '事業承継ケースワークショップ' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Attendance sheet' }).waitFor();
    await expectVisible(owner.getByText('Trainees: 3 · registered: 1 · present: 2'));
    await expectAccessible(owner);
    await screenshot(owner, 'learning-owner-attendance-desktop-en');

    for (const page of [owner, first, other]) await page.context().close();
  });

  it('on a phone a trainee records e-learning progress, acknowledges the handbook, submits case work and reviews a peer', async () => {
    const learning = new LearningFactory(stack.t);
    const due = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString();
    const elearning = await learning.activity(cohort, {
      kind: 'ELEARNING',
      title: '中核人材確保の基礎（eラーニング）',
      aidaStage: 'INTEREST',
      endsAt: due,
      onlineUrl: 'https://learning.example.jp/core-talent',
      required: true,
    });
    const handbook = await learning.activity(cohort, {
      kind: 'HANDBOOK',
      title: '伴走支援ハンドブック',
      aidaStage: 'ATTENTION',
    });
    const workshop = await learning.activity(cohort, {
      kind: 'WORKSHOP',
      title: '事例研究ワークショップ',
      aidaStage: 'DESIRE',
      location: 'オンライン',
    });
    const study = await stack.t.gql<{ createCaseStudy: { id: string } }>(
      CREATE_CASE_STUDY,
      { input: { programId: cohort.program.id, ...CASE_STUDY_INPUT } },
      { as: cohort.owner },
    );
    const setUp = await stack.t.gql<{ setUpCaseWork: { __typename: string } }>(
      SET_UP_CASE_WORK,
      { input: { activityId: workshop, caseStudyId: study.data!.createCaseStudy.id, peerReviewersPerSubmission: 1 } },
      { as: cohort.owner },
    );
    expect(setUp.data?.setUpCaseWork.__typename).toBe('LearningActivity');
    const peer = await stack.t.gql<{ submitCaseWork: { __typename: string } }>(
      SUBMIT_CASE_WORK,
      { input: { activityId: workshop, final: true, ...CASE_WORK } },
      { as: second },
    );
    expect(peer.data?.submitCaseWork.__typename).toBe('CaseSubmission');

    const page = await stack.loginAs(cohort.trainee, PHONE);
    await page.goto('/trainee/learning');
    await page.getByRole('link', { name: '中核人材確保の基礎（eラーニング）' }).click();

    // E-learning: a quick step, then completion; the steps below the current progress are gone.
    await page.getByRole('button', { name: '50%' }).click();
    await expectVisible(page.getByText('現在 50% まで受講済み（進捗は戻せません）'));
    expect(await page.getByRole('button', { name: '25%' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'learning-trainee-elearning-phone-ja');
    await page.getByRole('button', { name: '修了（100%）' }).click();
    await expectVisible(page.getByTestId('elearning-complete'));
    expect(await page.getByTestId('my-status').textContent()).toBe('修了');

    // Handbook acknowledgement.
    await page.goto(`/trainee/learning/${handbook}`);
    await page.getByRole('button', { name: '読了しました' }).click();
    await expectVisible(page.getByTestId('handbook-acknowledged'));
    await expectAccessible(page);

    // Case work: the case, a draft, then the final submission, which locks it.
    await page.goto(`/trainee/learning/${workshop}`);
    await page.getByRole('heading', { level: 2, name: `ケース：${CASE_STUDY_INPUT.title}` }).waitFor();
    await page.getByLabel('経営課題の仮説').fill('技術承継の遅れが受注拡大を妨げている');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expectVisible(page.getByTestId('submission-status').getByText('下書き'));
    await page.getByLabel('解決策').fill('OB 人材の活用と若手への技能伝承の仕組みづくり');
    await page.getByLabel('人材要件（案）').fill('生産技術の経験 10 年以上、指導経験あり');
    await page.getByRole('button', { name: '提出する' }).click();
    await expectVisible(page.getByTestId('submission-status').getByText('提出済み'));
    await expectVisible(page.getByText('提出済みです。レビューを受けると再提出できます。'));
    expect(await page.getByRole('button', { name: '提出する' }).count()).toBe(0);

    // The owner closes submissions: each of the two submissions gets the other author as its peer reviewer.
    const closed = await stack.t.gql<{ closeCaseSubmissions: { __typename: string } }>(
      CLOSE_SUBMISSIONS,
      { input: { activityId: workshop } },
      { as: cohort.owner },
    );
    expect(closed.data?.closeCaseSubmissions.__typename).toBe('LearningActivity');
    await page.reload();
    const review = page.getByTestId('peer-review-1');
    await expectVisible(review.getByText(CASE_WORK.issueHypotheses));
    await review.getByRole('button', { name: 'レビューを送る' }).click();
    await expectVisible(review.getByText('レベルを選んでください'));
    const groups = review.getByRole('radiogroup');
    expect(await groups.count()).toBe(3);
    for (let index = 0; index < 3; index++) await groups.nth(index).getByRole('radio').nth(3).check();
    await review.getByLabel('コメント').fill('仮説と人材要件がよくつながっている。解決策の比較軸があるとさらに良い');
    await expectAccessible(page);
    await screenshot(page, 'learning-trainee-peer-review-phone-ja');
    await review.getByRole('button', { name: 'レビューを送る' }).click();
    await expectVisible(review.getByText('レビュー済み'));
    const stored = await stack.t.dataSource.query<{ comment: string; role: string }[]>(
      `SELECT r.comment, r.role FROM case_review r JOIN case_submission s ON s.id = r."submissionId"
       WHERE s."activityId" = $1 AND r."reviewerId" = $2`,
      [workshop, cohort.trainee.id],
    );
    expect(stored).toEqual([
      { comment: '仮説と人材要件がよくつながっている。解決策の比較軸があるとさらに良い', role: 'PEER' },
    ]);

    // The list shows where the trainee stands on each activity; in English too.
    await page.goto('/trainee/learning');
    expect(await page.getByTestId(`activity-${elearning}`).getByTestId('my-status').textContent()).toBe('修了');
    expect(await page.getByTestId(`activity-${handbook}`).getByTestId('my-status').textContent()).toBe('修了');
    await screenshot(page, 'learning-trainee-list-phone-ja');
    await page.getByRole('button', { name: 'メニューを開く' }).click();
    await page.getByTestId('language-switch').getByText('English').click();
    // Signed in, the switch saves the account's language; the app then fetches again in English with the menu closed.
    await page.getByRole('button', { name: 'Open menu' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Off-JT learning' }).waitFor();
    expect(await page.getByTestId(`activity-${elearning}`).getByTestId('my-status').textContent()).toBe('Done');
    await expectAccessible(page);
    await screenshot(page, 'learning-trainee-list-phone-en');
    await page.context().close();
  });
});
