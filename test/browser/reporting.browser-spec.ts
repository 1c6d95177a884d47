import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import type { Cohort, UserRow } from '../factories';
import { waitUntil } from '../utils/test-app';

jest.setTimeout(300_000);

/**
 * The owner's KPI dashboard in Chromium: a small FY2025 dataset built through the API (one trainee, one company with
 * a job opening, two held visits and a cancelled one), then the owner filters to the fiscal year, opens the
 * drill-downs (their rows equal the tiles), requests an XLSX export, waits on its progress and downloads it.
 */

async function expectAccessible(page: Page, name: string, language = 'ja'): Promise<void> {
  expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  await screenshot(page, `${name}-desktop-${language}`);
  await page.setViewportSize(PHONE);
  expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  expect({ name, overflow }).toEqual({ name, overflow: 0 });
  await screenshot(page, `${name}-phone-${language}`);
  await page.setViewportSize(DESKTOP);
}

async function chooseFiscalYear(page: Page, label: string, option: string, show: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('button', { name: show }).click();
}

async function tileValue(page: Page, kpi: string): Promise<string> {
  return ((await page.getByTestId(`kpi-${kpi}`).textContent()) ?? '').trim();
}

async function drillRows(page: Page, tile: Locator): Promise<{ total: string; rows: number }> {
  await tile.getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('drill-total').waitFor();
  await dialog.locator('[data-drill-row]').first().waitFor();
  return {
    total: (await dialog.getByTestId('drill-total').textContent()) ?? '',
    rows: await dialog.locator('[data-drill-row]').count(),
  };
}

