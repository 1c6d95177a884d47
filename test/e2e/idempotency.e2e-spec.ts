import { TestApp } from '../utils/test-app';
import { TEST_PASSWORD, UserRow } from '../factories';
import { requestFingerprint } from '../../apps/api/src/graphql/idempotency.plugin';

const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;

/**
 * `Idempotency-Key` on mutations: a client that lost the response retries with the same key and gets the first
 * response back, with nothing written twice.
 */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let admin: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.factory.user({ systemRole: 'ADMIN', locale: 'en' });
  });
  afterAll(() => t.close());

  function send(body: object, key?: string, as: UserRow | null = admin, locale?: string) {
    let call = t.http.post('/graphql');
    if (as) call = call.auth(t.tokenFor(as), { type: 'bearer' });
    if (key !== undefined) call = call.set('Idempotency-Key', key);
    if (locale) call = call.set('Accept-Language', locale);
    return call.send(body);
  }

  function organizations(name: string): Promise<number> {
    return t.count('organization', 'name = $1', [name]);
  }

  it('replays the first response for the same key and body, and writes once', async () => {
    const body = {
      query: CREATE,
      variables: { input: { name: '北浜信用金庫', kind: 'SHINKIN_BANK', sector: 'PRIVATE' } },
    };
    const first = await send(body, 'retry-1');
    expect(first.status).toBe(200);
    const created = (first.body as { data: { createOrganization: { id: string; name: string } } }).data;
    expect(created.createOrganization.name).toBe('北浜信用金庫');
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    for (let retry = 0; retry < 4; retry += 1) {
      const again = await send(body, 'retry-1');
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
    }
    expect(await organizations('北浜信用金庫')).toBe(1);
    expect(await t.count('audit_event', `action = 'organization.create'`)).toBe(1);

    // The same variables written in another key order are the same request.
    const reordered = await send(
      { query: CREATE, variables: { input: { sector: 'PRIVATE', kind: 'SHINKIN_BANK', name: '北浜信用金庫' } } },
      'retry-1',
    );
    expect(reordered.body).toEqual(first.body);
    // Without a key, or with another one, it is a new request.
    await send(body, 'retry-2');
    await send(body);
    expect(await organizations('北浜信用金庫')).toBe(3);
  });

  it('answers CONFLICT in the caller language for the same key with a different body, and writes nothing', async () => {
    const body = { query: CREATE, variables: { input: { name: '天満商工会', kind: 'SHOKOKAI', sector: 'PUBLIC' } } };
    await send(body, 'conflict-1');
    const other = {
      query: CREATE,
      variables: { input: { name: '天満商工会（別）', kind: 'SHOKOKAI', sector: 'PUBLIC' } },
    };
    const en = await send(other, 'conflict-1');
    expect(en.status).toBe(409);
    expect(en.body).toEqual({
      errors: [
        {
          message: 'This Idempotency-Key was used with a different request. Send a new key',
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    const colleague = await t.factory.user({ systemRole: 'ADMIN' });
    const ja = await send(other, 'conflict-1', colleague, 'en');
    // Another user's keys are their own: the same key is free for them.
    expect(ja.status).toBe(200);
    expect(await organizations('天満商工会（別）')).toBe(1);
    const japanese = await send(body, 'conflict-1', colleague);
    expect(japanese.body).toMatchObject({
      errors: [
        {
          message: 'この Idempotency-Key は別の内容のリクエストに使われています。新しいキーを指定してください',
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    expect(await organizations('天満商工会')).toBe(1);
  });

  it('answers CONFLICT while the first request with the key is still in flight; a stale claim is taken over', async () => {
    const body = { query: CREATE, variables: { input: { name: '船場商工会', kind: 'SHOKOKAI', sector: 'PUBLIC' } } };
    const fingerprint = requestFingerprint({ query: CREATE, operationName: null, variables: body.variables });
    await t.dataSource.query(
      `INSERT INTO idempotency_key ("userId", key, fingerprint, status, "expiresAt")
       VALUES ($1, 'busy-1', $2, 'IN_FLIGHT', now() + interval '1 day')`,
      [admin.id, fingerprint],
    );
    // The account's language (en) wins over the header.
    const busy = await send(body, 'busy-1', admin, 'ja');
    expect(busy.status).toBe(409);
    expect(busy.body).toMatchObject({
      errors: [
        {
          message: 'A request with this Idempotency-Key is still being processed. Retry when it has finished',
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    expect(await organizations('船場商工会')).toBe(0);

    // A claim whose process died long ago does not block the key for 24 hours.
    await t.dataSource.query(
      `UPDATE idempotency_key SET "createdAt" = now() - interval '10 minutes' WHERE "userId" = $1 AND key = 'busy-1'`,
      [admin.id],
    );
    const taken = await send(body, 'busy-1');
    expect(taken.status).toBe(200);
    expect(await organizations('船場商工会')).toBe(1);
  });

  it('does not pin a failure: after an unexpected error the retry with the same key runs', async () => {
    await t.dataSource.query(`
      CREATE FUNCTION refuse_organization() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER refuse_organization BEFORE INSERT ON organization
        FOR EACH ROW WHEN (NEW.name = '堂島商工会議所') EXECUTE FUNCTION refuse_organization();`);
    const body = {
      query: CREATE,
      variables: { input: { name: '堂島商工会議所', kind: 'CHAMBER_OF_COMMERCE', sector: 'PUBLIC' } },
    };
    const failed = await send(body, 'flaky-1');
    expect(failed.body).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(await t.count('idempotency_key', `key = 'flaky-1'`)).toBe(0);

    await t.dataSource.query(`DROP TRIGGER refuse_organization ON organization`);
    const retried = await send(body, 'flaky-1');
    expect(retried.status).toBe(200);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await organizations('堂島商工会議所')).toBe(1);
    expect((await send(body, 'flaky-1')).headers['idempotent-replayed']).toBe('true');
    expect(await organizations('堂島商工会議所')).toBe(1);
  });

  it('removes expired keys on access: an expired key runs again and old keys are swept', async () => {
    await t.dataSource.query(
      `INSERT INTO idempotency_key ("userId", key, fingerprint, status, response, "responseStatus", "createdAt", "expiresAt")
       SELECT $1, 'old-' || n, 'x', 'COMPLETED', '{"data":null}', 200, now() - interval '2 days', now() - interval '1 day'
       FROM generate_series(1, 5) AS n`,
      [admin.id],
    );
    const body = { query: CREATE, variables: { input: { name: '中之島協会', kind: 'OTHER', sector: 'PRIVATE' } } };
    const res = await send(body, 'old-1');
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await organizations('中之島協会')).toBe(1);
    expect(await t.count('idempotency_key', `"expiresAt" < now()`)).toBe(0);
    expect(await t.count('idempotency_key', `key = 'old-1' AND status = 'COMPLETED' AND "expiresAt" > now()`)).toBe(1);
  });

  it('refuses a malformed key with BAD_USER_INPUT naming the header; queries ignore the header', async () => {
    const body = { query: CREATE, variables: { input: { name: '梅田協会', kind: 'OTHER', sector: 'PRIVATE' } } };
    const bad = await send(body, 'has spaces', admin, 'en');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'Idempotency-Key' }] } }],
    });
    expect(await organizations('梅田協会')).toBe(0);
    const query = await send({ query: '{ me { id } }' }, 'q-1');
    expect(query.body).toEqual({ data: { me: { id: admin.id } } });
    expect(await t.count('idempotency_key', `key = 'q-1'`)).toBe(0);
  });

  it('anonymous mutations (login) ignore the key: no credentials are stored, each login is its own', async () => {
    const login = {
      query: `mutation ($input: LoginInput!) { login(input: $input) { ... on AuthPayload { refreshToken } } }`,
      variables: { input: { email: admin.email, password: TEST_PASSWORD } },
    };
    const first = await send(login, 'login-1', null);
    const second = await send(login, 'login-1', null);
    const token = (res: typeof first) =>
      (res.body as { data: { login: { refreshToken: string } } }).data.login.refreshToken;
    expect(token(first)).toEqual(expect.any(String));
    expect(token(second)).not.toBe(token(first));
    expect(await t.count('idempotency_key', `key = 'login-1'`)).toBe(0);
  });
});
