import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@banso/core';
import { TestApp, waitUntil } from '../utils/test-app';
import { OjtFactory } from '../factories/ojt.factory';

const REQUEST_PING = `mutation { requestSystemPing { id status } }`;
const PING = `query ($id: ID!) { systemPing(id: $id) { id status } }`;

interface OutboxRow {
  id: string;
  jobName: string;
  payload: Record<string, unknown>;
  status: string;
  attempts: number;
  availableAt: Date;
  sentAt: Date | null;
}

describe('No job is lost when Redis loses its data (transactional outbox)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({
      env: {
        OUTBOX_POLL_INTERVAL_MS: '100',
        OUTBOX_SWEEP_INTERVAL_MS: '100',
        OUTBOX_SWEEP_AFTER_MS: '0',
        REMINDER_POST_BRIEF_AFTER_VISIT_SECONDS: '2',
        REMINDER_POST_BRIEF_AFTER_RECORDING_SECONDS: '1',
      },
    });
  });
  afterEach(() => t.stopWorker());
  afterAll(() => t.close());

  const outboxRows = (where: string, parameters: unknown[]): Promise<OutboxRow[]> =>
    t.dataSource.query<OutboxRow[]>(
      `SELECT id, "jobName", payload, status, attempts, "availableAt", "sentAt" FROM outbox WHERE ${where}`,
      parameters,
    );
  const pingRow = async (pingId: string): Promise<OutboxRow> => {
    const rows = await outboxRows(`"jobName" = $1 AND payload->>'pingId' = $2`, [JobName.SYSTEM_PING, pingId]);
    expect(rows).toHaveLength(1);
    return rows[0];
  };
  const requestPing = async (): Promise<string> => {
    const admin = await t.factory.admin();
    const res = await t.gql<{ requestSystemPing: { id: string; status: string } }>(REQUEST_PING, {}, { as: admin });
    expect(res.data?.requestSystemPing.status).toBe('REQUESTED');
    return res.data!.requestSystemPing.id;
  };
  const processedCount = (pingId: string): Promise<number> =>
    t.count('audit_event', `"entityId" = $1 AND action = 'system.ping.processed'`, [pingId]);

  it('a job enqueued while the worker is stopped is processed exactly once after Redis lost its keys', async () => {
    const pingId = await requestPing();
    // Written in the mutation's transaction, not yet in Redis.
    const pending = await pingRow(pingId);
    expect(pending).toMatchObject({ status: 'PENDING', payload: { pingId }, attempts: 0, sentAt: null });

    await t.wipeQueues();
    await t.startWorker();
    const done = await waitUntil('the ping row is DONE', async () => {
      const row = await pingRow(pingId);
      return row.status === 'DONE' && row;
    });
    expect(done).toMatchObject({ id: pending.id, attempts: 1 });
    expect(await processedCount(pingId)).toBe(1);
    const admin = await t.factory.admin();
    const seen = await t.gql<{ systemPing: { status: string } }>(PING, { id: pingId }, { as: admin });
    expect(seen.data?.systemPing.status).toBe('PROCESSED');
  });

  it('a job already handed to Redis and lost there is re-sent by the sweeper and processed exactly once', async () => {
    // The worker relays the job but must not take it yet: the queue is paused.
    const queue = t.app.get<Queue>(getQueueToken(QueueName.SYSTEM));
    await queue.pause();
    await t.startWorker();
    const pingId = await requestPing();
    const sent = await waitUntil('the ping row is SENT', async () => {
      const row = await pingRow(pingId);
      return row.status === 'SENT' && row;
    });
    expect(await queue.getJobState(sent.id)).toBe('waiting');
    await t.stopWorker();

    // Redis restarts without persistence: the job (and the pause) are gone; the row still says SENT.
    expect(await t.wipeQueues()).toBeGreaterThan(0);
    expect(await queue.getJobState(sent.id)).toBe('unknown');

    await t.startWorker();
    const done = await waitUntil('the ping row is DONE', async () => {
      const row = await pingRow(pingId);
      return row.status === 'DONE' && row;
    });
    expect(done).toMatchObject({ id: sent.id, attempts: 1 });
    // Only the sweeper touches a SENT row: it found the job missing and sent it again.
    expect(done.sentAt!.getTime()).toBeGreaterThan(sent.sentAt!.getTime());
    expect(await processedCount(pingId)).toBe(1);
  });

  it('a delayed post-brief reminder enqueued while the worker is stopped survives Redis losing its keys and is sent once', async () => {
    const ojt = new OjtFactory(t);
    const c = await t.factory.cohort();
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    await ojt.preBrief(c, visit.id);
    const recordedFrom = Date.now();
    await ojt.recordVisit(c, visit.id, new Date(recordedFrom));

    // The reminder waits in PostgreSQL until it is due: 2 s after the visit here (48 h by default).
    const [reminder] = await outboxRows(`"jobName" = $1 AND "deduplicationKey" = $2`, [
      JobName.OJT_POST_BRIEF_OVERDUE,
      visit.id,
    ]);
    expect(reminder).toMatchObject({ status: 'PENDING', payload: { visitId: visit.id } });
    expect(reminder.availableAt.getTime()).toBeGreaterThanOrEqual(recordedFrom + 1000);

    await t.wipeQueues();
    await t.startWorker();
    const done = await waitUntil('the reminder row is DONE', async () => {
      const [row] = await outboxRows(`id = $1`, [reminder.id]);
      return row.status === 'DONE' && row;
    });
    expect(done.attempts).toBe(1);
    expect(done.sentAt!.getTime()).toBeGreaterThanOrEqual(reminder.availableAt.getTime() - 100);
    expect(await t.count('notification', `"subjectId" = $1 AND kind = 'POST_BRIEF_OVERDUE'`, [visit.id])).toBe(1);
  });
});
