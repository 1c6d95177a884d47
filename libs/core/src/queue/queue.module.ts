import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '../config/app-config';
import { QueueName } from './jobs';
import { redisOptionsFromUrl } from './redis-connection';
import { JobQueue } from './job-queue.service';
import { JobDispatcher } from './job-dispatcher';
import { QueueErrorLog } from './queue-error-log';

const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));

/** BullMQ on Redis with the configured key prefix (tests use one prefix per run). */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.redisUrl),
        prefix: config.queuePrefix,
      }),
    }),
    queues,
  ],
  providers: [JobQueue, JobDispatcher, QueueErrorLog],
  exports: [JobQueue, JobDispatcher, queues],
})
export class QueueModule {}
