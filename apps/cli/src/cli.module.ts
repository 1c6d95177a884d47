import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@banso/core';
import { PlatformModule } from '@banso/platform';
import { MIGRATIONS } from '../../../migrations';

/** Everything the admin commands need: database, queues and the domain services, no HTTP. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [PlatformModule.forRoot({ config, migrations: MIGRATIONS })],
    };
  }
}
