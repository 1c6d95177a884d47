/**
 * CPU per request of the api (`npm run bench:api:cpu`): robust on a busy machine where throughput is not.
 *
 * Seeds the same program as bench:api, starts the api as a child process (NODE_ENV=production) and sends each read
 * operation (and recordSelfAssessment) a fixed number of requests at a fixed concurrency, reading the child's CPU
 * time from /proc before and after. Prints µs of api CPU per request: the least and the median of BENCH_CPU_ROUNDS
 * rounds (on a shared machine contention only adds CPU time, so the least is the steadiest figure).
 * BENCH_PROFILE=<dir> writes a V8 CPU profile of the api there. Asserts nothing.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { loadConfigOrExit } from '@banso/core';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchOperations } from './api/operations';
import { seedProgram } from './api/seed';

// A port of its own (other benches and dev servers use 3000-3199); the base build listens on the next one.
const PORT = Number(process.env.BENCH_API_PORT ?? 20000 + 2 * (process.pid % 5000));
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 600);
const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  {
    const app = await createApiApp(config, { webRoot: null });
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    await app.close();
  }
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  const seed = await seedProgram(client, { trainees: 50, mentors: 5, visitsPerTrainee: 20 });
  await client.end();
  const only = process.env.BENCH_ONLY?.split(',');
  const operations = benchOperations(seed).filter(
    (o) => (!o.write || o.name === 'recordSelfAssessment') && (!only || only.includes(o.name)),
  );
  const jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } });
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  const servers: Server[] = [
    {
      name: 'api',
      port: PORT,
      child: spawn(process.execPath, [...profile, 'dist/apps/api/src/main.js'], {
        env: { ...env, PORT: String(PORT) },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    },
  ];
  // BENCH_CPU_BASE=<another checkout, built>: its api runs beside this one and the rounds alternate between them,
  // so both see the same machine load and the ratio holds even when the absolute figures wander.
  const base = process.env.BENCH_CPU_BASE;
  if (base) {
    servers.push({
      name: 'base',
      port: PORT + 1,
      child: spawn(process.execPath, [join(base, 'dist/apps/api/src/main.js')], {
        cwd: base,
        env: { ...env, PORT: String(PORT + 1) },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    });
  }
  try {
    for (const server of servers) await waitFor(server);
    for (const operation of operations) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (operation.caller.kind === 'user')
        headers.authorization = `Bearer ${jwt.sign({ sub: operation.caller.userId, typ: 'access' }, { expiresIn: 3600 })}`;
      const body = JSON.stringify({
        operationName: operation.name,
        query: operation.query,
        variables: operation.variables,
      });
      const perRequest = new Map<string, number[]>(servers.map((server) => [server.name, []]));
      const run = async (server: Server, amount: number) => {
        const pid = server.child.pid ?? 0;
        const before = cpuMs(pid);
        const result = await autocannon({
          url: `http://127.0.0.1:${server.port}/graphql`,
          method: 'POST',
          headers,
          body,
          connections: CONNECTIONS,
          amount,
        });
        if (result.non2xx || result.errors) throw new Error(`${operation.name}: ${result.non2xx} non-2xx`);
        return ((cpuMs(pid) - before) * 1000) / amount;
      };
      for (const server of servers) {
        const check = await (
          await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers, body })
        ).text();
        if (check.includes('"errors"') || /"__typename":"\w+Error"/.test(check))
          throw new Error(`${server.name} ${operation.name}: ${check}`);
        await run(server, Math.ceil(REQUESTS / 2));
      }
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) perRequest.get(server.name)?.push(await run(server, REQUESTS));
      }
      const figures = servers.map((server) => {
        const values = (perRequest.get(server.name) ?? []).sort((a, b) => a - b);
        return { name: server.name, least: values[0], median: values[Math.floor(values.length / 2)], values };
      });
      const line = figures
        .map(
          (f) =>
            `${f.name} least ${f.least.toFixed(0)} median ${f.median.toFixed(0)} µs (${f.values.map((v) => v.toFixed(0)).join(', ')})`,
        )
        .join(' | ');
      const ratio =
        figures.length === 2
          ? `  api/base least ${(figures[0].least / figures[1].least).toFixed(2)}, median ${(figures[0].median / figures[1].median).toFixed(2)}`
          : '';
      process.stdout.write(`${operation.name.padEnd(22)} ${line}${ratio}\n`);
    }
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => new Promise((resolve) => server.child.once('exit', resolve))));
  }
}

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

async function waitFor({ port, child, name }: Server): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`api on ${port} did not come up`);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
