#!/usr/bin/env node
/**
 * Runs a command against a fresh, empty PostgreSQL database and the local Redis, then drops the database.
 * Used by `schema:check`, `schema:write`, `migration:check` and the benchmarks, so they never touch real data.
 */
const { spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { checkTestServices, removeRedisKeys, testServiceUrls } = require('./test-services');

const { databaseUrl: server, redisUrl: redis } = testServiceUrls();

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-test-env <command> [args…]');
  await checkTestServices({ databaseUrl: server, redisUrl: redis });
  const name = `banso_tool_${randomBytes(4).toString('hex')}`;
  const queuePrefix = `banso-tool-${name.slice(-8)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  let status = 1;
  try {
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        REDIS_URL: redis,
        JWT_SECRET: process.env.JWT_SECRET || 'tool-secret-tool-secret-tool-secret-000',
        QUEUE_PREFIX: queuePrefix,
        LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS || ''} --no-deprecation`.trim(),
      },
    });
    status = result.status ?? 1;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await removeRedisKeys(queuePrefix, redis);
  }
  process.exit(status);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
