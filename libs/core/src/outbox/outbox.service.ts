import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { runInTransaction, TransactionContext } from '../database/transaction';
import { AppConfig } from '../config/app-config';
import { JobName, JobPayload } from '../queue/jobs';
import { ACTIVE_OUTBOX_STATUSES, OutboxEntity, OutboxStatus } from './outbox.entity';

/** PostgreSQL channel the relay listens on; every enqueue notifies it when its transaction commits. */
export const OUTBOX_CHANNEL = 'banso_outbox';

export interface OutboxEnqueueOptions {
  /** Run no sooner than this (default: as soon as the transaction has committed). */
  runAt?: Date;
  /** At most one pending or sent job per (jobName, key): a second enqueue returns the first one's id. */
  deduplicationKey?: string;
}

/**
 * Producers' side of the transactional outbox: a job intent is a row written in the use case's own transaction, so
 * it exists exactly when the change that caused it was committed. The worker's relay hands it to BullMQ.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly config: AppConfig,
  ) {}

  /**
   * Writes the job intent in the current transaction (the CLS transaction host's), so it commits or rolls back with
   * the use case; returns the outbox id (= BullMQ job id). Outside a transaction the row is written on its own.
   */
  async enqueue<J extends JobName>(
    jobName: J,
    payload: JobPayload[J],
    options: OutboxEnqueueOptions = {},
  ): Promise<string> {
    const manager = this.transaction.manager;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({
        jobName,
        payload: { ...payload },
        deduplicationKey: options.deduplicationKey ?? null,
        availableAt: options.runAt ?? (() => 'now()'),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    // Wake the relay only for a job it would take now; one due later is found by its polling.
    if (!options.runAt || options.runAt.getTime() <= Date.now() + this.config.outbox.pollIntervalMs) {
      await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    }
    const row = (inserted.raw as { id: string }[])[0];
    if (row) return row.id;
    const existing = await manager.findOneOrFail(OutboxEntity, {
      select: { id: true },
      where: { jobName, deduplicationKey: options.deduplicationKey, status: In([...ACTIVE_OUTBOX_STATUSES]) },
    });
    return existing.id;
  }

  /**
   * Withdraws the pending or sent job of (jobName, key) in the current transaction; returns how many were withdrawn.
   * A pending row never reaches Redis; a job already sent is skipped by the worker when it comes up.
   */
  async cancel(jobName: JobName, deduplicationKey: string): Promise<number> {
    const result = await this.transaction.manager
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({ status: OutboxStatus.CANCELLED, completedAt: () => 'now()' })
      .where({ jobName, deduplicationKey, status: In([...ACTIVE_OUTBOX_STATUSES]) })
      .execute();
    return result.affected ?? 0;
  }
}

/** What the worker should do with a job it is about to run. */
export type OutboxAttempt = 'run' | 'untracked' | 'already-done' | 'cancelled';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Worker's side: records each run of an outbox job and how it ended. */
@Injectable()
export class OutboxLedger {
  constructor(private readonly transaction: TransactionContext) {}

  /**
   * Counts a run of the job and says whether to run it: not when it already finished or was cancelled. A job whose
   * id is not an outbox id (added to Redis some other way) is run untracked; handlers are idempotent anyway.
   */
  async startAttempt(jobId: string | undefined): Promise<OutboxAttempt> {
    if (!jobId || !UUID.test(jobId)) return 'untracked';
    const started = await this.transaction.manager
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({ attempts: () => 'attempts + 1', status: OutboxStatus.SENT, completedAt: null })
      .where({ id: jobId, status: In([OutboxStatus.PENDING, OutboxStatus.SENT, OutboxStatus.FAILED]) })
      .execute();
    if (started.affected) return 'run';
    const row = await this.transaction.manager.findOne(OutboxEntity, {
      select: { status: true },
      where: { id: jobId },
    });
    if (!row) return 'untracked';
    return row.status === OutboxStatus.CANCELLED ? 'cancelled' : 'already-done';
  }

  /**
   * Runs the handler and marks the row DONE in one transaction, which the handler's own use case joins: either its
   * effects and DONE are committed together, or neither is (and BullMQ retries).
   */
  complete(jobId: string | undefined, work: () => Promise<void>): Promise<void> {
    return runInTransaction(async () => {
      await work();
      if (!jobId || !UUID.test(jobId)) return;
      await this.transaction.manager.update(
        OutboxEntity,
        { id: jobId, status: OutboxStatus.SENT },
        { status: OutboxStatus.DONE, completedAt: new Date(), lastError: null },
      );
    });
  }

  /** Keeps the error; after the last attempt the row is FAILED (the sweeper leaves it alone). */
  async recordFailure(jobId: string | undefined, error: Error, lastAttempt: boolean): Promise<void> {
    if (!jobId || !UUID.test(jobId)) return;
    await this.transaction.manager.update(
      OutboxEntity,
      { id: jobId, status: OutboxStatus.SENT },
      {
        lastError: error.message.slice(0, 2000),
        ...(lastAttempt ? { status: OutboxStatus.FAILED, completedAt: new Date() } : {}),
      },
    );
  }
}
