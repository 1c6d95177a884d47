import { GraphQLResponse, TestApp, waitUntil } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { UserRow } from '../factories';

/**
 * The FY2023 national table (shared/domain/kpis.md): 88 organisations, 99 companies with a job opening, 52 matched,
 * 84 trainees with OJT, 4.2 visits per trainee. Companies, cases, talent requirements, milestones, visits, briefs,
 * cancellations and hand-offs go through the GraphQL API (the real services); organisations, accounts and
 * memberships come from the factory. Around the figures sit records that must not count: cancelled, planned and
 * FY2022 visits, a FY2022 job opening, a dropped case, a withdrawn member, a program of another fiscal year.
 */

const FY = 2023;
const HELD_VISITS = 353; // 17 trainees × 5 + 67 × 4; 353 / 84 = 4.20…
const KINDS = ['CHAMBER_OF_COMMERCE', 'SHOKOKAI', 'REGIONAL_BANK', 'SHINKIN_BANK', 'TAX_ACCOUNTANT'] as const;
const PREFECTURES = ['大阪府', '兵庫県', '京都府'] as const;

const REPORT = `query ($filter: KpiFilterInput!) {
  kpiReport(filter: $filter) {
    generatedAt dataAsOf source fiscalYear periodStart periodEnd programIds
    sections { key titleJa titleEn rows { key labelJa labelEn definitionJa definitionEn value unit } }
    breakdowns { dimension rows { key labelJa labelEn participatingOrganizations companiesWithJobOpening
      matchedCompanies traineesWithOjt heldVisits visitsPerTrainee } }
  }
}`;

const DRILL = `query ($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {
  kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind name organizationName organizationKind prefecture personName occurredAt count } }
  }
}`;

interface Figure {
  key: string;
  labelJa: string;
  labelEn: string;
  definitionJa: string;
  definitionEn: string;
  value: number | null;
  unit: string;
}
interface BreakdownRow {
  key: string;
  participatingOrganizations: number;
  companiesWithJobOpening: number;
  matchedCompanies: number;
  traineesWithOjt: number;
  heldVisits: number;
  visitsPerTrainee: number | null;
}
interface DrillPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; kind: string; count: number } }[];
}
interface Report {
  source: string;
  dataAsOf: string;
  generatedAt: string;
  periodStart: string;
  periodEnd: string;
  programIds: string[] | null;
  sections: { key: string; rows: Figure[] }[];
  breakdowns: { dimension: string; rows: BreakdownRow[] }[];
}

