/**
 * Checks that the PostgreSQL and Redis the tests use are reachable, and removes a test's Redis keys. Plain
 * JavaScript so `with-test-env.js` (run by node directly) and jest's global setup share it.
 */
const { Client } = require('pg');
const Redis = require('ioredis');

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const CI_HINT = 'or run .ci/run, which starts PostgreSQL and Redis and then runs npm test';

function testServiceUrls(env = process.env) {
  return {
    databaseUrl: env.TEST_DATABASE_URL || DEFAULT_DATABASE_URL,
    redisUrl: env.TEST_REDIS_URL || DEFAULT_REDIS_URL,
  };
}

function redisClient(url) {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  return redis;
}

async function checkTestServices(urls = testServiceUrls()) {
  const client = new Client({ connectionString: urls.databaseUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${urls.databaseUrl} (${error.message || error.code}). The tests need ` +
        `PostgreSQL 15+: start it on 127.0.0.1:5432 (user postgres, trust), set TEST_DATABASE_URL to a server where ` +
        `you may create databases, ${CI_HINT}.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = redisClient(urls.redisUrl);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${urls.redisUrl} (${error.message || error.code}). The tests need Redis 7: ` +
        `start it on 127.0.0.1:6379, set TEST_REDIS_URL, ${CI_HINT}.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Keys under a test's prefix (`<prefix>:…`, BullMQ queues and counters alike). */
async function redisKeys(prefix, url = testServiceUrls().redisUrl) {
  const redis = redisClient(url);
  try {
    await redis.connect();
    const keys = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under a test's prefix; returns how many there were. */
async function removeRedisKeys(prefix, url = testServiceUrls().redisUrl) {
  const keys = await redisKeys(prefix, url);
  if (!keys.length) return 0;
  const redis = redisClient(url);
  try {
    await redis.connect();
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    return keys.length;
  } finally {
    redis.disconnect();
  }
}

module.exports = { checkTestServices, testServiceUrls, redisKeys, removeRedisKeys };
