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
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { loadConfigOrExit } from '@banso/core';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchOperations } from './api/operations';
import { seedProgram } from './api/seed';

const PORT = Number(process.env.BENCH_API_PORT ?? 3125);
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
  const api = spawn(process.execPath, [...profile, 'dist/apps/api/src/main.js'], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; ; i += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/health`)).status < 500) break;
      } catch {
        if (i > 300) throw new Error('api did not come up');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pid = api.pid ?? 0;
    const results: string[] = [];
    for (const operation of operations) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (operation.caller.kind === 'user')
        headers.authorization = `Bearer ${jwt.sign({ sub: operation.caller.userId, typ: 'access' }, { expiresIn: 3600 })}`;
      const body = JSON.stringify({ operationName: operation.name, query: operation.query, variables: operation.variables });
      const check = await (await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers, body })).text();
      if (check.includes('"errors"') || /"__typename":"\w+Error"/.test(check))
        throw new Error(`${operation.name}: ${check}`);
      const run = async (amount: number) => {
        const before = cpuMs(pid);
        const result = await autocannon({
          url: `http://127.0.0.1:${PORT}/graphql`,
          method: 'POST',
          headers,
          body,
          connections: CONNECTIONS,
          amount,
        });
        if (result.non2xx || result.errors) throw new Error(`${operation.name}: ${result.non2xx} non-2xx`);
        return ((cpuMs(pid) - before) * 1000) / amount;
      };
      await run(Math.ceil(REQUESTS / 2));
      const perRequest: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) perRequest.push(await run(REQUESTS));
      perRequest.sort((a, b) => a - b);
      results.push(
        `${operation.name.padEnd(22)} least ${perRequest[0].toFixed(0).padStart(6)} µs/request, median ${perRequest[
          Math.floor(perRequest.length / 2)
        ]
          .toFixed(0)
          .padStart(6)}  (rounds ${perRequest.map((v) => v.toFixed(0)).join(', ')})`,
      );
      process.stdout.write(`${results[results.length - 1]}\n`);
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
