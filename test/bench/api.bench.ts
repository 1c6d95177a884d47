/**
 * Benchmark: the api against a plain node:http + pg server running exactly the same SQL (`npm run bench:api`).
 *
 * 1. migrates a scratch database (test/tools/with-test-env.js) and seeds a realistic program in bulk SQL;
 * 2. boots the api in this process and runs every operation once through HTTP with a statement logger, capturing
 *    the SQL (and Redis commands) it sends, and its response;
 * 3. starts the api (NODE_ENV=production) and the raw baseline (raw-server.ts) as two child processes;
 * 4. loads both with autocannon in alternating rounds, reading each child's CPU time and RSS from /proc;
 * 5. holds the visits list at a fixed rate, then prints req/s, p50/p99, CPU per request and the ratios.
 * It asserts nothing about time; statement counts are asserted in test/e2e/statement-counts.e2e-spec.ts.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { AppConfig, loadConfigOrExit } from '@banso/core';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { captureOperation } from './api/capture';
import { BenchOperation, benchOperations, postBriefVariables } from './api/operations';
import type { RawPlan, RawPlanOperation } from './api/raw-server';
import { seedProgram, SeededProgram } from './api/seed';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const FIXED_RATE = Number(process.env.BENCH_RATE ?? 200);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 3105);
const RAW_PORT = Number(process.env.BENCH_RAW_PORT ?? 3106);
const POOL_SIZE = 20;
const SIZES = {
  trainees: Number(process.env.BENCH_TRAINEES ?? 50),
  mentors: Number(process.env.BENCH_MENTORS ?? 5),
  visitsPerTrainee: Number(process.env.BENCH_VISITS ?? 20),
};

type Target = 'api' | 'raw';

interface Sample {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  cpuMs: number;
  errors: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { method: 'GET' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

function startChild(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

/** Who sends which headers and variables; the recordPostBrief pool gives each connection a visit of its own. */
class Callers {
  private readonly versions = new Map<string, number>();
  private readonly free: Record<Target, SeededProgram['postBriefed']>;

  constructor(
    private readonly seed: SeededProgram,
    private readonly tokenFor: (userId: string) => string,
  ) {
    const pool = seed.postBriefed.slice(1);
    const half = Math.floor(pool.length / 2);
    this.free = { api: pool.slice(0, half), raw: pool.slice(half) };
    for (const entry of seed.postBriefed) this.versions.set(entry.visitId, 1);
  }

  /** Reads the post-briefs' versions (a request cut off at the end of a run may have moved one on). */
  async syncVersions(client: Client): Promise<void> {
    const rows = await client.query<{ visitId: string; version: number }>(
      'SELECT "visitId", version FROM post_brief WHERE "visitId" = ANY($1::uuid[])',
      [this.seed.postBriefed.map((entry) => entry.visitId)],
    );
    for (const row of rows.rows) this.versions.set(row.visitId, row.version);
  }

