import { DynamicModule, Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MigrationInterface } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { BansoNamingStrategy } from './naming.strategy';
import { TransactionContext } from './transaction';
import { EntityClass, transactionalRepositoryProviders } from './transactional-repository';

export interface DatabaseModuleOptions {
  migrations: (new () => MigrationInterface)[];
}

/** The module of one lib's transaction-aware repositories (see DatabaseModule.forFeature); not global. */
@Module({})
export class DatabaseFeatureModule {}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * PostgreSQL through TypeORM. The schema comes only from migrations: `synchronize` is off everywhere. A CLS
   * transaction host (nestjs-cls + @nestjs-cls/transactional) carries the current transaction: an HTTP request gets
   * its context from the middleware, worker jobs and cli commands get one when their use case opens a transaction.
   */
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
        ClsModule.forRoot({
          global: true,
          middleware: { mount: true },
          plugins: [
            new ClsPluginTransactional({
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [TransactionContext],
      exports: [TransactionContext],
    };
  }

  /**
   * A lib's repositories (`@InjectRepository(Entity)`), transaction-aware: every call joins the transaction in
   * progress, so no manager is passed between services. Use it instead of TypeOrmModule.forFeature.
   */
  static forFeature(entities: EntityClass[]): DynamicModule {
    const providers = transactionalRepositoryProviders(entities);
    return {
      module: DatabaseFeatureModule,
      imports: [TypeOrmModule.forFeature(entities)],
      providers,
      exports: providers,
    };
  }
}