describe('KPI dashboard in the browser (owner)', () => {
  let stack: BrowserStack;
  let w: Cohort;

  async function mutate(as: UserRow, field: string, inputType: string, input: object, selection: string) {
    const response = await stack.t.gql<Record<string, { __typename: string; id?: string; code?: string }>>(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename ${selection} } }`,
      { input },
      { as },
    );
    const result = response.data?.[field];
    if (!result || result.code || response.errors) throw new Error(`${field}: ${JSON.stringify(response)}`);
    return result;
  }

  beforeAll(async () => {
    stack = await BrowserStack.start();
    w = await stack.t.factory.cohort();
    const { trainee, mentor, owner, program } = w;
    const company = await mutate(
      trainee,
      'createClientCompany',
      'CreateClientCompanyInput',
      { name: '株式会社みなと製作所', industry: '製造業', employeeCount: 30, prefecture: '大阪府' },
      'id',
    );
    const supportCase = await mutate(
      trainee,
      'openSupportCase',
      'OpenSupportCaseInput',
      { programId: program.id, clientCompanyId: company.id, leadTraineeId: trainee.id },
      '... on SupportCase { id } ... on ErrorResult { code message }',
    );
    const visits: string[] = [];
    for (const day of ['2025-06-10', '2025-09-10', '2025-11-10']) {
      const visit = await mutate(
        trainee,
        'planVisit',
        'PlanVisitInput',
        {
          supportCaseId: supportCase.id,
          scheduledAt: `${day}T10:00:00+09:00`,
          mentorIds: [mentor.id],
          traineeRole: 'OBSERVER',
        },
        '... on OjtVisit { id } ... on ErrorResult { code message }',
      );
      visits.push(visit.id!);
    }
    for (const [index, visitId] of visits.slice(0, 2).entries()) {
      await mutate(
        trainee,
        'recordPreBrief',
        'RecordPreBriefInput',
        {
          visitId,
          companyInfoReviewed: '決算書とHPを確認',
          priorConsultation: '後継者育成の相談',
          hearingItems: ['経営ビジョン'],
          hypotheses: [{ kind: 'MANAGEMENT_ISSUE', statement: '営業の属人化' }],
          meetingPlan: '経営課題を伺う',
        },
        '... on PreBrief { id } ... on ErrorResult { code message }',
      );
      await mutate(
        trainee,
        'recordVisit',
        'RecordVisitInput',
        {
          visitId,
          heldAt: index ? '2025-09-12T10:00:00+09:00' : '2025-06-12T10:00:00+09:00',
          durationMinutes: 60,
          traineeRole: 'CO_LEAD',
          stepsPractised: ['STEP1'],
          summary: '経営課題のヒアリング',
        },
        '... on OjtVisit { id } ... on ErrorResult { code message }',
      );
    }
    await mutate(
      trainee,
      'cancelVisit',
      'CancelVisitInput',
      { visitId: visits[2], reason: '先方の都合により中止' },
      '... on OjtVisit { id } ... on ErrorResult { code message }',
    );
    await mutate(
      owner,
      'setTalentRequirement',
      'SetTalentRequirementInput',
      {
        supportCaseId: supportCase.id,
        candidateProfile: '営業組織を立て直せる人材',
        expectations: '新規開拓の仕組み化',
        roleAndDuties: '営業部長',
        mustHave: ['法人営業の経験'],
        niceToHave: [],
        engagementType: 'SIDE_JOB',
      },
      '... on SupportCase { id } ... on ErrorResult { code message }',
    );
    await mutate(
      owner,
      'recordCaseMilestone',
      'RecordCaseMilestoneInput',
      { supportCaseId: supportCase.id, milestone: 'JOB_OPENING_CREATED', occurredAt: '2025-10-15T10:00:00+09:00' },
      '... on CaseMilestone { id } ... on ErrorResult { code message }',
    );
  });

  afterAll(async () => {
    await stack.close();
  });

  it('(7) the owner filters to FY2025, opens drill-downs, exports XLSX and downloads it; monthly export on and off', async () => {
    const page = await stack.loginAs(w.owner, DESKTOP);
    await page.getByRole('link', { name: 'KPIレポート' }).click();
    await page.getByRole('heading', { level: 1, name: 'KPIダッシュボード' }).waitFor();

    await chooseFiscalYear(page, '年度', '令和7年度（FY2025）', '表示する');
    await page.getByRole('heading', { level: 2, name: /令和7年度（FY2025）/ }).waitFor();
    expect(await page.getByTestId('freshness').textContent()).toMatch(/時点/);
    expect(await page.getByTestId('freshness').textContent()).toContain('対象期間');
    // The cancelled visit is not counted: 2 held visits by 1 trainee.
    expect(await tileValue(page, 'TRAINEES_WITH_OJT')).toBe('1');
    expect(await tileValue(page, 'VISITS_PER_TRAINEE')).toBe('2.0');
    expect(await tileValue(page, 'COMPANIES_WITH_JOB_OPENING')).toBe('1');
    expect(await tileValue(page, 'MATCHED_COMPANIES')).toBe('0');
    await page.getByRole('table', { name: '月別の数値' }).waitFor();
    await page.getByRole('img', { name: /月別の同行訪問数/ }).waitFor();
    // The other sections open, one at a time, as compact tables.
    await page.getByRole('heading', { level: 3, name: 'OJTの質' }).click();
    await page.getByRole('region', { name: 'OJTの質' }).getByRole('table').waitFor();
    await expectAccessible(page, 'kpi-dashboard');

    // Each drill-down lists as many rows as its tile's figure (⑤: the held visits it divides).
    for (const kpi of ['PARTICIPATING_ORGANIZATIONS', 'TRAINEES_WITH_OJT', 'COMPANIES_WITH_JOB_OPENING']) {
      const figure = await tileValue(page, kpi);
      const { total, rows } = await drillRows(page, page.locator(`[data-kpi="${kpi}"]`));
      expect({ kpi, rows: String(rows), total }).toEqual({
        kpi,
        rows: figure,
        total: `合計 ${figure} 件（指標の値と一致）`,
      });
      if (kpi === 'PARTICIPATING_ORGANIZATIONS') await expectAccessible(page, 'kpi-drill-down');
      await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).last().click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    const held = await drillRows(page, page.locator('[data-kpi="VISITS_PER_TRAINEE"]'));
    expect(held).toEqual({ rows: 2, total: '合計 2 件（指標の値と一致）' });
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).last().click();

    // XLSX export: the progress bar while the worker builds it, then the file from the list.
    await page.getByRole('button', { name: 'Excel（.xlsx）を作成' }).click();
    await page
      .getByTestId('export-progress')
      .or(page.getByText(/作成しました/))
      .first()
      .waitFor();
    await page.getByText(/作成しました: KPIレポート_.*\.xlsx/).waitFor({ timeout: 60_000 });
    const row = page.locator('[data-export-row="DONE"]').first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /をダウンロード$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^KPIレポート_.*\.xlsx$/);
    const file = readFileSync(await download.path());
    expect(file.length).toBeGreaterThan(1000);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    await expectAccessible(page, 'kpi-export');

    // Monthly export of the same filter: listed, then stopped.
    await page.getByRole('button', { name: 'XLSXで毎月作成する' }).click();
    await page.locator('[data-subscription]').first().waitFor();
    expect(await page.locator('[data-subscription]').first().textContent()).toContain('令和7年度（FY2025）');
    const active = `"subscriberId" = $1 AND "cancelledAt" IS NULL`;
    expect(await stack.t.count('report_export_subscription', active, [w.owner.id])).toBe(1);
    await page
      .locator('[data-subscription]')
      .first()
      .getByRole('button', { name: /毎月のエクスポートを停止$/ })
      .click();
    await page.getByText('登録はありません。').waitFor();
    expect(await stack.t.count('report_export_subscription', active, [w.owner.id])).toBe(0);
    await page.context().close();
  });

  it('the same dashboard in English on a phone and a desktop', async () => {
    const page = await stack.loginAs(w.owner, PHONE);
    await page.getByRole('button', { name: 'メニューを開く' }).click();
    await page.getByText('English', { exact: true }).click();
    await waitUntil('the account language is English', async () => {
      const [account] = await stack.t.dataSource.query<{ locale: string }[]>(
        `SELECT locale FROM user_account WHERE id = $1`,
        [w.owner.id],
      );
      return account.locale === 'en';
    });
    await page.goto('/reports');
    await page.getByRole('heading', { level: 1, name: 'KPI dashboard' }).waitFor();
    await chooseFiscalYear(page, 'Fiscal year', 'FY2025 (Reiwa 7)', 'Show');
    await page.getByRole('heading', { level: 2, name: /FY2025 \(Reiwa 7\)/ }).waitFor();
    expect(await tileValue(page, 'TRAINEES_WITH_OJT')).toBe('1');
    await page.setViewportSize(DESKTOP);
    await expectAccessible(page, 'kpi-dashboard', 'en');
    await page.context().close();
  });
});
