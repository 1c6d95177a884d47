import { Actor, Locale, SystemRole } from '@banso/core';
import { CompetencyStandingService } from '@banso/competency';
import { TestApp } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { Cohort } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';

const MATRIX = `query Matrix($programId: ID!) {
  competencyMatrix(programId: $programId) {
    behaviours { code name }
    rows { traineeId trainee { displayName } levels proficientCount }
  }
}`;

describe('competencyMatrix runs a constant number of SQL queries whatever the cohort size', () => {
  let t: TestApp;
  let c: Cohort;
  let framework: FrameworkRow;
  let factory: CompetencyFactory;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    factory = new CompetencyFactory(t.dataSource);
    framework = await factory.defaultFramework();
  });
  afterAll(() => t.close());

  async function cohortOf(size: number): Promise<{ programId: string; traineeIds: string[] }> {
    const program = await t.factory.program({ operatorOrganizationId: c.operator.id });
    await t.factory.member(program.id, c.owner.id, 'OWNER');
    const traineeIds = await factory.trainees(program.id, c.chamber.id, size);
    const behaviourIds = Object.values(framework.behaviours);
    // Two rounds of mentor ratings (the second supersedes) plus self ratings: 3 rows per trainee × behaviour.
    await factory.rateAll(program.id, c.mentor.id, traineeIds, behaviourIds, (i, b) => (i + b) % 5);
    await factory.rateAll(program.id, c.mentor.id, traineeIds, behaviourIds, (i, b) => (i * b) % 5);
    await factory.rateAll(program.id, c.mentor.id, traineeIds, behaviourIds, () => 4, 'SELF');
    return { programId: program.id, traineeIds };
  }

  it("answers 200 trainees × 15 behaviours with 5 service queries and 6 over GraphQL (roles come with the actor; the published framework's steps and behaviours are read once per process), the same as for 20", async () => {
    const owner: Actor = {
      userId: c.owner.id,
      organizationId: c.operator.id,
      systemRole: SystemRole.USER,
      locale: Locale.JA,
      requestId: 'matrix-count',
    };
    const service = t.app.get(CompetencyStandingService);
    // The first read of the published framework also reads its steps and behaviours (2 statements); later reads
    // of any program pinned to it find them kept in the process.
    const first = await cohortOf(1);
    const cold = await countQueries(() => service.competencyMatrix(owner, first.programId));
    const warm = await countQueries(() => service.competencyMatrix(owner, first.programId));
    expect(cold.queries.length - warm.queries.length).toBe(2);
    expect(warm.result).toEqual(cold.result);
    const counts: Record<number, { service: number; graphql: number }> = {};
    for (const size of [20, 200]) {
      const { programId, traineeIds } = await cohortOf(size);
      const direct = await countQueries(() => service.competencyMatrix(owner, programId));
      expect(direct.result.rows).toHaveLength(size);
      expect(direct.result.behaviours).toHaveLength(15);
      // Latest mentor rating wins: (i × b) % 5 for trainee i and behaviour b in framework order.
      const order = direct.result.behaviours.map((b) => b.id);
      const behaviourIndex = Object.values(framework.behaviours).indexOf(order[7]);
      const row = direct.result.rows.find((r) => r.traineeId === traineeIds[3])!;
      expect(row.levels[7]).toBe((3 * behaviourIndex) % 5);

      const http = await countQueries(() => t.gql(MATRIX, { programId }, { as: c.owner }));
      const data = http.result.data as { competencyMatrix: { rows: { trainee: { displayName: string } }[] } };
      expect(data.competencyMatrix.rows).toHaveLength(size);
      expect(data.competencyMatrix.rows[0].trainee.displayName).toMatch(/^受講者 /);
      counts[size] = { service: direct.queries.length, graphql: http.queries.length };
    }
    expect(counts[200]).toEqual({ service: 5, graphql: 6 });
    expect(counts[20]).toEqual(counts[200]);
  });
});
