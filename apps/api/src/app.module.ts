import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import {
  aliasLimitRule,
  AppConfig,
  complexityPlugin,
  createRequestContext,
  DEFAULT_QUERY_LIMITS,
  depthLimitRule,
  IdempotencyModule,
  IdempotencyStore,
  TextInputPipe,
  validationException,
} from '@banso/core';
import { AuthGuard, IdentityModule } from '@banso/identity';
import { PlatformModule } from '@banso/platform';
import { MIGRATIONS } from '../../../migrations';
import { formatGraphQLError, localeAndLoggingPlugin } from './graphql/error-formatter';
import { idempotencyPlugin } from './graphql/idempotency.plugin';
import { GraphqlExceptionPassthrough } from './graphql/graphql-exception.filter';
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
          imports: [IdentityModule, IdempotencyModule],
          inject: [AppConfig, GraphQLSchemaHost, AuthGuard, IdempotencyStore],
          useFactory: (
            appConfig: AppConfig,
            schemaHost: GraphQLSchemaHost,
            guard: AuthGuard,
            idempotency: IdempotencyStore,
          ) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            graphiql: false,
            introspection: !appConfig.isProduction,
            includeStacktraceInErrorResponses: false,
            // The locale plugin sets the HTTP status (503 for an outage); Nest's plugin would reset it to 200.
            preserveHttpStatusForExecutionErrors: false,
            context: ({ req, res }: { req: Request; res: Response }) => createRequestContext(req, res),
            // No guards, filters or interceptors on field resolvers: authorization happens once per operation and in
            // the services. Field resolvers take (parent, args, context) without parameter decorators, so Nest hands
            // them to GraphQL as they are, with no per-field execution context or pipes (a list of 20 visits with
            // four relations would otherwise build 80 of them).
            fieldResolverEnhancers: [],
            formatError: formatGraphQLError,
            validationRules: [
              depthLimitRule(DEFAULT_QUERY_LIMITS.maxDepth),
              aliasLimitRule(DEFAULT_QUERY_LIMITS.maxAliases),
            ],
            plugins: [
              // Apollo's default cache-control plugin wraps every field resolver to collect cache hints nobody sets
              // (the schema has none); without it graphql-js calls the resolvers directly. `cache-control: no-store`,
              // its only output, is set by the locale plugin.
              ApolloServerPluginCacheControlDisabled(),
              // Before the locale plugin: it stores the response as formatted, in both languages.
              idempotencyPlugin(idempotency, (context) => guard.authenticate(context)),
              localeAndLoggingPlugin,
              complexityPlugin(() => schemaHost.schema, DEFAULT_QUERY_LIMITS.maxComplexity),
            ],
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionPassthrough },
        // Runs before validation: text is checked and NFC-normalised before its length is measured.
        { provide: APP_PIPE, useClass: TextInputPipe },
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
