import 'reflect-metadata';
import request from 'supertest';
import { JwtService } from '@nestjs/jwt';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AppConfig, redisOptionsFromUrl } from '@banso/core';
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
    private currentWorker: INestApplicationContext | null,
  ) {}

  /**
   * `rewire` changes the URLs the app connects with (e.g. through a TcpProxy the test can cut); the factory and
   * count() use the same connection as the app. `env` overrides configuration variables (e.g. short outbox or
   * reminder timings).
   */
  static async start(
    options: {
      worker?: boolean;
      rewire?: { database?: (url: string) => string; redis?: (url: string) => string };
      env?: Record<string, string>;
      webRoot?: string | null;
    } = {},
  ): Promise<TestApp> {
    const database = await createTestDatabase();
    const plain = testConfig(database, options.env);
    const config = testConfig(database, {
      ...options.env,
      DATABASE_URL: options.rewire?.database?.(plain.databaseUrl) ?? plain.databaseUrl,
      REDIS_URL: options.rewire?.redis?.(plain.redisUrl) ?? plain.redisUrl,
    });
    const app = await createApiApp(config, { webRoot: options.webRoot });
    const worker = options.worker ? await createWorker(config) : null;
    return new TestApp(config, database, app, worker);
  }

  get worker(): INestApplicationContext | null {
    return this.currentWorker;
  }

  /** Starts the worker (relay, sweeper, processors) on this app's database and queues. */
  async startWorker(): Promise<INestApplicationContext> {
    if (!this.currentWorker) this.currentWorker = await createWorker(this.config);
    return this.currentWorker;
  }

  /** Stops the worker gracefully, as on SIGTERM. */
  async stopWorker(): Promise<void> {
    await this.currentWorker?.close();
    this.currentWorker = null;
    this.reclaimTransactionHost();
  }

  /**
   * runInTransaction finds the CLS transaction host through a per-process singleton that the last app created
   * claims (one app per process in production). Two apps share this test process: once the worker has closed, the
   * api's host must be the one in use again.
   */
  private reclaimTransactionHost(): void {
    const host = this.app.get(TransactionHost, { strict: false });
    const instances = Reflect.get(TransactionHost, '_instanceMap') as Map<symbol, TransactionHost>;
    instances.set(Reflect.get(host, 'transactionInstanceSymbol') as symbol, host);
  }

  /** Deletes every Redis key of this app's queues, as a Redis restart without persistence would. */
  async wipeQueues(): Promise<number> {
    const redis = new Redis(redisOptionsFromUrl(this.config.redisUrl));
    try {
      let deleted = 0;
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.config.queuePrefix}:*`, 'COUNT', 500);
        if (keys.length) deleted += await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      return deleted;
    } finally {
      redis.disconnect();
    }
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

/** Polls `check` until it returns a value other than undefined/false; fails after `timeoutMs` (no fixed sleeps). */
export async function waitUntil<T>(
  description: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The single GraphQL error's code, or undefined when the call succeeded. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions.code;
}
