import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, IdempotencyModule, QueueModule, RedisModule } from '@banso/core';
import { MIGRATIONS } from '../../../migrations';
import { DOMAIN_MODULES } from '../../api/src/domain-modules';

/** Everything the admin commands need: database, queues and the domain services, no HTTP. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ migrations: MIGRATIONS }),
        RedisModule,
        QueueModule,
        // Not used by a command; loaded so that migrations see the idempotency_key entity.
        IdempotencyModule,
        ...DOMAIN_MODULES,
      ],
    };
  }
}
