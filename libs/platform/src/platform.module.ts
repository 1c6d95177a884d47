import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  DatabaseModuleOptions,
  IdempotencyModule,
  QueueModule,
  RedisModule,
} from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { FrameworksModule } from '@banso/frameworks';
import { ProgramsModule } from '@banso/programs';
import { CompetencyModule } from '@banso/competency';
import { NotificationModule } from '@banso/notification';
import { OjtModule } from '@banso/ojt';
import { LearningModule } from '@banso/learning';
import { CredentialsModule } from '@banso/credentials';
import { ReportingModule } from '@banso/reporting';
import { CertificationModule } from '@banso/certification';
import { SystemModule } from '@banso/system';
import { ExportsModule } from '@banso/exports';

/**
 * Every domain module, composed by the api, the worker and the cli alike (the worker needs their job handlers, the
 * cli their services). A new domain lib is added here once.
 */
export const DOMAIN_MODULES = [
  AuditModule,
  IdentityModule,
  FrameworksModule,
  ProgramsModule,
  CompetencyModule,
  NotificationModule,
  OjtModule,
  LearningModule,
  CredentialsModule,
  ReportingModule,
  CertificationModule,
  ExportsModule,
  SystemModule,
];

export interface PlatformOptions {
  /** Taken from the environment when left out. */
  config?: AppConfig;
  migrations: DatabaseModuleOptions['migrations'];
}

/**
 * What every process shares: config, database, Redis, queues and the domain modules. Apps import this and add only
 * their own edge (GraphQL over HTTP, queue processors, commands); they never import each other.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule.forRoot({ migrations: options.migrations }),
        RedisModule,
        QueueModule,
        IdempotencyModule,
        ...DOMAIN_MODULES,
      ],
      exports: [IdempotencyModule, ...DOMAIN_MODULES],
    };
  }
}
