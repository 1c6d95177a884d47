import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { OutboxLedger } from '../outbox/outbox.service';
import { JobName, JobPayload } from './jobs';

/** A domain's handler for one job name. Must be idempotent: a job may run more than once. */
export interface JobHandler<J extends JobName = JobName> {
  readonly jobName: J;
  handle(payload: JobPayload[J], job: Job): Promise<void>;
}

/** The part of the outbox ledger the dispatcher needs (a fake in unit tests). */
export type JobLedger = Pick<OutboxLedger, 'startAttempt' | 'complete' | 'recordFailure'>;

/**
 * Routes jobs from the queue processors to the domain handlers that registered for them, and keeps the job's outbox
 * row up to date: a job whose row is already DONE or CANCELLED is not run again; success marks it DONE in the
 * handler's transaction, the last failed attempt FAILED.
 */
@Injectable()
export class JobDispatcher {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<string, JobHandler>();

  constructor(@Inject(OutboxLedger) private readonly ledger: JobLedger) {}

  register(handler: JobHandler): void {
    this.handlers.set(handler.jobName, handler);
  }

  /** Job names that nobody handles; the worker refuses to start while this is not empty. */
  missingHandlers(): JobName[] {
    return Object.values(JobName).filter((name) => !this.handlers.has(name));
  }

  async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler registered for job ${job.name}`);
    const attempt = await this.ledger.startAttempt(job.id);
    if (attempt === 'already-done' || attempt === 'cancelled') {
      this.logger.log({ msg: 'job skipped', job: job.name, jobId: job.id, reason: attempt });
      return;
    }
    this.logger.log({ msg: 'job started', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      await this.ledger.complete(job.id, () => handler.handle(job.data as never, job));
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.ledger.recordFailure(job.id, error as Error, lastAttempt);
      throw error;
    }
    this.logger.log({ msg: 'job finished', job: job.name, jobId: job.id });
  }
}
