import { randomUUID } from 'node:crypto';
import { TestApp, GraphQLResponse } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';

/**
 * Operations that take a program and a person: a person who is not a trainee of that program must get the same
 * answer as an id that does not exist — no account data (name, email, organisation), no different code or message.
 */
describe('a program and a person who is not its trainee (no existence leak)', () => {
  let t: TestApp;
  let c: Cohort;
  let outsider: UserRow;
  let subjects: [string, string][];

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    outsider = await t.factory.user({ displayName: '部外 秘子', email: `secret-${randomUUID()}@elsewhere.test` });
    subjects = [
      ['an account outside the program', outsider.id],
      ["another program's trainee", c.otherTrainee.id],
      ['a mentor of the program (not a trainee)', c.otherMentor.id],
    ];
  });
  afterAll(() => t.close());

  /** What the caller learns: the data and each error's code and message. */
  function answer(res: GraphQLResponse<unknown>): string {
    return JSON.stringify({
      data: res.data,
      errors: res.errors?.map((e) => ({ code: e.extensions.code, message: e.message })),
    });
  }

  async function expectSameAsRandom(
    query: string,
    variables: (personId: string) => Record<string, unknown>,
    as: UserRow,
  ): Promise<GraphQLResponse<unknown>> {
    const random = await t.gql(query, variables(randomUUID()), { as, locale: 'en' });
    for (const [, personId] of subjects) {
      const res = await t.gql(query, variables(personId), { as, locale: 'en' });
      expect(answer(res)).toBe(answer(random));
      expect(JSON.stringify(res)).not.toMatch(/部外|secret-|elsewhere/);
    }
    return random;
  }

  const PROFILE = `query ($programId: ID!, $traineeId: ID!) {
    competencyProfile(programId: $programId, traineeId: $traineeId) { traineeId trainee { displayName email organization { name } } }
  }`;
  const HISTORY = `query ($programId: ID!, $traineeId: ID!) {
    assessmentHistory(programId: $programId, traineeId: $traineeId) { totalCount }
  }`;

  it('competencyProfile: NOT_FOUND for owner, mentor and admin alike, never the account', async () => {
    for (const as of [c.owner, c.mentor, c.admin]) {
      const random = await expectSameAsRandom(PROFILE, (id) => ({ programId: c.program.id, traineeId: id }), as);
      expect(random.errors?.[0]).toMatchObject({
        message: '受講者が見つかりません',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    const own = await t.gql(PROFILE, { programId: c.program.id, traineeId: c.trainee.id }, { as: c.owner });
    expect(own.errors).toBeUndefined();
  });

  it('assessmentHistory: NOT_FOUND for owner, mentor and admin alike', async () => {
    for (const as of [c.owner, c.mentor, c.admin]) {
      const random = await expectSameAsRandom(HISTORY, (id) => ({ programId: c.program.id, traineeId: id }), as);
      expect(random.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('recordMentorAssessment: the same refusal for an outsider as for a random id, nothing written', async () => {
    const query = `mutation ($input: RecordMentorAssessmentInput!) {
      recordMentorAssessment(input: $input) { __typename ... on ErrorResult { code message } }
    }`;
    const variables = (traineeId: string) => ({
      input: { programId: c.program.id, traineeId, behaviourId: randomUUID(), level: 2 },
    });
    const byOwner = await expectSameAsRandom(query, variables, c.owner);
    expect(byOwner.data).toMatchObject({ recordMentorAssessment: { __typename: 'NotAProgramMemberError' } });
    const byMentor = await expectSameAsRandom(query, variables, c.mentor);
    expect(byMentor.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.count('assessment')).toBe(0);
  });

  it('assignMentor and openSupportCase: the same refusal for an outsider as for a random id', async () => {
    const assign = `mutation ($input: AssignMentorInput!) {
      assignMentor(input: $input) { __typename ... on ErrorResult { code message } }
    }`;
    const assigned = await expectSameAsRandom(
      assign,
      (traineeId) => ({ input: { programId: c.program.id, mentorId: c.mentor.id, traineeId } }),
      c.owner,
    );
    expect(assigned.data).toMatchObject({ assignMentor: { __typename: 'NotAProgramMemberError' } });
    const open = `mutation ($input: OpenSupportCaseInput!) {
      openSupportCase(input: $input) { __typename ... on ErrorResult { code message } }
    }`;
    const opened = await expectSameAsRandom(
      open,
      (leadTraineeId) => ({ input: { programId: c.program.id, clientCompanyId: randomUUID(), leadTraineeId } }),
      c.owner,
    );
    // The made-up company is refused first, the same way for every person.
    expect(opened.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('visits filtered by a person: the same empty page for an outsider as for a random id', async () => {
    const visits = `query ($filter: VisitsFilter) { visits(first: 10, filter: $filter) { totalCount edges { node { id } } } }`;
    for (const as of [c.owner, c.mentor]) {
      const random = await expectSameAsRandom(
        visits,
        (traineeId) => ({ filter: { programId: c.program.id, traineeId } }),
        as,
      );
      expect(random.data).toEqual({ visits: { totalCount: 0, edges: [] } });
    }
  });
});
