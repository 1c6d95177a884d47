import { TestApp, errorCode } from '../utils/test-app';
import { TEST_PASSWORD } from '../factories';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload { accessToken refreshToken user { id } }
    ... on ErrorResult { code message }
  }
}`;
const REFRESH = `mutation ($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    __typename
    ... on AuthPayload { accessToken refreshToken user { id } }
    ... on ErrorResult { code message }
  }
}`;
const LOGOUT = `mutation ($input: RefreshTokenInput!) { logout(input: $input) }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;

interface Payload {
  __typename: string;
  accessToken?: string;
  refreshToken?: string;
  code?: string;
  user?: { id: string };
}

/** The Set-Cookie header for the refresh cookie, if the response carries one. */
function refreshCookie(headers: Record<string, unknown>): string | undefined {
  const cookies = (headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.find((cookie) => cookie.startsWith('banso_refresh='));
}

function cookieValue(setCookie: string): string {
  return setCookie.split(';')[0];
}

describe('web client session: refresh token in an httpOnly cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  async function webCall(query: string, variables: Record<string, unknown>, cookie?: string, token?: string) {
    let call = t.http.post('/graphql').set('Content-Type', 'application/json').set('X-Banso-Client', 'web');
    if (cookie) call = call.set('Cookie', cookie);
    if (token) call = call.set('Authorization', `Bearer ${token}`);
    const response = await call.send({ query, variables });
    const body = response.body as { data?: Record<string, Payload | boolean>; errors?: unknown[] };
    return { response, body };
  }

  async function webLogin(email: string) {
    const { response, body } = await webCall(LOGIN, { input: { email, password: TEST_PASSWORD } });
    const setCookie = refreshCookie(response.headers);
    if (!setCookie) throw new Error('no refresh cookie set at login');
    return { payload: body.data?.login as Payload, setCookie, cookie: cookieValue(setCookie) };
  }

  it('sets the refresh token as an httpOnly SameSite=Strict cookie on /graphql and leaves it out of the body', async () => {
    const user = await t.factory.user();
    const { payload, setCookie } = await webLogin(user.email);
    expect(payload.__typename).toBe('AuthPayload');
    expect(payload.accessToken).toEqual(expect.any(String));
    expect(payload.refreshToken).toBe('');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/graphql/);
    expect(setCookie).toMatch(/Max-Age=2592000/);
    // Not Secure outside production (the test and demo servers speak plain http on localhost).
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('refreshes from the cookie alone, rotating it; the previous cookie then fails and is cleared', async () => {
    const user = await t.factory.user();
    const { cookie } = await webLogin(user.email);
    const first = await webCall(REFRESH, { input: {} }, cookie);
    const rotated = first.body.data?.refreshToken as Payload;
    expect(rotated).toMatchObject({ __typename: 'AuthPayload', refreshToken: '', user: { id: user.id } });
    const next = refreshCookie(first.response.headers);
    expect(next && cookieValue(next)).not.toBe(cookie);

    const again = await webCall(REFRESH, { input: {} }, cookie);
    expect(again.body.data?.refreshToken).toMatchObject({ __typename: 'InvalidRefreshTokenError' });
    expect(refreshCookie(again.response.headers)).toMatch(/^banso_refresh=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('answers InvalidRefreshTokenError when there is neither a token nor a cookie', async () => {
    const { body } = await webCall(REFRESH, { input: {} });
    expect(body.data?.refreshToken).toMatchObject({
      __typename: 'InvalidRefreshTokenError',
      code: 'INVALID_REFRESH_TOKEN',
    });
  });

  it('logout revokes the cookie’s session and clears the cookie', async () => {
    const user = await t.factory.user();
    const { payload, cookie } = await webLogin(user.email);
    const out = await webCall(LOGOUT, { input: {} }, cookie, payload.accessToken);
    expect(out.body.data).toEqual({ logout: true });
    expect(refreshCookie(out.response.headers)).toMatch(/^banso_refresh=;/);
    const after = await webCall(REFRESH, { input: {} }, cookie);
    expect(after.body.data?.refreshToken).toMatchObject({ __typename: 'InvalidRefreshTokenError' });
  });

  it('API clients without the web header keep the token in the body and get no cookie', async () => {
    const user = await t.factory.user();
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: LOGIN, variables: { input: { email: user.email, password: TEST_PASSWORD } } });
    const login = (response.body as { data: { login: Payload } }).data.login;
    expect(login.refreshToken).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(refreshCookie(response.headers)).toBeUndefined();
    const refreshed = await t.gql(REFRESH, { input: { refreshToken: login.refreshToken } });
    expect(refreshed.data?.refreshToken).toMatchObject({ __typename: 'AuthPayload' });
  });

  it('logoutEverywhere ends every session of the caller (other devices too) and is refused without a login', async () => {
    const user = await t.factory.user();
    const phone = await webLogin(user.email);
    const desktop = await webLogin(user.email);
    const out = await webCall(LOGOUT_EVERYWHERE, {}, desktop.cookie, desktop.payload.accessToken);
    expect(out.body.data).toEqual({ logoutEverywhere: true });
    const phoneRefresh = await webCall(REFRESH, { input: {} }, phone.cookie);
    expect(phoneRefresh.body.data?.refreshToken).toMatchObject({ __typename: 'InvalidRefreshTokenError' });
    expect(await t.count('audit_event', `action = 'user.logoutEverywhere' AND "entityId" = $1`, [user.id])).toBe(1);

    const anonymous = await t.gql(LOGOUT_EVERYWHERE);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('keeps Apollo’s CSRF protection: a simple cross-site style request is refused', async () => {
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .set('X-Banso-Client', 'web')
      .send(JSON.stringify({ query: REFRESH, variables: { input: {} } }));
    expect(response.status).toBe(400);
  });
});
