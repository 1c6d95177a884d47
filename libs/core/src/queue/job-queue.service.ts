import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { JobState, Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, QueueName } from './jobs';

/** A job to add to BullMQ: its outbox id is its job id. */
export interface QueuedJob {
  name: JobName;
  payload: Record<string, unknown>;
  /** Deterministic id: adding the same id twice adds the job once. No ":" allowed. */
  jobId: string;
  delayMs?: number;
}

/**
 * The BullMQ side of the outbox. Only the worker's relay and sweeper add jobs; producers write to the outbox
 * (`OutboxService.enqueue`) in their transaction.
 */
@Injectable()
export class JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  queueFor(name: JobName): Queue {
    return this.queue(JOB_QUEUE[name]);
  }

  /** Adds the jobs, one round trip per queue, with the default attempts and backoff. */
  async addMany(jobs: QueuedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, QueuedJob[]>();
    for (const job of jobs) {
      const queue = JOB_QUEUE[job.name];
      if (!queue) throw new Error(`Unknown job ${job.name}`);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
    }
    for (const [queue, queued] of byQueue) {
      await this.queue(queue).addBulk(
        queued.map((job) => ({
          name: job.name,
          data: job.payload,
          opts: {
            ...DEFAULT_JOB_OPTIONS,
            jobId: job.jobId,
            delay: job.delayMs && job.delayMs > 0 ? job.delayMs : undefined,
          },
        })),
      );
    }
  }

  /** Where the job is in Redis; `unknown` when Redis does not have it (lost, or never added). */
  state(name: JobName, jobId: string): Promise<JobState | 'unknown'> {
    return this.queueFor(name).getJobState(jobId);
  }

  /** The reason BullMQ recorded for a failed job. */
  async failedReason(name: JobName, jobId: string): Promise<string | undefined> {
    return (await this.queueFor(name).getJob(jobId))?.failedReason;
  }
}
