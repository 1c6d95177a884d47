import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JobState } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobName } from '../queue/jobs';
import { JobQueue } from '../queue/job-queue.service';
import { OutboxStatus } from './outbox.entity';
import { remainingDelay } from './outbox-relay';
import { PollingLoop, REDIS_TIMEOUT_MS, withTimeout } from './polling-loop';

/** Sent rows compared with Redis per transaction. */
export const SWEEP_BATCH_SIZE = 200;
/** Finished rows are kept this long (FAILED ones longer, for inspection), then deleted by the sweeper. */
export const DONE_RETENTION_DAYS = 7;
export const FAILED_RETENTION_DAYS = 30;

export type SweepAction = 'resend' | 'mark-done' | 'mark-failed' | 'leave';

/**
 * What to do with a row still SENT, given its job's state in Redis: a missing job (Redis lost it, e.g. restarted
 * without persistence) is sent again; a finished job whose outcome the worker could not record is recorded; a job
 * still waiting, delayed or running is BullMQ's to finish (it retries and recovers stalled jobs itself).
 */
export function sweepAction(state: JobState | 'unknown'): SweepAction {
  switch (state) {
    case 'unknown':
      return 'resend';
    case 'completed':
      return 'mark-done';
    case 'failed':
      return 'mark-failed';
    default:
      return 'leave';
  }
}

export interface SweepReport {
  checked: number;
  resent: number;
  recorded: number;
  purged: number;
}

interface SentRow {
  id: string;
  jobName: JobName;
  payload: Record<string, unknown>;
  availableAt: Date;
}

/**
 * Worker's sweeper: rows sent more than `OUTBOX_SWEEP_AFTER_MS` ago and still not finished are compared with
 * Redis, oldest check first, and re-sent when their job is missing. Also deletes old finished rows.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxSweeper.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop(
      'outbox sweeper',
      config.outbox.sweepIntervalMs,
      async () => (await this.sweep()).checked === SWEEP_BATCH_SIZE,
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Graceful shutdown: no new sweep starts, the one in flight finishes. */
  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  async sweep(): Promise<SweepReport> {
    const report = await this.dataSource.transaction((manager) => this.checkSent(manager));
    report.purged = await this.purgeFinished();
    if (report.resent || report.recorded) this.logger.warn({ msg: 'outbox swept', ...report });
    return report;
  }

  private async checkSent(manager: EntityManager): Promise<SweepReport> {
    const afterSeconds = this.config.outbox.sweepAfterMs / 1000;
    const rows = await manager.query<SentRow[]>(
      `SELECT id, "jobName", payload, "availableAt" FROM outbox
        WHERE status = $1 AND "sentAt" <= now() - make_interval(secs => $2)
          AND ("checkedAt" IS NULL OR "checkedAt" <= now() - make_interval(secs => $2))
        ORDER BY "checkedAt" NULLS FIRST, "sentAt" LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [OutboxStatus.SENT, afterSeconds, SWEEP_BATCH_SIZE],
    );
    const report: SweepReport = { checked: rows.length, resent: 0, recorded: 0, purged: 0 };
    if (!rows.length) return report;
    const states = await withTimeout(
      Promise.all(rows.map((row) => this.queue.state(row.jobName, row.id))),
      REDIS_TIMEOUT_MS,
      'Redis',
    );
    const now = new Date();
    const resend = rows.filter((_, i) => sweepAction(states[i]) === 'resend');
    if (resend.length) {
      const jobs = resend.map((row) => ({
        name: row.jobName,
        payload: row.payload,
        jobId: row.id,
        delayMs: remainingDelay(row.availableAt, now),
      }));
      await withTimeout(this.queue.addMany(jobs), REDIS_TIMEOUT_MS, 'Redis');
      await manager.query(`UPDATE outbox SET "sentAt" = now() WHERE id = ANY($1::uuid[])`, [resend.map((r) => r.id)]);
      report.resent = resend.length;
    }
    for (const [i, row] of rows.entries()) {
      const action = sweepAction(states[i]);
      if (action === 'mark-done') {
        await manager.query(`UPDATE outbox SET status = $2, "completedAt" = now() WHERE id = $1`, [
          row.id,
          OutboxStatus.DONE,
        ]);
        report.recorded += 1;
      } else if (action === 'mark-failed') {
        const reason = (await this.queue.failedReason(row.jobName, row.id)) ?? 'failed in the queue';
        await manager.query(`UPDATE outbox SET status = $2, "completedAt" = now(), "lastError" = $3 WHERE id = $1`, [
          row.id,
          OutboxStatus.FAILED,
          reason.slice(0, 2000),
        ]);
        report.recorded += 1;
      }
    }
    await manager.query(`UPDATE outbox SET "checkedAt" = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    return report;
  }

  private async purgeFinished(): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox
          WHERE (status IN ($1, $2) AND "completedAt" < now() - make_interval(days => $4))
             OR (status = $3 AND "completedAt" < now() - make_interval(days => $5))
          LIMIT 1000)`,
      [OutboxStatus.DONE, OutboxStatus.CANCELLED, OutboxStatus.FAILED, DONE_RETENTION_DAYS, FAILED_RETENTION_DAYS],
    );
    return deleted;
  }
}
