import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { QueueName } from './jobs';
import { redisOptionsFromUrl } from './redis-connection';
import { JobQueue } from './job-queue.service';
import { JobDispatcher } from './job-dispatcher';
import { QueueErrorLog } from './queue-error-log';
import { OutboxEntity } from '../outbox/outbox.entity';
import { OutboxLedger, OutboxService } from '../outbox/outbox.service';

const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));

/**
 * Jobs: the transactional outbox (producers write job intents in their transaction) and BullMQ on Redis with the
 * configured key prefix (tests use one prefix per run). The worker adds the outbox relay and sweeper.
 */
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
    TypeOrmModule.forFeature([OutboxEntity]),
  ],
  providers: [JobQueue, JobDispatcher, QueueErrorLog, OutboxService, OutboxLedger],
  exports: [JobQueue, JobDispatcher, OutboxService, OutboxLedger, queues],
})
export class QueueModule {}
