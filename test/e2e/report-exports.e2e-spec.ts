import { Actor, JobName, OutboxService, SystemRole, Locale } from '@banso/core';
import { nextDailySlot, REPORT_SOURCE, ReportSource } from '@banso/exports';
import { errorCode, TestApp, waitUntil } from '../utils/test-app';
import { AuthorizationMatrix } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';
import { CANCEL_VISIT, OjtFactory } from '../factories/ojt.factory';
import { figuresOfCsv, figuresOfQuery, KPI_REPORT, QueriedReport, readXlsx } from '../utils/report-files';

const REQUEST = `mutation ($input: RequestReportExportInput!) {
  requestReportExport(input: $input) { id status progress format fileName filter { programIds fiscalYear } }
}`;
const EXPORT = `query ($id: ID!) {
  reportExport(id: $id) { id status progress fileName size downloadPath expiresAt finishedAt error subscriptionId }
}`;
const MINE = `query { myReportExports(first: 50) { totalCount edges { node { id status } } } }`;
const SUBSCRIBE = `mutation ($input: SubscribeReportExportInput!) {
  subscribeReportExport(input: $input) { id format lastPeriod filter { programIds } }
}`;
const UNSUBSCRIBE = `mutation ($input: UnsubscribeReportExportInput!) {
  unsubscribeReportExport(input: $input) { subscriptionId }
}`;
const SUBSCRIPTIONS = `query { myReportExportSubscriptions { id format lastPeriod } }`;

interface ExportView {
  id: string;
  status: string;
  progress: number;
  fileName: string | null;
  size: number | null;
  downloadPath: string | null;
  expiresAt: string | null;
  subscriptionId: string | null;
}

let t: TestApp;
let w: Cohort;

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

async function requestExport(as: UserRow, format: 'CSV' | 'XLSX', filter: Record<string, unknown>): Promise<string> {
  const res = await t.gql<{ requestReportExport: { id: string; status: string } }>(
    REQUEST,
    { input: { format, filter } },
    { as },
  );
  expect(res.data!.requestReportExport.status).toBe('QUEUED');
  return res.data!.requestReportExport.id;
}

function finished(id: string, as: UserRow): Promise<ExportView> {
  return waitUntil(`export ${id} is DONE`, async () => {
    const res = await t.gql<{ reportExport: ExportView }>(EXPORT, { id }, { as });
    return res.data?.reportExport.status === 'DONE' ? res.data.reportExport : undefined;
  });
}

/** Enqueues a job through the outbox as the daily scheduler would (own key, so each call is one more run). */
async function runJob(name: JobName.EXPORT_CLEANUP | JobName.EXPORT_SUBSCRIPTIONS, day: string, key: string) {
  const id = await t.app.get(OutboxService).enqueue(name, { day }, { deduplicationKey: key });
  await waitUntil(`${name} ${key} is done`, async () => {
    const [row] = await t.dataSource.query<{ status: string; lastError: string | null }[]>(
      `SELECT status, "lastError" FROM outbox WHERE id = $1`,
      [id],
    );
    if (row.lastError) throw new Error(`${name} failed: ${row.lastError}`);
    return row.status === 'DONE';
  });
}

const FILTER = { programIds: [] as string[], fiscalYear: 2025 };
let query: QueriedReport;

beforeAll(async () => {
  t = await TestApp.start({ worker: true });
  w = await t.factory.cohort();
  FILTER.programIds = [w.program.id];
  const ojt = new OjtFactory(t);
  const { caseId } = await ojt.openCase(w);
  for (let i = 0; i < 2; i++) {
    const visit = await ojt.planVisit(w, caseId);
    await ojt.preBrief(w, visit.id);
    await ojt.recordVisit(w, visit.id, new Date('2025-07-10T02:00:00Z'));
  }
  await ojt.planVisit(w, caseId);
  const cancelled = await ojt.planVisit(w, caseId);
  await t.gql(CANCEL_VISIT, { input: { visitId: cancelled.id, reason: '先方の都合' } }, { as: w.trainee });
  const res = await t.gql<{ kpiReport: QueriedReport }>(KPI_REPORT, { filter: FILTER }, { as: w.owner });
  query = res.data!.kpiReport;
});
afterAll(() => t.close());

