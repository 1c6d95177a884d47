import { once } from 'node:events';
import { AppLogger, RedisClient } from '@banso/core';
import { TestApp } from '../utils/test-app';
import { TcpProxy } from '../utils/tcp-proxy';
import { TEST_REDIS_URL, TEST_SERVER_URL } from '../utils/test-env';
import { TEST_PASSWORD, UserRow } from '../factories';

const UNAVAILABLE = {
  ja: 'ただいまサービスを利用できません。5秒ほどおいて再度お試しください',
  en: 'The service is temporarily unavailable. Please try again in 5 seconds',
};

function target(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port) };
}

function logged(spy: jest.SpyInstance<void, [unknown, string?]>, msg: string): unknown[] {
  return spy.mock.calls.map(([entry]) => entry).filter((entry) => (entry as { msg?: string } | null)?.msg === msg);
}

/**
 * PostgreSQL and Redis "go away" for this app only: it reaches them through TCP proxies the test cuts. Callers get
 * SERVICE_UNAVAILABLE with HTTP 503 and Retry-After in their language, nothing internal, and the logs get one
 * structured line per outage instead of a stack per reconnection attempt.
 */
describe('answers honestly while PostgreSQL or Redis is unreachable', () => {
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let t: TestApp;
  let user: UserRow;
  const warn = jest.spyOn(AppLogger.prototype, 'warn');
  const error = jest.spyOn(AppLogger.prototype, 'error');
  const consoleError = jest.spyOn(console, 'error');

  beforeAll(async () => {
    postgres = await TcpProxy.start(target(TEST_SERVER_URL));
    redis = await TcpProxy.start(target(TEST_REDIS_URL));
    t = await TestApp.start({
      rewire: { database: (url) => postgres.rewrite(url), redis: (url) => redis.rewrite(url) },
    });
    user = await t.factory.user({ locale: 'en' });
  });
  afterAll(async () => {
    postgres.restore();
    redis.restore();
    await t.close();
    await postgres.close();
    await redis.close();
    jest.restoreAllMocks();
  });
  beforeEach(() => jest.clearAllMocks());

  function expectUnavailable(
    res: { status: number; headers: Record<string, string>; text: string; body: unknown },
    locale: 'ja' | 'en',
  ): void {
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    const body = res.body as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: UNAVAILABLE[locale],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    expect(Object.keys(body.errors[0].extensions).sort()).toEqual(['code', 'retryAfterSeconds']);
    expect(res.text).not.toMatch(/ECONN|stack|Connection|terminated|ioredis|postgres|at \//i);
  }

  it('PostgreSQL cut: SERVICE_UNAVAILABLE, 503 and Retry-After in the caller language; back when it is back', async () => {
    const query = '{ me { id } }';
    const before = await t.http.post('/graphql').auth(t.tokenFor(user), { type: 'bearer' }).send({ query });
    expect(before.body).toEqual({ data: { me: { id: user.id } } });

    postgres.cut();
    for (const locale of ['ja', 'en'] as const) {
      const res = await t.http
        .post('/graphql')
        .auth(t.tokenFor(user), { type: 'bearer' })
        .set('Accept-Language', locale)
        .send({ query });
      expectUnavailable(res, locale);
    }
    expect(error).not.toHaveBeenCalled();

    postgres.restore();
    const after = await t.http.post('/graphql').auth(t.tokenFor(user), { type: 'bearer' }).send({ query });
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ data: { me: { id: user.id } } });
  });

  it('Redis cut: SERVICE_UNAVAILABLE for a login; one warn line for the whole outage, no raw ioredis stacks', async () => {
    const client = t.app.get(RedisClient).redis;
    let connectionErrors = 0;
    const countErrors = (): void => {
      connectionErrors += 1;
    };
    client.on('error', countErrors);
    const login = {
      query: `mutation ($input: LoginInput!) { login(input: $input) { __typename } }`,
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    };

    redis.cut();
    for (const locale of ['ja', 'en'] as const) {
      const res = await t.http.post('/graphql').set('Accept-Language', locale).send(login);
      expectUnavailable(res, locale);
    }
    expect(connectionErrors).toBeGreaterThanOrEqual(2);
    expect(logged(warn, 'redis unreachable')).toHaveLength(1);
    expect(logged(warn, 'redis unreachable')[0]).toMatchObject({ dependency: 'redis' });
    expect(error).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();

    const ready = once(client, 'ready');
    redis.restore();
    await ready;
    client.off('error', countErrors);
    const res = await t.http.post('/graphql').send(login);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { login: { __typename: 'AuthPayload' } } });
  });

  it('ordinary refusals (UNAUTHENTICATED, BAD_USER_INPUT) are not logged at error level', async () => {
    const anonymous = await t.gql('{ me { id } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await t.gql('query ($id: ID!) { user(id: $id) { id } }', { id: 'nope' }, { as: user });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(error).not.toHaveBeenCalled();
  });
});
