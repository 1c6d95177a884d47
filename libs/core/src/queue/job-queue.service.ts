import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, JobPayload } from './jobs';

export interface EnqueueOptions {
  /** Deterministic id: enqueuing the same id twice adds the job once. No ":" allowed. */
  jobId: string;
  delayMs?: number;
}

/** Adds jobs to their queue. Call it from a transaction's afterCommit, never inside the transaction. */
@Injectable()
export class JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {}

  queueFor(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[name]), { strict: false });
  }

  async enqueue<J extends JobName>(name: J, payload: JobPayload[J], options: EnqueueOptions): Promise<void> {
    await this.queueFor(name).add(name, payload, {
      ...DEFAULT_JOB_OPTIONS,
      jobId: options.jobId,
      delay: options.delayMs && options.delayMs > 0 ? options.delayMs : undefined,
    });
  }

  /** Removes a delayed job that is no longer needed (state moved on). Missing jobs are ignored. */
  async cancel(name: JobName, jobId: string): Promise<void> {
    const job: Job | undefined = await this.queueFor(name).getJob(jobId);
    if (job && (await job.isDelayed())) await job.remove();
  }
}
