import { GraphQLResponse, TestApp, waitUntil } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { UserRow } from '../factories';
import { buildFy2023, FY, HELD_VISITS } from '../factories/kpi-fy2023.factory';

/**
 * The FY2023 national table (shared/domain/kpis.md), built by buildFy2023 (test/factories/kpi-fy2023.factory.ts):
 * 88 organisations, 99 companies with a job opening, 52 matched, 84 trainees with OJT, 4.2 visits per trainee, and
 * around them the records that must not count.
 */

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

describe('kpiReport: the FY2023 national table', () => {
  let t: TestApp;
  let admin: UserRow;
  let ownerA: UserRow;
  let ownerB: UserRow;
  let programA: string;
  let trainees: UserRow[] = [];
  const filter = { fiscalYear: FY };

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
    ({ admin, ownerA, ownerB, programA, trainees } = await buildFy2023(t));
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
    expect(r.sections.map((s) => s.key)).toEqual([
      'national',
      'offJt',
      'ojtQuality',
      'competencies',
      'caseFunnel',
      'certification',
    ]);
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
    // Snapshot: the actor, then one read. Live: the actor, the national statement and one per section (five, with
    // the certification section registered by the certification lib).
    const snapshotAll = await statements(admin, filter);
    const snapshotOwner = await statements(ownerA, filter);
    const liveAll = await statements(admin, { ...filter, prefecture: '大阪府' });
    const liveOwner = await statements(ownerA, { ...filter, from: '2023-05-01' });
    const liveSmall = await statements(ownerA, { ...filter, from: '2024-03-31' });
    expect({ snapshotAll, snapshotOwner, liveAll, liveOwner, liveSmall }).toEqual({
      snapshotAll: 2,
      snapshotOwner: 2,
      liveAll: 7,
      liveOwner: 7,
      liveSmall: 7,
    });
  });
});
