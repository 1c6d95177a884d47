import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

// A story drives a real browser through several pages (each with an axe run): minutes, not seconds, on a busy machine.
jest.setTimeout(240_000);

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
    await expectAccessible(page);
    await screenshot(page, 'trainee-home-phone-ja');

    // The session survives a reload: the refresh cookie restores it (the access token was only in memory).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await page.evaluate('JSON.stringify(window.localStorage).includes("eyJ")')).toBe(false);

    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'trainee-home-desktop-ja');
    await page.context().close();
  });

  it('(1) on a phone a trainee opens a case, takes a visit from plan to post-brief, and the next visit carries the open actions over', async () => {
    const company = await ojt.company(cohort.trainee, '株式会社浪速精工');
    await stack.t.gql(
      `mutation ($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { __typename } }`,
      { input: { programId: cohort.program.id, clientCompanyId: company.id, leadTraineeId: cohort.trainee.id } },
      { as: cohort.trainee },
    );
    const page = await stack.loginAs(cohort.trainee, PHONE);
    await page.getByRole('link', { name: '株式会社浪速精工' }).click();
    await page.getByRole('heading', { level: 1, name: '株式会社浪速精工' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'trainee-case-phone-ja');

    // Plan: an hour ago (so the visit can be recorded right away), with the paired mentor.
    const pad = (n: number): string => String(n).padStart(2, '0');
    const past = new Date(Date.now() - 3600 * 1000);
    const local = `${past.getFullYear()}-${pad(past.getMonth() + 1)}-${pad(past.getDate())}T${pad(past.getHours())}:${pad(past.getMinutes())}`;
    await page.getByLabel('訪問日時').fill(local);
    await expectVisible(page.getByRole('checkbox', { name: cohort.mentor.displayName }));
    await page.getByRole('button', { name: '訪問を計画する' }).click();
    await page.getByRole('heading', { level: 1, name: '第1回訪問・株式会社浪速精工' }).waitFor();

    // Pre-brief
    await page.getByRole('heading', { level: 2, name: '事前準備' }).waitFor();
    await page.getByLabel('企業情報の確認').fill('HP と決算書を確認');
    await page.getByRole('button', { name: '項目を追加' }).first().click();
    await page.getByLabel('ヒアリング項目 1', { exact: true }).fill('後継者の育成状況');
    await page.getByRole('button', { name: '仮説を追加' }).click();
    await page.getByLabel('仮説 1', { exact: true }).fill('営業の属人化で新規開拓が止まっている');
    await expectAccessible(page);
    await screenshot(page, 'trainee-pre-brief-phone-ja');
    await page.getByRole('button', { name: '事前準備を保存' }).click();

    // Record the visit
    await page.getByRole('heading', { level: 2, name: '訪問記録' }).waitFor();
    await page.getByLabel('訪問の概要').fill('社長と常務に経営課題をヒアリングした');
    await page.getByRole('button', { name: '訪問を記録' }).click();

    // Post-brief: a verdict and a note for the hypothesis, next action with owner and due date
    await page.getByRole('heading', { level: 2, name: '事後整理' }).waitFor();
    await page.getByTestId('verdict-0').getByText('修正').click();
    await page.getByLabel('仮説 1 のメモ').fill('属人化より技術承継が先の課題');
    await page.getByRole('button', { name: '事後整理を保存' }).click();
    // Client-side validation with the API's rules: findings are required, and nothing typed is lost.
    await expectVisible(page.getByText('入力してください'));
    expect(await page.getByLabel('仮説 1 のメモ').inputValue()).toBe('属人化より技術承継が先の課題');
    await page.getByLabel('情報整理').fill('技術承継が優先課題と判明');
    await page.getByLabel('良かった点').fill('社長の想いを引き出せた');
    await page.getByLabel('改善余地').fill('質問が誘導的になった');
    await page.getByRole('button', { name: 'ネクストアクションを追加' }).click();
    await page.getByLabel('ネクストアクション 1', { exact: true }).fill('技術者の年齢構成表をもらう');
    await page.getByLabel('期限').fill('2030-08-31');
    await expectAccessible(page);
    await screenshot(page, 'trainee-post-brief-phone-ja');
    await page.getByRole('button', { name: '事後整理を保存' }).click();
    await expectVisible(page.getByTestId('waiting-for-feedback'));
    expect(await page.getByTestId('visit-status').textContent()).toBe('フィードバック待ち');
    await expectVisible(page.getByText('技術者の年齢構成表をもらう'));

    // The next visit starts from the last conclusions.
    await page.getByRole('link', { name: /株式会社浪速精工 の案件/ }).click();
    await page.getByLabel('訪問日時').fill(local);
    await page.getByRole('button', { name: '訪問を計画する' }).click();
    await page.getByRole('heading', { level: 1, name: '第2回訪問・株式会社浪速精工' }).waitFor();
    const carried = page.getByTestId('carried-over');
    await expectVisible(carried.getByText('技術者の年齢構成表をもらう'));
    await expectVisible(carried.getByText('営業の属人化で新規開拓が止まっている'));
    await carried.getByRole('button', { name: 'すべて取り込む' }).click();
    expect(await page.getByLabel('ヒアリング項目 1', { exact: true }).inputValue()).toBe('技術者の年齢構成表をもらう');
    expect(await page.getByLabel('仮説 1', { exact: true }).inputValue()).toBe('属人化より技術承継が先の課題');
    await expectAccessible(page);
    await screenshot(page, 'trainee-carried-over-phone-ja');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'trainee-carried-over-desktop-ja');
    await page.context().close();
  });

  it('(4) saving a pre-brief over a newer version shows both versions and saves the merge', async () => {
    const { caseId } = await ojt.openCase(cohort);
    const visit = await ojt.planVisit(cohort, caseId);
    const brief = await ojt.preBrief(cohort, visit.id);

    const page = await stack.loginAs(cohort.trainee, PHONE);
    await page.goto(`/trainee/visits/${visit.id}`);
    await page.getByTestId('flow-step-preBrief').click();
    await page.getByLabel('面談当日の運営方法').fill('冒頭で相談内容を再確認し、最後に次回日程を決める');

    // Meanwhile the same pre-brief is saved from another device.
    const other = await stack.t.gql(
      `mutation ($input: RecordPreBriefInput!) { recordPreBrief(input: $input) { __typename ... on PreBrief { version } } }`,
      {
        input: {
          visitId: visit.id,
          version: brief.version,
          companyInfoReviewed: 'HP・決算書・過去の相談記録を確認',
          priorConsultation: '後継者育成と営業体制について相談あり',
          hearingItems: ['経営ビジョン'],
          hypotheses: brief.hypotheses.map((h) => ({ id: h.id, kind: 'MANAGEMENT_ISSUE', statement: h.statement })),
          meetingPlan: '社長の話を最後まで聞く',
        },
      },
      { as: cohort.trainee },
    );
    expect(other.data).toEqual({ recordPreBrief: { __typename: 'PreBrief', version: brief.version + 1 } });

    await page.getByRole('button', { name: '事前準備を保存' }).click();
    const merge = page.getByTestId('merge-view');
    await expectVisible(merge);
    const plan = merge.getByTestId('merge-field-meetingPlan');
    expect(await plan.getByTestId('merge-theirs').textContent()).toBe('社長の話を最後まで聞く');
    expect(await plan.getByTestId('merge-mine').textContent()).toBe('冒頭で相談内容を再確認し、最後に次回日程を決める');
    await expectAccessible(page);
    await screenshot(page, 'trainee-merge-view-phone-ja');

    await plan.getByText('合わせて編集').click();
    await page.getByLabel('面談当日の運営方法（統合版）').fill('社長の話を最後まで聞き、最後に次回日程を決める');
    await page.getByRole('button', { name: 'この内容で保存' }).click();
    await page.getByTestId('merge-view').waitFor({ state: 'detached' });
    await expectVisible(page.getByTestId('flow-step-record'));

    const saved = await stack.t.gql<{
      visit: { preBrief: { meetingPlan: string; version: number; hearingItems: string[] } };
    }>(
      `query ($id: ID!) { visit(id: $id) { preBrief { meetingPlan version hearingItems } } }`,
      { id: visit.id },
      { as: cohort.trainee },
    );
    expect(saved.data?.visit.preBrief).toEqual({
      meetingPlan: '社長の話を最後まで聞き、最後に次回日程を決める',
      version: brief.version + 2,
      hearingItems: ['経営ビジョン', '営業体制の現状'],
    });
    await page.context().close();
  });

  it('(5) the language switch shows the same page in English', async () => {
    const { caseId } = await ojt.openCase(cohort);
    const page = await stack.loginAs(cohort.trainee, DESKTOP);
    await page.goto(`/trainee/cases/${caseId}`);
    await page.getByRole('heading', { level: 2, name: '企業情報シート' }).waitFor();
    await screenshot(page, 'trainee-case-desktop-ja');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByRole('heading', { level: 2, name: 'Company sheet' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/trainee/cases/${caseId}`);
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Management issues (by priority)' }));
    await expectVisible(page.getByRole('link', { name: 'Clients & cases' }));
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await expectAccessible(page);
    await screenshot(page, 'trainee-case-desktop-en');

    // The api answers in English too: a refused login (an unknown account has no language of its own) is in English.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByLabel('Email').fill('nobody@banso.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectVisible(page.getByRole('alert').getByText(/email or password/i));
    await page.context().close();
  });
});
