import { TestApp } from '../utils/test-app';
import { AuthorizationMatrix, Outcome } from '../utils/authorization-matrix';
import { Cohort, TEST_PASSWORD, UserRow } from '../factories';
import {
  ACTIVATE_PROGRAM,
  ASSIGN_MENTOR,
  CHANGE_PASSWORD,
  CLOSE_PROGRAM,
  CREATE_ORGANIZATION,
  CREATE_USER,
  DISABLE_USER,
  END_MENTORSHIP,
  LOGOUT,
  REQUEST_SYSTEM_PING,
  UPDATE_PROGRAM,
  UPDATE_USER,
  WITHDRAW_PROGRAM_MEMBER,
} from '../utils/documents';

/**
 * Every identity, programs and audit operation × every kind of caller, each cell with its exact outcome.
 * The cast comes from `cohort()`: `program` has an owner, a mentor paired with a trainee; `otherOwner` owns another
 * program of the same operator. Operations that change state get a fresh cohort per cell.
 */
type Role = 'anonymous' | 'trainee' | 'mentor' | 'owner of another program' | 'owner' | 'admin';

const ROLES: Role[] = ['anonymous', 'trainee', 'mentor', 'owner of another program', 'owner', 'admin'];

interface World extends Cohort {
  /** The mentor–trainee pairing of `program`. */
  mentorshipId: string;
  /** The trainee's membership of `program`. */
  traineeMemberId: string;
  pingId: string;
}

interface Operation {
  name: string;
  /** Needs its own records: it changes state others would see. */
  fresh?: boolean;
  prepare?: (world: World) => Promise<void>;
  query: string;
  variables: (world: World, unique: string) => Record<string, unknown>;
  /** For result unions: the success member's __typename. */
  success?: string;
  /** trainee, mentor, owner of another program, owner, admin (anonymous is always UNAUTHENTICATED). */
  outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome];
}

const ALL: Operation['outcomes'] = ['OK', 'OK', 'OK', 'OK', 'OK'];
const ADMIN_ONLY: Operation['outcomes'] = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK'];
const READ_PROGRAM: Operation['outcomes'] = ['OK', 'OK', 'NOT_FOUND', 'OK', 'OK'];
const MANAGE_PROGRAM: Operation['outcomes'] = ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'OK', 'OK'];

