import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkTestServices, testServiceUrls } from '../tools/test-services';
import globalSetup from '../utils/global-setup';

/** A port nothing listens on: connecting is refused at once, like on a machine without the service. */
const CLOSED_DATABASE_URL = 'postgres://postgres@127.0.0.1:1/postgres';
const CLOSED_REDIS_URL = 'redis://127.0.0.1:1';

describe('Tests on a machine without PostgreSQL or Redis stop with a message saying what to do', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.TEST_DATABASE_URL = saved.TEST_DATABASE_URL;
    process.env.TEST_REDIS_URL = saved.TEST_REDIS_URL;
    process.env.BANSO_TEST_RUN = saved.BANSO_TEST_RUN;
    for (const key of ['TEST_DATABASE_URL', 'TEST_REDIS_URL'] as const)
      if (saved[key] === undefined) delete process.env[key];
  });

  it("jest's global setup names PostgreSQL, TEST_DATABASE_URL and .ci/run", async () => {
    process.env.TEST_DATABASE_URL = CLOSED_DATABASE_URL;
    const failure = globalSetup().then(
      () => 'started',
      (error: Error) => error.message,
    );
    const message = await failure;
    expect(message).toContain(`PostgreSQL is not reachable at ${CLOSED_DATABASE_URL}`);
    expect(message).toContain('ECONNREFUSED');
    expect(message).toContain('set TEST_DATABASE_URL');
    expect(message).toContain('run .ci/run, which starts PostgreSQL and Redis');
  });

  it('names Redis and TEST_REDIS_URL when Redis does not answer', async () => {
    const urls = { databaseUrl: testServiceUrls().databaseUrl, redisUrl: CLOSED_REDIS_URL };
    await expect(checkTestServices(urls)).rejects.toThrow(
      /^Redis is not reachable at redis:\/\/127\.0\.0\.1:1 .*set TEST_REDIS_URL, or run \.ci\/run/,
    );
  });

  it('passes when both answer', async () => {
    await expect(checkTestServices(testServiceUrls())).resolves.toBeUndefined();
  });

  it('test/tools/with-test-env.js (schema and migration checks) fails the same way', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', 'tools', 'with-test-env.js'), 'true'], {
      env: { PATH: process.env.PATH, TEST_DATABASE_URL: CLOSED_DATABASE_URL },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`PostgreSQL is not reachable at ${CLOSED_DATABASE_URL}`);
    expect(result.stderr).toContain('set TEST_DATABASE_URL');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
