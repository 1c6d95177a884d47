import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName, JobPayload } from './jobs';

/** A domain's handler for one job name. Must be idempotent: a job may run more than once. */
export interface JobHandler<J extends JobName = JobName> {
  readonly jobName: J;
  handle(payload: JobPayload[J], job: Job): Promise<void>;
}

/** Routes jobs from the queue processors to the domain handlers that registered for them. */
@Injectable()
export class JobDispatcher {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<string, JobHandler>();

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
    this.logger.log({ msg: 'job started', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
    await handler.handle(job.data as never, job);
    this.logger.log({ msg: 'job finished', job: job.name, jobId: job.id });
  }
}