  headers(operation: BenchOperation): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (operation.caller.kind === 'user') headers.authorization = `Bearer ${this.tokenFor(operation.caller.userId)}`;
    return headers;
  }

  requests(operation: BenchOperation, target: Target): autocannon.Request[] {
    const body = JSON.stringify({
      operationName: operation.name,
      query: operation.query,
      variables: operation.variables,
    });
    const headers = this.headers(operation);
    if (operation.caller.kind !== 'postBriefPool') {
      return [{ method: 'POST', path: '/graphql', headers, body }];
    }
    const free = this.free[target];
    let next = 0;
    return [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request, context) => {
          const state = context as { entry?: SeededProgram['postBriefed'][number] };
          if (!state.entry) {
            state.entry = free[next % free.length];
            next += 1;
          }
          const entry = state.entry;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${this.tokenFor(entry.traineeId)}`,
            },
            body: JSON.stringify({
              operationName: operation.name,
              query: operation.query,
              variables: postBriefVariables(entry, this.versions.get(entry.visitId) ?? 1),
            }),
          };
        },
        onResponse: (status, responseBody, context) => {
          const entry = (context as { entry?: SeededProgram['postBriefed'][number] }).entry;
          if (entry && status === 200 && responseBody.includes('"__typename":"PostBrief"')) {
            this.versions.set(entry.visitId, (this.versions.get(entry.visitId) ?? 1) + 1);
          }
        },
      },
    ];
  }
}

function isFailure(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors"') || /"__typename":"\w+Error"/.test(body);
}

async function load(
  client: Client,
  target: Target,
  pid: number,
  operation: BenchOperation,
  callers: Callers,
  seconds: number,
  rate?: number,
): Promise<Sample> {
  let errors = 0;
  const requests = callers.requests(operation, target).map((request) => {
    const onResponse = request.onResponse;
    return {
      ...request,
      onResponse: (status: number, body: string, context: object, headers: autocannon.Request['headers']) => {
        if (isFailure(status, body)) errors += 1;
        if (typeof onResponse === 'function') onResponse(status, body, context, headers);
      },
    };
  });
  if (operation.caller.kind === 'postBriefPool') await callers.syncVersions(client);
  const before = cpuMs(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${target === 'api' ? API_PORT : RAW_PORT}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests,
    initialContext: {},
    ...(rate ? { overallRate: rate } : {}),
  });
  const cpu = cpuMs(pid) - before;
  const total = result.requests.total;
  return {
    requests: total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: cpu,
    errors: errors + result.errors + result.timeouts,
  };
}

function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  return typeof value;
}

async function capturePlan(
  config: AppConfig,
  seed: SeededProgram,
  operations: BenchOperation[],
): Promise<RawPlanOperation[]> {
  const app = await createApiApp(config);
  try {
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const jwt = app.get(JwtService);
    const tokenFor = (userId: string): string => jwt.sign({ sub: userId, typ: 'access' }, { expiresIn: 3600 });
    const plan: RawPlanOperation[] = [];
    for (const operation of operations) {
      let variables = operation.variables;
      let actorId: string | null = operation.caller.kind === 'user' ? operation.caller.userId : null;
      const call = async (vars: Record<string, unknown>, userId: string | null): Promise<unknown> => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (userId) headers.authorization = `Bearer ${tokenFor(userId)}`;
        const response = await fetch(`http://127.0.0.1:${address.port}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ operationName: operation.name, query: operation.query, variables: vars }),
        });
        const text = await response.text();
        if (isFailure(response.status, text)) throw new Error(`${operation.name} failed: ${text}`);
        return JSON.parse(text) as unknown;
      };
      if (operation.caller.kind === 'postBriefPool') {
        const entry = seed.postBriefed[0];
        actorId = entry.traineeId;
        await call(postBriefVariables(entry, 1), actorId);
        variables = postBriefVariables(entry, 2);
      } else {
        await call(variables, actorId);
      }
      let response: unknown;
      const captured = await captureOperation(
        async () => {
          response = await call(variables, actorId);
        },
        { variables, actorId, seed },
      );
      plan.push({ name: operation.name, variables, actorId, response, rawExtra: operation.rawExtra, ...captured });
    }
    return plan;
  } finally {
    await app.close();
  }
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const started = Date.now();
  {
    const app = await createApiApp(config);
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    await app.close();
  }
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  const seed = await seedProgram(client, SIZES);
  const operations = benchOperations(seed).filter(
    (operation) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(operation.name),
  );
  process.stdout.write(
    `seeded: ${SIZES.trainees} trainees, ${SIZES.mentors} mentors, ${SIZES.visitsPerTrainee} visits each; rows: ${Object.entries(
      seed.counts,
    )
      .map(([table, count]) => `${table} ${count}`)
      .join(', ')}\n`,
  );

  const plan = await capturePlan(config, seed, operations);
  const planPath = join(tmpdir(), `banso-bench-plan-${process.pid}.json`);
  const rawPlan: RawPlan = {
    databaseUrl: config.databaseUrl,
    redisUrl: config.redisUrl,
    jwtSecret: config.jwtSecret,
    poolSize: POOL_SIZE,
    operations: plan,
  };
  writeFileSync(planPath, JSON.stringify(rawPlan));

  const jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } });
  const tokens = new Map<string, string>();
  const tokenFor = (userId: string): string => {
    let token = tokens.get(userId);
    if (!token) {
      token = jwt.sign({ sub: userId, typ: 'access' }, { expiresIn: 3600 });
      tokens.set(userId, token);
    }
    return token;
  };
  const callers = new Callers(seed, tokenFor);

  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' };
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of the api there (node --cpu-prof) when it stops.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const api = startChild([...profile, 'dist/apps/api/src/main.js'], { ...env, PORT: String(API_PORT) });
  const raw = startChild(['dist/test/bench/api/raw-server.js', planPath, String(RAW_PORT)], env);
  const peak: Record<Target, number> = { api: 0, raw: 0 };
  const sampler = setInterval(() => {
    try {
      if (api.pid) peak.api = Math.max(peak.api, rssMiB(api.pid));
      if (raw.pid) peak.raw = Math.max(peak.raw, rssMiB(raw.pid));
    } catch {
      // a child has gone; the run fails below
    }
  }, 200);
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/health`, api);
    await waitForHttp(`http://127.0.0.1:${RAW_PORT}/cpu`, raw);
    const pids: Record<Target, number> = { api: api.pid ?? 0, raw: raw.pid ?? 0 };

    // Same shape out: one request of every read operation to each server.
    for (const operation of operations.filter((o) => !o.write)) {
      const bodies: Record<string, unknown> = {};
      for (const target of ['api', 'raw'] as Target[]) {
        const response = await fetch(`http://127.0.0.1:${target === 'api' ? API_PORT : RAW_PORT}/graphql`, {
          method: 'POST',
          headers: callers.headers(operation),
          body: JSON.stringify({
            operationName: operation.name,
            query: operation.query,
            variables: operation.variables,
          }),
        });
        bodies[target] = shapeOf(await response.json());
      }
      if (JSON.stringify(bodies.api) !== JSON.stringify(bodies.raw))
        throw new Error(`${operation.name}: api and baseline answer different shapes`);
    }

    const startRss = { api: rssMiB(pids.api), raw: rssMiB(pids.raw) };
    for (const operation of operations)
      for (const target of ['api', 'raw'] as Target[])
        await load(client, target, pids[target], operation, callers, WARM_UP);

    const samples = new Map<string, Record<Target, Sample[]>>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const operation of operations) {
        const order: Target[] = round % 2 === 0 ? ['api', 'raw'] : ['raw', 'api'];
        const entry = samples.get(operation.name) ?? { api: [], raw: [] };
        for (const target of order)
          entry[target].push(await load(client, target, pids[target], operation, callers, DURATION));
        samples.set(operation.name, entry);
      }
      process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
    }
    const visits = operations[0];
    const fixed: Record<Target, Sample> = {
      api: await load(client, 'api', pids.api, visits, callers, 10, FIXED_RATE),
      raw: await load(client, 'raw', pids.raw, visits, callers, 10, FIXED_RATE),
    };

    const lines: string[] = [];
    lines.push(
      `api vs raw node:http + pg on the same SQL — ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION} s per operation and server`,
    );
    lines.push(
      `${'operation'.padEnd(22)}${pad('stmts', 6)}${pad('redis', 6)}${pad('api r/s', 9)}${pad('raw r/s', 9)}${pad('ratio', 7)}` +
        `${pad('api p50', 9)}${pad('api p99', 9)}${pad('raw p50', 9)}${pad('raw p99', 9)}${pad('p99×', 7)}` +
        `${pad('api µs/r', 10)}${pad('raw µs/r', 10)}${pad('cpu×', 7)}${pad('errors', 8)}`,
    );
    for (const operation of operations) {
      const entry = samples.get(operation.name);
      const captured = plan.find((p) => p.name === operation.name);
      if (!entry || !captured) continue;
      const sum = (list: Sample[]) => {
        const requests = list.reduce((total, s) => total + s.requests, 0);
        const seconds = list.reduce((total, s) => total + s.seconds, 0);
        const cpu = list.reduce((total, s) => total + s.cpuMs, 0);
        return {
          rate: requests / seconds,
          p50: median(list.map((s) => s.p50)),
          p99: median(list.map((s) => s.p99)),
          cpuPerRequest: requests ? (cpu * 1000) / requests : 0,
          errors: list.reduce((total, s) => total + s.errors, 0),
        };
      };
      const a = sum(entry.api);
      const r = sum(entry.raw);
      lines.push(
        `${operation.name.padEnd(22)}${pad(captured.statements.length, 6)}${pad(captured.redis.length, 6)}` +
          `${pad(a.rate.toFixed(0), 9)}${pad(r.rate.toFixed(0), 9)}${pad((a.rate / r.rate).toFixed(2), 7)}` +
          `${pad(a.p50.toFixed(1), 9)}${pad(a.p99.toFixed(1), 9)}${pad(r.p50.toFixed(1), 9)}${pad(r.p99.toFixed(1), 9)}` +
          `${pad((a.p99 / r.p99).toFixed(2), 7)}${pad(a.cpuPerRequest.toFixed(0), 10)}${pad(r.cpuPerRequest.toFixed(0), 10)}` +
          `${pad((a.cpuPerRequest / r.cpuPerRequest).toFixed(2), 7)}${pad(`${a.errors}/${r.errors}`, 8)}`,
      );
    }
    const rateLine = (target: Target) =>
      `${target} ${(fixed[target].requests / fixed[target].seconds).toFixed(0)} req/s, p50 ${fixed[target].p50.toFixed(1)} ms, p99 ${fixed[target].p99.toFixed(1)} ms, errors ${fixed[target].errors}`;
    lines.push(`visits at a fixed ${FIXED_RATE} req/s for 10 s: ${rateLine('api')}; ${rateLine('raw')}`);
    lines.push(
      `RSS: api ${startRss.api.toFixed(0)} MiB after start, peak ${peak.api.toFixed(0)} MiB; raw peak ${peak.raw.toFixed(0)} MiB`,
    );
    lines.push(`statements per request (captured through the api with a statement logger):`);
    for (const captured of plan)
      lines.push(
        `  ${captured.name.padEnd(22)} ${captured.statements
          .map((s) => s.text.replace(/\s+/g, ' ').slice(0, 60))
          .join(' | ')}`,
      );
    lines.push(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    clearInterval(sampler);
    rmSync(planPath, { force: true });
    await client.end();
    api.kill('SIGTERM');
    raw.kill('SIGTERM');
    await Promise.all(
      [api, raw].map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) resolve(undefined);
            else child.once('exit', resolve);
            setTimeout(() => {
              child.kill('SIGKILL');
              resolve(undefined);
            }, 10_000).unref();
          }),
      ),
    );
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
