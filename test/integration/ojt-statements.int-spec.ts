import { TestApp } from '../utils/test-app';
import { countQueries, Statement, transactionStatements } from '../utils/query-counter';
import { Cohort } from '../factories';
import { GIVE_FEEDBACK, OjtFactory, PLAN_VISIT, RECORD_POST_BRIEF } from '../factories/ojt.factory';

/**
 * The write use cases of a visit run in one transaction on one connection, read each row once (locked first, access
 * checked on what was locked) and write sets in one statement. The counts are the whole GraphQL request, the auth
 * guard's account lookup included; a change to them is a change to review.
 */
describe('OJT mutations: statements and connections', () => {
  let t: TestApp;
  let c: Cohort;
  let ojt: OjtFactory;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    ojt = new OjtFactory(t);
  });
  afterAll(() => t.close());

  /** Every statement from BEGIN to COMMIT ran on one backend, and nothing ran on another one meanwhile. */
  function expectOneBackend(statements: Statement[]): void {
    const inTransaction = transactionStatements(statements);
    expect(inTransaction.length).toBeGreaterThan(2);
    expect(inTransaction[inTransaction.length - 1].sql).toMatch(/^COMMIT/);
    expect(new Set(inTransaction.map((statement) => statement.backend)).size).toBe(1);
  }

  /** How many statements read the row of the given table by its id (locked or not). */
  function readsOf(statements: Statement[], table: string): number {
    return statements.filter((s) => new RegExp(`^SELECT[\\s\\S]*FROM "${table}"`).test(s.sql)).length;
  }

  async function visitReadyForPostBrief(): Promise<{ visitId: string; hypothesisIds: string[] }> {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    const brief = await ojt.preBrief(c, visit.id, [
      { kind: 'MANAGEMENT_ISSUE', statement: '営業の属人化で新規開拓が止まっている' },
      { kind: 'TALENT_ISSUE', statement: '技術承継の担い手がいない' },
      { kind: 'HIRING_PROFILE', statement: '製造現場を束ねる工場長候補' },
    ]);
    await ojt.recordVisit(c, visit.id);
    return { visitId: visit.id, hypothesisIds: brief.hypotheses.map((h) => h.id) };
  }

  it('planVisit with 2 mentors: 10 statements (13 before), one backend, the case read once', async () => {
    const { caseId } = await ojt.openCase(c);
    const { result, statements } = await countQueries(() =>
      t.gql<{ planVisit: { __typename: string } }>(
        PLAN_VISIT,
        {
          input: {
            supportCaseId: caseId,
            scheduledAt: '2025-07-10T01:00:00.000Z',
            mentorIds: [c.mentor.id, c.owner.id],
            traineeRole: 'OBSERVER',
          },
        },
        { as: c.trainee },
      ),
    );
    expect(result.data?.planVisit.__typename).toBe('OjtVisit');
    expectOneBackend(statements);
    expect(readsOf(statements, 'support_case')).toBe(1);
    expect(statements).toHaveLength(10);
  });

  it('recordPostBrief with 3 hypotheses and 3 next actions: 16 statements (20 before; 2 swap the reminders in the outbox), one backend, the visit read once', async () => {
    const { visitId, hypothesisIds } = await visitReadyForPostBrief();
    const { result, statements } = await countQueries(() =>
      t.gql<{ recordPostBrief: { __typename: string } }>(
        RECORD_POST_BRIEF,
        {
          input: {
            visitId,
            hypothesisVerdicts: hypothesisIds.map((hypothesisId, index) => ({
              hypothesisId,
              verdict: ['CONFIRMED', 'REVISED', 'REJECTED'][index],
              note: index === 1 ? '技術承継が先' : undefined,
            })),
            findings: '営業の属人化より、技術承継が優先課題',
            goodPoints: '社長の想いを引き出せた',
            improvementAreas: '質問が誘導的になる場面があった',
            improvementPlan: 'オープンクエスチョンを準備する',
            nextActions: [c.trainee, c.owner, c.otherMentor].map((owner, index) => ({
              description: `次回までの宿題 ${index + 1}`,
              ownerId: owner.id,
            })),
            nextHearingItems: ['技術者の年齢構成'],
          },
        },
        { as: c.trainee },
      ),
    );
    expect(result.data?.recordPostBrief.__typename).toBe('PostBrief');
    expectOneBackend(statements);
    expect(readsOf(statements, 'ojt_visit')).toBe(1);
    // 14 + withdrawing the post-brief reminder and writing the feedback one to the outbox (transactional outbox).
    expect(statements).toHaveLength(16);
    const verdicts = await t.dataSource.query<{ verdict: string; verdictNote: string | null }[]>(
      `SELECT verdict, "verdictNote" FROM hypothesis WHERE "visitId" = $1 ORDER BY position`,
      [visitId],
    );
    expect(verdicts).toEqual([
      { verdict: 'CONFIRMED', verdictNote: null },
      { verdict: 'REVISED', verdictNote: '技術承継が先' },
      { verdict: 'REJECTED', verdictNote: null },
    ]);
  });

  it('giveVisitFeedback with 2 ratings: 16 statements (15 before; 1 withdraws the reminder, 1 asks for the certification evaluation, 1 reads the second mentors), one backend, the visit read once', async () => {
    const { visitId, hypothesisIds } = await visitReadyForPostBrief();
    await ojt.postBrief(
      c,
      visitId,
      hypothesisIds.map((hypothesisId) => ({ hypothesisId, verdict: 'CONFIRMED' })),
    );
    const behaviours = await t.dataSource.query<{ id: string }[]>(
      `SELECT b.id FROM behaviour b JOIN program p ON p."frameworkId" = b."frameworkId" WHERE p.id = $1
       ORDER BY b.code LIMIT 2`,
      [c.program.id],
    );
    const { result, statements } = await countQueries(() =>
      t.gql<{ giveVisitFeedback: { __typename: string } }>(
        GIVE_FEEDBACK,
        {
          input: {
            visitId,
            comment: '社長の話をよく引き出せていた',
            ratings: behaviours.map((behaviour) => ({ behaviourId: behaviour.id, level: 3 })),
          },
        },
        { as: c.mentor },
      ),
    );
    expect(result.data?.giveVisitFeedback.__typename).toBe('VisitFeedback');
    expectOneBackend(statements);
    expect(readsOf(statements, 'ojt_visit')).toBe(1);
    // 13 + withdrawing the feedback reminder in the outbox.
    expect(statements).toHaveLength(16);
  });
});
