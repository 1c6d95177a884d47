import { randomBytes } from 'node:crypto';
import { TestApp, errorCode, GraphQLResponse } from '../utils/test-app';
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

interface StoredEvent {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: { field: string; from: unknown; to: unknown }[];
  requestId: string | null;
  occurredAt: Date;
}

const AUDIT_EVENTS = `query ($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
  auditEvents(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges { node { actorId action entityType entityId requestId occurredAt changes { field from to } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type AuditPage = {
  auditEvents: {
    totalCount: number;
    edges: { node: Record<string, unknown> & { action: string; occurredAt: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('Audit trail (監査ログ)', () => {
  let t: TestApp;
  let c: Cohort;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
  });
  afterAll(() => t.close());

  /** Calls the api with our own X-Request-Id, as a reverse proxy or the web app would. */
  async function call(
    query: string,
    variables: Record<string, unknown>,
    as: UserRow | null,
  ): Promise<{ requestId: string; res: GraphQLResponse }> {
    const requestId = `req-${randomBytes(6).toString('hex')}`;
    let request = t.http.post('/graphql').set('X-Request-Id', requestId);
    if (as) request = request.set('Authorization', `Bearer ${t.tokenFor(as)}`);
    const response = await request.send({ query, variables });
    const body = response.body as Omit<GraphQLResponse, 'status'>;
    return { requestId, res: { status: response.status, data: body.data, errors: body.errors } };
  }

  async function eventsOf(requestId: string): Promise<StoredEvent[]> {
    return t.dataSource.query<StoredEvent[]>(
      `SELECT "actorId", action, "entityType", "entityId", changes, "requestId", "occurredAt"
       FROM audit_event WHERE "requestId" = $1`,
      [requestId],
    );
  }

  /** The request wrote exactly one audit event, and it says this. */
  async function expectOneEvent(requestId: string, expected: Partial<StoredEvent>): Promise<StoredEvent> {
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ...expected, requestId });
    return events[0];
  }

  describe('every mutation writes one event in its own transaction', () => {
    it('createOrganization and createUser: the actor, the new values, at the very instant of the insert', async () => {
      const org = await call(
        CREATE_ORGANIZATION,
        { input: { name: '関西みらい銀行', kind: 'REGIONAL_BANK', sector: 'PRIVATE' } },
        c.admin,
      );
      const organizationId = (org.res.data as { createOrganization: { id: string } }).createOrganization.id;
      const orgEvent = await expectOneEvent(org.requestId, {
        actorId: c.admin.id,
        action: 'organization.create',
        entityType: 'Organization',
        entityId: organizationId,
        changes: [
          { field: 'name', from: null, to: '関西みらい銀行' },
          { field: 'kind', from: null, to: 'REGIONAL_BANK' },
          { field: 'sector', from: null, to: 'PRIVATE' },
        ],
      });
      // now() is the transaction's start time: equal timestamps mean the row and its event share the transaction.
      const [organization] = await t.dataSource.query<{ createdAt: Date }[]>(
        `SELECT "createdAt" FROM organization WHERE id = $1`,
        [organizationId],
      );
      expect(orgEvent.occurredAt).toEqual(organization.createdAt);

      const user = await call(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { ... on User { id } } }`,
        {
          input: {
            email: 'Kato.Riku@Kansai-Mirai.test',
            displayName: '加藤 陸',
            organizationId,
            password: 'a-long-enough-password',
          },
        },
        c.admin,
      );
      const userId = (user.res.data as { createUser: { id: string } }).createUser.id;
      const userEvent = await expectOneEvent(user.requestId, {
        actorId: c.admin.id,
        action: 'user.create',
        entityType: 'UserAccount',
        entityId: userId,
        changes: [
          { field: 'email', from: null, to: 'kato.riku@kansai-mirai.test' },
          { field: 'displayName', from: null, to: '加藤 陸' },
          { field: 'organizationId', from: null, to: organizationId },
          { field: 'locale', from: null, to: 'ja' },
          { field: 'systemRole', from: null, to: 'USER' },
          { field: 'status', from: null, to: 'ACTIVE' },
        ],
      });
      expect(JSON.stringify(userEvent.changes)).not.toContain('password');
    });

    it('updateUser and disableUser record only what changed', async () => {
      const update = await call(
        UPDATE_USER,
        { input: { userId: c.trainee.id, displayName: '高橋 翔太', locale: 'JA' } },
        c.trainee,
      );
      await expectOneEvent(update.requestId, {
        actorId: c.trainee.id,
        action: 'user.update',
        entityType: 'UserAccount',
        entityId: c.trainee.id,
        changes: [{ field: 'displayName', from: '高橋 翔', to: '高橋 翔太' }],
      });

      const leaver = await t.factory.user({ organizationId: c.chamber.id });
      const disable = await call(DISABLE_USER, { input: { userId: leaver.id } }, c.admin);
      await expectOneEvent(disable.requestId, {
        actorId: c.admin.id,
        action: 'user.disable',
        entityId: leaver.id,
        changes: [{ field: 'status', from: 'ACTIVE', to: 'DISABLED' }],
      });
    });

    it('login, refreshToken, changePassword and logout are audited without secrets', async () => {
      const user = await t.factory.user({ organizationId: c.chamber.id });
      const login = await call(
        `mutation ($input: LoginInput!) { login(input: $input) { ... on AuthPayload { refreshToken } } }`,
        { input: { email: user.email, password: TEST_PASSWORD } },
        null,
      );
      await expectOneEvent(login.requestId, { actorId: user.id, action: 'user.login', entityId: user.id });
      const firstToken = (login.res.data as { login: { refreshToken: string } }).login.refreshToken;

      const refresh = await call(
        `mutation ($input: RefreshTokenInput!) { refreshToken(input: $input) { ... on AuthPayload { refreshToken } } }`,
        { input: { refreshToken: firstToken } },
        null,
      );
      await expectOneEvent(refresh.requestId, { actorId: user.id, action: 'user.refreshToken', changes: [] });
      const secondToken = (refresh.res.data as { refreshToken: { refreshToken: string } }).refreshToken.refreshToken;

      const change = await call(
        CHANGE_PASSWORD,
        { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' } },
        user,
      );
      await expectOneEvent(change.requestId, {
        actorId: user.id,
        action: 'user.changePassword',
        changes: [{ field: 'passwordHash', from: '[redacted]', to: '[redacted]' }],
      });

      const relogin = await call(
        `mutation ($input: LoginInput!) { login(input: $input) { ... on AuthPayload { refreshToken } } }`,
        { input: { email: user.email, password: 'a-brand-new-password' } },
        null,
      );
      const token = (relogin.res.data as { login: { refreshToken: string } }).login.refreshToken;
      const logout = await call(LOGOUT, { input: { refreshToken: token } }, user);
      await expectOneEvent(logout.requestId, { actorId: user.id, action: 'user.logout', entityId: user.id });
      expect(secondToken).not.toBe(firstToken);
    });

    it('each step of a program, its members and pairings, with the fields that changed', async () => {
      const create = await call(
        `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { ... on Program { id createdAt } } }`,
        {
          input: {
            name: '令和8年度 担い手育成プログラム',
            fiscalYear: 2026,
            region: '大阪府',
            operatorOrganizationId: c.operator.id,
            startsOn: '2026-06-01',
            endsOn: '2027-02-28',
          },
        },
        c.admin,
      );
      const programId = (create.res.data as { createProgram: { id: string } }).createProgram.id;
      const created = await expectOneEvent(create.requestId, {
        actorId: c.admin.id,
        action: 'program.create',
        entityType: 'Program',
        entityId: programId,
      });
      expect(created.changes).toEqual(
        expect.arrayContaining([
          { field: 'name', from: null, to: '令和8年度 担い手育成プログラム' },
          { field: 'fiscalYear', from: null, to: 2026 },
          { field: 'startsOn', from: null, to: '2026-06-01' },
          { field: 'status', from: null, to: 'DRAFT' },
        ]),
      );

      const steps: [string, Record<string, unknown>, Partial<StoredEvent>][] = [
        [
          UPDATE_PROGRAM,
          { input: { programId, region: '近畿', name: '令和8年度 担い手育成プログラム' } },
          { action: 'program.update', entityId: programId, changes: [{ field: 'region', from: '大阪府', to: '近畿' }] },
        ],
        [
          ACTIVATE_PROGRAM,
          { input: { programId } },
          { action: 'program.activate', changes: [{ field: 'status', from: 'DRAFT', to: 'ACTIVE' }] },
        ],
      ];
      for (const [query, variables, expected] of steps) {
        const { requestId } = await call(query, variables, c.admin);
        await expectOneEvent(requestId, { actorId: c.admin.id, entityType: 'Program', ...expected });
      }

      const add = async (userId: string, role: string): Promise<string> => {
        const { requestId, res } = await call(
          `mutation ($input: AddProgramMemberInput!) { addProgramMember(input: $input) { ... on ProgramMember { id } } }`,
          { input: { programId, userId, role } },
          c.admin,
        );
        const memberId = (res.data as { addProgramMember: { id: string } }).addProgramMember.id;
        await expectOneEvent(requestId, {
          action: 'program.addMember',
          entityType: 'ProgramMember',
          entityId: memberId,
          changes: [
            { field: 'programId', from: null, to: programId },
            { field: 'userId', from: null, to: userId },
            { field: 'role', from: null, to: role },
            { field: 'status', from: null, to: 'ACTIVE' },
          ],
        });
        return memberId;
      };
      await add(c.owner.id, 'OWNER');
      await add(c.mentor.id, 'MENTOR');
      await t.factory.advisor(programId, c.mentor.id);
      const traineeMemberId = await add(c.trainee.id, 'TRAINEE');

      const assign = await call(
        `mutation ($input: AssignMentorInput!) { assignMentor(input: $input) { ... on Mentorship { id } } }`,
        { input: { programId, mentorId: c.mentor.id, traineeId: c.trainee.id } },
        c.owner,
      );
      const mentorshipId = (assign.res.data as { assignMentor: { id: string } }).assignMentor.id;
      await expectOneEvent(assign.requestId, {
        actorId: c.owner.id,
        action: 'program.assignMentor',
        entityType: 'Mentorship',
        entityId: mentorshipId,
        changes: [
          { field: 'programId', from: null, to: programId },
          { field: 'mentorId', from: null, to: c.mentor.id },
          { field: 'traineeId', from: null, to: c.trainee.id },
        ],
      });

      const end = await call(END_MENTORSHIP, { input: { mentorshipId } }, c.owner);
      const ended = await expectOneEvent(end.requestId, {
        action: 'program.endMentorship',
        entityType: 'Mentorship',
        entityId: mentorshipId,
      });
      expect(ended.changes).toEqual([{ field: 'endedAt', from: null, to: expect.any(String) }]);

      const withdraw = await call(WITHDRAW_PROGRAM_MEMBER, { input: { memberId: traineeMemberId } }, c.owner);
      const withdrawn = await expectOneEvent(withdraw.requestId, {
        action: 'program.withdrawMember',
        entityType: 'ProgramMember',
        entityId: traineeMemberId,
      });
      expect(withdrawn.changes).toEqual([
        { field: 'status', from: 'ACTIVE', to: 'WITHDRAWN' },
        { field: 'withdrawnAt', from: null, to: expect.any(String) },
      ]);

      const close = await call(CLOSE_PROGRAM, { input: { programId } }, c.owner);
      await expectOneEvent(close.requestId, {
        actorId: c.owner.id,
        action: 'program.close',
        changes: [{ field: 'status', from: 'ACTIVE', to: 'CLOSED' }],
      });
    });

    it('requestSystemPing records the request with the admin and the request id', async () => {
      const ping = await call(REQUEST_SYSTEM_PING, {}, c.admin);
      const pingId = (ping.res.data as { requestSystemPing: { id: string } }).requestSystemPing.id;
      await expectOneEvent(ping.requestId, {
        actorId: c.admin.id,
        action: 'system.ping.requested',
        entityType: 'SystemPing',
        entityId: pingId,
      });
    });
  });

  describe('a refused mutation writes no event', () => {
    it('an error result, a validation error, FORBIDDEN and NOT_FOUND leave the audit trail untouched', async () => {
      const before = await t.count('audit_event');
      const refusals: [string, Record<string, unknown>, UserRow][] = [
        // Error result: an ACTIVE program cannot be activated.
        [ACTIVATE_PROGRAM, { input: { programId: c.program.id } }, c.owner],
        // Error result: the e-mail is taken.
        [
          CREATE_USER,
          {
            input: {
              email: c.trainee.email,
              displayName: '重複',
              organizationId: c.chamber.id,
              password: 'a-long-enough-password',
            },
          },
          c.admin,
        ],
        // Error result: already paired.
        [
          ASSIGN_MENTOR,
          { input: { programId: c.program.id, mentorId: c.mentor.id, traineeId: c.trainee.id } },
          c.owner,
        ],
        // Validation error.
        [UPDATE_USER, { input: { userId: c.trainee.id, displayName: '' } }, c.trainee],
        // FORBIDDEN.
        [UPDATE_PROGRAM, { input: { programId: c.program.id, name: '乗っ取り' } }, c.mentor],
        // NOT_FOUND.
        [CLOSE_PROGRAM, { input: { programId: c.program.id } }, c.otherOwner],
      ];
      for (const [query, variables, as] of refusals) {
        const { requestId, res } = await call(query, variables, as);
        const data = res.data as Record<string, { __typename: string }> | null;
        const refused = errorCode(res) !== undefined || data?.[Object.keys(data)[0]].__typename.endsWith('Error');
        expect(refused).toBe(true);
        expect(await eventsOf(requestId)).toEqual([]);
      }
      expect(await t.count('audit_event')).toBe(before);
    });
  });

  describe('auditEvents(entityType, entityId)', () => {
    it('shows an admin the trail of one program, newest first, page by page', async () => {
      const program = await t.factory.program({ operatorOrganizationId: c.operator.id, status: 'DRAFT' });
      const admin = await t.factory.admin({ organizationId: c.operator.id, locale: 'en' });
      const requestIds: string[] = [];
      for (const [query, variables] of [
        [UPDATE_PROGRAM, { input: { programId: program.id, region: '兵庫県' } }],
        [ACTIVATE_PROGRAM, { input: { programId: program.id } }],
        [CLOSE_PROGRAM, { input: { programId: program.id } }],
      ] as const) {
        requestIds.push((await call(query, variables, admin)).requestId);
      }
      // Someone else's record does not show up.
      await call(UPDATE_PROGRAM, { input: { programId: c.otherProgram.id, region: '京都府' } }, admin);

      const first = await t.gql<AuditPage>(
        AUDIT_EVENTS,
        { entityType: 'Program', entityId: program.id, first: 2 },
        { as: admin },
      );
      const page1 = first.data!.auditEvents;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.edges.map((e) => e.node)).toEqual([
        {
          actorId: admin.id,
          action: 'program.close',
          entityType: 'Program',
          entityId: program.id,
          requestId: requestIds[2],
          occurredAt: expect.any(String),
          changes: [{ field: 'status', from: '"ACTIVE"', to: '"CLOSED"' }],
        },
        {
          actorId: admin.id,
          action: 'program.activate',
          entityType: 'Program',
          entityId: program.id,
          requestId: requestIds[1],
          occurredAt: expect.any(String),
          changes: [{ field: 'status', from: '"DRAFT"', to: '"ACTIVE"' }],
        },
      ]);
      const second = await t.gql<AuditPage>(
        AUDIT_EVENTS,
        { entityType: 'Program', entityId: program.id, first: 2, after: page1.pageInfo.endCursor },
        { as: admin },
      );
      const page2 = second.data!.auditEvents;
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect(page2.edges.map((e) => [e.node.action, e.node.requestId, e.node.changes])).toEqual([
        ['program.update', requestIds[0], [{ field: 'region', from: '"大阪府"', to: '"兵庫県"' }]],
      ]);
      const times = [...page1.edges, ...page2.edges].map((e) => Date.parse(e.node.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('is for admins only, and an unknown entity has an empty trail', async () => {
      const owner = await t.gql(AUDIT_EVENTS, { entityType: 'Program', entityId: c.program.id }, { as: c.owner });
      expect(errorCode(owner)).toBe('FORBIDDEN');
      const empty = await t.gql<AuditPage>(
        AUDIT_EVENTS,
        { entityType: 'Program', entityId: '00000000-0000-4000-8000-000000000000' },
        { as: c.admin },
      );
      expect(empty.data!.auditEvents).toMatchObject({ totalCount: 0, edges: [] });
    });
  });
});
