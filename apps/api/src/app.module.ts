import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import {
  aliasLimitRule,
  AppConfig,
  complexityPlugin,
  createRequestContext,
  DEFAULT_QUERY_LIMITS,
  depthLimitRule,
  validationException,
} from '@banso/core';
import { AuthGuard } from '@banso/identity';
import { PlatformModule } from '@banso/platform';
import { MIGRATIONS } from '../../../migrations';
import { formatGraphQLError, localeAndLoggingPlugin } from './graphql/error-formatter';
import { HealthController } from './health/health.controller';

/** The api: GraphQL over HTTP. Composes the domain modules; holds no business logic. */
@Module({})
export class AppModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, migrations: MIGRATIONS }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig, GraphQLSchemaHost],
          useFactory: (appConfig: AppConfig, schemaHost: GraphQLSchemaHost) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            graphiql: false,
            introspection: !appConfig.isProduction,
            includeStacktraceInErrorResponses: false,
            context: ({ req, res }: { req: Request; res: Response }) => createRequestContext(req, res),
            formatError: formatGraphQLError,
            validationRules: [
              depthLimitRule(DEFAULT_QUERY_LIMITS.maxDepth),
              aliasLimitRule(DEFAULT_QUERY_LIMITS.maxAliases),
            ],
            plugins: [
              localeAndLoggingPlugin,
              complexityPlugin(() => schemaHost.schema, DEFAULT_QUERY_LIMITS.maxComplexity),
            ],
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationException,
          }),
        },
      ],
    };
  }
}
