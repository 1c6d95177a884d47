import { TestApp, errorCode } from '../utils/test-app';
import { AuthorizationMatrix } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';
import { CertificationFactory, VERIFY_CERTIFICATE } from '../factories/certification.factory';

/**
 * Every certification operation × every kind of caller, each cell with its exact outcome, and the bad inputs.
 * `program` has an owner, a mentor paired with the trainee and a trainee; `otherTrainee` (same organisation as the
 * trainee) and `otherOwner` belong to another program of the same operator.
 */
type Role =
  'anonymous' | 'trainee' | 'mentor' | 'trainee of another program' | 'owner of another program' | 'owner' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const ROLES: Role[] = [
  'anonymous',
  'trainee',
  'mentor',
  'trainee of another program',
  'owner of another program',
  'owner',
  'admin',
];

interface World extends Cohort {
  certificateId: string;
  verificationCode: string;
  runId: string;
  candidateAdvisorId: string;
}

interface Operation {
  name: string;
  /** Needs its own records: it changes state others would see. */
  fresh?: boolean;
  query: string;
  variables: (world: World) => Record<string, unknown>;
  success?: string;
  /** anonymous, trainee, mentor, trainee of another program, owner of another program, owner, admin. */
  outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const READ: Operation['outcomes'] = ['UNAUTHENTICATED', 'ok', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];
const MANAGE: Operation['outcomes'] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_FOUND',
  'ok',
  'ok',
];
/** Everything the criteria could ask for is left out: the trainee meets this rule as soon as it is set. */
const EMPTY_CRITERIA = {
  minLevelForSteps: [],
  minLevelForBehaviours: [],
  minLevelForAllBehaviours: null,
  minVisitsWithFeedback: null,
  minVisitsLed: null,
  requiredActivitiesDone: false,
  caseReached: null,
  requireActiveSupporter: false,
  minVisitsAsSecondMentor: null,
  mentorPreparation: null,
};

