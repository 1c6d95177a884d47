import { TestApp } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { Cohort } from '../factories';
import { CompetencyFactory } from '../factories/competency.factory';
import { OjtFactory } from '../factories/ojt.factory';

/**
 * SQL statements per request on the hot paths of `npm run bench:api` (issue 8). Counts, not timings: the benchmark
 * holds the speed targets.
 */
const ME_ID = `query { me { id displayName } }`;
const ME_ORGANIZATION = `query { me { id displayName organization { id name } } }`;
const visitsQuery = (withTotal: boolean) => `query ($traineeId: ID!) {
  visits(filter: { traineeId: $traineeId }, first: 20) {
    ${withTotal ? 'totalCount' : ''}
    edges { cursor node {
      id number status scheduledAt
      supportCase { id currentStep }
      clientCompany { id name }
      mentors { id displayName }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SELF_ASSESSMENT = `mutation ($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    __typename
    ... on Assessment { id level source }
    ... on ErrorResult { code message }
  }
}`;

const isCount = (sql: string) => /\bCOUNT\s*\(/i.test(sql);

describe('statements per request (issue 8)', () => {
  let t: TestApp;
  let c: Cohort;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    const ojt = new OjtFactory(t);
    const first = await ojt.openCase(c);
    const second = await ojt.openCase(c);
    await ojt.postBriefedVisit(c, first.caseId);
    await ojt.planVisit(c, first.caseId);
    await ojt.planVisit(c, second.caseId);
  });
  afterAll(() => t.close());

  it('turns a token into the actor (with their program roles) in one statement, and `me` reads nothing more', async () => {
    const { result, queries } = await countQueries(() => t.gql(ME_ID, {}, { as: c.trainee }));
    expect(result.data).toEqual({ me: { id: c.trainee.id, displayName: c.trainee.displayName } });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM user_account/);
    expect(queries[0]).toMatch(/program_member/);
  });

  it('answers `me { organization }` in two statements', async () => {
    const { result, queries } = await countQueries(() => t.gql(ME_ORGANIZATION, {}, { as: c.trainee }));
    expect(result.data).toEqual({
      me: {
        id: c.trainee.id,
        displayName: c.trainee.displayName,
        organization: { id: c.chamber.id, name: c.chamber.name },
      },
    });
    expect(queries.length).toBeLessThanOrEqual(2);
  });

  it('loads a visits page with case, company and mentors in at most 5 statements and no COUNT', async () => {
    const { result, queries } = await countQueries(() =>
      t.gql<{ visits: { edges: { node: { mentors: { id: string }[]; clientCompany: { id: string } } }[] } }>(
        visitsQuery(false),
        { traineeId: c.trainee.id },
        { as: c.mentor },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.visits.edges).toHaveLength(3);
    expect(result.data!.visits.edges.every((edge) => edge.node.mentors[0]?.id === c.mentor.id)).toBe(true);
    expect(queries.length).toBeLessThanOrEqual(5);
    expect(queries.filter(isCount)).toHaveLength(0);
  });

  it('counts the visits only when totalCount is selected', async () => {
    const { result, queries } = await countQueries(() =>
      t.gql<{ visits: { totalCount: number } }>(visitsQuery(true), { traineeId: c.trainee.id }, { as: c.mentor }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.visits.totalCount).toBe(3);
    expect(queries.filter(isCount)).toHaveLength(1);
  });

  it('records a self-assessment in at most 8 statements, transaction statements included', async () => {
    const framework = await new CompetencyFactory(t.dataSource).defaultFramework();
    const behaviourId = Object.values(framework.behaviours)[0];
    const { result, queries } = await countQueries(() =>
      t.gql<{ recordSelfAssessment: { __typename: string; level: number } }>(
        SELF_ASSESSMENT,
        { input: { programId: c.program.id, behaviourId, level: 2, comment: '傾聴を意識した' } },
        { as: c.trainee },
      ),
    );
    expect(result.data!.recordSelfAssessment).toMatchObject({ __typename: 'Assessment', level: 2 });
    expect(queries.length).toBeLessThanOrEqual(8);
  });
});