const OPERATIONS: Operation[] = [
  { name: 'me', query: `query { me { id } }`, variables: () => ({}), outcomes: ALL },
  {
    name: 'user',
    query: `query ($id: ID!) { user(id: $id) { id } }`,
    // The other program's owner: colleagues of the operator see the account, the trainee (a chamber of commerce,
    // sharing no program with them) does not. People of the same program do see each other (identity e2e).
    variables: (w) => ({ id: w.otherOwner.id }),
    outcomes: ['NOT_FOUND', 'OK', 'OK', 'OK', 'OK'],
  },
  {
    name: 'users',
    query: `query ($organizationId: ID!) { users(organizationId: $organizationId) { totalCount } }`,
    variables: (w) => ({ organizationId: w.chamber.id }),
    outcomes: ['OK', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK'],
  },
  {
    name: 'organization',
    query: `query ($id: ID!) { organization(id: $id) { id } }`,
    variables: (w) => ({ id: w.chamber.id }),
    outcomes: ALL,
  },
  { name: 'organizations', query: `query { organizations { totalCount } }`, variables: () => ({}), outcomes: ALL },
  {
    name: 'createOrganization',
    query: CREATE_ORGANIZATION,
    variables: (_w, unique) => ({
      input: { name: `堺商工会議所-${unique}`, kind: 'CHAMBER_OF_COMMERCE', sector: 'PUBLIC' },
    }),
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'createUser',
    query: CREATE_USER,
    variables: (w, unique) => ({
      input: {
        email: `new-${unique}@banso.test`,
        displayName: '新人 一郎',
        organizationId: w.chamber.id,
        password: 'a-long-enough-password',
      },
    }),
    success: 'User',
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'updateUser',
    fresh: true,
    query: UPDATE_USER,
    variables: (w) => ({ input: { userId: w.trainee.id, displayName: '高橋 翔太' } }),
    success: 'User',
    outcomes: ['OK', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK'],
  },
  {
    name: 'disableUser',
    fresh: true,
    query: DISABLE_USER,
    variables: (w) => ({ input: { userId: w.otherTrainee.id } }),
    success: 'UserDisabled',
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'changePassword',
    fresh: true,
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' } }),
    success: 'PasswordChanged',
    outcomes: ALL,
  },
  {
    name: 'logout',
    query: LOGOUT,
    variables: () => ({ input: { refreshToken: '00000000-0000-4000-8000-000000000000.unknown' } }),
    outcomes: ALL,
  },
  {
    name: 'program',
    query: `query ($id: ID!) { program(id: $id) { id } }`,
    variables: (w) => ({ id: w.program.id }),
    outcomes: READ_PROGRAM,
  },
  { name: 'programs', query: `query { programs { totalCount } }`, variables: () => ({}), outcomes: ALL },
  { name: 'myPrograms', query: `query { myPrograms { totalCount } }`, variables: () => ({}), outcomes: ALL },
  {
    name: 'createProgram',
    query: `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { __typename } }`,
    variables: (w) => ({
      input: {
        name: '令和8年度 担い手育成プログラム',
        fiscalYear: 2026,
        region: '大阪府',
        operatorOrganizationId: w.operator.id,
        startsOn: '2026-06-01',
        endsOn: '2027-02-28',
      },
    }),
    success: 'Program',
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'updateProgram',
    fresh: true,
    query: UPDATE_PROGRAM,
    variables: (w) => ({ input: { programId: w.program.id, region: '近畿' } }),
    success: 'Program',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'activateProgram',
    fresh: true,
    prepare: async (w) => {
      await t.dataSource.query(`UPDATE program SET status = 'DRAFT' WHERE id = $1`, [w.program.id]);
    },
    query: ACTIVATE_PROGRAM,
    variables: (w) => ({ input: { programId: w.program.id } }),
    success: 'Program',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'closeProgram',
    fresh: true,
    query: CLOSE_PROGRAM,
    variables: (w) => ({ input: { programId: w.program.id } }),
    success: 'Program',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'addProgramMember',
    fresh: true,
    query: `mutation ($input: AddProgramMemberInput!) { addProgramMember(input: $input) { __typename } }`,
    variables: (w) => ({ input: { programId: w.program.id, userId: w.otherTrainee.id, role: 'TRAINEE' } }),
    success: 'ProgramMember',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'withdrawProgramMember',
    fresh: true,
    query: WITHDRAW_PROGRAM_MEMBER,
    variables: (w) => ({ input: { memberId: w.traineeMemberId } }),
    success: 'ProgramMember',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'assignMentor',
    fresh: true,
    query: ASSIGN_MENTOR,
    variables: (w) => ({ input: { programId: w.program.id, mentorId: w.otherMentor.id, traineeId: w.trainee.id } }),
    success: 'Mentorship',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'endMentorship',
    fresh: true,
    query: END_MENTORSHIP,
    variables: (w) => ({ input: { mentorshipId: w.mentorshipId } }),
    success: 'Mentorship',
    outcomes: MANAGE_PROGRAM,
  },
  {
    name: 'auditEvents',
    query: `query ($entityId: ID!) { auditEvents(entityType: "Program", entityId: $entityId) { totalCount } }`,
    variables: (w) => ({ entityId: w.program.id }),
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'requestSystemPing',
    query: REQUEST_SYSTEM_PING,
    variables: () => ({}),
    outcomes: ADMIN_ONLY,
  },
  {
    name: 'systemPing',
    query: `query ($id: ID!) { systemPing(id: $id) { id } }`,
    variables: (w) => ({ id: w.pingId }),
    outcomes: ADMIN_ONLY,
  },
];

const CELLS: [string, Role, Outcome][] = OPERATIONS.flatMap((operation) =>
  ROLES.map((role, index): [string, Role, Outcome] => [
    operation.name,
    role,
    index === 0 ? 'UNAUTHENTICATED' : operation.outcomes[index - 1],
  ]),
);

let t: TestApp;

describe('Authorization matrix: identity, programs and audit (権限表)', () => {
  let shared: World;
  let pingId: string;
  let serial = 0;

  async function world(): Promise<World> {
    const cohort = await t.factory.cohort();
    const [mentorship] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM mentorship WHERE "programId" = $1 AND "mentorId" = $2 AND "traineeId" = $3`,
      [cohort.program.id, cohort.mentor.id, cohort.trainee.id],
    );
    const [member] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM program_member WHERE "programId" = $1 AND "userId" = $2 AND role = 'TRAINEE'`,
      [cohort.program.id, cohort.trainee.id],
    );
    return { ...cohort, mentorshipId: mentorship.id, traineeMemberId: member.id, pingId };
  }

  function callers(w: World): Record<Role, UserRow | null> {
    return {
      anonymous: null,
      trainee: w.trainee,
      mentor: w.mentor,
      'owner of another program': w.otherOwner,
      owner: w.owner,
      admin: w.admin,
    };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.factory.admin();
    const ping = await t.gql<{ requestSystemPing: { id: string } }>(
      REQUEST_SYSTEM_PING,
      {},
      {
        as: admin,
      },
    );
    pingId = ping.data!.requestSystemPing.id;
    shared = await world();
  });
  afterAll(() => t.close());

  it('covers every operation of identity, programs and audit for each of the six callers', () => {
    expect(OPERATIONS.map((operation) => operation.name).sort()).toEqual(
      [
        'me',
        'user',
        'users',
        'organization',
        'organizations',
        'createOrganization',
        'createUser',
        'updateUser',
        'disableUser',
        'changePassword',
        'logout',
        'program',
        'programs',
        'myPrograms',
        'createProgram',
        'updateProgram',
        'activateProgram',
        'closeProgram',
        'addProgramMember',
        'withdrawProgramMember',
        'assignMentor',
        'endMentorship',
        'auditEvents',
        'requestSystemPing',
        'systemPing',
      ].sort(),
    );
    expect(CELLS).toHaveLength(150);
  });

  it.each(CELLS)('%s as %s → %s', async (name, role, expected) => {
    const operation = OPERATIONS.find((candidate) => candidate.name === name)!;
    const w = operation.fresh ? await world() : shared;
    await operation.prepare?.(w);
    serial += 1;
    const authorization = new AuthorizationMatrix(t, ROLES, () => callers(w));
    const { outcome, response } = await authorization.cell(
      role,
      operation,
      operation.variables(w, `${serial}-${Date.now()}`),
    );
    expect(outcome).toBe(expected);
    if (expected !== 'OK') expect(response.data).toBeNull();
  });
});
