import { TestApp, errorCode } from '../utils/test-app';
import { TEST_PASSWORD } from '../factories';
import { LOGOUT } from '../utils/documents';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload { accessToken refreshToken user { id email displayName } }
    ... on ErrorResult { code message }
  }
}`;
const REFRESH = `mutation Refresh($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    __typename
    ... on AuthPayload { accessToken refreshToken }
    ... on ErrorResult { code message }
  }
}`;
const ME = `query { me { id email displayName locale organization { name } } }`;

describe('Logging in (ログイン)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('lets a trainee log in with their email in any letter case and see who they are', async () => {
    const trainee = await t.factory.user({ email: 'takahashi@naniwa-cci.test', displayName: '高橋 翔' });
    const res = await t.gql(LOGIN, { input: { email: 'Takahashi@Naniwa-CCI.test', password: TEST_PASSWORD } });
    const login = res.data?.login as { __typename: string; accessToken: string; user: { id: string } };
    expect(login.__typename).toBe('AuthPayload');
    expect(login.user.id).toBe(trainee.id);

    const me = await t.gql<{ me: { displayName: string; email: string } }>(ME, {}, { token: login.accessToken });
    expect(me.data?.me).toMatchObject({ displayName: '高橋 翔', email: 'takahashi@naniwa-cci.test' });
    expect(await t.count('audit_event', `action = 'user.login' AND "entityId" = $1`, [trainee.id])).toBe(1);
  });

  it('refuses a wrong password with InvalidCredentialsError in the caller language, and an unknown email the same way', async () => {
    const user = await t.factory.user({ locale: 'en' });
    const wrong = await t.gql(LOGIN, { input: { email: user.email, password: 'not-the-password' } }, { locale: 'en' });
    expect(wrong.data?.login).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
      message: 'The email or password is incorrect',
    });
    const unknown = await t.gql(LOGIN, { input: { email: 'nobody@banso.test', password: 'whatever-1234' } });
    expect(unknown.data?.login).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'メールアドレスまたはパスワードが正しくありません',
    });
  });

  it('words the refusal in the request language only, so its language does not tell whether the account exists', async () => {
    const english = await t.factory.user({ locale: 'en' });
    const japanese = await t.factory.user({ locale: 'ja' });
    for (const locale of ['ja', 'en'] as const) {
      const messages = [];
      for (const email of [english.email, japanese.email, 'nobody-at-all@banso.test']) {
        const res = await t.gql(LOGIN, { input: { email, password: 'not-the-password' } }, { locale });
        messages.push((res.data?.login as { message: string }).message);
      }
      const expected =
        locale === 'en' ? 'The email or password is incorrect' : 'メールアドレスまたはパスワードが正しくありません';
      expect(messages).toEqual([expected, expected, expected]);
    }
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await t.factory.user({ status: 'DISABLED' });
    const res = await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(res.data?.login).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('rejects a malformed email as BAD_USER_INPUT naming the field', async () => {
    const res = await t.gql(LOGIN, { input: { email: 'not-an-email', password: 'x' } }, { locale: 'en' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.[0]).toEqual({
      field: 'input.email',
      message: 'must be a valid email address',
    });
  });

  it('throttles repeated failed logins for one account with RATE_LIMITED, even with the right password', async () => {
    const user = await t.factory.user();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const res = await t.gql(LOGIN, { input: { email: user.email, password: `wrong-${attempt}` } });
      expect(res.data?.login).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    const blocked = await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }, { locale: 'en' });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].message).toMatch(/Too many attempts/);
  });

  it('throttles one client address trying many accounts (20 failures), while other addresses still log in', async () => {
    const login = (email: string, password: string, address: string) =>
      t.http
        .post('/graphql')
        .set('X-Forwarded-For', address)
        .send({ query: LOGIN, variables: { input: { email, password } } })
        .then(
          (res) => res.body as { data?: { login?: { code?: string } }; errors?: { extensions: { code: string } }[] },
        );
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const res = await login(`guess-${attempt}@banso.test`, 'guessing-passwords', '203.0.113.7');
      expect(res.data?.login?.code).toBe('INVALID_CREDENTIALS');
    }
    const user = await t.factory.user();
    const blocked = await login(user.email, TEST_PASSWORD, '203.0.113.7');
    expect(blocked.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    const elsewhere = await login(user.email, TEST_PASSWORD, '198.51.100.20');
    expect(elsewhere.data?.login).toMatchObject({ __typename: 'AuthPayload' });
  });

  it('rotates refresh tokens: the new one works once, the old one is rejected and revokes the session', async () => {
    const user = await t.factory.user();
    const login = (await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data?.login as {
      refreshToken: string;
    };
    const first = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
    const rotated = first.data?.refreshToken as { __typename: string; refreshToken: string; accessToken: string };
    expect(rotated.__typename).toBe('AuthPayload');
    expect(rotated.refreshToken).not.toBe(login.refreshToken);

    const reused = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
    expect(reused.data?.refreshToken).toMatchObject({
      __typename: 'InvalidRefreshTokenError',
      code: 'INVALID_REFRESH_TOKEN',
    });
    // Reuse of an old token means it may have been stolen: the whole family is revoked, the rotated one too.
    const afterTheft = await t.gql(REFRESH, { input: { refreshToken: rotated.refreshToken } });
    expect(afterTheft.data?.refreshToken).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    // The revocation is on the audit trail (the revoked family already refuses the second presentation).
    expect(await t.count('audit_event', `action = 'user.refreshTokenReused' AND "entityId" = $1`, [user.id])).toBe(2);
  });

  it('logout revokes the refresh token', async () => {
    const user = await t.factory.user();
    const login = (await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data?.login as {
      refreshToken: string;
      accessToken: string;
    };
    const out = await t.gql(
      LOGOUT,
      {
        input: { refreshToken: login.refreshToken },
      },
      { token: login.accessToken },
    );
    expect(out.data).toEqual({ logout: true });
    const res = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
    expect(res.data?.refreshToken).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
  });

  it('answers UNAUTHENTICATED without a token and with a forged one', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const user = await t.factory.user();
    const login = (await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data?.login as {
      refreshToken: string;
    };
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ErrorResult { code } } }`;
    const wrong = await t.gql(
      CHANGE,
      { input: { currentPassword: 'nope-nope-nope', newPassword: 'a-much-longer-password' } },
      { as: user },
    );
    expect(wrong.data?.changePassword).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
    const short = await t.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } },
      { as: user },
    );
    expect(short.errors?.[0].extensions.fields?.[0].field).toBe('input.newPassword');

    const ok = await t.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-much-longer-password' } },
      { as: user },
    );
    expect(ok.data?.changePassword).toEqual({ __typename: 'PasswordChanged' });
    const old = await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(old.data?.login).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const fresh = await t.gql(LOGIN, { input: { email: user.email, password: 'a-much-longer-password' } });
    expect(fresh.data?.login).toMatchObject({ __typename: 'AuthPayload' });
    const refresh = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
    expect(refresh.data?.refreshToken).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
  });
});
