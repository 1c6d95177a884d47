import { TestApp } from '../utils/test-app';
import { countQueries } from '../utils/query-counter';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

const VISITS = `query ($programId: ID!) {
  visits(first: 100, filter: { programId: $programId }) {
    totalCount
    edges { node {
      number status
      trainee { displayName organization { name } }
      mentors { displayName }
      supportCase { currentStep clientCompany { name } }
      preBrief { hearingItems hypotheses { statement } }
      hypotheses { statement verdict }
      postBrief { findings }
      nextActions { description owner { displayName } }
      carriedOver { nextActions { description } hypotheses { statement } }
    } }
  }
}`;

const PROGRAM = `query ($id: ID!) {
  program(id: $id) { name members { role user { displayName organization { name } } } mentorships { mentor { displayName } trainee { displayName } } }
}`;

describe('OJT and program reads load relations through DataLoaders (no N+1)', () => {
  let t: TestApp;
  let c: Cohort;
  let ojt: OjtFactory;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    ojt = new OjtFactory(t);
  });
  afterAll(() => t.close());

  async function addCases(count: number, visitsPerCase: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const { caseId } = await ojt.openCase(c);
      for (let v = 0; v < visitsPerCase; v += 1) await ojt.postBriefedVisit(c, caseId);
    }
  }

  async function visitsQueryCount(): Promise<{ visits: number; queries: number }> {
    const { result, queries } = await countQueries(() =>
      t.gql<{ visits: { totalCount: number } }>(VISITS, { programId: c.program.id }, { as: c.owner }),
    );
    expect(result.errors).toBeUndefined();
    return { visits: result.data!.visits.totalCount, queries: queries.length };
  }

  it('visits with every nested relation cost the same number of SQL statements for 2 and for 12 visits', async () => {
    await addCases(2, 1);
    const small = await visitsQueryCount();
    await addCases(5, 2);
    const large = await visitsQueryCount();
    expect(small.visits).toBe(2);
    expect(large.visits).toBe(12);
    expect(large.queries).toBe(small.queries);
  });

  it('a program roster with users, organisations and pairings costs a bounded number of statements for 4 and 40 members', async () => {
    // members and mentorships resolve in separate I/O callbacks, so the user and organisation loads they trigger
    // are batched once or twice depending on timing: at most 2 statements per table, whatever the roster size.
    const perTable = async (): Promise<Record<string, number>> => {
      const { queries } = await countQueries(() => t.gql(PROGRAM, { id: c.program.id }, { as: c.owner }));
      const tally: Record<string, number> = { total: queries.length };
      for (const table of ['user_account', 'organization', 'program_member', 'mentorship']) {
        tally[table] = queries.filter((sql) => new RegExp(`FROM "${table}"`).test(sql)).length;
      }
      return tally;
    };
    const small = await perTable();
    for (let i = 0; i < 36; i += 1) {
      const trainee = await t.factory.user({
        organizationId: i % 2 ? c.chamber.id : (await t.factory.organization()).id,
      });
      await t.factory.member(c.program.id, trainee.id, 'TRAINEE');
      await t.factory.pair(c.program.id, c.mentor.id, trainee.id);
    }
    const large = await perTable();
    for (const tally of [small, large]) {
      expect(tally.user_account).toBeLessThanOrEqual(3); // the caller's account (auth guard) + at most 2 batches
      expect(tally.organization).toBeLessThanOrEqual(2);
      expect(tally.mentorship).toBe(1);
      expect(tally.total).toBeLessThanOrEqual(10);
    }
  });
});
