import { Actor, Locale, SystemRole } from '@banso/core';
import { LearningReadingService } from '@banso/learning';
import { TestApp } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { Cohort } from '../factories';
import { CompetencyFactory } from '../factories/competency.factory';
import { LearningFactory, PROGRAM_ATTENDANCE } from '../factories/learning.factory';

describe('programAttendance runs a constant number of SQL statements whatever the cohort size', () => {
  let t: TestApp;
  let c: Cohort;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
  });
  afterAll(() => t.close());

  /** A program of `trainees` trainees × `activities` activities; every trainee is done with every third activity. */
  async function programOf(trainees: number, activities: number) {
    const program = await t.factory.program({ operatorOrganizationId: c.operator.id });
    await t.factory.member(program.id, c.owner.id, 'OWNER');
    const traineeIds = await new CompetencyFactory(t.dataSource).trainees(program.id, c.chamber.id, trainees);
    const rows = await new LearningFactory(t).bulkActivities(program.id, c.owner.id, activities);
    await t.dataSource.query(
      `INSERT INTO participation ("activityId", "userId", "registrationStatus", "queueNumber", attendance,
                                  "progressPercent", "completedAt", "acknowledgedAt")
       SELECT a.id, u.id, 'REGISTERED', u.n, CASE WHEN (a.n + u.n) % 3 = 0 THEN 'ATTENDED'::participation_attendance_enum END,
              CASE WHEN (a.n + u.n) % 3 = 0 THEN 100 ELSE 0 END,
              CASE WHEN (a.n + u.n) % 3 = 0 THEN now() END, CASE WHEN (a.n + u.n) % 3 = 0 THEN now() END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS a(id, n), unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)`,
      [rows.map((r) => r.id), traineeIds],
    );
    return { programId: program.id, traineeIds, activities: rows };
  }

  it('answers 200 trainees × 30 activities with the same statements as 20 × 30', async () => {
    const owner: Actor = {
      userId: c.owner.id,
      organizationId: c.operator.id,
      systemRole: SystemRole.USER,
      locale: Locale.JA,
      requestId: 'attendance-count',
    };
    const service = t.app.get(LearningReadingService);
    const counts: Record<number, { service: number; graphql: number }> = {};
    for (const size of [20, 200]) {
      const { programId, traineeIds, activities } = await programOf(size, 30);
      const direct = await countQueries(() => service.programAttendance(owner, programId));
      expect(direct.result.traineeCount).toBe(size);
      expect(direct.result.activities).toHaveLength(30);
      // Activity a (1-based) is done by trainee u when (a + u) % 3 = 0.
      const expectedDone = (a: number) => traineeIds.filter((_, i) => (a + i + 1) % 3 === 0).length;
      activities.forEach((activity, index) => {
        const summary = direct.result.activities.find((s) => s.activity.id === activity.id)!;
        expect(summary.registeredCount).toBe(size);
        expect(summary.doneCount).toBe(expectedDone(index + 1));
        expect(summary.completionRate).toBeCloseTo(expectedDone(index + 1) / size, 10);
      });
      const requiredIndexes = activities.flatMap((a, i) => (a.required ? [i + 1] : []));
      const trainee = direct.result.trainees.find((row) => row.traineeId === traineeIds[4])!;
      expect(trainee.requiredTotal).toBe(15);
      expect(trainee.requiredDone).toBe(requiredIndexes.filter((a) => (a + 5) % 3 === 0).length);

      const http = await countQueries(() => t.gql(PROGRAM_ATTENDANCE, { programId }, { as: c.owner }));
      const data = http.result.data as { programAttendance: { trainees: { trainee: { displayName: string } }[] } };
      expect(data.programAttendance.trainees).toHaveLength(size);
      expect(data.programAttendance.trainees[0].trainee.displayName).toMatch(/^受講者 /);
      counts[size] = { service: direct.queries.length, graphql: http.queries.length };
    }
    // Service: the caller's roles in the program, the roster, one aggregate per activity, one per trainee. Over
    // GraphQL the guard reads the caller with their program roles (the Actor carries them, so no roles read), then
    // the same roster and aggregates, and the trainees' accounts in one batch.
    expect(counts[200]).toEqual({ service: 4, graphql: 5 });
    expect(counts[20]).toEqual(counts[200]);
  });
});
