import { TestApp, waitUntil } from '../utils/test-app';
import { UserRow } from '../factories';
import { buildFy2023, Fy2023Dataset, FY } from '../factories/kpi-fy2023.factory';
import { figuresOfCsv, figuresOfQuery, KPI_REPORT, QueriedReport, readXlsx } from '../utils/report-files';

/**
 * Exports of the FY2023 national dataset (built once, through the API: see kpi-fy2023.factory.ts), produced by the
 * worker in CSV and XLSX: the files, parsed back, hold every figure of every section and breakdown of the kpiReport
 * query for the same filter, and only the requester and admins may download them.
 */

const REQUEST = `mutation ($input: RequestReportExportInput!) {
  requestReportExport(input: $input) { id status }
}`;
const EXPORT = `query ($id: ID!) { reportExport(id: $id) { id status fileName size } }`;

let t: TestApp;
let d: Fy2023Dataset;

function download(id: string, as: UserRow | null) {
  const call = t.http
    .get(`/exports/${id}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return as ? call.set('Authorization', `Bearer ${t.tokenFor(as)}`) : call;
}

async function exported(as: UserRow, format: 'CSV' | 'XLSX', filter: Record<string, unknown>): Promise<string> {
  const res = await t.gql<{ requestReportExport: { id: string; status: string } }>(
    REQUEST,
    { input: { format, filter } },
    { as },
  );
  const id = res.data!.requestReportExport.id;
  await waitUntil(
    `export ${id} is DONE`,
    async () => {
      const view = await t.gql<{ reportExport: { status: string } }>(EXPORT, { id }, { as });
      return view.data?.reportExport.status === 'DONE';
    },
    60_000,
  );
  return id;
}

async function query(as: UserRow, filter: Record<string, unknown>): Promise<QueriedReport> {
  const res = await t.gql<{ kpiReport: QueriedReport }>(KPI_REPORT, { filter }, { as });
  if (!res.data?.kpiReport) throw new Error(JSON.stringify(res.errors));
  return res.data.kpiReport;
}

beforeAll(async () => {
  t = await TestApp.start({ env: { KPI_REFRESH_INTERVAL_SECONDS: '3600' } });
  d = await buildFy2023(t);
  // The worker starts once the data is in (its first KPI refresh then snapshots the finished dataset).
  await t.startWorker();
}, 900_000);
afterAll(() => t?.close());

describe('Report exports of the FY2023 national dataset', () => {
  it('CSV and XLSX of the whole fiscal year hold exactly the kpiReport figures (88, 99, 52, 84, 4.2 and the rest)', async () => {
    const filter = { fiscalYear: FY };
    const csvId = await exported(d.admin, 'CSV', filter);
    const xlsxId = await exported(d.admin, 'XLSX', filter);
    const report = await query(d.admin, filter);
    const expected = figuresOfQuery(report);
    expect(expected.sections['国の事業KPI（5指標）']).toMatchObject({
      PARTICIPATING_ORGANIZATIONS: 88,
      COMPANIES_WITH_JOB_OPENING: 99,
      MATCHED_COMPANIES: 52,
      TRAINEES_WITH_OJT: 84,
      VISITS_PER_TRAINEE: 4.2,
    });
    const csv = await download(csvId, d.admin);
    expect(csv.status).toBe(200);
    expect(figuresOfCsv(csv.body as Buffer)).toEqual(expected);
    const xlsx = await download(xlsxId, d.admin);
    expect(xlsx.status).toBe(200);
    const read = await readXlsx(xlsx.body as Buffer, report);
    expect(read.figures).toEqual(expected);
    expect(read.unfrozen).toEqual([]);
    expect(Object.keys(read.definitions).sort()).toEqual(
      report.sections.flatMap((s) => s.rows.map((row) => row.key)).sort(),
    );
    // Twelve fiscal months, April to March, as dates.
    expect(Object.keys(read.figures.breakdowns['内訳（年度内の月）'])).toHaveLength(12);
  });

  it("an owner's export counts their program only, equals their query, and only they and admins may download it", async () => {
    const filter = { fiscalYear: FY, prefecture: '大阪府' };
    const id = await exported(d.ownerA, 'XLSX', filter);
    const report = await query(d.ownerA, filter);
    expect(report.sections[0].rows.find((row) => row.key === 'TRAINEES_WITH_OJT')!.value).toBeGreaterThan(0);
    const statuses: Record<string, number> = {};
    const callers: Record<string, UserRow | null> = {
      anonymous: null,
      trainee: d.trainees[0],
      'owner of the other program': d.ownerB,
      requester: d.ownerA,
      admin: d.admin,
    };
    for (const [role, user] of Object.entries(callers)) statuses[role] = (await download(id, user)).status;
    expect(statuses).toEqual({
      anonymous: 401,
      trainee: 404,
      'owner of the other program': 404,
      requester: 200,
      admin: 200,
    });
    const file = await download(id, d.ownerA);
    expect((await readXlsx(file.body as Buffer, report)).figures).toEqual(figuresOfQuery(report));
    // The admin's whole-year figures are larger: the owner's file was scoped to their program and prefecture.
    const all = await query(d.admin, { fiscalYear: FY });
    const held = (r: QueriedReport) => r.sections[0].rows.find((row) => row.key === 'HELD_VISITS')!.value!;
    expect(held(report)).toBeLessThan(held(all));
  });
});
