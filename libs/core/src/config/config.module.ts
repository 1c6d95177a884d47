import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfigOrExit } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  /** Provides the validated AppConfig; pass one explicitly in tests, otherwise the environment is read. */
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => config ?? loadConfigOrExit() }],
      exports: [AppConfig],
    };
  }
}
