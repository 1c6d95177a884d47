import 'reflect-metadata';
import request from 'supertest';
import { JwtService } from '@nestjs/jwt';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@banso/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { Factory, UserRow } from '../factories';
import { removeRedisKeys } from '../tools/test-services';
import { createTestDatabase, TestDatabase, testConfig } from './test-env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; fields?: { field: string; message: string }[] };
  }[];
}

export interface GqlOptions {
  /** Call as this user (a valid access token is minted for them). */
  as?: UserRow | null;
  token?: string;
  locale?: 'ja' | 'en';
}

/**
 * The whole api over HTTP on its own database (copied from the migrated template) and its own queue prefix on
 * the real Redis. Optionally the worker too, in the same process, on the same queues.
 */
export class TestApp {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly config: AppConfig,
    readonly database: TestDatabase,
    readonly app: Awaited<ReturnType<typeof createApiApp>>,
    readonly worker: INestApplicationContext | null,
  ) {}

  /**
   * `rewire` changes the URLs the app connects with (e.g. through a TcpProxy the test can cut); the factory and
   * count() use the same connection as the app.
   */
  static async start(
    options: {
      worker?: boolean;
      rewire?: { database?: (url: string) => string; redis?: (url: string) => string };
    } = {},
  ): Promise<TestApp> {
    const database = await createTestDatabase();
    const plain = testConfig(database);
    const config = testConfig(database, {
      DATABASE_URL: options.rewire?.database?.(plain.databaseUrl) ?? plain.databaseUrl,
      REDIS_URL: options.rewire?.redis?.(plain.redisUrl) ?? plain.redisUrl,
    });
    const app = await createApiApp(config);
    const worker = options.worker ? await createWorker(config) : null;
    return new TestApp(config, database, app, worker);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get factory(): Factory {
    return new Factory(this.dataSource);
  }

  get http(): ReturnType<typeof request> {
    return request(this.app.getHttpServer());
  }

  /** A genuine access token for the user, signed by the app's own JWT service. */
  tokenFor(user: UserRow): string {
    let token = this.tokens.get(user.id);
    if (!token) {
      token = this.app.get(JwtService).sign({ sub: user.id, typ: 'access' }, { expiresIn: 600 });
      this.tokens.set(user.id, token);
    }
    return token;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GraphQLResponse<T>> {
    let call = this.http.post('/graphql').set('Content-Type', 'application/json');
    const token = options.token ?? (options.as ? this.tokenFor(options.as) : undefined);
    if (token) call = call.set('Authorization', `Bearer ${token}`);
    if (options.locale) call = call.set('Accept-Language', options.locale);
    const response = await call.send({ query, variables });
    const body = response.body as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** Counts rows of a table (to prove that a refused operation wrote nothing). */
  async count(table: string, where = 'TRUE', parameters: unknown[] = []): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*)::int AS count FROM "${table}" WHERE ${where}`,
      parameters,
    );
    return Number(row.count);
  }

  /** Closes the worker and the api, then removes this file's Redis keys and drops its database. */
  async close(): Promise<void> {
    await this.worker?.close();
    await this.app.close();
    await removeRedisKeys(this.config.queuePrefix);
    await this.database.drop();
  }
}

/** The single GraphQL error's code, or undefined when the call succeeded. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions.code;
}
