import { TestApp } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CertificationFactory } from '../factories/certification.factory';
import { countQueries } from '../utils/query-counter';
import { KPI_REPORT, QueriedReport } from '../utils/report-files';

/**
 * The certification section of kpiReport (shared/domain/kpis.md: supporters certified, mentors certified,
 * certification rate per cohort, generations in the mentoring cascade), registered by the certification lib.
 */

const ISSUED_IN_FY2025 = '2025-10-01T10:00:00+09:00';

let t: TestApp;
let c: Cohort;
let cf: CertificationFactory;

async function certification(as: UserRow, filter: Record<string, unknown>): Promise<Record<string, number | null>> {
  const res = await t.gql<{ kpiReport: QueriedReport }>(KPI_REPORT, { filter }, { as });
  if (!res.data?.kpiReport) throw new Error(JSON.stringify(res.errors));
  const section = res.data.kpiReport.sections.find((s) => s.key === 'certification');
  if (!section) throw new Error('no certification section');
  for (const row of section.rows) {
    expect(row.definitionJa.length).toBeGreaterThan(10);
    expect(row.definitionEn.length).toBeGreaterThan(10);
  }
  return Object.fromEntries(section.rows.map((row) => [row.key, row.value]));
}

async function issue(
  programId: string,
  user: UserRow,
  kind: 'SUPPORTER' | 'MENTOR',
  options: { mentorIds?: string[]; status?: 'ACTIVE' | 'REVOKED'; issuedAt?: string } = {},
): Promise<void> {
  const { id } = await cf.certificate(programId, user.id, kind, options);
  await t.dataSource.query(`UPDATE certificate SET "issuedAt" = $2 WHERE id = $1`, [
    id,
    options.issuedAt ?? ISSUED_IN_FY2025,
  ]);
}

beforeAll(async () => {
  t = await TestApp.start();
  c = await t.factory.cohort();
  cf = new CertificationFactory(t.dataSource);
});
afterAll(() => t?.close());

describe('kpiReport: certification figures', () => {
  it('one SUPPORTER and one MENTOR certificate change the figures; revoked and other-year ones do not count', async () => {
    const filter = { fiscalYear: 2025, programIds: [c.program.id] };
    const cohort = `CERTIFICATION_RATE_COHORT:${c.program.id}`;
    // The cohort: the program's trainees, plus one more so the rate is not all or nothing.
    const second = await t.factory.user({ organizationId: c.trainee.organizationId, displayName: '認定 未了' });
    await t.factory.member(c.program.id, second.id, 'TRAINEE');
    expect(await certification(c.owner, filter)).toEqual({
      SUPPORTERS_CERTIFIED: 0,
      MENTORS_CERTIFIED: 0,
      CERTIFICATION_RATE: 0,
      [cohort]: 0,
      CASCADE_GENERATIONS: 0,
    });

    await issue(c.program.id, c.trainee, 'SUPPORTER', { mentorIds: [c.mentor.id] });
    expect(await certification(c.owner, filter)).toEqual({
      SUPPORTERS_CERTIFIED: 1,
      MENTORS_CERTIFIED: 0,
      CERTIFICATION_RATE: 50,
      [cohort]: 50,
      // The trainee's mentor holds no MENTOR certificate yet: one generation.
      CASCADE_GENERATIONS: 1,
    });

    await issue(c.program.id, c.mentor, 'MENTOR');
    expect(await certification(c.owner, filter)).toEqual({
      SUPPORTERS_CERTIFIED: 1,
      MENTORS_CERTIFIED: 1,
      CERTIFICATION_RATE: 50,
      [cohort]: 50,
      // The certified mentor above the certified trainee: two generations.
      CASCADE_GENERATIONS: 2,
    });

    // Not counted: a revoked certificate, one issued in another fiscal year, one of another program.
    await issue(c.program.id, second, 'SUPPORTER', { status: 'REVOKED' });
    await issue(c.program.id, second, 'SUPPORTER', { issuedAt: '2026-05-01T10:00:00+09:00' });
    await issue(c.otherProgram.id, c.otherTrainee, 'SUPPORTER');
    const after = await certification(c.owner, filter);
    expect(after).toMatchObject({ SUPPORTERS_CERTIFIED: 1, MENTORS_CERTIFIED: 1, CERTIFICATION_RATE: 50 });

    // The admin's whole year counts both programs, one cohort row each.
    const all = await certification(c.admin, { fiscalYear: 2025 });
    expect(all).toMatchObject({ SUPPORTERS_CERTIFIED: 2, MENTORS_CERTIFIED: 1, [cohort]: 50 });
    expect(all[`CERTIFICATION_RATE_COHORT:${c.otherProgram.id}`]).toBe(100);
    // The next fiscal year sees the later certificate.
    expect((await certification(c.admin, { fiscalYear: 2026 })).SUPPORTERS_CERTIFIED).toBe(1);
  });

  it('the section is one statement: a live report is the actor, the national statement and five sections', async () => {
    const { queries } = await countQueries(() =>
      t.gql(KPI_REPORT, { filter: { fiscalYear: 2025, prefecture: '大阪府' } }, { as: c.admin }),
    );
    expect(queries.filter((sql) => sql.includes('FROM certificate c'))).toHaveLength(1);
    expect(queries).toHaveLength(7);
  });
});
