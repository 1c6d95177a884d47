import type { TestApp } from '../utils/test-app';
import type { UserRow } from './index';

/**
 * The FY2023 national table (shared/domain/kpis.md): 88 organisations, 99 companies with a job opening, 52 matched,
 * 84 trainees with OJT, 4.2 visits per trainee. Companies, cases, talent requirements, milestones, visits, briefs,
 * cancellations and hand-offs go through the GraphQL API (the real services); organisations, accounts and
 * memberships are written directly. Around the figures sit records that must not count: cancelled, planned and
 * FY2022 visits, a FY2022 job opening, a dropped case, a withdrawn member, a program of another fiscal year.
 * Slow (about a thousand API calls): build it once per test file.
 */
export const FY = 2023;
export const HELD_VISITS = 353; // 17 trainees × 5 + 67 × 4; 353 / 84 = 4.20…
export const KINDS = ['CHAMBER_OF_COMMERCE', 'SHOKOKAI', 'REGIONAL_BANK', 'SHINKIN_BANK', 'TAX_ACCOUNTANT'] as const;
export const PREFECTURES = ['大阪府', '兵庫県', '京都府'] as const;

/** 10:00 Japan time on the 10th of the n-th month (0 = April) of the fiscal year. */
export function fyDate(fiscalYear: number, monthIndex: number, day = 10): string {
  const month = ((3 + monthIndex) % 12) + 1;
  const year = monthIndex >= 9 ? fiscalYear + 1 : fiscalYear;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00+09:00`;
}

/** Runs `work` over items with at most `limit` in flight. */
export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export interface Mutation {
  field: string;
  inputType: string;
  input: Record<string, unknown>;
  /** Selection: `... on <Success> { id }` for a result union, plain fields otherwise. */
  success: string;
}

/** What the FY2023 builder made: the people and programs a test needs. */
export interface Fy2023Dataset {
  admin: UserRow;
  ownerA: UserRow;
  ownerB: UserRow;
  programA: string;
  programB: string;
  /** 86 trainees: the first 84 have OJT, the last two only cancelled visits. */
  trainees: UserRow[];
}

/** Builds the FY2023 dataset in the app's database (through its API where the figures come from). */
export async function buildFy2023(t: TestApp): Promise<Fy2023Dataset> {
  const trainees: UserRow[] = [];
  /** Several mutations in one request (aliases), each its own use case; fails on any error result. */
  async function batch(as: UserRow, mutations: Mutation[]): Promise<Record<string, string>[]> {
    if (!mutations.length) return [];
    const variables: Record<string, unknown> = {};
    const declarations = mutations.map((m, i) => `$i${i}: ${m.inputType}!`).join(', ');
    const fields = mutations
      .map((m, i) => {
        variables[`i${i}`] = m.input;
        const errors = m.success.startsWith('...') ? '... on ErrorResult { code message }' : '';
        return `m${i}: ${m.field}(input: $i${i}) { __typename ${m.success} ${errors} }`;
      })
      .join('\n');
    const response = await t.gql<Record<string, Record<string, string>>>(
      `mutation (${declarations}) { ${fields} }`,
      variables,
      { as },
    );
    const results = mutations.map((_, i) => response.data?.[`m${i}`]);
    if (response.errors || results.some((r) => !r || 'code' in r)) {
      throw new Error(`batch failed: ${JSON.stringify(response.errors ?? results)}`);
    }
    return results as Record<string, string>[];
  }

  const company = (name: string, prefecture: string): Mutation => ({
    field: 'createClientCompany',
    inputType: 'CreateClientCompanyInput',
    input: { name, industry: '製造業', employeeCount: 30, prefecture },
    success: 'id',
  });
  const openCase = (programId: string, clientCompanyId: string, leadTraineeId: string): Mutation => ({
    field: 'openSupportCase',
    inputType: 'OpenSupportCaseInput',
    input: { programId, clientCompanyId, leadTraineeId },
    success: '... on SupportCase { id }',
  });
  const planVisit = (supportCaseId: string, mentorId: string, scheduledAt: string): Mutation => ({
    field: 'planVisit',
    inputType: 'PlanVisitInput',
    input: { supportCaseId, scheduledAt, mentorIds: [mentorId], traineeRole: 'OBSERVER' },
    success: '... on OjtVisit { id }',
  });
  const preBrief = (visitId: string): Mutation => ({
    field: 'recordPreBrief',
    inputType: 'RecordPreBriefInput',
    input: {
      visitId,
      companyInfoReviewed: '決算書とHPを確認',
      priorConsultation: '後継者育成の相談',
      hearingItems: ['経営ビジョン'],
      hypotheses: [{ kind: 'MANAGEMENT_ISSUE', statement: '営業の属人化' }],
      meetingPlan: '経営課題を伺う',
    },
    success: '... on PreBrief { id }',
  });
  const recordVisit = (visitId: string, heldAt: string): Mutation => ({
    field: 'recordVisit',
    inputType: 'RecordVisitInput',
    input: {
      visitId,
      heldAt,
      durationMinutes: 60,
      traineeRole: 'CO_LEAD',
      stepsPractised: ['STEP1'],
      summary: '経営課題のヒアリング',
    },
    success: '... on OjtVisit { id }',
  });
  const cancelVisit = (visitId: string): Mutation => ({
    field: 'cancelVisit',
    inputType: 'CancelVisitInput',
    input: { visitId, reason: '先方の都合により中止' },
    success: '... on OjtVisit { id }',
  });
  const talentRequirement = (supportCaseId: string): Mutation => ({
    field: 'setTalentRequirement',
    inputType: 'SetTalentRequirementInput',
    input: {
      supportCaseId,
      candidateProfile: '営業組織を立て直せる人材',
      expectations: '新規開拓の仕組み化',
      roleAndDuties: '営業部長',
      mustHave: ['法人営業の経験'],
      niceToHave: [],
      engagementType: 'SIDE_JOB',
    },
    success: '... on SupportCase { id }',
  });
  const milestone = (supportCaseId: string, kind: string, occurredAt: string): Mutation => ({
    field: 'recordCaseMilestone',
    inputType: 'RecordCaseMilestoneInput',
    input: { supportCaseId, milestone: kind, occurredAt },
    success: '... on CaseMilestone { id }',
  });
  const handOff = (supportCaseId: string, toOrganizationId: string): Mutation => ({
    field: 'handOffSupportCase',
    inputType: 'HandOffSupportCaseInput',
    input: { supportCaseId, toOrganizationId, step: 'STEP1', summary: '専門家につなぐため引き継ぎ' },
    success: '... on CaseHandOff { id }',
  });

  async function organization(name: string, kind: string, prefecture: string): Promise<string> {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO organization (name, kind, sector, prefecture) VALUES ($1, $2, 'PUBLIC', $3) RETURNING id`,
      [name, kind, prefecture],
    );
    return row.id;
  }

  async function program(name: string, fiscalYear: number, operatorId: string): Promise<string> {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO program (name, "fiscalYear", region, "operatorOrganizationId", "startsOn", "endsOn", status, "frameworkId")
       VALUES ($1, $2, '近畿', $3, $4, $5, 'ACTIVE',
               (SELECT id FROM competency_framework WHERE code = 'CORE_TALENT_SUPPORT' AND version = 1))
       RETURNING id`,
      [name, fiscalYear, operatorId, `${fiscalYear}-04-01`, `${fiscalYear + 1}-03-31`],
    );
    return row.id;
  }

  const f = t.factory;
  // ① 1 operator (owners) + 80 trainee organisations + 4 mentor organisations + 3 reached only by hand-offs = 88.
  const operator = await organization('近畿中核人材活用推進機構', 'PUBLIC_AGENCY', '大阪府');
  const admin = await f.admin({ organizationId: operator });
  const ownerA = await f.user({ organizationId: operator, displayName: '佐藤 美咲' });
  const ownerB = await f.user({ organizationId: operator, displayName: '小林 誠' });
  const programA = await program('令和5年度 担い手育成（大阪）', FY, operator);
  const programB = await program('令和5年度 担い手育成（兵庫・京都）', FY, operator);
  await f.member(programA, ownerA.id, 'OWNER');
  await f.member(programB, ownerB.id, 'OWNER');
  const owners = { [programA]: ownerA, [programB]: ownerB };
  const traineeOrgs: string[] = [];
  for (let i = 0; i < 80; i++) {
    traineeOrgs.push(
      await organization(`支援機関${i + 1}`, KINDS[i % KINDS.length], PREFECTURES[i % PREFECTURES.length]),
    );
  }
  for (let i = 0; i < 4; i++) {
    const org = await organization(`メンター所属機関${i + 1}`, 'SME_CONSULTANT', '大阪府');
    const mentor = await f.user({ organizationId: org, displayName: `メンター${i + 1}` });
    await f.member(i % 2 ? programB : programA, mentor.id, 'MENTOR');
  }
  const receivers: string[] = [];
  for (let i = 0; i < 3; i++) receivers.push(await organization(`専門機関${i + 1}`, 'PRO_TALENT_HUB', '京都府'));
  // Not counted: an organisation whose only member withdrew, one in a program of another fiscal year.
  const withdrawnOrg = await organization('退会した機関', 'NPO', '奈良県');
  const withdrawn = await f.user({ organizationId: withdrawnOrg });
  const withdrawnMember = await f.member(programA, withdrawn.id, 'TRAINEE');
  const withdrawal = await t.gql<{ withdrawProgramMember: { __typename: string } }>(
    `mutation ($input: WithdrawProgramMemberInput!) { withdrawProgramMember(input: $input) { __typename } }`,
    { input: { memberId: withdrawnMember } },
    { as: ownerA },
  );
  if (withdrawal.data?.withdrawProgramMember.__typename !== 'ProgramMember') {
    throw new Error(`withdrawal failed: ${JSON.stringify(withdrawal)}`);
  }
  const oldOrg = await organization('過年度の機関', 'UNIVERSITY', '大阪府');
  const oldProgram = await program('令和3年度 担い手育成', 2021, operator);
  await f.member(oldProgram, (await f.user({ organizationId: oldOrg })).id, 'TRAINEE');

  // 84 trainees with OJT (orgs 1–4 have two) and 2 whose only visits were cancelled.
  for (let i = 0; i < 86; i++) {
    const org = traineeOrgs[i < 80 ? i : i - 80];
    const trainee = await f.user({ organizationId: org, displayName: `担い手${i + 1}` });
    await f.member(i % 2 ? programB : programA, trainee.id, 'TRAINEE');
    trainees.push(trainee);
  }

  const jobCases: { caseId: string; programId: string }[] = [];
  const extra: Record<string, { caseId: string; programId: string }> = {};
  await inParallel(
    trainees.map((trainee, i) => ({ trainee, i })),
    4,
    async ({ trainee, i }) => {
      const programId = i % 2 ? programB : programA;
      const owner = owners[programId];
      const prefecture = PREFECTURES[i % PREFECTURES.length];
      // Companies: one each; trainees 1–15 a second one; 16 a second case on its first company; 18 a FY2022 job
      // opening; 19 a dropped case; 20–22 a hand-off.
      const names = [`株式会社${i + 1}号`];
      if (i < 15) names.push(`株式会社${i + 1}号の二`);
      if (i === 17) names.push('過年度求人の会社');
      if (i === 18) names.push('中止になった会社');
      const companies = await batch(
        trainee,
        names.map((name) => company(name, prefecture)),
      );
      const caseInputs = companies.map((c) => openCase(programId, c.id, trainee.id));
      if (i === 15) caseInputs.push(openCase(programId, companies[0].id, trainee.id));
      const cases = await batch(trainee, caseInputs);
      if (i < 84) {
        jobCases.push({ caseId: cases[0].id, programId });
        if (i < 15) jobCases.push({ caseId: cases[1].id, programId });
        if (i === 15) extra.doubled = { caseId: cases[1].id, programId };
      }
      if (i === 17) extra.lastYear = { caseId: cases[1].id, programId };
      if (i === 18) extra.dropped = { caseId: cases[1].id, programId };
      if (i >= 19 && i <= 21) extra[`handOff${i - 19}`] = { caseId: cases[0].id, programId };

      // Visits on the first case: 5 held for trainees 1–17, 4 for the others up to 84; cancelled ones for
      // trainee 1 and the last two; one held in FY2022 (trainee 2); one planned only (trainee 3).
      const held = i < 17 ? 5 : i < 84 ? 4 : 0;
      const cancelled = i === 0 || i >= 84 ? 1 : 0;
      const lastYear = i === 1 ? 1 : 0;
      const plannedOnly = i === 2 ? 1 : 0;
      const total = held + cancelled + lastYear + plannedOnly;
      const visits = await batch(
        trainee,
        Array.from({ length: total }, (_, j) => planVisit(cases[0].id, owner.id, fyDate(FY, (i + j) % 12))),
      );
      const heldVisits = visits.slice(0, held + lastYear);
      await batch(
        trainee,
        heldVisits.map((v) => preBrief(v.id)),
      );
      await batch(trainee, [
        ...visits.slice(0, held).map((v, j) => recordVisit(v.id, fyDate(FY, (i + j) % 12, 12))),
        ...visits.slice(held, held + lastYear).map((v) => recordVisit(v.id, '2023-03-25T10:00:00+09:00')),
        ...visits.slice(held + lastYear, held + lastYear + cancelled).map((v) => cancelVisit(v.id)),
      ]);
    },
  );

  // ② 99 companies (100 cases: one company has two), ③ 52 of them matched; a FY2022 job opening; a dropped case.
  const byOwner = (programId: string) => owners[programId];
  const jobsA = jobCases.filter((c) => c.programId === programA);
  const jobsB = jobCases.filter((c) => c.programId === programB);
  for (const [programId, list] of [
    [programA, jobsA],
    [programB, jobsB],
  ] as const) {
    const all = list.map((c, k) => ({ ...c, k }));
    for (let start = 0; start < all.length; start += 25) {
      const chunk = all.slice(start, start + 25);
      await batch(
        byOwner(programId),
        chunk.map((c) => talentRequirement(c.caseId)),
      );
      await batch(
        byOwner(programId),
        chunk.map((c) => milestone(c.caseId, 'JOB_OPENING_CREATED', fyDate(FY, c.k % 12, 15))),
      );
    }
  }
  // The second case of one company also reaches a job opening: the company counts once.
  await batch(byOwner(extra.doubled.programId), [talentRequirement(extra.doubled.caseId)]);
  await batch(byOwner(extra.doubled.programId), [
    milestone(extra.doubled.caseId, 'JOB_OPENING_CREATED', fyDate(FY, 2, 15)),
  ]);
  const matched = jobCases.slice(0, 52);
  for (const programId of [programA, programB]) {
    const mine = matched.filter((c) => c.programId === programId);
    for (let start = 0; start < mine.length; start += 25) {
      await batch(
        byOwner(programId),
        mine.slice(start, start + 25).map((c) => milestone(c.caseId, 'MATCHED', fyDate(FY, 11, 20))),
      );
    }
  }
  await batch(byOwner(extra.lastYear.programId), [talentRequirement(extra.lastYear.caseId)]);
  await batch(byOwner(extra.lastYear.programId), [
    milestone(extra.lastYear.caseId, 'JOB_OPENING_CREATED', '2023-03-20T10:00:00+09:00'),
  ]);
  await batch(byOwner(extra.dropped.programId), [milestone(extra.dropped.caseId, 'DROPPED', fyDate(FY, 6))]);
  for (let k = 0; k < 3; k++) {
    const target = extra[`handOff${k}`];
    await batch(byOwner(target.programId), [handOff(target.caseId, receivers[k])]);
  }
  // The API stamps a hand-off with the time it is recorded; these happened in FY2023.
  await t.dataSource.query(`UPDATE support_case_hand_off SET "handedOffAt" = $1`, [fyDate(FY, 5)]);
  return { admin, ownerA, ownerB, programA, programB, trainees };
}
