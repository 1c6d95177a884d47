import { OnApplicationBootstrap, Type } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobDispatcher, QueueName } from '@banso/core';

/** One BullMQ worker per queue; each hands jobs to the domain handler registered for the job name. */
function queueProcessor(queue: QueueName, concurrency: number): Type<WorkerHost> {
  @Processor(queue, { concurrency })
  class QueueProcessor extends WorkerHost {
    constructor(private readonly dispatcher: JobDispatcher) {
      super();
    }

    process(job: Job): Promise<void> {
      return this.dispatcher.dispatch(job);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0].toUpperCase()}${queue.slice(1)}QueueProcessor` });
  return QueueProcessor;
}

export const QUEUE_PROCESSORS: Type<WorkerHost>[] = Object.values(QueueName).map((queue) => queueProcessor(queue, 4));

/** Refuses to start while a job name has no handler, so no job can sit unprocessed. */
export class HandlerCoverageCheck implements OnApplicationBootstrap {
  constructor(private readonly dispatcher: JobDispatcher) {}

  onApplicationBootstrap(): void {
    const missing = this.dispatcher.missingHandlers();
    if (missing.length) throw new Error(`No handler for jobs: ${missing.join(', ')}`);
  }
}
