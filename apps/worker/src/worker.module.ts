import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, JobDispatcher } from '@banso/core';
import { PlatformModule } from '@banso/platform';
import { MIGRATIONS } from '../../../migrations';
import { HandlerCoverageCheck, QUEUE_PROCESSORS } from './queue-processors';

/** The worker: BullMQ processors for every queue, the domain modules' job handlers, no GraphQL. */
@Module({})
export class WorkerModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config, migrations: MIGRATIONS })],
      providers: [
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
