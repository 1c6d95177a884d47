import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { QueueName, redisOptionsFromUrl } from '@banso/core';
import { SystemPingService } from '@banso/system';
import { TestApp } from '../utils/test-app';
import { redisKeys, removeRedisKeys } from '../tools/test-services';
import { REQUEST_SYSTEM_PING } from '../utils/documents';

const PING = `query ($id: ID!) { systemPing(id: $id) { id status processedAt } }`;

describe('The worker takes jobs the api enqueues after commit', () => {
  let t: TestApp;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    events = new QueueEvents(QueueName.SYSTEM, {
      connection: redisOptionsFromUrl(t.config.redisUrl),
      prefix: t.config.queuePrefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await t.close();
  });

  it('processes a ping requested through GraphQL and records it in the database', async () => {
    const admin = await t.factory.admin();
    const requested = await t.gql<{ requestSystemPing: { id: string; status: string } }>(
      REQUEST_SYSTEM_PING,
      {},
      { as: admin },
    );
    const ping = requested.data!.requestSystemPing;
    expect(ping.status).toBe('REQUESTED');

    const queue = t.app.get<Queue>(getQueueToken(QueueName.SYSTEM));
    const job = await queue.getJob(`ping-${ping.id}`);
    expect(job).toBeDefined();
    await job!.waitUntilFinished(events, 20000);

    const after = await t.gql<{ systemPing: { status: string; processedAt: string } }>(
      PING,
      { id: ping.id },
      { as: admin },
    );
    expect(after.data?.systemPing.status).toBe('PROCESSED');
    expect(after.data?.systemPing.processedAt).toEqual(expect.any(String));
  });

  it('is idempotent: running the same job again writes nothing twice', async () => {
    const admin = await t.factory.admin();
    const requested = await t.gql<{ requestSystemPing: { id: string } }>(REQUEST_SYSTEM_PING, {}, { as: admin });
    const id = requested.data!.requestSystemPing.id;
    const queue = t.app.get<Queue>(getQueueToken(QueueName.SYSTEM));
    await (await queue.getJob(`ping-${id}`))!.waitUntilFinished(events, 20000);

    await t.app.get(SystemPingService).process(id);
    await t.app.get(SystemPingService).process(id);
    expect(await t.count('audit_event', `"entityId" = $1 AND action = 'system.ping.processed'`, [id])).toBe(1);
  });

  it('refuses non-admins', async () => {
    const user = await t.factory.user();
    const res = await t.gql(REQUEST_SYSTEM_PING, {}, { as: user });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('The worker process', () => {
  const entry = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');

  it('stops gracefully on SIGTERM (exit code 0) after starting up', async () => {
    expect(existsSync(entry)).toBe(true); // npm test builds dist/ before jest runs
    const t = await TestApp.start();
    try {
      const child = spawn(process.execPath, ['--no-deprecation', entry], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: t.config.databaseUrl,
          REDIS_URL: t.config.redisUrl,
          JWT_SECRET: t.config.jwtSecret,
          QUEUE_PREFIX: `${t.config.queuePrefix}-proc`,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker did not start: ${output}`)), 20000);
        child.stdout.on('data', () => {
          if (output.includes('worker started')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      // Every line the worker wrote is a JSON object (pino).
      const lines = output.trim().split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    } finally {
      await removeRedisKeys(`${t.config.queuePrefix}-proc`);
      await t.close();
    }
  });
});

describe('A test app leaves nothing behind in Redis', () => {
  it("removes its queue/key prefix's keys when it closes", async () => {
    const t = await TestApp.start({ worker: true });
    const prefix = t.config.queuePrefix;
    const admin = await t.factory.admin();
    const requested = await t.gql<{ requestSystemPing: { id: string } }>(REQUEST_SYSTEM_PING, {}, { as: admin });
    expect(requested.data?.requestSystemPing.id).toEqual(expect.any(String));
    expect((await redisKeys(prefix)).length).toBeGreaterThan(0);
    await t.close();
    expect(await redisKeys(prefix)).toEqual([]);
  });
});
