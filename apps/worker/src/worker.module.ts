import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  JobDispatcher,
  OutboxRelay,
  OutboxSweeper,
  QueueModule,
  RedisModule,
} from '@banso/core';
import { MIGRATIONS } from '../../../migrations';
import { DOMAIN_MODULES } from '../../api/src/domain-modules';
import { HandlerCoverageCheck, QUEUE_PROCESSORS } from './queue-processors';

/**
 * The worker: the outbox relay (outbox rows → BullMQ) and sweeper (re-sends jobs Redis lost), BullMQ processors for
 * every queue, the domain modules' job handlers, no GraphQL.
 */
@Module({})
export class WorkerModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ migrations: MIGRATIONS }),
        RedisModule,
        QueueModule,
        ...DOMAIN_MODULES,
      ],
      providers: [
        OutboxRelay,
        OutboxSweeper,
        ...QUEUE_PROCESSORS,
        {
          provide: HandlerCoverageCheck,
          inject: [JobDispatcher],
          useFactory: (d: JobDispatcher) => new HandlerCoverageCheck(d),
        },
      ],
    };
  }
}