describe('Report exports (レポートのエクスポート)', () => {
  it('the export source is the KPI report: the same figures as the kpiReport query', async () => {
    const owner: Actor = {
      userId: w.owner.id,
      organizationId: w.owner.organizationId,
      systemRole: SystemRole.USER,
      locale: Locale.JA,
      requestId: 'test',
    };
    const source = await t.app.get<ReportSource>(REPORT_SOURCE).buildReport(owner, FILTER);
    expect(figuresOfQuery(source)).toEqual(figuresOfQuery(query));
    const national = query.sections.find((s) => s.key === 'national')!.rows;
    expect(Object.fromEntries(national.map((row) => [row.key, row.value]))).toMatchObject({
      TRAINEES_WITH_OJT: 1,
      HELD_VISITS: 2,
      VISITS_PER_TRAINEE: 2,
    });
  });

  it('the worker builds a CSV (UTF-8 BOM, CRLF) with every figure of the query, downloadable by the requester', async () => {
    const id = await requestExport(w.owner, 'CSV', FILTER);
    const done = await finished(id, w.owner);
    expect(done).toMatchObject({ progress: 100, downloadPath: `/exports/${id}`, subscriptionId: null });
    expect(done.fileName).toMatch(/^KPIレポート_2025年度_\d{8}-\d{4}\.csv$/);
    expect(new Date(done.expiresAt!).getTime() - Date.now()).toBeGreaterThan(6.9 * 86400 * 1000);
    const res = await download(id, w.owner);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(done.fileName!)}`);
    const bytes = res.body as Buffer;
    expect(bytes.length).toBe(done.size);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(figuresOfCsv(bytes)).toEqual(figuresOfQuery(query));
    expect(text).toContain('■ 国の事業KPI（5指標）');
    expect(text).toContain('項目キー,項目,値,単位,定義');
    expect(text).toContain('■ 内訳（年度内の月）');
  });

  it('the worker builds an XLSX: a sheet per section and breakdown, numbers as numbers, dates as dates, definitions apart', async () => {
    const id = await requestExport(w.owner, 'XLSX', { ...FILTER, from: '2025-04-01', to: '2026-03-31' });
    const done = await finished(id, w.owner);
    const res = await download(id, w.owner);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(done.fileName).toMatch(/\.xlsx$/);
    const xlsx = await readXlsx(res.body as Buffer, query);
    expect(xlsx.sheets).toEqual([
      '概要',
      ...query.sections.map((s) => s.titleJa),
      '内訳（機関種別）',
      '内訳（都道府県）',
      '内訳（年度内の月）',
      '定義',
    ]);
    expect(xlsx.unfrozen).toEqual([]);
    expect(xlsx.period).toEqual([new Date('2025-04-01T00:00:00Z'), new Date('2026-03-31T00:00:00Z')]);
    expect(xlsx.figures).toEqual(figuresOfQuery(query));
    expect(xlsx.formats).toMatchObject({ COUNT: '#,##0', PERCENT: '0.0"%"', AVERAGE: '0.0' });
    const definitions = Object.fromEntries(
      query.sections.flatMap((s) => s.rows.map((row) => [row.key, [row.definitionJa, row.definitionEn]])),
    );
    expect(xlsx.definitions).toEqual(definitions);
  });

  it('downloads only for the requester and admins; NOT_FOUND for everyone else, UNAUTHENTICATED without a token', async () => {
    const id = await requestExport(w.owner, 'CSV', FILTER);
    await finished(id, w.owner);
    const statuses: Record<string, number> = {};
    const callers: Record<string, UserRow | null> = {
      anonymous: null,
      trainee: w.trainee,
      mentor: w.mentor,
      'owner of another program': w.otherOwner,
      owner: w.owner,
      admin: w.admin,
    };
    for (const [role, user] of Object.entries(callers)) statuses[role] = (await download(id, user)).status;
    expect(statuses).toEqual({
      anonymous: 401,
      trainee: 404,
      mentor: 404,
      'owner of another program': 404,
      owner: 200,
      admin: 200,
    });
    const refused = await download(id, w.otherOwner);
    expect(JSON.parse((refused.body as Buffer).toString('utf8'))).toEqual({
      errors: [{ message: 'エクスポートが見つかりません', extensions: { code: 'NOT_FOUND' } }],
    });
    expect((await download('not-an-id', w.owner)).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000', w.admin)).status).toBe(404);
    const seen = await t.gql(EXPORT, { id }, { as: w.otherOwner });
    expect(errorCode(seen)).toBe('NOT_FOUND');
    const mine = await t.gql<{ myReportExports: { totalCount: number } }>(MINE, {}, { as: w.otherOwner });
    expect(mine.data!.myReportExports.totalCount).toBe(0);
    const owners = await t.gql<{ myReportExports: { edges: { node: { id: string } }[] } }>(MINE, {}, { as: w.owner });
    expect(owners.data!.myReportExports.edges.map((e) => e.node.id)).toContain(id);
  });

  it('authorization: program owners and admins may request and subscribe; members FORBIDDEN, outsiders NOT_FOUND', async () => {
    type Role =
      | 'anonymous'
      | 'trainee'
      | 'mentor'
      | 'trainee of another program'
      | 'owner of another program'
      | 'owner'
      | 'admin';
    const roles: Role[] = [
      'anonymous',
      'trainee',
      'mentor',
      'trainee of another program',
      'owner of another program',
      'owner',
      'admin',
    ];
    const matrix = new AuthorizationMatrix<Role>(t, roles, () => ({
      anonymous: null,
      trainee: w.trainee,
      mentor: w.mentor,
      'trainee of another program': w.otherTrainee,
      'owner of another program': w.otherOwner,
      owner: w.owner,
      admin: w.admin,
    }));
    const ofProgram = { filter: FILTER, format: 'CSV' };
    const everything = { filter: { fiscalYear: 2025 }, format: 'XLSX' };
    const outcomes = {
      'request, one program': await matrix.outcomes({ query: REQUEST, variables: () => ({ input: ofProgram }) }),
      'request, all one may see': await matrix.outcomes({ query: REQUEST, variables: () => ({ input: everything }) }),
      'subscribe, one program': await matrix.outcomes({ query: SUBSCRIBE, variables: () => ({ input: ofProgram }) }),
      'subscribe, all one may see': await matrix.outcomes({
        query: SUBSCRIBE,
        variables: () => ({ input: everything }),
      }),
    };
    const program = {
      anonymous: 'UNAUTHENTICATED',
      trainee: 'FORBIDDEN',
      mentor: 'FORBIDDEN',
      'trainee of another program': 'NOT_FOUND',
      'owner of another program': 'NOT_FOUND',
      owner: 'OK',
      admin: 'OK',
    };
    const all = { ...program, 'trainee of another program': 'FORBIDDEN', 'owner of another program': 'OK' };
    expect(outcomes).toEqual({
      'request, one program': program,
      'request, all one may see': all,
      'subscribe, one program': program,
      'subscribe, all one may see': all,
    });
    const id = await requestExport(w.owner, 'CSV', FILTER);
    const read = await matrix.outcomes({ query: EXPORT, variables: () => ({ id }) });
    expect(read).toEqual({
      anonymous: 'UNAUTHENTICATED',
      trainee: 'NOT_FOUND',
      mentor: 'NOT_FOUND',
      'trainee of another program': 'NOT_FOUND',
      'owner of another program': 'NOT_FOUND',
      owner: 'OK',
      admin: 'OK',
    });
  });

  it('refuses bad filters naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { fiscalYear: 2025, from: '2025-05-01', to: '2025-04-01' }, format: 'CSV' }, 'input.filter.to'],
      [{ filter: { fiscalYear: 2025, from: '2024-05-01' }, format: 'CSV' }, 'input.filter.from'],
      [{ filter: { fiscalYear: 2025, to: '2026-04-01' }, format: 'CSV' }, 'input.filter.to'],
      [{ filter: { fiscalYear: 2025, programIds: ['x'] }, format: 'CSV' }, 'input.filter.programIds'],
      [{ filter: { fiscalYear: 1999 }, format: 'CSV' }, 'input.filter.fiscalYear'],
      [{ filter: { fiscalYear: 2025, from: '2025-13-01' }, format: 'CSV' }, 'input.filter.from'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(REQUEST, { input }, { as: w.owner });
      expect({ field, code: errorCode(res) }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect((res.errors![0].extensions.fields as { field: string }[]).map((f) => f.field)).toEqual([field]);
    }
  });

  it('the daily cleanup removes expired files once, however often it runs', async () => {
    const id = await requestExport(w.owner, 'CSV', FILTER);
    await finished(id, w.owner);
    await t.dataSource.query(`UPDATE report_export SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
    await runJob(JobName.EXPORT_CLEANUP, '2030-01-02', 'cleanup-test-1');
    await runJob(JobName.EXPORT_CLEANUP, '2030-01-02', 'cleanup-test-2');
    expect(await t.count('audit_event', `action = 'reportExport.expire' AND "entityId" = $1`, [id])).toBe(1);
    expect(await t.count('report_export', `id = $1 AND status = 'EXPIRED' AND content IS NULL`, [id])).toBe(1);
    expect((await download(id, w.owner)).status).toBe(404);
    const view = await t.gql<{ reportExport: ExportView }>(EXPORT, { id }, { as: w.owner });
    expect(view.data!.reportExport).toMatchObject({ status: 'EXPIRED', downloadPath: null });
  });

  it('monthly subscriptions: produced once for the month by the daily job, notified; unsubscribing stops them', async () => {
    const owner = await t.factory.user({ organizationId: w.operator.id, displayName: '定期 花子' });
    await t.factory.member(w.program.id, owner.id, 'OWNER');
    const res = await t.gql<{ subscribeReportExport: { id: string; lastPeriod: string } }>(
      SUBSCRIBE,
      { input: { filter: FILTER, format: 'XLSX' } },
      { as: owner },
    );
    const subscription = res.data!.subscribeReportExport;
    const thisMonth = new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 7);
    expect(subscription.lastPeriod).toBe(thisMonth);
    const listed = await t.gql<{ myReportExportSubscriptions: { id: string }[] }>(SUBSCRIPTIONS, {}, { as: owner });
    expect(listed.data!.myReportExportSubscriptions.map((s) => s.id)).toEqual([subscription.id]);

    // A run in the same month produces nothing: the first export comes on the next 1st.
    await runJob(JobName.EXPORT_SUBSCRIPTIONS, `${thisMonth}-28`, 'subscriptions-same-month');
    expect(await t.count('report_export', `"subscriptionId" = $1`, [subscription.id])).toBe(0);
    const [year, month] = thisMonth.split('-').map(Number);
    const next = `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}`;
    await runJob(JobName.EXPORT_SUBSCRIPTIONS, `${next}-01`, 'subscriptions-1');
    await runJob(JobName.EXPORT_SUBSCRIPTIONS, `${next}-02`, 'subscriptions-2');
    expect(await t.count('report_export', `"subscriptionId" = $1`, [subscription.id])).toBe(1);
    const [row] = await t.dataSource.query<{ id: string; period: string }[]>(
      `SELECT id, period FROM report_export WHERE "subscriptionId" = $1`,
      [subscription.id],
    );
    expect(row.period).toBe(next);
    const done = await finished(row.id, owner);
    expect(done.subscriptionId).toBe(subscription.id);
    await waitUntil(
      'the subscriber is notified',
      async () =>
        (await t.count('notification', `"recipientId" = $1 AND kind = 'REPORT_EXPORT_READY' AND "subjectId" = $2`, [
          owner.id,
          row.id,
        ])) === 1,
    );
    expect((await download(row.id, owner)).status).toBe(200);

    const other = await t.gql(UNSUBSCRIBE, { input: { subscriptionId: subscription.id } }, { as: w.owner });
    expect(errorCode(other)).toBe('NOT_FOUND');
    for (let i = 0; i < 2; i++) {
      const ended = await t.gql<{ unsubscribeReportExport: { subscriptionId: string } }>(
        UNSUBSCRIBE,
        { input: { subscriptionId: subscription.id } },
        { as: owner },
      );
      expect(ended.data!.unsubscribeReportExport.subscriptionId).toBe(subscription.id);
    }
    expect(
      await t.count('audit_event', `action = 'reportExport.unsubscribe' AND "entityId" = $1`, [subscription.id]),
    ).toBe(1);
    const after = await t.gql<{ myReportExportSubscriptions: unknown[] }>(SUBSCRIPTIONS, {}, { as: owner });
    expect(after.data!.myReportExportSubscriptions).toEqual([]);
    await runJob(JobName.EXPORT_SUBSCRIPTIONS, '2099-01-01', 'subscriptions-after-unsubscribe');
    expect(await t.count('report_export', `"subscriptionId" = $1`, [subscription.id])).toBe(1);
  });

  it('the worker keeps the next daily run of both jobs in the outbox, due at 00:05 in Japan', async () => {
    const slot = nextDailySlot(new Date());
    const rows = await t.dataSource.query<{ jobName: string; availableAt: Date }[]>(
      `SELECT "jobName", "availableAt" FROM outbox WHERE "deduplicationKey" = $1 AND status = 'PENDING' ORDER BY 1`,
      [slot.day],
    );
    expect(rows.map((row) => [row.jobName, row.availableAt.toISOString()])).toEqual([
      ['export.cleanup', slot.runAt.toISOString()],
      ['export.subscriptions', slot.runAt.toISOString()],
    ]);
    expect(slot.runAt.getUTCHours() * 60 + slot.runAt.getUTCMinutes()).toBe(15 * 60 + 5);
  });
});
