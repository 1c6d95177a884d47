import { TestApp } from '../utils/test-app';
import { AuthorizationMatrix, Outcome } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';

type Role =
  | 'anonymous'
  | 'trainee'
  | 'fellowTrainee'
  | 'otherTrainee'
  | 'mentor'
  | 'otherMentor'
  | 'owner'
  | 'otherOwner'
  | 'admin';
const ROLES: Role[] = [
  'anonymous',
  'trainee',
  'fellowTrainee',
  'otherTrainee',
  'mentor',
  'otherMentor',
  'owner',
  'otherOwner',
  'admin',
];

interface Operation {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  expected: Record<Role, Outcome>;
}

const everyoneSignedIn: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  trainee: 'OK',
  fellowTrainee: 'OK',
  otherTrainee: 'OK',
  mentor: 'OK',
  otherMentor: 'OK',
  owner: 'OK',
  otherOwner: 'OK',
  admin: 'OK',
};
const adminOnly: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  trainee: 'FORBIDDEN',
  fellowTrainee: 'FORBIDDEN',
  otherTrainee: 'FORBIDDEN',
  mentor: 'FORBIDDEN',
  otherMentor: 'FORBIDDEN',
  owner: 'FORBIDDEN',
  otherOwner: 'FORBIDDEN',
  admin: 'OK',
};
/** Reading one trainee's records: themself, their paired mentor, owners and admins. */
const aboutTrainee: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  trainee: 'OK',
  fellowTrainee: 'FORBIDDEN',
  otherTrainee: 'NOT_FOUND',
  mentor: 'OK',
  otherMentor: 'FORBIDDEN',
  owner: 'OK',
  otherOwner: 'NOT_FOUND',
  admin: 'OK',
};

