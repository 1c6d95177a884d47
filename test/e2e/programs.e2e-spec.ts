import { TestApp, errorCode, GraphQLResponse } from '../utils/test-app';
import { OrganizationRow, UserRow } from '../factories';

const PROGRAM_FIELDS = 'id name fiscalYear region operatorOrganizationId startsOn endsOn status';
const ERROR = '... on ErrorResult { code message }';
const TRANSITION_ERROR = `${ERROR} ... on IllegalTransitionError { currentState allowedNext }`;
const MEMBER_ERROR = `${ERROR} ... on AlreadyProgramMemberError { role } ... on UserNotFoundError { field }`;
const PAIRING_ERROR = `${ERROR} ... on NotAProgramMemberError { field requiredRole }`;

const CREATE = `mutation ($input: CreateProgramInput!) {
  createProgram(input: $input) { __typename ... on Program { ${PROGRAM_FIELDS} } ... on ErrorResult { code message } }
}`;
const UPDATE = `mutation ($input: UpdateProgramInput!) {
  updateProgram(input: $input) { __typename ... on Program { ${PROGRAM_FIELDS} } ${ERROR} }
}`;
const ACTIVATE = `mutation ($input: ProgramIdInput!) {
  activateProgram(input: $input) { __typename ... on Program { id status } ${TRANSITION_ERROR} }
}`;
const CLOSE = `mutation ($input: ProgramIdInput!) {
  closeProgram(input: $input) { __typename ... on Program { id status } ${TRANSITION_ERROR} }
}`;
const ADD_MEMBER = `mutation ($input: AddProgramMemberInput!) {
  addProgramMember(input: $input) {
    __typename ... on ProgramMember { id programId userId role status withdrawnAt } ${MEMBER_ERROR}
  }
}`;
const WITHDRAW = `mutation ($input: WithdrawProgramMemberInput!) {
  withdrawProgramMember(input: $input) {
    __typename ... on ProgramMember { id userId role status withdrawnAt } ${ERROR}
  }
}`;
const ASSIGN = `mutation ($input: AssignMentorInput!) {
  assignMentor(input: $input) {
    __typename ... on Mentorship { id programId mentorId traineeId status endedAt } ${PAIRING_ERROR}
  }
}`;
const END = `mutation ($input: EndMentorshipInput!) {
  endMentorship(input: $input) { __typename ... on Mentorship { id status endedAt } ${ERROR} }
}`;
const PROGRAM = `query ($id: ID!) {
  program(id: $id) {
    ${PROGRAM_FIELDS}
    operatorOrganization { name kind }
    members { role status user { displayName } }
    mentors: members(role: MENTOR) { user { displayName } }
    mentorships { status mentor { displayName } trainee { displayName } }
  }
}`;
const LIST = `query ($fiscalYear: Int, $first: Int, $after: String) {
  programs(fiscalYear: $fiscalYear, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const MINE = `query ($fiscalYear: Int) { myPrograms(fiscalYear: $fiscalYear) { totalCount edges { node { id name } } } }`;

type Result = Record<string, unknown>;
type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};

const MISSING = '00000000-0000-4000-8000-00000000abcd';

function result(res: GraphQLResponse, field: string): Result {
  expect(res.errors).toBeUndefined();
  return (res.data as Record<string, Result>)[field];
}

describe('Programs: an admin sets up the fiscal-year program (育成プログラム)', () => {
  let t: TestApp;
  let operator: OrganizationRow;
  let chamber: OrganizationRow;
  let admin: UserRow;
  let adminEn: UserRow;
  let owner: UserRow;
  let tanaka: UserRow;
  let suzuki: UserRow;
  let takahashi: UserRow;
  let ito: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    operator = await t.factory.organization({ name: 'おおさか中核人材機構', kind: 'PUBLIC_AGENCY' });
    chamber = await t.factory.organization({ name: 'なにわ商工会議所' });
    admin = await t.factory.admin({ organizationId: operator.id });
    adminEn = await t.factory.admin({ organizationId: operator.id, locale: 'en' });
    owner = await t.factory.user({ organizationId: operator.id, displayName: '佐藤 美咲' });
    tanaka = await t.factory.user({ organizationId: operator.id, displayName: '田中 健一' });
    suzuki = await t.factory.user({ organizationId: operator.id, displayName: '鈴木 由美', locale: 'en' });
    takahashi = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔' });
    ito = await t.factory.user({ organizationId: chamber.id, displayName: '伊藤 さくら' });
  });
  afterAll(() => t.close());

  /** Rows of every table a refused program mutation must leave alone. */
  async function snapshot(): Promise<Record<string, number>> {
    return {
      programs: await t.count('program'),
      members: await t.count('program_member'),
      activeMembers: await t.count('program_member', `status = 'ACTIVE'`),
      mentorships: await t.count('mentorship'),
      openMentorships: await t.count('mentorship', `"endedAt" IS NULL`),
      audit: await t.count('audit_event'),
    };
  }

  describe('the 2025 program from draft to closed', () => {
    let programId: string;
    const memberIds: Record<string, string> = {};
    const pairings: Record<string, string> = {};

    it('the admin drafts the program', async () => {
      const before = await snapshot();
      const res = await t.gql(
        CREATE,
        {
          input: {
            name: '  令和7年度 中核人材育成プログラム ',
            fiscalYear: 2025,
            region: '大阪府',
            operatorOrganizationId: operator.id,
            startsOn: '2025-06-01',
            endsOn: '2026-02-28',
          },
        },
        { as: admin },
      );
      const program = result(res, 'createProgram');
      expect(program).toMatchObject({
        __typename: 'Program',
        name: '令和7年度 中核人材育成プログラム',
        fiscalYear: 2025,
        region: '大阪府',
        operatorOrganizationId: operator.id,
        startsOn: '2025-06-01',
        endsOn: '2026-02-28',
        status: 'DRAFT',
      });
      programId = program.id as string;
      expect(await snapshot()).toEqual({ ...before, programs: before.programs + 1, audit: before.audit + 1 });
    });

    it('the admin corrects the name and the end date; other fields stay', async () => {
      const res = await t.gql(
        UPDATE,
        { input: { programId, name: '令和7年度 担い手育成プログラム', endsOn: '2026-03-15' } },
        { as: admin },
      );
      expect(result(res, 'updateProgram')).toEqual({
        __typename: 'Program',
        id: programId,
        name: '令和7年度 担い手育成プログラム',
        fiscalYear: 2025,
        region: '大阪府',
        operatorOrganizationId: operator.id,
        startsOn: '2025-06-01',
        endsOn: '2026-03-15',
        status: 'DRAFT',
      });
    });

    it('the admin adds an owner, two mentors and two trainees', async () => {
      const cast: [string, UserRow, string][] = [
        ['owner', owner, 'OWNER'],
        ['tanaka', tanaka, 'MENTOR'],
        ['suzuki', suzuki, 'MENTOR'],
        ['takahashi', takahashi, 'TRAINEE'],
        ['ito', ito, 'TRAINEE'],
      ];
      for (const [key, user, role] of cast) {
        const res = await t.gql(ADD_MEMBER, { input: { programId, userId: user.id, role } }, { as: admin });
        const member = result(res, 'addProgramMember');
        expect(member).toMatchObject({
          __typename: 'ProgramMember',
          programId,
          userId: user.id,
          role,
          status: 'ACTIVE',
          withdrawnAt: null,
        });
        memberIds[key] = member.id as string;
      }
      expect(await t.count('program_member', `"programId" = $1`, [programId])).toBe(5);
    });

    it('refuses the same person in the same role twice with AlreadyProgramMemberError', async () => {
      const before = await snapshot();
      const ja = await t.gql(ADD_MEMBER, { input: { programId, userId: tanaka.id, role: 'MENTOR' } }, { as: owner });
      expect(result(ja, 'addProgramMember')).toEqual({
        __typename: 'AlreadyProgramMemberError',
        code: 'ALREADY_PROGRAM_MEMBER',
        message: 'このユーザーは既にこのプログラムのメンターです',
        role: 'MENTOR',
      });
      const en = await t.gql(ADD_MEMBER, { input: { programId, userId: ito.id, role: 'TRAINEE' } }, { as: adminEn });
      expect(result(en, 'addProgramMember')).toMatchObject({
        message: 'This user is already a trainee of this program',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses unknown and disabled users with UserNotFoundError naming userId, and an unknown role', async () => {
      const disabled = await t.factory.user({ organizationId: chamber.id, status: 'DISABLED' });
      const before = await snapshot();
      for (const userId of [MISSING, disabled.id]) {
        const res = await t.gql(ADD_MEMBER, { input: { programId, userId, role: 'TRAINEE' } }, { as: adminEn });
        expect(result(res, 'addProgramMember')).toEqual({
          __typename: 'UserNotFoundError',
          code: 'USER_NOT_FOUND',
          message: 'The user (userId) does not exist or is disabled',
          field: 'input.userId',
        });
      }
      const role = await t.gql(ADD_MEMBER, { input: { programId, userId: ito.id, role: 'SPONSOR' } }, { as: admin });
      expect(errorCode(role)).toBe('BAD_USER_INPUT');
      expect(role.errors![0].message).toContain('input.role');
      expect(await snapshot()).toEqual(before);
    });

    it('the owner pairs mentors with trainees; a trainee may have several mentors', async () => {
      // The mentor cascade: a mentor without a MENTOR certificate is refused until an owner designates them advisor.
      const refused = await t.gql(
        ASSIGN,
        { input: { programId, mentorId: tanaka.id, traineeId: takahashi.id } },
        { as: owner },
      );
      expect(result(refused, 'assignMentor')).toMatchObject({
        __typename: 'MentorNotCertifiedError',
        code: 'MENTOR_NOT_CERTIFIED',
      });
      for (const mentor of [tanaka, suzuki]) {
        const designated = await t.gql(
          `mutation ($input: DesignateAdvisorInput!) { designateAdvisor(input: $input) { __typename } }`,
          { input: { programId, userId: mentor.id, reason: '前年度の伴走経験者' } },
          { as: owner },
        );
        expect(designated.data).toEqual({ designateAdvisor: { __typename: 'CertificationAdvisor' } });
      }
      for (const [key, mentor, trainee] of [
        ['tanaka-takahashi', tanaka, takahashi],
        ['suzuki-takahashi', suzuki, takahashi],
        ['tanaka-ito', tanaka, ito],
      ] as const) {
        const res = await t.gql(
          ASSIGN,
          { input: { programId, mentorId: mentor.id, traineeId: trainee.id } },
          { as: owner },
        );
        const pairing = result(res, 'assignMentor');
        expect(pairing).toMatchObject({
          __typename: 'Mentorship',
          programId,
          mentorId: mentor.id,
          traineeId: trainee.id,
          status: 'ACTIVE',
          endedAt: null,
        });
        pairings[key] = pairing.id as string;
      }
      const res = await t.gql(PROGRAM, { id: programId }, { as: takahashi });
      const program = result(res, 'program') as { mentorships: unknown[] };
      expect(program.mentorships).toEqual([
        { status: 'ACTIVE', mentor: { displayName: '田中 健一' }, trainee: { displayName: '高橋 翔' } },
        { status: 'ACTIVE', mentor: { displayName: '鈴木 由美' }, trainee: { displayName: '高橋 翔' } },
        { status: 'ACTIVE', mentor: { displayName: '田中 健一' }, trainee: { displayName: '伊藤 さくら' } },
      ]);
    });

    it('refuses pairings with non-members, wrong roles, the same pair twice and oneself, writing nothing', async () => {
      const outsider = await t.factory.user({ organizationId: operator.id, displayName: '外部 講師' });
      const before = await snapshot();
      const assign = async (mentorId: string, traineeId: string, as: UserRow = owner): Promise<Result> =>
        result(await t.gql(ASSIGN, { input: { programId, mentorId, traineeId } }, { as }), 'assignMentor');

      expect(await assign(outsider.id, takahashi.id)).toEqual({
        __typename: 'NotAProgramMemberError',
        code: 'NOT_A_PROGRAM_MEMBER',
        message: 'mentorId はこのプログラムの有効なメンターではありません',
        field: 'input.mentorId',
        requiredRole: 'MENTOR',
      });
      expect(await assign(ito.id, takahashi.id, adminEn)).toEqual({
        __typename: 'NotAProgramMemberError',
        code: 'NOT_A_PROGRAM_MEMBER',
        message: 'mentorId is not an active mentor of this program',
        field: 'input.mentorId',
        requiredRole: 'MENTOR',
      });
      expect(await assign(tanaka.id, suzuki.id, adminEn)).toMatchObject({
        message: 'traineeId is not an active trainee of this program',
        field: 'input.traineeId',
        requiredRole: 'TRAINEE',
      });
      expect(await assign(tanaka.id, takahashi.id)).toEqual({
        __typename: 'AlreadyPairedError',
        code: 'ALREADY_PAIRED',
        message: 'このメンターと担い手候補者は既にペアになっています',
      });
      expect(await assign(tanaka.id, tanaka.id, adminEn)).toEqual({
        __typename: 'SelfMentorshipError',
        code: 'SELF_MENTORSHIP',
        message: 'A person cannot be their own mentor',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('the owner ends a pairing (kept as history); ending it twice is AlreadyEndedError; it can start again', async () => {
      const res = await t.gql(END, { input: { mentorshipId: pairings['suzuki-takahashi'] } }, { as: owner });
      const ended = result(res, 'endMentorship');
      expect(ended).toMatchObject({ __typename: 'Mentorship', status: 'ENDED' });
      expect(new Date(ended.endedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const before = await snapshot();
      const again = await t.gql(END, { input: { mentorshipId: pairings['suzuki-takahashi'] } }, { as: owner });
      expect(result(again, 'endMentorship')).toEqual({
        __typename: 'AlreadyEndedError',
        code: 'ALREADY_ENDED',
        message: '既に終了しています',
      });
      expect(await snapshot()).toEqual(before);

      const renewed = await t.gql(
        ASSIGN,
        { input: { programId, mentorId: suzuki.id, traineeId: takahashi.id } },
        { as: owner },
      );
      expect(result(renewed, 'assignMentor')).toMatchObject({ __typename: 'Mentorship', status: 'ACTIVE' });
      expect(
        await t.count('mentorship', `"programId" = $1 AND "mentorId" = $2 AND "traineeId" = $3`, [
          programId,
          suzuki.id,
          takahashi.id,
        ]),
      ).toBe(2);
    });

    it('withdrawing a trainee ends their pairings; withdrawing twice is AlreadyEndedError', async () => {
      const res = await t.gql(WITHDRAW, { input: { memberId: memberIds.ito } }, { as: owner });
      const withdrawn = result(res, 'withdrawProgramMember');
      expect(withdrawn).toMatchObject({ __typename: 'ProgramMember', userId: ito.id, status: 'WITHDRAWN' });
      expect(withdrawn.withdrawnAt).toEqual(expect.any(String));
      expect(await t.count('mentorship', `id = $1 AND "endedAt" IS NOT NULL`, [pairings['tanaka-ito']])).toBe(1);
      // Tanaka still mentors Takahashi.
      expect(await t.count('mentorship', `id = $1 AND "endedAt" IS NULL`, [pairings['tanaka-takahashi']])).toBe(1);

      const before = await snapshot();
      const again = await t.gql(WITHDRAW, { input: { memberId: memberIds.ito } }, { as: suzuki });
      expect(errorCode(again)).toBe('FORBIDDEN');
      const twice = await t.gql(WITHDRAW, { input: { memberId: memberIds.ito } }, { as: adminEn });
      expect(result(twice, 'withdrawProgramMember')).toEqual({
        __typename: 'AlreadyEndedError',
        code: 'ALREADY_ENDED',
        message: 'This has already ended',
      });
      expect(await snapshot()).toEqual(before);
      // A withdrawn trainee no longer sees the program.
      expect(errorCode(await t.gql(PROGRAM, { id: programId }, { as: ito }))).toBe('NOT_FOUND');
    });

    it('withdrawing a mentor ends every pairing they had', async () => {
      const res = await t.gql(WITHDRAW, { input: { memberId: memberIds.suzuki } }, { as: admin });
      expect(result(res, 'withdrawProgramMember')).toMatchObject({ role: 'MENTOR', status: 'WITHDRAWN' });
      expect(await t.count('mentorship', `"mentorId" = $1 AND "endedAt" IS NULL`, [suzuki.id])).toBe(0);
    });

    it('the owner activates the draft; activating it again is an IllegalTransitionError', async () => {
      const res = await t.gql(ACTIVATE, { input: { programId } }, { as: owner });
      expect(result(res, 'activateProgram')).toEqual({ __typename: 'Program', id: programId, status: 'ACTIVE' });

      const before = await snapshot();
      const ja = await t.gql(ACTIVATE, { input: { programId } }, { as: owner });
      expect(result(ja, 'activateProgram')).toEqual({
        __typename: 'IllegalTransitionError',
        code: 'ILLEGAL_TRANSITION',
        message: 'プログラムは現在 ACTIVE のため ACTIVE にできません（可能な次の状態: CLOSED）',
        currentState: 'ACTIVE',
        allowedNext: ['CLOSED'],
      });
      const en = await t.gql(ACTIVATE, { input: { programId } }, { as: adminEn });
      expect(result(en, 'activateProgram')).toMatchObject({
        message: 'The program is ACTIVE and cannot become ACTIVE (allowed next: CLOSED)',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('the owner closes the program; it cannot be activated again', async () => {
      const res = await t.gql(CLOSE, { input: { programId } }, { as: owner });
      expect(result(res, 'closeProgram')).toEqual({ __typename: 'Program', id: programId, status: 'CLOSED' });

      const before = await snapshot();
      const en = await t.gql(ACTIVATE, { input: { programId } }, { as: adminEn });
      expect(result(en, 'activateProgram')).toEqual({
        __typename: 'IllegalTransitionError',
        code: 'ILLEGAL_TRANSITION',
        message: 'The program is CLOSED and cannot become ACTIVE (allowed next: —)',
        currentState: 'CLOSED',
        allowedNext: [],
      });
      const close = await t.gql(CLOSE, { input: { programId } }, { as: owner });
      expect(result(close, 'closeProgram')).toMatchObject({ currentState: 'CLOSED', allowedNext: [] });
      expect(await snapshot()).toEqual(before);
    });

    it('a closed program refuses every change with ProgramClosedError, writing nothing', async () => {
      const newcomer = await t.factory.user({ organizationId: chamber.id });
      const before = await snapshot();
      const closed = {
        __typename: 'ProgramClosedError',
        code: 'PROGRAM_CLOSED',
        message: 'このプログラムは終了しているため変更できません',
      };
      const update = await t.gql(UPDATE, { input: { programId, name: '延長' } }, { as: owner });
      expect(result(update, 'updateProgram')).toEqual(closed);
      const add = await t.gql(
        ADD_MEMBER,
        { input: { programId, userId: newcomer.id, role: 'TRAINEE' } },
        { as: owner },
      );
      expect(result(add, 'addProgramMember')).toEqual(closed);
      const assign = await t.gql(
        ASSIGN,
        { input: { programId, mentorId: tanaka.id, traineeId: ito.id } },
        { as: owner },
      );
      expect(result(assign, 'assignMentor')).toEqual(closed);
      const withdraw = await t.gql(WITHDRAW, { input: { memberId: memberIds.takahashi } }, { as: owner });
      expect(result(withdraw, 'withdrawProgramMember')).toEqual(closed);
      const end = await t.gql(END, { input: { mentorshipId: pairings['tanaka-takahashi'] } }, { as: adminEn });
      expect(result(end, 'endMentorship')).toEqual({
        ...closed,
        message: 'This program is closed and can no longer be changed',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('program(id) shows the whole story: operator, members with roles, pairings with history', async () => {
      const res = await t.gql(PROGRAM, { id: programId }, { as: owner });
      expect(result(res, 'program')).toEqual({
        id: programId,
        name: '令和7年度 担い手育成プログラム',
        fiscalYear: 2025,
        region: '大阪府',
        operatorOrganizationId: operator.id,
        startsOn: '2025-06-01',
        endsOn: '2026-03-15',
        status: 'CLOSED',
        operatorOrganization: { name: 'おおさか中核人材機構', kind: 'PUBLIC_AGENCY' },
        members: [
          { role: 'OWNER', status: 'ACTIVE', user: { displayName: '佐藤 美咲' } },
          { role: 'MENTOR', status: 'ACTIVE', user: { displayName: '田中 健一' } },
          { role: 'MENTOR', status: 'WITHDRAWN', user: { displayName: '鈴木 由美' } },
          { role: 'TRAINEE', status: 'ACTIVE', user: { displayName: '高橋 翔' } },
          { role: 'TRAINEE', status: 'WITHDRAWN', user: { displayName: '伊藤 さくら' } },
        ],
        mentors: [{ user: { displayName: '田中 健一' } }, { user: { displayName: '鈴木 由美' } }],
        mentorships: [
          { status: 'ACTIVE', mentor: { displayName: '田中 健一' }, trainee: { displayName: '高橋 翔' } },
          { status: 'ENDED', mentor: { displayName: '鈴木 由美' }, trainee: { displayName: '高橋 翔' } },
          { status: 'ENDED', mentor: { displayName: '田中 健一' }, trainee: { displayName: '伊藤 さくら' } },
          { status: 'ENDED', mentor: { displayName: '鈴木 由美' }, trainee: { displayName: '高橋 翔' } },
        ],
      });
    });
  });

  describe('transitions and bad input', () => {
    it('closing a draft is an IllegalTransitionError naming the allowed next state, writing nothing', async () => {
      const draft = await t.factory.program({ operatorOrganizationId: operator.id, status: 'DRAFT' });
      const before = await snapshot();
      const res = await t.gql(CLOSE, { input: { programId: draft.id } }, { as: adminEn });
      expect(result(res, 'closeProgram')).toEqual({
        __typename: 'IllegalTransitionError',
        code: 'ILLEGAL_TRANSITION',
        message: 'The program is DRAFT and cannot become CLOSED (allowed next: ACTIVE)',
        currentState: 'DRAFT',
        allowedNext: ['ACTIVE'],
      });
      expect(await snapshot()).toEqual(before);
      expect(await t.count('program', `id = $1 AND status = 'DRAFT'`, [draft.id])).toBe(1);
    });

    it('refuses an end date before the start date as BAD_USER_INPUT naming input.endsOn, on create and update', async () => {
      const input = {
        name: '令和8年度 担い手育成プログラム',
        fiscalYear: 2026,
        region: '近畿',
        operatorOrganizationId: operator.id,
        startsOn: '2026-06-01',
        endsOn: '2026-05-31',
      };
      const before = await snapshot();
      const en = await t.gql(CREATE, { input }, { as: adminEn });
      expect(errorCode(en)).toBe('BAD_USER_INPUT');
      expect(en.errors![0].extensions.fields).toEqual([
        { field: 'input.endsOn', message: 'must not be before startsOn' },
      ]);
      const ja = await t.gql(CREATE, { input }, { as: admin });
      expect(ja.errors![0].extensions.fields).toEqual([
        { field: 'input.endsOn', message: '終了日は開始日以降にしてください' },
      ]);
      expect(ja.errors![0].message).toBe('入力が正しくありません（input.endsOn）: 終了日は開始日以降にしてください');

      const program = await t.factory.program({ operatorOrganizationId: operator.id, status: 'DRAFT' });
      const afterFactory = await snapshot();
      const update = await t.gql(UPDATE, { input: { programId: program.id, startsOn: '2026-03-01' } }, { as: admin });
      expect(errorCode(update)).toBe('BAD_USER_INPUT');
      expect(update.errors![0].extensions.fields![0].field).toBe('input.endsOn');
      expect(await snapshot()).toEqual(afterFactory);
      expect(afterFactory.programs).toBe(before.programs + 1);
      expect(await t.count('program', `id = $1 AND "startsOn" = '2025-06-01'`, [program.id])).toBe(1);
    });

    it('names each malformed field of createProgram, and a missing operator is OrganizationNotFoundError', async () => {
      const input = {
        name: '令和8年度 担い手育成プログラム',
        fiscalYear: 2026,
        region: '近畿',
        operatorOrganizationId: operator.id,
        startsOn: '2026-06-01',
        endsOn: '2027-02-28',
      };
      const before = await snapshot();
      const bad = await t.gql(
        CREATE,
        { input: { ...input, fiscalYear: 1999, startsOn: '2026/06/01', region: '' } },
        { as: adminEn },
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions.fields).toEqual([
        { field: 'input.fiscalYear', message: 'must be at least 2000' },
        { field: 'input.region', message: 'must not be empty' },
        { field: 'input.startsOn', message: 'must be a date (YYYY-MM-DD)' },
      ]);
      const missing = await t.gql(CREATE, { input: { ...input, operatorOrganizationId: MISSING } }, { as: admin });
      expect(result(missing, 'createProgram')).toEqual({
        __typename: 'OrganizationNotFoundError',
        code: 'ORGANIZATION_NOT_FOUND',
        message: '指定された組織（organizationId）が存在しません',
      });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('reading programs', () => {
    it('programs filters by fiscal year; members see only their programs, admins all; myPrograms is personal', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id });
      const fy2027 = await t.factory.program({ operatorOrganizationId: operator.id, fiscalYear: 2027, name: 'R9-A' });
      await t.factory.program({ operatorOrganizationId: operator.id, fiscalYear: 2027, name: 'R9-B' });
      const fy2028 = await t.factory.program({ operatorOrganizationId: operator.id, fiscalYear: 2028, name: 'R10' });
      await t.factory.member(fy2027.id, trainee.id, 'TRAINEE');
      await t.factory.member(fy2028.id, trainee.id, 'TRAINEE');
      // Newest first: R9-A was set up a day before R9-B (rows made in the same millisecond would tie).
      await t.dataSource.query(`UPDATE program SET "createdAt" = "createdAt" - interval '1 day' WHERE id = $1`, [
        fy2027.id,
      ]);

      const all2027 = await t.gql<{ programs: Page }>(LIST, { fiscalYear: 2027 }, { as: admin });
      expect(all2027.data!.programs.totalCount).toBe(2);
      expect(all2027.data!.programs.edges.map((e) => e.node.name)).toEqual(['R9-B', 'R9-A']);

      const own2027 = await t.gql<{ programs: Page }>(LIST, { fiscalYear: 2027 }, { as: trainee });
      expect(own2027.data!.programs.edges.map((e) => e.node.name)).toEqual(['R9-A']);
      const own = await t.gql<{ programs: Page }>(LIST, {}, { as: trainee });
      expect(own.data!.programs.edges.map((e) => e.node.name)).toEqual(['R10', 'R9-A']);

      const mine = await t.gql<{ myPrograms: Page }>(MINE, { fiscalYear: 2028 }, { as: trainee });
      expect(mine.data!.myPrograms).toEqual({ totalCount: 1, edges: [{ node: { id: fy2028.id, name: 'R10' } }] });
      const adminMine = await t.gql<{ myPrograms: Page }>(MINE, {}, { as: admin });
      expect(adminMine.data!.myPrograms.totalCount).toBe(0);

      const badYear = await t.gql(LIST, { fiscalYear: 1800 }, { as: adminEn });
      expect(errorCode(badYear)).toBe('BAD_USER_INPUT');
      expect(badYear.errors![0].extensions.fields![0].message).toBe('must be at least 2000');
    });

    it('pages through many programs with stable cursors and a right totalCount', async () => {
      for (let index = 1; index <= 7; index += 1) {
        await t.factory.program({ operatorOrganizationId: operator.id, fiscalYear: 2040, name: `FY2040-${index}` });
      }
      const expected = (
        await t.dataSource.query<{ id: string }[]>(
          `SELECT id FROM program WHERE "fiscalYear" = 2040 ORDER BY "createdAt" DESC, id DESC`,
        )
      ).map((row) => row.id);

      const seen: string[] = [];
      const cursors: (string | null)[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const res: GraphQLResponse<{ programs: Page }> = await t.gql<{ programs: Page }>(
          LIST,
          { fiscalYear: 2040, first: 3, after },
          { as: admin },
        );
        const list: Page = res.data!.programs;
        expect(list.totalCount).toBe(7);
        expect(list.pageInfo.hasNextPage).toBe(page < 2);
        expect(list.pageInfo.hasPreviousPage).toBe(page > 0);
        seen.push(...list.edges.map((e) => e.node.id));
        cursors.push(after);
        after = list.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);

      // The same cursor gives the same page again, even after a newer program appeared.
      await t.factory.program({ operatorOrganizationId: operator.id, fiscalYear: 2040, name: 'FY2040-late' });
      const again = await t.gql<{ programs: Page }>(
        LIST,
        { fiscalYear: 2040, first: 3, after: cursors[1] },
        { as: admin },
      );
      expect(again.data!.programs.edges.map((e) => e.node.id)).toEqual(expected.slice(3, 6));
      expect(again.data!.programs.totalCount).toBe(8);

      const tooMany = await t.gql(LIST, { first: 101 }, { as: adminEn });
      expect(tooMany.errors![0].extensions.fields![0].message).toBe('must be at most 100');
    });

    it('program(id) is NOT_FOUND for outsiders and for ids that do not exist, with the same message', async () => {
      const program = await t.factory.program({ operatorOrganizationId: operator.id });
      const outsider = await t.factory.user({ organizationId: operator.id });
      const hidden = await t.gql(PROGRAM, { id: program.id }, { as: outsider });
      const missing = await t.gql(PROGRAM, { id: MISSING }, { as: outsider });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe('プログラムが見つかりません');
      expect(missing.errors![0].message).toBe(hidden.errors![0].message);
    });

    it('withdrawing or ending in a program the caller cannot see is NOT_FOUND, told apart from nothing', async () => {
      const program = await t.factory.program({ operatorOrganizationId: operator.id });
      const mentor = await t.factory.user({ organizationId: operator.id });
      const trainee = await t.factory.user({ organizationId: chamber.id });
      const memberId = await t.factory.member(program.id, trainee.id, 'TRAINEE');
      await t.factory.member(program.id, mentor.id, 'MENTOR');
      const mentorshipId = await t.factory.pair(program.id, mentor.id, trainee.id);
      const outsider = await t.factory.user({ organizationId: operator.id, locale: 'en' });

      const withdraw = await t.gql(WITHDRAW, { input: { memberId } }, { as: outsider });
      const withdrawMissing = await t.gql(WITHDRAW, { input: { memberId: MISSING } }, { as: outsider });
      expect(errorCode(withdraw)).toBe('NOT_FOUND');
      expect(withdraw.errors![0].message).toBe(withdrawMissing.errors![0].message);

      const end = await t.gql(END, { input: { mentorshipId } }, { as: outsider });
      const endMissing = await t.gql(END, { input: { mentorshipId: MISSING } }, { as: outsider });
      expect(errorCode(end)).toBe('NOT_FOUND');
      expect(end.errors![0].message).toBe(endMissing.errors![0].message);
    });
  });
});