const union = (name: string, input: string, success: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { __typename ... on ${success} { id } ... on ErrorResult { code message } } }`;

const OPERATIONS: Operation[] = [
  {
    name: 'certificationRules',
    query: `query ($programId: ID!) { certificationRules(programId: $programId) { id } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: READ,
  },
  {
    name: 'updateCertificationRule',
    query: union('updateCertificationRule', 'UpdateCertificationRuleInput', 'CertificationRule'),
    variables: (w) => ({
      input: {
        programId: w.program.id,
        kind: 'MENTOR',
        criteria: EMPTY_CRITERIA,
        validityMonths: 36,
        autoIssue: false,
      },
    }),
    success: 'CertificationRule',
    outcomes: MANAGE,
  },
  {
    name: 'certificationProgress',
    query: `query ($programId: ID!, $traineeId: ID!) { certificationProgress(programId: $programId, traineeId: $traineeId) { traineeId } }`,
    variables: (w) => ({ programId: w.program.id, traineeId: w.trainee.id }),
    // The trainee themself, their mentor, owners and admins.
    outcomes: READ,
  },
  {
    name: 'certificationProgress (another trainee)',
    query: `query ($programId: ID!, $traineeId: ID!) { certificationProgress(programId: $programId, traineeId: $traineeId) { traineeId } }`,
    variables: (w) => ({ programId: w.program.id, traineeId: w.otherMentor.id }),
    outcomes: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'],
  },
  {
    name: 'evaluateProgramCertifications',
    fresh: true,
    query: union('evaluateProgramCertifications', 'EvaluateProgramCertificationsInput', 'CertificationEvaluationRun'),
    variables: (w) => ({ input: { programId: w.program.id } }),
    success: 'CertificationEvaluationRun',
    outcomes: MANAGE,
  },
  {
    name: 'certificationEvaluationRun',
    query: `query ($id: ID!) { certificationEvaluationRun(id: $id) { id } }`,
    variables: (w) => ({ id: w.runId }),
    outcomes: MANAGE,
  },
  {
    name: 'issueCertificate',
    fresh: true,
    query: union('issueCertificate', 'IssueCertificateInput', 'Certificate'),
    variables: (w) => ({ input: { programId: w.program.id, userId: w.trainee.id, kind: 'SUPPORTER' } }),
    success: 'Certificate',
    outcomes: MANAGE,
  },
  {
    name: 'revokeCertificate',
    fresh: true,
    query: union('revokeCertificate', 'RevokeCertificateInput', 'Certificate'),
    variables: (w) => ({ input: { certificateId: w.certificateId, reason: '認定要件の誤り' } }),
    success: 'Certificate',
    outcomes: MANAGE,
  },
  {
    name: 'myCertificates',
    query: `query { myCertificates { id } }`,
    variables: () => ({}),
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  {
    // The world's certificate is held by the program's other mentor: only owners and admins besides the holder.
    name: 'certificateCredential',
    query: `query ($certificateId: ID!) { certificateCredential(certificateId: $certificateId) { jwt } }`,
    variables: (w) => ({ certificateId: w.certificateId }),
    outcomes: ['UNAUTHENTICATED', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'],
  },
  {
    name: 'certificates',
    query: `query ($programId: ID!) { certificates(programId: $programId) { totalCount } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: MANAGE,
  },
  {
    name: 'verifyCertificate',
    query: VERIFY_CERTIFICATE,
    variables: (w) => ({ code: w.verificationCode }),
    outcomes: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  {
    name: 'designateAdvisor',
    fresh: true,
    query: union('designateAdvisor', 'DesignateAdvisorInput', 'CertificationAdvisor'),
    variables: (w) => ({
      input: { programId: w.program.id, userId: w.candidateAdvisorId, reason: '元支店長・伴走経験10年' },
    }),
    success: 'CertificationAdvisor',
    outcomes: MANAGE,
  },
  {
    name: 'certificationAdvisors',
    query: `query ($programId: ID!) { certificationAdvisors(programId: $programId) { id } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: MANAGE,
  },
  {
    name: 'mentorLineage',
    query: `query ($userId: ID!) { mentorLineage(userId: $userId) { generations } }`,
    variables: (w) => ({ userId: w.trainee.id }),
    // Whoever may see the account: the person, people sharing a program, colleagues (the other trainee), admins.
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'NOT_FOUND', 'ok', 'ok'],
  },
];

const CELLS: [string, Role, Outcome][] = OPERATIONS.flatMap((operation) =>
  ROLES.map((role, index): [string, Role, Outcome] => [operation.name, role, operation.outcomes[index]]),
);

let t: TestApp;
let cf: CertificationFactory;
let shared: World;

async function world(): Promise<World> {
  const cohort = await t.factory.cohort();
  await t.dataSource.query(`UPDATE certification_rule SET criteria = $2 WHERE "programId" = $1`, [
    cohort.program.id,
    JSON.stringify(EMPTY_CRITERIA),
  ]);
  const certificate = await cf.certificate(cohort.program.id, cohort.otherMentor.id, 'SUPPORTER');
  const [run] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO certification_evaluation_run ("programId", "traineeIds", total, "requestedById")
     VALUES ($1, '{}', 0, $2) RETURNING id`,
    [cohort.program.id, cohort.owner.id],
  );
  const candidate = await t.factory.user({ organizationId: cohort.operator.id, displayName: '外部 アドバイザー' });
  await t.factory.member(cohort.program.id, candidate.id, 'MENTOR', { advisor: false });
  return {
    ...cohort,
    certificateId: certificate.id,
    verificationCode: certificate.verificationCode,
    runId: run.id,
    candidateAdvisorId: candidate.id,
  };
}

function callersOf(w: World): Record<Role, UserRow | null> {
  return {
    anonymous: null,
    trainee: w.trainee,
    mentor: w.mentor,
    'trainee of another program': w.otherTrainee,
    'owner of another program': w.otherOwner,
    owner: w.owner,
    admin: w.admin,
  };
}

describe('Certification authorization matrix (権限表)', () => {
  beforeAll(async () => {
    t = await TestApp.start();
    cf = new CertificationFactory(t.dataSource);
    shared = await world();
  });
  afterAll(() => t.close());

  it('covers every operation of the certification lib for each of the seven callers', () => {
    expect([...new Set(OPERATIONS.map((operation) => operation.name.replace(/ \(.*\)$/, '')))].sort()).toEqual(
      [
        'certificationRules',
        'updateCertificationRule',
        'certificationProgress',
        'evaluateProgramCertifications',
        'certificationEvaluationRun',
        'issueCertificate',
        'revokeCertificate',
        'myCertificates',
        'certificateCredential',
        'certificates',
        'verifyCertificate',
        'designateAdvisor',
        'certificationAdvisors',
        'mentorLineage',
      ].sort(),
    );
    expect(CELLS).toHaveLength(OPERATIONS.length * 7);
  });

  it.each(CELLS)('%s as %s → %s', async (name, role, expected) => {
    const operation = OPERATIONS.find((candidate) => candidate.name === name)!;
    const w = operation.fresh ? await world() : shared;
    const matrix = new AuthorizationMatrix<Role>(t, ROLES, () => callersOf(w));
    const { outcome, response } = await matrix.cell(role, operation, operation.variables(w));
    expect(outcome).toBe(expected === 'ok' ? 'OK' : expected);
    if (expected !== 'ok') expect(response.data).toBeNull();
  });

  describe('bad inputs name the field, in Japanese and English, and write nothing', () => {
    /** Each owner in their account's language: 佐藤 (ja) and an English-speaking co-owner. */
    const owners: Record<'ja' | 'en', UserRow> = {} as Record<'ja' | 'en', UserRow>;
    beforeAll(async () => {
      owners.ja = shared.owner;
      owners.en = await t.factory.user({ organizationId: shared.operator.id, displayName: 'Emma Clark', locale: 'en' });
      await t.factory.member(shared.program.id, owners.en.id, 'OWNER');
    });
    const UPDATE = `mutation ($input: UpdateCertificationRuleInput!) { updateCertificationRule(input: $input) { __typename } }`;
    const rule =
      (criteria: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      () => ({
        input: {
          programId: shared.program.id,
          kind: 'SUPPORTER',
          criteria: { ...EMPTY_CRITERIA, ...criteria },
          validityMonths: 24,
          autoIssue: false,
          ...extra,
        },
      });

    it.each([
      [
        'a step code the framework does not have',
        rule({ minLevelForSteps: [{ stepCode: 'STEP9', minLevel: 3 }] }),
        'input.criteria.minLevelForSteps.0.stepCode',
        'このプログラムの能力フレームワークにないSTEPです',
        "is not a step of the program's framework",
      ],
      [
        'an unknown behaviour code',
        rule({ minLevelForBehaviours: [{ behaviourCode: 'S9-MAGIC', minLevel: 3 }] }),
        'input.criteria.minLevelForBehaviours.0.behaviourCode',
        'このプログラムの能力フレームワークにない行動コードです',
        "is not a behaviour code of the program's framework",
      ],
      [
        'a level above the scale',
        rule({ minLevelForSteps: [{ stepCode: 'STEP1', minLevel: 7 }] }),
        'input.criteria.minLevelForSteps.0.minLevel',
        '4以下で入力してください',
        'must be at most 4',
      ],
      [
        'more led visits than visits with feedback',
        rule({ minVisitsWithFeedback: 2, minVisitsLed: 3 }),
        'input.criteria.minVisitsLed',
        'フィードバック済みの訪問数以下にしてください',
        'must not exceed minVisitsWithFeedback',
      ],
      [
        'a case criterion with neither step nor milestone',
        rule({ caseReached: { requireTalentRequirement: true } }),
        'input.criteria.caseReached',
        'STEPかマイルストーンのどちらかを指定してください',
        'needs a step or a milestone',
      ],
      [
        'a validity of zero months',
        rule({}, { validityMonths: 0 }),
        'input.validityMonths',
        '1以上で入力してください',
        'must be at least 1',
      ],
    ])('updateCertificationRule refuses %s', async (_what, variablesOf, field, ja, en) => {
      const variables = variablesOf();
      const before = await t.dataSource.query<{ criteria: unknown }[]>(
        `SELECT criteria FROM certification_rule WHERE "programId" = $1 ORDER BY kind`,
        [shared.program.id],
      );
      for (const [locale, text] of [
        ['ja', ja],
        ['en', en],
      ] as const) {
        const res = await t.gql(UPDATE, variables, { as: owners[locale] });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].message).toContain(field);
        expect(res.errors![0].message).toContain(text);
      }
      expect(
        await t.dataSource.query(`SELECT criteria FROM certification_rule WHERE "programId" = $1 ORDER BY kind`, [
          shared.program.id,
        ]),
      ).toEqual(before);
    });

    it('issueCertificate, revokeCertificate and designateAdvisor name their fields', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        [
          `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { __typename } }`,
          { input: { programId: shared.program.id, userId: 'not-an-id', kind: 'SUPPORTER' } },
          'input.userId',
        ],
        [
          `mutation ($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { __typename } }`,
          { input: { certificateId: shared.certificateId, reason: '' } },
          'input.reason',
        ],
        [
          `mutation ($input: DesignateAdvisorInput!) { designateAdvisor(input: $input) { __typename } }`,
          { input: { programId: shared.program.id, userId: shared.candidateAdvisorId, reason: 'x'.repeat(1001) } },
          'input.reason',
        ],
      ];
      for (const [query, variables, field] of cases) {
        const ja = await t.gql(query, variables, { as: owners.ja });
        const en = await t.gql(query, variables, { as: owners.en });
        expect([errorCode(ja), errorCode(en)]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
        expect(ja.errors![0].message).toContain(field);
        expect(en.errors![0].message).toContain(field);
        expect(ja.errors![0].message).not.toEqual(en.errors![0].message);
      }
      expect(await t.count('certificate', `status = 'REVOKED'`)).toBe(0);
    });

    it('issuing for someone who is not a trainee of the program is NotAProgramMemberError', async () => {
      const res = await t.gql<Record<string, Record<string, unknown>>>(
        `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { __typename ... on NotAProgramMemberError { field } } }`,
        { input: { programId: shared.program.id, userId: shared.otherTrainee.id, kind: 'SUPPORTER' } },
        { as: shared.owner },
      );
      expect(res.data!.issueCertificate).toEqual({ __typename: 'NotAProgramMemberError', field: 'input.userId' });
    });
  });
});