describe('Who may do what with competencies (権限マトリクス)', () => {
  let t: TestApp;
  let c: Cohort;
  let fellowTrainee: UserRow;
  let v1: FrameworkRow;
  let draft: { id: string; stepId: string; behaviourIds: string[] };
  const users = (): Record<Role, UserRow | null> => ({
    anonymous: null,
    trainee: c.trainee,
    fellowTrainee,
    otherTrainee: c.otherTrainee,
    mentor: c.mentor,
    otherMentor: c.otherMentor,
    owner: c.owner,
    otherOwner: c.otherOwner,
    admin: c.admin,
  });

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    fellowTrainee = await t.factory.user({ displayName: '中村 陽菜' });
    await t.factory.member(c.program.id, fellowTrainee.id, 'TRAINEE');
    v1 = await new CompetencyFactory(t.dataSource).defaultFramework();
    const res = await t.gql<{
      createFrameworkDraft: { id: string; steps: { id: string }[]; behaviours: { id: string }[] };
    }>(
      `mutation($input: CreateFrameworkDraftInput!) { createFrameworkDraft(input: $input) { id steps { id } behaviours { id } } }`,
      { input: { fromFrameworkId: v1.id } },
      { as: c.admin },
    );
    const created = res.data!.createFrameworkDraft;
    draft = { id: created.id, stepId: created.steps[0].id, behaviourIds: created.behaviours.map((b) => b.id) };
  });
  afterAll(() => t.close());

  const typed = (fields: string) => `{ __typename ${fields} }`;
  const result = (success: string) => `{ __typename ... on ${success} { id } ... on ErrorResult { code } }`;

  // Admin-only operations succeed in this order on the draft (edit → publish → retire).
  const operations = (): Operation[] => [
    {
      name: 'competencyFramework',
      query: `query { competencyFramework ${typed('id')} }`,
      variables: () => ({}),
      expected: everyoneSignedIn,
    },
    {
      name: 'competencyFrameworks',
      query: `query { competencyFrameworks(first: 5) { totalCount } }`,
      variables: () => ({}),
      expected: everyoneSignedIn,
    },
    {
      name: 'exportFramework',
      query: `query($id: ID!) { exportFramework(frameworkId: $id) }`,
      variables: () => ({ id: v1.id }),
      expected: everyoneSignedIn,
    },
    {
      name: 'updateFramework',
      query: `mutation($input: UpdateFrameworkInput!) { updateFramework(input: $input) ${result('CompetencyFramework')} }`,
      variables: () => ({ input: { frameworkId: draft.id, nameJa: '改訂版' } }),
      expected: adminOnly,
    },
    {
      name: 'updateCompetencyStep',
      query: `mutation($input: UpdateCompetencyStepInput!) { updateCompetencyStep(input: $input) ${result('CompetencyStep')} }`,
      variables: () => ({ input: { stepId: draft.stepId, titleEn: 'Finding clients' } }),
      expected: adminOnly,
    },
    {
      name: 'addBehaviour',
      query: `mutation($input: AddBehaviourInput!) { addBehaviour(input: $input) ${result('Behaviour')} }`,
      variables: () => ({
        input: {
          frameworkId: draft.id,
          code: 'X-ETHICS',
          nameJa: '倫理観',
          nameEn: 'Ethics',
          descriptionJa: '利益相反を避ける',
          descriptionEn: 'Avoids conflicts of interest',
        },
      }),
      expected: adminOnly,
    },
    {
      name: 'updateBehaviour',
      query: `mutation($input: UpdateBehaviourInput!) { updateBehaviour(input: $input) ${result('Behaviour')} }`,
      variables: () => ({ input: { behaviourId: draft.behaviourIds[0], nameEn: 'Assessing companies' } }),
      expected: adminOnly,
    },
    {
      name: 'removeBehaviour',
      query: `mutation($input: RemoveBehaviourInput!) { removeBehaviour(input: $input) ${result('CompetencyFramework')} }`,
      variables: () => ({ input: { behaviourId: draft.behaviourIds[1] } }),
      expected: adminOnly,
    },
    {
      name: 'publishFramework',
      query: `mutation($input: FrameworkIdInput!) { publishFramework(input: $input) ${result('CompetencyFramework')} }`,
      variables: () => ({ input: { frameworkId: draft.id } }),
      expected: adminOnly,
    },
    {
      name: 'retireFramework',
      query: `mutation($input: FrameworkIdInput!) { retireFramework(input: $input) ${result('CompetencyFramework')} }`,
      variables: () => ({ input: { frameworkId: draft.id } }),
      expected: adminOnly,
    },
    {
      name: 'createFrameworkDraft',
      query: `mutation($input: CreateFrameworkDraftInput!) { createFrameworkDraft(input: $input) { id } }`,
      variables: () => ({ input: { fromFrameworkId: v1.id } }),
      expected: adminOnly,
    },
    {
      name: 'importFramework',
      query: `mutation($input: ImportFrameworkInput!) { importFramework(input: $input) ${result('CompetencyFramework')} }`,
      variables: () => ({
        input: {
          json: JSON.stringify({
            code: 'AUTHZ_TEST',
            version: 1,
            name: { ja: '権限テスト', en: 'Authorization test' },
            proficiencyScale: {
              proficientLevel: 3,
              levels: [0, 1, 2, 3, 4].map((level) => ({ level, ja: `L${level}`, en: `L${level}`, meaning: '-' })),
            },
            steps: [
              {
                code: 'STEP0',
                ordinal: 0,
                title: { ja: '顧客開拓', en: 'Finding clients' },
                tasks: { ja: '発掘', en: 'Find' },
                practicePoints: [],
                behaviours: [{ code: 'S0-A', ja: '見極め', en: 'Judging', description: { ja: '説明', en: 'Text' } }],
              },
            ],
            crossCuttingBehaviours: [],
          }),
        },
      }),
      expected: adminOnly,
    },
    {
      name: 'recordSelfAssessment',
      query: `mutation($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) ${result('Assessment')} }`,
      variables: () => ({ input: { programId: c.program.id, behaviourId: v1.behaviours['S0-SENSE'], level: 2 } }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        trainee: 'OK',
        fellowTrainee: 'OK',
        otherTrainee: 'NOT_FOUND',
        mentor: 'FORBIDDEN',
        otherMentor: 'FORBIDDEN',
        owner: 'FORBIDDEN',
        otherOwner: 'NOT_FOUND',
        admin: 'FORBIDDEN',
      },
    },
    {
      name: 'recordMentorAssessment',
      query: `mutation($input: RecordMentorAssessmentInput!) { recordMentorAssessment(input: $input) ${result('Assessment')} }`,
      variables: () => ({
        input: { programId: c.program.id, traineeId: c.trainee.id, behaviourId: v1.behaviours['S0-SENSE'], level: 2 },
      }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        trainee: 'FORBIDDEN',
        fellowTrainee: 'FORBIDDEN',
        otherTrainee: 'NOT_FOUND',
        mentor: 'OK',
        otherMentor: 'FORBIDDEN',
        owner: 'OK',
        otherOwner: 'NOT_FOUND',
        admin: 'OK',
      },
    },
    {
      name: 'competencyProfile',
      query: `query($programId: ID!, $traineeId: ID!) { competencyProfile(programId: $programId, traineeId: $traineeId) { traineeId } }`,
      variables: () => ({ programId: c.program.id, traineeId: c.trainee.id }),
      expected: aboutTrainee,
    },
    {
      name: 'assessmentHistory',
      query: `query($programId: ID!, $traineeId: ID!) { assessmentHistory(programId: $programId, traineeId: $traineeId) { totalCount } }`,
      variables: () => ({ programId: c.program.id, traineeId: c.trainee.id }),
      expected: aboutTrainee,
    },
    {
      name: 'competencyMatrix',
      query: `query($programId: ID!) { competencyMatrix(programId: $programId) { programId } }`,
      variables: () => ({ programId: c.program.id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        trainee: 'FORBIDDEN',
        fellowTrainee: 'FORBIDDEN',
        otherTrainee: 'NOT_FOUND',
        mentor: 'OK',
        otherMentor: 'OK',
        owner: 'OK',
        otherOwner: 'NOT_FOUND',
        admin: 'OK',
      },
    },
  ];

  it('gives each operation × role exactly the expected outcome, and refused calls write nothing', async () => {
    const authorization = new AuthorizationMatrix(t, ROLES, users);
    const actual: Record<string, Record<Role, Outcome>> = {};
    const expected: Record<string, Record<Role, Outcome>> = {};
    for (const operation of operations()) {
      expected[operation.name] = operation.expected;
      actual[operation.name] = await authorization.outcomes(operation);
    }
    expect(actual).toEqual(expected);
    // Exactly the allowed writes happened: 2 self ratings, 3 mentor ratings (mentor, owner, admin).
    expect(await t.count('assessment', `source = 'SELF'`)).toBe(2);
    expect(await t.count('assessment', `source = 'MENTOR' AND "traineeId" = $1`, [c.trainee.id])).toBe(3);
  });
});
