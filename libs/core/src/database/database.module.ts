import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MigrationInterface } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { BansoNamingStrategy } from './naming.strategy';
import { UnitOfWork } from './unit-of-work';

export interface DatabaseModuleOptions {
  migrations: (new () => MigrationInterface)[];
}

@Global()
@Module({})
export class DatabaseModule {
  /** PostgreSQL through TypeORM. The schema comes only from migrations: `synchronize` is off everywhere. */
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.databaseUrl,
            synchronize: false,
            migrationsRun: false,
            migrations: options.migrations,
            migrationsTableName: 'migration',
            uuidExtension: 'pgcrypto' as const,
            installExtensions: false,
            autoLoadEntities: true,
            namingStrategy: new BansoNamingStrategy(),
            extra: { max: config.nodeEnv === 'test' ? 5 : 20, application_name: 'banso' },
            logging: false,
          }),
        }),
      ],
      providers: [UnitOfWork],
      exports: [UnitOfWork],
    };
  }
}
