import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { JobName } from '../queue/jobs';
import { JobQueue } from '../queue/job-queue.service';
import { OutboxStatus } from './outbox.entity';
import { OUTBOX_CHANNEL } from './outbox.service';
import { PollingLoop, REDIS_TIMEOUT_MS, withTimeout } from './polling-loop';

/** Rows handed to BullMQ per transaction. */
export const RELAY_BATCH_SIZE = 100;

interface DueRow {
  id: string;
  jobName: JobName;
  payload: Record<string, unknown>;
  availableAt: Date;
}

/** Milliseconds BullMQ should still hold a job due at `availableAt` (0 when due). */
export function remainingDelay(availableAt: Date, now: Date): number {
  return Math.max(0, availableAt.getTime() - now.getTime());
}

/**
 * Worker's relay: moves due outbox rows to BullMQ (job id = outbox id) and marks them SENT, in one transaction per
 * batch that locks its rows `FOR UPDATE SKIP LOCKED`, so several workers share the work and a crash between the
 * Redis write and the commit only sends the row again (BullMQ ignores an id it already has). Rows due within one
 * poll interval are sent with the rest of their delay; later ones wait in PostgreSQL. It polls, and wakes at once
 * when an enqueue commits (LISTEN/NOTIFY).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly loop: PollingLoop;
  private listener: Client | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop(
      'outbox relay',
      config.outbox.pollIntervalMs,
      async () => (await this.relayDue()) === RELAY_BATCH_SIZE,
      this.logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.loop.start();
  }

  /** Graceful shutdown: no new batch starts, the batch in flight is committed, the listener closes. */
  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** Sends one batch of due rows; returns how many were sent. */
  async relayDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<DueRow[]>(
        `SELECT id, "jobName", payload, "availableAt" FROM outbox
          WHERE status = $1 AND "availableAt" <= now() + make_interval(secs => $2)
          ORDER BY "availableAt" LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [OutboxStatus.PENDING, this.config.outbox.pollIntervalMs / 1000, RELAY_BATCH_SIZE],
      );
      if (!rows.length) return 0;
      const now = new Date();
      const jobs = rows.map((row) => ({
        name: row.jobName,
        payload: row.payload,
        jobId: row.id,
        delayMs: remainingDelay(row.availableAt, now),
      }));
      await withTimeout(this.queue.addMany(jobs), REDIS_TIMEOUT_MS, 'Redis');
      await manager.query(`UPDATE outbox SET status = $1, "sentAt" = now() WHERE id = ANY($2::uuid[])`, [
        OutboxStatus.SENT,
        rows.map((row) => row.id),
      ]);
      this.logger.debug({ msg: 'outbox relayed', count: rows.length });
      return rows.length;
    });
  }

  /** LISTEN on a connection of its own; without it (or when it drops) the relay still polls. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'banso-outbox-relay' });
    client.on('notification', () => this.loop.wake());
    client.on('error', (error: Error) => {
      this.logger.warn({ msg: 'outbox listener lost; polling only', error: error.message });
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ msg: 'outbox listener unavailable; polling only', error: (error as Error).message });
      await client.end().catch(() => undefined);
    }
  }
}
