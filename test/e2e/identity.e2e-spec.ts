import { TestApp, errorCode, GraphQLResponse } from '../utils/test-app';
import { OrganizationRow, TEST_PASSWORD, UserRow } from '../factories';

const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind sector prefecture createdAt }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on User { id email displayName organizationId locale systemRole status organization { name } }
    ... on ErrorResult { code message }
  }
}`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User { id displayName locale organizationId systemRole }
    ... on ErrorResult { code message }
  }
}`;
const DISABLE_USER = `mutation ($input: DisableUserInput!) {
  disableUser(input: $input) {
    __typename
    ... on UserDisabled { user { id status } }
    ... on ErrorResult { code message }
  }
}`;
const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { __typename ... on AuthPayload { accessToken refreshToken } ... on ErrorResult { code } }
}`;
const REFRESH = `mutation ($input: RefreshTokenInput!) {
  refreshToken(input: $input) { __typename ... on ErrorResult { code } }
}`;
const ME = `query { me { id email displayName locale systemRole status organization { id name } } }`;
const USER = `query ($id: ID!) { user(id: $id) { id displayName organizationId } }`;
const USERS = `query ($organizationId: ID!, $first: Int, $after: String) {
  users(organizationId: $organizationId, first: $first, after: $after) {
    totalCount
    edges { cursor node { email displayName } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name kind sector prefecture } }`;
const ORGANIZATIONS = `query ($first: Int, $after: String) {
  organizations(first: $first, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

type Field = { field: string; message: string };

function fieldsOf(res: GraphQLResponse<unknown>): Field[] | undefined {
  return res.errors?.[0].extensions.fields;
}

describe('Identity: organisations and accounts (組織とアカウント)', () => {
  let t: TestApp;
  let operator: OrganizationRow;
  let chamber: OrganizationRow;
  let admin: UserRow;
  let adminEn: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    operator = await t.factory.organization({ name: 'おおさか中核人材機構', kind: 'PUBLIC_AGENCY' });
    chamber = await t.factory.organization({ name: 'なにわ商工会議所' });
    admin = await t.factory.admin({ organizationId: operator.id });
    adminEn = await t.factory.admin({ organizationId: operator.id, locale: 'en' });
  });
  afterAll(() => t.close());

  /** Rows of the tables a refused mutation must leave alone. */
  async function snapshot(): Promise<{ organizations: number; users: number; audit: number }> {
    return {
      organizations: await t.count('organization'),
      users: await t.count('user_account'),
      audit: await t.count('audit_event'),
    };
  }

  describe('createOrganization', () => {
    it('lets an admin register a regional bank that every signed-in user then finds in the directory', async () => {
      const res = await t.gql<{ createOrganization: Record<string, unknown> }>(
        CREATE_ORGANIZATION,
        { input: { name: '  関西みらい銀行  ', kind: 'REGIONAL_BANK', sector: 'PRIVATE', prefecture: '大阪府' } },
        { as: admin },
      );
      const created = res.data!.createOrganization;
      expect(created).toMatchObject({ name: '関西みらい銀行', kind: 'REGIONAL_BANK', sector: 'PRIVATE' });
      expect(created.prefecture).toBe('大阪府');
      expect(typeof created.createdAt).toBe('string');

      const trainee = await t.factory.user({ organizationId: chamber.id });
      const read = await t.gql(ORGANIZATION, { id: created.id }, { as: trainee });
      expect(read.data).toEqual({
        organization: {
          id: created.id,
          name: '関西みらい銀行',
          kind: 'REGIONAL_BANK',
          sector: 'PRIVATE',
          prefecture: '大阪府',
        },
      });
      const list = await t.gql<{ organizations: { totalCount: number; edges: { node: { name: string } }[] } }>(
        ORGANIZATIONS,
        { first: 100 },
        { as: trainee },
      );
      expect(list.data!.organizations.totalCount).toBe(await t.count('organization'));
      expect(list.data!.organizations.edges.map((e) => e.node.name)).toContain('関西みらい銀行');
    });

    it('stores a blank prefecture as null', async () => {
      const res = await t.gql<{ createOrganization: { prefecture: string | null } }>(
        CREATE_ORGANIZATION,
        { input: { name: '北摂よろず支援拠点', kind: 'YOROZU_SUPPORT_CENTER', sector: 'PUBLIC', prefecture: '  ' } },
        { as: admin },
      );
      expect(res.data!.createOrganization.prefecture).toBeNull();
    });

    it('rejects an unknown kind (CASTLE) as BAD_USER_INPUT naming input.kind, in English and Japanese', async () => {
      const before = await snapshot();
      const input = { name: '大阪城', kind: 'CASTLE', sector: 'PUBLIC' };
      const en = await t.gql(CREATE_ORGANIZATION, { input }, { as: admin, locale: 'en' });
      expect(errorCode(en)).toBe('BAD_USER_INPUT');
      expect(en.errors![0].message).toContain('input.kind');
      expect(en.errors![0].message).toBe(
        'Invalid input: input.kind "CASTLE" is not one of the OrganizationKind values',
      );
      expect(fieldsOf(en)).toEqual([
        { field: 'input.kind', message: '"CASTLE" is not one of the OrganizationKind values' },
      ]);
      const ja = await t.gql(CREATE_ORGANIZATION, { input }, { as: admin, locale: 'ja' });
      expect(errorCode(ja)).toBe('BAD_USER_INPUT');
      expect(ja.errors![0].message).toBe(
        '入力が正しくありません（input.kind: "CASTLE" は OrganizationKind の選択肢にありません）',
      );
      expect(await snapshot()).toEqual(before);
    });

    it('rejects an empty name and an over-long prefecture naming both fields, writing nothing', async () => {
      const before = await snapshot();
      const res = await t.gql(
        CREATE_ORGANIZATION,
        { input: { name: '', kind: 'SHOKOKAI', sector: 'PUBLIC', prefecture: '大'.repeat(21) } },
        { as: adminEn },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([
        { field: 'input.name', message: 'must not be empty' },
        { field: 'input.prefecture', message: 'must be at most 20 characters' },
      ]);
      expect(res.errors![0].message).toBe(
        'Invalid input: input.name must not be empty; input.prefecture must be at most 20 characters',
      );
      const ja = await t.gql(
        CREATE_ORGANIZATION,
        { input: { name: '', kind: 'SHOKOKAI', sector: 'PUBLIC' } },
        { as: admin },
      );
      expect(ja.errors![0].message).toBe('入力が正しくありません（input.name: 必須です）');
      expect(await snapshot()).toEqual(before);
    });

    it('is refused to a non-admin with FORBIDDEN', async () => {
      const owner = await t.factory.user({ organizationId: operator.id });
      const before = await snapshot();
      const res = await t.gql(
        CREATE_ORGANIZATION,
        { input: { name: '堺商工会議所', kind: 'CHAMBER_OF_COMMERCE', sector: 'PUBLIC' } },
        { as: owner },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toBe('この操作を行う権限がありません');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('createUser', () => {
    const newUser = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
      email: 'Nakamura.Yui@Naniwa-CCI.test',
      displayName: '  中村 結衣 ',
      organizationId: chamber.id,
      password: 'a-long-enough-password',
      ...overrides,
    });

    it('creates a trainee account (lower-cased email, Japanese, USER) who can then log in', async () => {
      const before = await snapshot();
      const res = await t.gql<{ createUser: Record<string, unknown> }>(
        CREATE_USER,
        { input: newUser() },
        { as: admin },
      );
      expect(res.data!.createUser).toMatchObject({
        __typename: 'User',
        email: 'nakamura.yui@naniwa-cci.test',
        displayName: '中村 結衣',
        organizationId: chamber.id,
        locale: 'JA',
        systemRole: 'USER',
        status: 'ACTIVE',
        organization: { name: 'なにわ商工会議所' },
      });
      expect(await snapshot()).toEqual({ ...before, users: before.users + 1, audit: before.audit + 1 });

      const login = await t.gql(LOGIN, {
        input: { email: 'nakamura.yui@naniwa-cci.test', password: 'a-long-enough-password' },
      });
      expect(login.data?.login).toMatchObject({ __typename: 'AuthPayload' });
    });

    it('creates an English-speaking admin when asked to', async () => {
      const res = await t.gql<{ createUser: Record<string, unknown> }>(
        CREATE_USER,
        { input: newUser({ email: 'ops@banso.test', locale: 'EN', systemRole: 'ADMIN' }) },
        { as: admin },
      );
      expect(res.data!.createUser).toMatchObject({ locale: 'EN', systemRole: 'ADMIN', email: 'ops@banso.test' });
    });

    it('rejects a malformed email naming input.email, in Japanese and English, writing nothing', async () => {
      const before = await snapshot();
      const ja = await t.gql(CREATE_USER, { input: newUser({ email: 'nakamura-at-naniwa' }) }, { as: admin });
      expect(errorCode(ja)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(ja)).toEqual([{ field: 'input.email', message: 'メールアドレスの形式ではありません' }]);
      expect(ja.errors![0].message).toBe('入力が正しくありません（input.email: メールアドレスの形式ではありません）');
      const en = await t.gql(CREATE_USER, { input: newUser({ email: 'nakamura-at-naniwa' }) }, { as: adminEn });
      expect(fieldsOf(en)).toEqual([{ field: 'input.email', message: 'must be a valid email address' }]);
      expect(en.errors![0].message).toBe('Invalid input: input.email must be a valid email address');
      expect(await snapshot()).toEqual(before);
    });

    it('rejects a short password naming input.password, writing nothing', async () => {
      const before = await snapshot();
      const en = await t.gql(CREATE_USER, { input: newUser({ password: 'short-pw' }) }, { as: adminEn });
      expect(errorCode(en)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(en)).toEqual([{ field: 'input.password', message: 'must be at least 12 characters' }]);
      const ja = await t.gql(CREATE_USER, { input: newUser({ password: 'short-pw' }) }, { as: admin });
      expect(fieldsOf(ja)).toEqual([{ field: 'input.password', message: '12文字以上で入力してください' }]);
      expect(await snapshot()).toEqual(before);
    });

    it('rejects unknown locale and system role values as BAD_USER_INPUT naming the field', async () => {
      const before = await snapshot();
      const locale = await t.gql(CREATE_USER, { input: newUser({ locale: 'fr' }) }, { as: admin, locale: 'en' });
      expect(errorCode(locale)).toBe('BAD_USER_INPUT');
      expect(locale.errors![0].message).toContain('input.locale');
      const role = await t.gql(CREATE_USER, { input: newUser({ systemRole: 'ROOT' }) }, { as: admin, locale: 'ja' });
      expect(errorCode(role)).toBe('BAD_USER_INPUT');
      expect(role.errors![0].message).toBe(
        '入力が正しくありません（input.systemRole: "ROOT" は SystemRole の選択肢にありません）',
      );
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an email already in use in any letter case with EmailAlreadyUsedError, writing nothing', async () => {
      const existing = await t.factory.user({ email: 'kobayashi@naniwa-cci.test', organizationId: chamber.id });
      const before = await snapshot();
      const ja = await t.gql(CREATE_USER, { input: newUser({ email: 'KOBAYASHI@naniwa-cci.TEST' }) }, { as: admin });
      expect(ja.data?.createUser).toEqual({
        __typename: 'EmailAlreadyUsedError',
        code: 'EMAIL_ALREADY_USED',
        message: 'メールアドレス kobayashi@naniwa-cci.test は既に使われています',
      });
      const en = await t.gql(CREATE_USER, { input: newUser({ email: 'Kobayashi@Naniwa-CCI.test' }) }, { as: adminEn });
      expect(en.data?.createUser).toMatchObject({
        code: 'EMAIL_ALREADY_USED',
        message: 'The email kobayashi@naniwa-cci.test is already in use',
      });
      expect(await snapshot()).toEqual(before);
      expect(await t.count('user_account', `email = $1`, [existing.email])).toBe(1);
    });

    it('refuses an organisation that does not exist with OrganizationNotFoundError, writing nothing', async () => {
      const before = await snapshot();
      const missing = '00000000-0000-4000-8000-000000000000';
      const ja = await t.gql(CREATE_USER, { input: newUser({ organizationId: missing }) }, { as: admin });
      expect(ja.data?.createUser).toEqual({
        __typename: 'OrganizationNotFoundError',
        code: 'ORGANIZATION_NOT_FOUND',
        message: '指定された組織（organizationId）が存在しません',
      });
      const en = await t.gql(CREATE_USER, { input: newUser({ organizationId: missing }) }, { as: adminEn });
      expect(en.data?.createUser).toMatchObject({ message: 'The organisation (organizationId) does not exist' });
      const malformed = await t.gql(CREATE_USER, { input: newUser({ organizationId: 'naniwa' }) }, { as: adminEn });
      expect(fieldsOf(malformed)).toEqual([{ field: 'input.organizationId', message: 'must be a valid id' }]);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused to a non-admin with FORBIDDEN, writing nothing', async () => {
      const owner = await t.factory.user({ organizationId: operator.id });
      const before = await snapshot();
      const res = await t.gql(CREATE_USER, { input: newUser({ email: 'sneaky@banso.test' }) }, { as: owner });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('updateUser', () => {
    it('lets an admin change any field of an account', async () => {
      const mentor = await t.factory.user({ organizationId: chamber.id, displayName: '田中 健一' });
      const res = await t.gql(
        UPDATE_USER,
        {
          input: {
            userId: mentor.id,
            displayName: '田中 健一（担い手サポーター）',
            locale: 'EN',
            organizationId: operator.id,
            systemRole: 'ADMIN',
          },
        },
        { as: admin },
      );
      expect(res.data?.updateUser).toEqual({
        __typename: 'User',
        id: mentor.id,
        displayName: '田中 健一（担い手サポーター）',
        locale: 'EN',
        organizationId: operator.id,
        systemRole: 'ADMIN',
      });
      const [row] = await t.dataSource.query<Record<string, string>[]>(
        `SELECT "displayName", locale, "organizationId", "systemRole" FROM user_account WHERE id = $1`,
        [mentor.id],
      );
      expect(row).toEqual({
        displayName: '田中 健一（担い手サポーター）',
        locale: 'en',
        organizationId: operator.id,
        systemRole: 'ADMIN',
      });
    });

    it('lets a trainee change their own display name and language, leaving the rest as it was', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔' });
      const res = await t.gql(
        UPDATE_USER,
        { input: { userId: trainee.id, displayName: 'Sho Takahashi', locale: 'EN' } },
        { as: trainee },
      );
      expect(res.data?.updateUser).toEqual({
        __typename: 'User',
        id: trainee.id,
        displayName: 'Sho Takahashi',
        locale: 'EN',
        organizationId: chamber.id,
        systemRole: 'USER',
      });
      // From now on their messages come in English.
      const forbidden = await t.gql(
        UPDATE_USER,
        { input: { userId: trainee.id, systemRole: 'ADMIN' } },
        { as: trainee },
      );
      expect(forbidden.errors![0].message).toBe('You are not allowed to perform this operation');
    });

    it('forbids a user to change their own system role or organisation, writing nothing', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id, displayName: '伊藤 さくら' });
      const before = await snapshot();
      const role = await t.gql(UPDATE_USER, { input: { userId: trainee.id, systemRole: 'ADMIN' } }, { as: trainee });
      expect(errorCode(role)).toBe('FORBIDDEN');
      expect(role.errors![0].message).toBe('この操作を行う権限がありません');
      const move = await t.gql(
        UPDATE_USER,
        { input: { userId: trainee.id, displayName: '伊藤', organizationId: operator.id } },
        { as: trainee },
      );
      expect(errorCode(move)).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
      const [row] = await t.dataSource.query<Record<string, string>[]>(
        `SELECT "displayName", "organizationId", "systemRole" FROM user_account WHERE id = $1`,
        [trainee.id],
      );
      expect(row).toEqual({ displayName: '伊藤 さくら', organizationId: chamber.id, systemRole: 'USER' });
    });

    it("forbids a user to change a colleague's account", async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id });
      const colleague = await t.factory.user({ organizationId: chamber.id, displayName: '渡辺 蓮' });
      const res = await t.gql(UPDATE_USER, { input: { userId: colleague.id, displayName: 'x' } }, { as: trainee });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await t.count('user_account', `id = $1 AND "displayName" = '渡辺 蓮'`, [colleague.id])).toBe(1);
    });

    it('refuses a move to a missing organisation with OrganizationNotFoundError, writing nothing', async () => {
      const user = await t.factory.user({ organizationId: chamber.id });
      const before = await snapshot();
      const res = await t.gql(
        UPDATE_USER,
        {
          input: { userId: user.id, displayName: '新しい名前', organizationId: '00000000-0000-4000-8000-000000000001' },
        },
        { as: adminEn },
      );
      expect(res.data?.updateUser).toEqual({
        __typename: 'OrganizationNotFoundError',
        code: 'ORGANIZATION_NOT_FOUND',
        message: 'The organisation (organizationId) does not exist',
      });
      expect(await snapshot()).toEqual(before);
      expect(await t.count('user_account', `id = $1 AND "displayName" = '山田 太郎'`, [user.id])).toBe(1);
    });

    it('rejects an empty display name, an unknown locale and a malformed id, naming the field', async () => {
      const user = await t.factory.user({ organizationId: chamber.id });
      const before = await snapshot();
      const empty = await t.gql(UPDATE_USER, { input: { userId: user.id, displayName: '' } }, { as: adminEn });
      expect(fieldsOf(empty)).toEqual([{ field: 'input.displayName', message: 'must not be empty' }]);
      const long = await t.gql(
        UPDATE_USER,
        { input: { userId: user.id, displayName: 'あ'.repeat(101) } },
        { as: admin },
      );
      expect(fieldsOf(long)).toEqual([{ field: 'input.displayName', message: '100文字以内で入力してください' }]);
      const locale = await t.gql(
        UPDATE_USER,
        { input: { userId: user.id, locale: 'de' } },
        { as: admin, locale: 'en' },
      );
      expect(errorCode(locale)).toBe('BAD_USER_INPUT');
      expect(locale.errors![0].message).toContain('input.locale');
      const id = await t.gql(UPDATE_USER, { input: { userId: 'me' } }, { as: adminEn });
      expect(fieldsOf(id)).toEqual([{ field: 'input.userId', message: 'must be a valid id' }]);
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND to an admin for an account that does not exist', async () => {
      const res = await t.gql(
        UPDATE_USER,
        { input: { userId: '00000000-0000-4000-8000-000000000002', displayName: 'x' } },
        { as: adminEn },
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe('User not found');
    });
  });

  describe('disableUser', () => {
    it('disables an account: its password, access token and refresh token stop working', async () => {
      const leaver = await t.factory.user({ organizationId: chamber.id, displayName: '退職 予定' });
      const login = (await t.gql(LOGIN, { input: { email: leaver.email, password: TEST_PASSWORD } })).data?.login as {
        accessToken: string;
        refreshToken: string;
      };
      expect(errorCode(await t.gql(ME, {}, { token: login.accessToken }))).toBeUndefined();

      const res = await t.gql(DISABLE_USER, { input: { userId: leaver.id } }, { as: admin });
      expect(res.data?.disableUser).toEqual({
        __typename: 'UserDisabled',
        user: { id: leaver.id, status: 'DISABLED' },
      });
      expect(await t.count('user_account', `id = $1 AND status = 'DISABLED'`, [leaver.id])).toBe(1);

      const again = await t.gql(LOGIN, { input: { email: leaver.email, password: TEST_PASSWORD } });
      expect(again.data?.login).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
      expect(errorCode(await t.gql(ME, {}, { token: login.accessToken }))).toBe('UNAUTHENTICATED');
      const refresh = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
      expect(refresh.data?.refreshToken).toEqual({
        __typename: 'InvalidRefreshTokenError',
        code: 'INVALID_REFRESH_TOKEN',
      });
    });

    it('refuses an admin disabling themself with CannotDisableSelfError, in Japanese and English', async () => {
      const before = await snapshot();
      const ja = await t.gql(DISABLE_USER, { input: { userId: admin.id } }, { as: admin });
      expect(ja.data?.disableUser).toEqual({
        __typename: 'CannotDisableSelfError',
        code: 'CANNOT_DISABLE_SELF',
        message: '自分自身のアカウントは無効化できません',
      });
      const en = await t.gql(DISABLE_USER, { input: { userId: adminEn.id } }, { as: adminEn });
      expect(en.data?.disableUser).toMatchObject({ message: 'You cannot disable your own account' });
      expect(await snapshot()).toEqual(before);
      expect(await t.count('user_account', `id IN ($1, $2) AND status = 'ACTIVE'`, [admin.id, adminEn.id])).toBe(2);
    });

    it('is refused to a non-admin (FORBIDDEN), and NOT_FOUND for a missing account, writing nothing', async () => {
      const colleague = await t.factory.user({ organizationId: chamber.id });
      const trainee = await t.factory.user({ organizationId: chamber.id });
      const before = await snapshot();
      expect(errorCode(await t.gql(DISABLE_USER, { input: { userId: colleague.id } }, { as: trainee }))).toBe(
        'FORBIDDEN',
      );
      const missing = await t.gql(
        DISABLE_USER,
        { input: { userId: '00000000-0000-4000-8000-000000000003' } },
        { as: admin },
      );
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(missing.errors![0].message).toBe('ユーザーが見つかりません');
      const malformed = await t.gql(DISABLE_USER, { input: { userId: 'abc' } }, { as: adminEn });
      expect(fieldsOf(malformed)).toEqual([{ field: 'input.userId', message: 'must be a valid id' }]);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('reading accounts', () => {
    it('me: the signed-in user with their organisation', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔', locale: 'en' });
      const res = await t.gql(ME, {}, { as: trainee });
      expect(res.data).toEqual({
        me: {
          id: trainee.id,
          email: trainee.email,
          displayName: '高橋 翔',
          locale: 'EN',
          systemRole: 'USER',
          status: 'ACTIVE',
          organization: { id: chamber.id, name: 'なにわ商工会議所' },
        },
      });
    });

    it('user(id): self and colleagues are visible; other organisations are NOT_FOUND as if missing; admins see all', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔' });
      const colleague = await t.factory.user({ organizationId: chamber.id, displayName: '伊藤 さくら' });
      const outsider = await t.factory.user({ organizationId: operator.id, displayName: '佐藤 美咲' });

      expect((await t.gql(USER, { id: trainee.id }, { as: trainee })).data).toEqual({
        user: { id: trainee.id, displayName: '高橋 翔', organizationId: chamber.id },
      });
      expect((await t.gql(USER, { id: colleague.id }, { as: trainee })).data).toEqual({
        user: { id: colleague.id, displayName: '伊藤 さくら', organizationId: chamber.id },
      });

      const hidden = await t.gql(USER, { id: outsider.id }, { as: trainee });
      const missing = await t.gql(USER, { id: '00000000-0000-4000-8000-000000000004' }, { as: trainee });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe('ユーザーが見つかりません');
      expect(hidden.errors![0].message).toBe(missing.errors![0].message);
      expect(hidden.data).toBeNull();

      expect((await t.gql(USER, { id: trainee.id }, { as: adminEn })).data).toEqual({
        user: { id: trainee.id, displayName: '高橋 翔', organizationId: chamber.id },
      });
      const malformed = await t.gql(USER, { id: 'not-an-id' }, { as: adminEn });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(malformed)).toEqual([{ field: 'id', message: 'must be a valid id' }]);
    });

    it('user(id): people of the same program see each other across organisations; a finished membership hides them again', async () => {
      const mentor = await t.factory.user({ organizationId: operator.id, displayName: '田中 健一' });
      const trainee = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔' });
      const program = await t.factory.program({ operatorOrganizationId: operator.id });
      await t.factory.member(program.id, mentor.id, 'MENTOR');
      const traineeMembership = await t.factory.member(program.id, trainee.id, 'TRAINEE');

      expect((await t.gql(USER, { id: trainee.id }, { as: mentor })).data).toEqual({
        user: { id: trainee.id, displayName: '高橋 翔', organizationId: chamber.id },
      });
      expect((await t.gql(USER, { id: mentor.id }, { as: trainee })).data?.user).toMatchObject({
        displayName: '田中 健一',
      });

      await t.dataSource.query(`UPDATE program_member SET status = 'WITHDRAWN' WHERE id = $1`, [traineeMembership]);
      expect(errorCode(await t.gql(USER, { id: trainee.id }, { as: mentor }))).toBe('NOT_FOUND');
    });

    it('users(organizationId): colleagues page by email; another organisation is FORBIDDEN; admins list any', async () => {
      const bank = await t.factory.organization({ name: '近畿信用金庫', kind: 'OTHER' });
      const staff: UserRow[] = [];
      for (const name of ['d', 'a', 'e', 'c', 'b']) {
        staff.push(await t.factory.user({ organizationId: bank.id, email: `${name}@kinki-shinkin.test` }));
      }
      type Users = {
        users: {
          totalCount: number;
          edges: { node: { email: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const first = await t.gql<Users>(USERS, { organizationId: bank.id, first: 2 }, { as: staff[0] });
      expect(first.data!.users.totalCount).toBe(5);
      expect(first.data!.users.edges.map((e) => e.node.email)).toEqual([
        'a@kinki-shinkin.test',
        'b@kinki-shinkin.test',
      ]);
      expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
      const rest = await t.gql<Users>(
        USERS,
        { organizationId: bank.id, first: 10, after: first.data!.users.pageInfo.endCursor },
        { as: staff[0] },
      );
      expect(rest.data!.users.edges.map((e) => e.node.email)).toEqual([
        'c@kinki-shinkin.test',
        'd@kinki-shinkin.test',
        'e@kinki-shinkin.test',
      ]);
      expect(rest.data!.users.pageInfo.hasNextPage).toBe(false);

      const trainee = await t.factory.user({ organizationId: chamber.id });
      const other = await t.gql(USERS, { organizationId: bank.id }, { as: trainee });
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(other.data).toBeNull();

      const byAdmin = await t.gql<Users>(USERS, { organizationId: bank.id }, { as: admin });
      expect(byAdmin.data!.users.totalCount).toBe(5);
      const malformed = await t.gql(USERS, { organizationId: 'kinki' }, { as: adminEn });
      expect(fieldsOf(malformed)).toEqual([{ field: 'input.organizationId', message: 'must be a valid id' }]);
    });

    it('rejects a malformed cursor naming after', async () => {
      const trainee = await t.factory.user({ organizationId: chamber.id, locale: 'en' });
      const res = await t.gql(USERS, { organizationId: chamber.id, after: 'garbage' }, { as: trainee });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([{ field: 'after', message: 'is not a valid cursor' }]);
    });

    it('organization(id) of a missing organisation is NOT_FOUND in the caller language', async () => {
      const res = await t.gql(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000005' }, { as: adminEn });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe('Organisation not found');
    });
  });
});
