import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, JobDispatcher, OutboxRelay, OutboxSweeper } from '@banso/core';
import { PlatformModule } from '@banso/platform';
import { KpiRefreshScheduler } from '@banso/reporting';
import { CertificationExpiryScheduler } from '@banso/certification';
import { ExportScheduler } from '@banso/exports';
import { MIGRATIONS } from '../../../migrations';
import { HandlerCoverageCheck, QUEUE_PROCESSORS } from './queue-processors';

/**
 * The worker: the outbox relay (outbox rows → BullMQ) and sweeper (re-sends jobs Redis lost), BullMQ processors for
 * every queue, the domain modules' job handlers, the scheduler of the daily certificate expiry, no GraphQL.
 */
@Module({})
export class WorkerModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config, migrations: MIGRATIONS })],
      providers: [
        OutboxRelay,
        OutboxSweeper,
        KpiRefreshScheduler,
        CertificationExpiryScheduler,
        ExportScheduler,
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
