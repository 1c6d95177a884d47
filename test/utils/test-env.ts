import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@banso/core';
import { testServiceUrls } from '../tools/test-services';

/** Where the test PostgreSQL and Redis are: TEST_DATABASE_URL / TEST_REDIS_URL, else the local defaults. */
export const TEST_SERVER_URL = testServiceUrls().databaseUrl;
export const TEST_REDIS_URL = testServiceUrls().redisUrl;
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0000';

export function runId(): string {
  const id = process.env.BANSO_TEST_RUN;
  if (!id) throw new Error('BANSO_TEST_RUN is not set: run tests through jest (globalSetup sets it)');
  return id;
}

export function templateDatabaseName(): string {
  return `banso_tpl_${runId()}`;
}

export function databaseUrl(database: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the migrated template (fast: no migrations per file). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `banso_t_${runId()}_${randomBytes(4).toString('hex')}`;
  await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Config for one test file: its own database and its own queue prefix on the shared Redis. */
export function testConfig(database: TestDatabase, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    QUEUE_PREFIX: `banso-test-${runId()}-${database.name.slice(-8)}`,
    // The worker's KPI refresh chain stays off unless a test turns it on (it would add outbox rows and jobs).
    KPI_REFRESH_INTERVAL_SECONDS: '0',
    ...overrides,
  });
}
