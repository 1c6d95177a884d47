import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TEST_JWT_SECRET, TEST_REDIS_URL, TestDatabase } from '../utils/test-env';
import { Client } from 'pg';
import { removeRedisKeys } from '../tools/test-services';

const dist = join(__dirname, '..', '..', 'dist', 'apps');
const cli = join(dist, 'cli', 'src', 'main.js');
const api = join(dist, 'api', 'src', 'main.js');

function run(script: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ['--no-deprecation', script, ...args], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('Admin command line (npm run cli)', () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    expect(existsSync(cli)).toBe(true); // npm test builds dist/ before jest runs
    database = await createTestDatabase();
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: TEST_JWT_SECRET,
      QUEUE_PREFIX: `cli-${database.name.slice(-8)}`,
    };
  });
  afterAll(async () => {
    await removeRedisKeys(env.QUEUE_PREFIX);
    await database.drop();
  });

  it('create-admin creates the first admin once; a second run leaves the account untouched', async () => {
    const first = run(
      cli,
      ['create-admin', '--email', 'Jimukyoku@Banso.test', '--password', 'a-very-long-password'],
      env,
    );
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('admin created: jimukyoku@banso.test\n');
    const second = run(
      cli,
      ['create-admin', '--email', 'jimukyoku@banso.test', '--password', 'another-long-password'],
      env,
    );
    expect(second.status).toBe(0);
    expect(second.stdout).toBe('account already exists: jimukyoku@banso.test (unchanged)\n');

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const rows = await client.query(`SELECT "systemRole" FROM user_account WHERE email = 'jimukyoku@banso.test'`);
    await client.end();
    expect(rows.rows).toEqual([{ systemRole: 'ADMIN' }]);
  });

  it('create-admin refuses a short password and a malformed email, naming the option', () => {
    const short = run(cli, ['create-admin', '--email', 'a@banso.test', '--password', 'short'], env);
    expect(short.status).toBe(1);
    expect(short.stderr).toBe('error: --password must be at least 12 characters\n');
    const email = run(cli, ['create-admin', '--email', 'nope', '--password', 'a-very-long-password'], env);
    expect(email.stderr).toBe('error: --email must be a valid email address\n');
  });

  it('the api and the cli stop at boot with a message naming a missing or malformed variable', () => {
    const missing = run(api, [], { ...env, DATABASE_URL: undefined });
    expect(missing.status).toBe(78);
    expect(missing.stderr).toBe('Configuration error: DATABASE_URL is required but not set\n');
    const malformed = run(cli, ['migrate'], { ...env, REDIS_URL: 'http://localhost:6379' });
    expect(malformed.status).toBe(78);
    expect(malformed.stderr).toBe('Configuration error: REDIS_URL must use redis: or rediss: (got http:)\n');
    const weak = run(api, [], { ...env, JWT_SECRET: 'short' });
    expect(weak.stderr).toBe('Configuration error: JWT_SECRET must be at least 32 characters long\n');
  });
});