/** 10:00 Japan time on the 10th of the n-th month (0 = April) of the fiscal year. */
function fyDate(fiscalYear: number, monthIndex: number, day = 10): string {
  const month = ((3 + monthIndex) % 12) + 1;
  const year = monthIndex >= 9 ? fiscalYear + 1 : fiscalYear;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00+09:00`;
}

/** Runs `work` over items with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface Mutation {
  field: string;
  inputType: string;
  input: Record<string, unknown>;
  /** Selection: `... on <Success> { id }` for a result union, plain fields otherwise. */
  success: string;
}

describe('kpiReport: the FY2023 national table', () => {
  let t: TestApp;
  let admin: UserRow;
  let ownerA: UserRow;
  let ownerB: UserRow;
  let programA: string;
  let programB: string;
  const trainees: UserRow[] = [];
  const filter = { fiscalYear: FY };

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

  async function report(as: UserRow, f: Record<string, unknown> = filter): Promise<Report> {
    const response = await t.gql<{ kpiReport: Report }>(REPORT, { filter: f }, { as });
    if (!response.data?.kpiReport) throw new Error(JSON.stringify(response.errors));
    return response.data.kpiReport;
  }

  function figures(r: Report, section = 'national'): Record<string, number | null> {
    const rows = r.sections.find((s) => s.key === section)?.rows ?? [];
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  }

  async function drillAll(as: UserRow, kpi: string, f: Record<string, unknown> = filter) {
    const nodes: { id: string; kind: string; count: number }[] = [];
    let after: string | null = null;
    let totalCount: number;
    for (;;) {
      const response: GraphQLResponse<{ kpiDrillDown: DrillPage }> = await t.gql<{ kpiDrillDown: DrillPage }>(
        DRILL,
        { filter: f, kpi, first: 100, after },
        { as },
      );
      const page = response.data?.kpiDrillDown;
      if (!page) throw new Error(JSON.stringify(response.errors));
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { totalCount, nodes };
  }

  beforeAll(async () => {
    t = await TestApp.start({ env: { KPI_REFRESH_INTERVAL_SECONDS: '3600' } });
    const f = t.factory;
    // ① 1 operator (owners) + 80 trainee organisations + 4 mentor organisations + 3 reached only by hand-offs = 88.
    const operator = await organization('近畿中核人材活用推進機構', 'PUBLIC_AGENCY', '大阪府');
    admin = await f.admin({ organizationId: operator });
    ownerA = await f.user({ organizationId: operator, displayName: '佐藤 美咲' });
    ownerB = await f.user({ organizationId: operator, displayName: '小林 誠' });
    programA = await program('令和5年度 担い手育成（大阪）', FY, operator);
    programB = await program('令和5年度 担い手育成（兵庫・京都）', FY, operator);
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
    expect(withdrawal.data?.withdrawProgramMember.__typename).toBe('ProgramMember');
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
  }, 900_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts exactly the five national figures of FY2023 (live)', async () => {
    const r = await report(admin);
    expect(r.source).toBe('LIVE');
    expect(r.periodStart).toBe('2023-04-01');
    expect(r.periodEnd).toBe('2024-03-31');
    expect(r.programIds).toBeNull();
    expect(figures(r)).toEqual({
      PARTICIPATING_ORGANIZATIONS: 88,
      COMPANIES_WITH_JOB_OPENING: 99,
      MATCHED_COMPANIES: 52,
      TRAINEES_WITH_OJT: 84,
      VISITS_PER_TRAINEE: 4.2,
      HELD_VISITS: HELD_VISITS,
    });
    const national = r.sections[0].rows;
    expect(national[0]).toMatchObject({
      labelJa: '① 中核ネットワークに参画した経営支援機関数',
      unit: 'COUNT',
    });
    for (const row of r.sections.flatMap((s) => s.rows)) {
      expect(row.definitionJa.length).toBeGreaterThan(5);
      expect(row.definitionEn.length).toBeGreaterThan(5);
    }
    expect(r.sections.map((s) => s.key)).toEqual(['national', 'offJt', 'ojtQuality', 'competencies', 'caseFunnel']);
  });

  it('breaks the figures down by organisation kind, prefecture and fiscal month', async () => {
    const r = await report(admin);
    const byDimension = Object.fromEntries(r.breakdowns.map((b) => [b.dimension, b.rows]));
    const months = byDimension.FISCAL_MONTH;
    expect(months.map((m) => m.key)).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    const sum = (rows: BreakdownRow[], field: keyof BreakdownRow) =>
      rows.reduce((total, row) => total + Number(row[field]), 0);
    // Visits and (one each) companies add up across months; trainees are distinct per month.
    expect(sum(months, 'heldVisits')).toBe(HELD_VISITS);
    // Members' organisations take part every month; the three reached by hand-offs only in September.
    expect(months.map((m) => m.participatingOrganizations)).toEqual([85, 85, 85, 85, 85, 88, 85, 85, 85, 85, 85, 85]);
    expect(sum(byDimension.ORGANIZATION_KIND, 'heldVisits')).toBe(HELD_VISITS);
    expect(sum(byDimension.ORGANIZATION_KIND, 'traineesWithOjt')).toBe(84);
    expect(sum(byDimension.ORGANIZATION_KIND, 'participatingOrganizations')).toBe(88);
    expect(sum(byDimension.PREFECTURE, 'traineesWithOjt')).toBe(84);
    const osaka = byDimension.PREFECTURE.find((row) => row.key === '大阪府');
    const scoped = await report(admin, { ...filter, prefecture: '大阪府' });
    expect(scoped.source).toBe('LIVE');
    expect(figures(scoped).TRAINEES_WITH_OJT).toBe(osaka?.traineesWithOjt);
    expect(figures(scoped).HELD_VISITS).toBe(osaka?.heldVisits);
    const banks = await report(admin, { ...filter, organizationKinds: ['REGIONAL_BANK'] });
    expect(figures(banks).TRAINEES_WITH_OJT).toBe(
      byDimension.ORGANIZATION_KIND.find((row) => row.key === 'REGIONAL_BANK')?.traineesWithOjt,
    );
    const firstQuarter = await report(admin, { ...filter, from: '2023-04-01', to: '2023-06-30' });
    expect(figures(firstQuarter).HELD_VISITS).toBe(sum(months.slice(0, 3), 'heldVisits'));
  });

  it('leaves out cancelled, planned and FY2022 visits, the FY2022 job opening and the dropped case', async () => {
    const [{ cancelled, planned, lastYear }] = await t.dataSource.query<
      { cancelled: number; planned: number; lastYear: number }[]
    >(
      `SELECT count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE status = 'PLANNED')::int AS planned,
              count(*) FILTER (WHERE "heldAt" < '2023-04-01T00:00:00+09:00')::int AS "lastYear"
       FROM ojt_visit`,
    );
    expect({ cancelled, planned, lastYear }).toEqual({ cancelled: 3, planned: 1, lastYear: 1 });
    const [{ jobs, companies }] = await t.dataSource.query<{ jobs: number; companies: number }[]>(
      `SELECT count(*)::int AS jobs, count(DISTINCT c."clientCompanyId")::int AS companies
       FROM support_case_milestone m JOIN support_case c ON c.id = m."supportCaseId"
       WHERE m.milestone = 'JOB_OPENING_CREATED'`,
    );
    expect({ jobs, companies }).toEqual({ jobs: 101, companies: 100 });
    // The trainees whose only visits were cancelled are members (their organisations count in ①) but not in ④.
    const withOjt = await drillAll(admin, 'TRAINEES_WITH_OJT');
    const ids = new Set(withOjt.nodes.map((n) => n.id));
    expect(ids.has(cancelledOnly(0))).toBe(false);
    expect(ids.has(cancelledOnly(1))).toBe(false);
    const organizations = new Set((await drillAll(admin, 'PARTICIPATING_ORGANIZATIONS')).nodes.map((n) => n.id));
    expect(organizations.has(trainees[84].organizationId)).toBe(true);
    const funnel = figures(await report(admin), 'caseFunnel');
    expect(funnel.FUNNEL_DROPPED).toBe(1);
    expect(funnel.FUNNEL_JOB_OPENING).toBe(100);
    expect(funnel.FUNNEL_MATCHED).toBe(52);
    const handOffs = Object.entries(funnel).filter(([key]) => key.startsWith('HAND_OFF_'));
    expect(handOffs.reduce((total, [, value]) => total + Number(value), 0)).toBe(3);
  });

  function cancelledOnly(k: number): string {
    return trainees[84 + k].id;
  }

  it('drill-downs list exactly the rows each figure counts', async () => {
    const expected: Record<string, number> = {
      PARTICIPATING_ORGANIZATIONS: 88,
      COMPANIES_WITH_JOB_OPENING: 99,
      MATCHED_COMPANIES: 52,
      TRAINEES_WITH_OJT: 84,
      HELD_VISITS: HELD_VISITS,
      VISITS_PER_TRAINEE: HELD_VISITS,
    };
    for (const [kpi, count] of Object.entries(expected)) {
      const { totalCount, nodes } = await drillAll(admin, kpi);
      expect({ kpi, totalCount, rows: nodes.length, distinct: new Set(nodes.map((n) => n.id)).size }).toEqual({
        kpi,
        totalCount: count,
        rows: count,
        distinct: count,
      });
    }
    const trainees = await drillAll(admin, 'TRAINEES_WITH_OJT');
    expect(trainees.nodes.reduce((total, n) => total + n.count, 0)).toBe(HELD_VISITS);
    const companies = await drillAll(admin, 'COMPANIES_WITH_JOB_OPENING');
    expect(companies.nodes.reduce((total, n) => total + n.count, 0)).toBe(100);
  });

  it('an owner sees their program only; its figures add up with the other program', async () => {
    const a = await report(ownerA);
    const b = await report(ownerB);
    expect(a.programIds).toEqual([programA]);
    const fa = figures(a);
    const fb = figures(b);
    expect(fa.HELD_VISITS! + fb.HELD_VISITS!).toBe(HELD_VISITS);
    expect(fa.TRAINEES_WITH_OJT! + fb.TRAINEES_WITH_OJT!).toBe(84);
    expect(fa.COMPANIES_WITH_JOB_OPENING! + fb.COMPANIES_WITH_JOB_OPENING!).toBe(99);
    const drill = await drillAll(ownerA, 'TRAINEES_WITH_OJT');
    expect(drill.totalCount).toBe(fa.TRAINEES_WITH_OJT);
  });

  it('the worker pre-aggregates the report; the snapshot says how fresh it is and matches the live figures', async () => {
    const live = await report(admin);
    const before = Date.now();
    await t.startWorker();
    await waitUntil('the KPI snapshots are written', async () => (await t.count('kpi_snapshot')) === 5, 120_000);
    const [job] = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM outbox WHERE "jobName" = 'reporting.refreshKpis' ORDER BY "createdAt" LIMIT 1`,
    );
    await waitUntil('the refresh job is done', async () => {
      const [row] = await t.dataSource.query<{ status: string }[]>(
        `SELECT status FROM outbox WHERE "jobName" = 'reporting.refreshKpis' ORDER BY "createdAt" LIMIT 1`,
      );
      return row.status === 'DONE';
    });
    expect(job).toBeDefined();
    // The next refresh is chained through the outbox, due at the start of the next hour-long slot.
    const [next] = await t.dataSource.query<{ availableAt: Date }[]>(
      `SELECT "availableAt" FROM outbox WHERE "jobName" = 'reporting.refreshKpis' AND status = 'PENDING'`,
    );
    expect(next.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(next.availableAt.getTime() % 3_600_000).toBe(0);

    const snapshot = await report(admin);
    expect(snapshot.source).toBe('SNAPSHOT');
    expect(new Date(snapshot.dataAsOf).getTime()).toBeGreaterThanOrEqual(before);
    expect(new Date(snapshot.generatedAt).getTime()).toBeGreaterThanOrEqual(new Date(snapshot.dataAsOf).getTime());
    expect(snapshot.sections).toEqual(live.sections);
    expect(snapshot.breakdowns).toEqual(live.breakdowns);
    const ownerSnapshot = await report(ownerA);
    expect(ownerSnapshot.source).toBe('SNAPSHOT');
    // A narrower filter is always live.
    expect((await report(ownerA, { ...filter, prefecture: '大阪府' })).source).toBe('LIVE');
    await t.stopWorker();
  });

  it('a report takes a constant number of statements, whatever the data', async () => {
    const statements = async (as: UserRow, f: Record<string, unknown>) =>
      (await countQueries(() => report(as, f))).queries.length;
    // Snapshot: the actor, then one read. Live: the actor, the national statement and one per section.
    const snapshotAll = await statements(admin, filter);
    const snapshotOwner = await statements(ownerA, filter);
    const liveAll = await statements(admin, { ...filter, prefecture: '大阪府' });
    const liveOwner = await statements(ownerA, { ...filter, from: '2023-05-01' });
    const liveSmall = await statements(ownerA, { ...filter, from: '2024-03-31' });
    expect({ snapshotAll, snapshotOwner, liveAll, liveOwner, liveSmall }).toEqual({
      snapshotAll: 2,
      snapshotOwner: 2,
      liveAll: 6,
      liveOwner: 6,
      liveSmall: 6,
    });
  });
});
