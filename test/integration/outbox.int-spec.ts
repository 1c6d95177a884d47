import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client, Notification } from 'pg';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  JobName,
  JobQueue,
  OUTBOX_CHANNEL,
  OutboxLedger,
  OutboxRelay,
  OutboxService,
  OutboxSweeper,
  QueueModule,
  RedisModule,
  redisOptionsFromUrl,
  runInTransaction,
} from '@banso/core';
import { createTestDatabase, TestDatabase, testConfig } from '../utils/test-env';

interface Row {
  id: string;
  status: string;
  attempts: number;
  sentAt: Date | null;
}

describe('transactional outbox on PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let context: INestApplicationContext;
  let config: AppConfig;
  let dataSource: DataSource;
  let outbox: OutboxService;
  let ledger: OutboxLedger;
  let relay: OutboxRelay;
  let sweeper: OutboxSweeper;
  let queue: JobQueue;

  beforeAll(async () => {
    database = await createTestDatabase();
    config = testConfig(database, { OUTBOX_SWEEP_AFTER_MS: '0' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ migrations: [] }), RedisModule, QueueModule],
    }).compile();
    context = await moduleRef.init();
    dataSource = context.get(DataSource);
    outbox = context.get(OutboxService);
    ledger = context.get(OutboxLedger);
    queue = context.get(JobQueue);
    // Driven by hand here (no polling loops): one batch per call.
    relay = new OutboxRelay(dataSource, queue, config);
    sweeper = new OutboxSweeper(dataSource, queue, config);
  });
  afterAll(async () => {
    const redis = new Redis(redisOptionsFromUrl(config.redisUrl));
    const keys = await redis.keys(`${config.queuePrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await context.close();
    await database.drop();
  });

  const row = async (id: string): Promise<Row> => {
    const [found] = await dataSource.query<Row[]>(`SELECT id, status, attempts, "sentAt" FROM outbox WHERE id = $1`, [
      id,
    ]);
    return found;
  };
  const pingIds = async (pingId: string): Promise<string[]> =>
    (await dataSource.query<{ id: string }[]>(`SELECT id FROM outbox WHERE payload->>'pingId' = $1`, [pingId])).map(
      (r) => r.id,
    );

  it('writes the job in the caller’s transaction: nothing when it rolls back, NOTIFY only once it commits', async () => {
    const listener = new Client({ connectionString: database.url });
    await listener.connect();
    const heard: Notification[] = [];
    listener.on('notification', (message) => heard.push(message));
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    try {
      await expect(
        runInTransaction(async () => {
          await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'rolled-back' });
          throw new Error('the use case failed');
        }),
      ).rejects.toThrow('the use case failed');
      expect(await pingIds('rolled-back')).toEqual([]);

      const id = await runInTransaction(() => outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'committed' }));
      expect(await pingIds('committed')).toEqual([id]);
      expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 0, sentAt: null });
      await listener.query('SELECT 1'); // lets the notification arrive
      expect(heard.map((message) => message.channel)).toEqual([OUTBOX_CHANNEL]);
    } finally {
      await listener.end();
    }
  });

  it('keeps one active job per deduplication key; a cancelled one makes room for the next', async () => {
    const first = await outbox.enqueue(JobName.OJT_FEEDBACK_PENDING, { visitId: 'v-1' }, { deduplicationKey: 'v-1' });
    const again = await outbox.enqueue(JobName.OJT_FEEDBACK_PENDING, { visitId: 'v-1' }, { deduplicationKey: 'v-1' });
    expect(again).toBe(first);
    expect(await outbox.cancel(JobName.OJT_FEEDBACK_PENDING, 'v-1')).toBe(1);
    expect(await row(first)).toMatchObject({ status: 'CANCELLED' });
    expect(await outbox.cancel(JobName.OJT_FEEDBACK_PENDING, 'v-1')).toBe(0);
    const next = await outbox.enqueue(JobName.OJT_FEEDBACK_PENDING, { visitId: 'v-1' }, { deduplicationKey: 'v-1' });
    expect(next).not.toBe(first);
  });

  it('relays due rows to BullMQ with job id = outbox id, once; rows due later stay in PostgreSQL', async () => {
    await dataSource.query(`UPDATE outbox SET status = 'CANCELLED' WHERE status = 'PENDING'`);
    const due = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'due' });
    const later = await outbox.enqueue(
      JobName.SYSTEM_PING,
      { pingId: 'later' },
      { runAt: new Date(Date.now() + 3600 * 1000) },
    );
    expect(await relay.relayDue()).toBe(1);
    expect(await row(due)).toMatchObject({ status: 'SENT' });
    expect(await row(later)).toMatchObject({ status: 'PENDING' });
    const job = await queue.queueFor(JobName.SYSTEM_PING).getJob(due);
    expect(job?.data).toEqual({ pingId: 'due' });
    expect(job?.opts.attempts).toBe(5);
    expect(await queue.state(JobName.SYSTEM_PING, later)).toBe('unknown');
    expect(await relay.relayDue()).toBe(0);
  });

  it('the sweeper re-sends a sent job Redis lost and leaves the ones it still holds', async () => {
    await dataSource.query(`UPDATE outbox SET status = 'CANCELLED' WHERE status IN ('PENDING', 'SENT')`);
    const kept = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'kept' });
    const lost = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'lost' });
    expect(await relay.relayDue()).toBe(2);
    await (await queue.queueFor(JobName.SYSTEM_PING).getJob(lost))!.remove();

    const report = await sweeper.sweep();
    expect(report).toMatchObject({ checked: 2, resent: 1, recorded: 0 });
    expect(await queue.state(JobName.SYSTEM_PING, lost)).toBe('waiting');
    expect(await queue.state(JobName.SYSTEM_PING, kept)).toBe('waiting');
    expect(await row(lost)).toMatchObject({ status: 'SENT' });
  });

  it('the ledger runs a job once: attempts counted, DONE and CANCELLED rows skipped, foreign ids untracked', async () => {
    const id = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'ledger' });
    expect(await ledger.startAttempt(id)).toBe('run');
    await ledger.complete(id, () => Promise.resolve());
    expect(await row(id)).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(await ledger.startAttempt(id)).toBe('already-done');
    expect((await row(id)).attempts).toBe(1);

    const failing = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'failing' });
    expect(await ledger.startAttempt(failing)).toBe('run');
    await expect(ledger.complete(failing, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await ledger.recordFailure(failing, new Error('boom'), true);
    expect(await row(failing)).toMatchObject({ status: 'FAILED', attempts: 1 });

    const withdrawn = await outbox.enqueue(JobName.OJT_POST_BRIEF_OVERDUE, { visitId: 'w' }, { deduplicationKey: 'w' });
    await outbox.cancel(JobName.OJT_POST_BRIEF_OVERDUE, 'w');
    expect(await ledger.startAttempt(withdrawn)).toBe('cancelled');
    expect(await ledger.startAttempt('ping-legacy-id')).toBe('untracked');
  });

  it('the sweeper deletes finished rows after their retention', async () => {
    const old = await outbox.enqueue(JobName.SYSTEM_PING, { pingId: 'old' });
    await dataSource.query(
      `UPDATE outbox SET status = 'DONE', "completedAt" = now() - interval '8 days' WHERE id = $1`,
      [old],
    );
    const report = await sweeper.sweep();
    expect(report.purged).toBe(1);
    expect(await row(old)).toBeUndefined();
  });
});
