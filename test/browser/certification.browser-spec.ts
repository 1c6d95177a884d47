import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { BrowserStack, DESKTOP, PHONE, screenshot, seriousViolations } from './harness';
import { Cohort } from '../factories';
import { CertificationFactory } from '../factories/certification.factory';

jest.setTimeout(240_000);

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}

/** Nothing wider than the screen (a wide table scrolls inside its own region). */
async function fitsWidth(page: Page): Promise<boolean> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) <= 0;
}

/** The public verification page, signed out, in the given language. */
async function openVerification(stack: BrowserStack, code: string, language: 'ja' | 'en', viewport = PHONE) {
  const context = await stack.context(viewport);
  await context.addInitScript(`localStorage.setItem('banso.language', '${language}')`);
  const page = await context.newPage();
  await page.goto(`/verify/${code}`);
  return page;
}

/**
 * Certification in the web app: the owner issues a SUPPORTER certificate once the trainee's checklist is complete
 * (MENTOR is refused with the list of unmet criteria), the holder sees it in "My certificates" on a phone and
 * downloads the signed credential, the public page shows it ACTIVE, then REVOKED after the owner revokes it.
 */
describe('certification stories (Chromium)', () => {
  let stack: BrowserStack;
  let cohort: Cohort;
  let cf: CertificationFactory;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    cohort = await stack.t.factory.cohort();
    cf = new CertificationFactory(stack.t.dataSource);
    // The SUPPORTER evidence: every behaviour at 3, four visits with feedback (one led), the required lecture
    // attended, a case at STEP2 with a talent requirement. The mentor is paired with the trainee (the lineage).
    const { program, mentor, owner, trainee } = cohort;
    await cf.rate(program.id, mentor.id, trainee.id, 3);
    const { caseId } = await cf.supportCase(program.id, trainee, { step: 'STEP2', talentRequirement: true });
    await cf.visitsWithFeedback(program.id, caseId, trainee.id, mentor.id, 4, { led: 1 });
    await cf.requiredLecture(program.id, owner.id, [trainee.id]);
  });

  afterAll(async () => {
    await stack.close();
  });

  it('(7) the owner issues once the checklist is complete; the holder downloads it; the public page shows ACTIVE, then REVOKED', async () => {
    const { program, owner, trainee, mentor } = cohort;

    // The owner: program page → certification → the trainee's checklist, every SUPPORTER criterion met.
    const admin = await stack.loginAs(owner, DESKTOP);
    await admin.goto(`/programs/${program.id}`);
    await admin.getByRole('link', { name: '認定（基準・進捗・認定証）' }).click();
    await admin.getByRole('heading', { level: 1, name: `認定：${program.name}` }).waitFor();
    await admin.getByRole('textbox', { name: '進捗を見る人' }).click();
    await admin.getByRole('option', { name: trainee.displayName }).click();
    const supporter = admin.getByRole('region', { name: '認定担い手' });
    await expectVisible(supporter.getByText('すべての基準を満たしています'));
    await expectVisible(supporter.getByTestId('criterion-VISITS_LED').getByText('現在 1／目標 1'));
    expect(await supporter.getByText('未達', { exact: true }).count()).toBe(0);

    // MENTOR is not met: issuing it is refused with the list of what is missing.
    const mentorRule = admin.getByRole('region', { name: '認定メンター' });
    await mentorRule.getByRole('button', { name: '認定メンターとして認定する' }).click();
    const refusal = mentorRule.getByRole('alert');
    await expectVisible(refusal.getByText('まだ満たしていない基準があるため認定できません：'));
    expect(await refusal.getByTestId('unmet-criteria').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'certification-owner-progress-desktop-ja');

    await supporter.getByRole('button', { name: '認定担い手として認定する' }).click();
    await expectVisible(supporter.getByText('認定済み', { exact: true }));
    await expectVisible(supporter.getByRole('button', { name: '取り消す' }));
    const [certificate] = await stack.t.dataSource.query<{ id: string; verificationCode: string; status: string }[]>(
      `SELECT id, "verificationCode", status FROM certificate WHERE "userId" = $1 AND "programId" = $2`,
      [trainee.id, program.id],
    );
    expect(certificate.status).toBe('ACTIVE');

    // The program's certificates.
    await admin.getByRole('tab', { name: '認定証' }).click();
    await expectVisible(admin.getByRole('link', { name: certificate.verificationCode }));
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'certification-owner-certificates-desktop-ja');

    // The holder, on a phone: the path shows SUPPORTER certified; My certificates lists it ACTIVE; the download.
    const holder = await stack.loginAs(trainee, PHONE);
    await holder.getByRole('button', { name: 'メニューを開く' }).click();
    await holder.getByRole('link', { name: '認定までの道のり' }).click();
    await holder.getByRole('heading', { level: 1, name: '認定までの道のり' }).waitFor();
    await expectVisible(holder.getByRole('region', { name: '認定担い手' }).getByText('認定済み', { exact: true }));
    const card = holder.getByTestId('my-certificate');
    await expectVisible(card.getByText('有効', { exact: true }));
    await expectVisible(card.getByText(certificate.verificationCode));
    const visits = holder.getByTestId('criterion-VISITS_WITH_FEEDBACK');
    await visits.getByText('数えられている記録（4件）').click();
    expect(await visits.getByRole('link').first().getAttribute('href')).toMatch(/^\/trainee\/visits\/[0-9a-f-]{36}$/);
    expect(await fitsWidth(holder)).toBe(true);
    expect(await seriousViolations(holder)).toEqual([]);
    await screenshot(holder, 'certification-trainee-path-phone-ja');

    const [download] = await Promise.all([
      holder.waitForEvent('download'),
      card.getByRole('button', { name: '署名付き認定証（Open Badges）をダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.jwt$/);
    const jwt = readFileSync(await download.path(), 'utf8');
    const [header, payload, signature] = jwt.split('.');
    expect(signature.length).toBeGreaterThan(20);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    const credential = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { type: string[] };
    expect(credential.type).toContain('OpenBadgeCredential');
    await holder.context().close();

    // The public page, signed out: ACTIVE in words and colour, only the public fields.
    const verify = await openVerification(stack, certificate.verificationCode, 'ja');
    await verify.getByRole('heading', { level: 1, name: '認定証の確認' }).waitFor();
    const state = verify.getByRole('status');
    await expectVisible(state.getByText('この認定証は有効です。'));
    expect(await state.getAttribute('data-status')).toBe('ACTIVE');
    await expectVisible(verify.getByRole('cell', { name: trainee.displayName }));
    await expectVisible(verify.getByRole('cell', { name: program.name }));
    expect(await verify.getByTestId('verification').getByRole('row').count()).toBe(6);
    expect(await fitsWidth(verify)).toBe(true);
    expect(await seriousViolations(verify)).toEqual([]);
    await screenshot(verify, 'certification-verify-active-phone-ja');
    await verify.context().close();

    // The owner revokes it, with a reason.
    await admin.getByRole('tab', { name: '進捗と認定' }).click();
    await admin.getByRole('region', { name: '認定担い手' }).getByRole('button', { name: '取り消す' }).click();
    const dialog = admin.getByRole('dialog', { name: '認定証を取り消す' });
    await dialog.getByRole('button', { name: '取り消す' }).click();
    await expectVisible(dialog.getByText('入力してください'));
    expect(await seriousViolations(admin)).toEqual([]);
    await dialog.getByLabel('取り消しの理由').fill('訪問記録の不備が判明したため');
    await dialog.getByRole('button', { name: '取り消す' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(
      admin.getByRole('region', { name: '認定担い手' }).getByRole('button', { name: '認定担い手として認定する' }),
    );

    // The public page now says REVOKED, in Japanese and in English.
    for (const [language, text, viewport] of [
      ['ja', 'この認定証は取り消されています。', PHONE],
      ['en', 'This certificate has been revoked.', DESKTOP],
    ] as const) {
      const page = await openVerification(stack, certificate.verificationCode, language, viewport);
      const revoked = page.getByRole('status');
      await expectVisible(revoked.getByText(text));
      expect(await revoked.getAttribute('data-status')).toBe('REVOKED');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `certification-verify-revoked-${language === 'ja' ? 'phone' : 'desktop'}-${language}`);
      await page.context().close();
    }

    // The mentor lineage of the trainee's mentor: a tree picture and the same as a nested list (revoked
    // certificates do not count, so the mentor has none certified now).
    await admin.goto(`/lineage/${mentor.id}`);
    await admin.getByRole('heading', { level: 1, name: `${mentor.displayName} さんのメンターの系譜` }).waitFor();
    await admin.context().close();
  });

  it('(8) the lineage shows as a tree and a list; the rules editor places the api’s errors next to their fields', async () => {
    const { program, owner, mentor, otherTrainee } = cohort;
    // A second mentee of the mentor, certified: the mentor now has a lineage of two generations.
    await cf.certificate(program.id, otherTrainee.id, 'SUPPORTER', { mentorIds: [mentor.id] });

    const page = await stack.loginAs(mentor, PHONE);
    await page.getByRole('button', { name: 'メニューを開く' }).click();
    await page.getByRole('link', { name: 'メンターの系譜' }).click();
    await page.getByRole('heading', { level: 1, name: `${mentor.displayName} さんのメンターの系譜` }).waitFor();
    await expectVisible(page.getByRole('img', { name: /メンターの系譜の図/ }));
    await page.getByTestId('lineage-chart').locator('svg').waitFor();
    const list = page.getByTestId('lineage-list');
    await expectVisible(list.getByText(otherTrainee.displayName));
    await expectVisible(list.getByText('第1世代 · 認定された指導相手 1 名'));
    await expectVisible(list.getByText('第2世代 · 認定された指導相手 0 名'));
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'certification-lineage-phone-ja');
    await page.context().close();

    // The rules editor: the SUPPORTER defaults as typed fields; a level of 9 is refused next to its field.
    const admin = await stack.loginAs(owner, DESKTOP);
    await admin.goto(`/programs/${program.id}/certification?tab=rules`);
    const rule = admin.getByTestId('rule-SUPPORTER');
    const step1 = rule.getByLabel('STEP1 の最低レベル');
    expect(await step1.inputValue()).toBe('3');
    expect(await rule.getByLabel('フィードバックを受けた訪問の最低数').inputValue()).toBe('4');
    await step1.fill('9');
    await rule.getByRole('button', { name: '認定担い手の基準を保存' }).click();
    await expectVisible(step1.and(admin.locator('[aria-invalid="true"]')));
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'certification-rules-desktop-ja');
    await step1.fill('4');
    await rule.getByRole('button', { name: '認定担い手の基準を保存' }).click();
    await expectVisible(admin.getByText('認定担い手の基準を保存しました。'));
    const [stored] = await stack.t.dataSource.query<
      { criteria: { minLevelForSteps: { stepCode: string; minLevel: number }[] } }[]
    >(`SELECT criteria FROM certification_rule WHERE "programId" = $1 AND kind = 'SUPPORTER'`, [program.id]);
    expect(stored.criteria.minLevelForSteps).toContainEqual({ stepCode: 'STEP1', minLevel: 4 });

    // External advisors: designate a new mentor member with a reason; they are listed.
    const advisor = await stack.t.factory.user({ organizationId: cohort.operator.id, displayName: '山本 浩二' });
    await stack.t.factory.member(program.id, advisor.id, 'MENTOR', { advisor: false });
    await admin.reload();
    await admin.getByRole('tab', { name: '外部アドバイザー' }).click();
    await admin.getByRole('textbox', { name: 'メンターとして参加している人' }).click();
    await admin.getByRole('option', { name: advisor.displayName }).click();
    await admin.getByLabel('理由').fill('前年度の地域事業で指導実績があるため');
    await admin.getByRole('button', { name: '外部アドバイザーに指定' }).click();
    await expectVisible(admin.getByRole('cell', { name: '前年度の地域事業で指導実績があるため' }));
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.context().close();

    // The owner's certification page on a phone: every tab fits the screen.
    const phone = await stack.loginAs(owner, PHONE);
    for (const tab of ['progress', 'certificates', 'rules', 'advisors']) {
      await phone.goto(`/programs/${program.id}/certification?tab=${tab}`);
      await phone.getByRole('heading', { level: 1, name: `認定：${program.name}` }).waitFor();
      await phone.getByRole('tabpanel').first().waitFor();
      await screenshot(phone, `certification-owner-${tab}-phone-ja`);
      expect(await fitsWidth(phone)).toBe(true);
      expect(await seriousViolations(phone)).toEqual([]);
    }
    await phone.context().close();
  });
});
