/**
 * `npm run bench:seed -- --trainees 10000 --visits 200000 --assessments 1000000`: (re)creates the KPI benchmark
 * database (BENCH_KPI_DATABASE, default banso_bench_kpi, on the server of test/tools/with-test-env.js), migrates it,
 * writes the dataset in set-based SQL (test/bench/kpi/seed.ts) and pre-aggregates the KPI snapshots with the
 * worker's refresh service, printing how long each step took.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@banso/core';
import { KpiRefreshService } from '@banso/reporting';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchConfig, benchDatabaseName, onServer } from './kpi/bench-database';
import { KpiSeedSizes, seedKpiDataset } from './kpi/seed';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const base = loadConfigOrExit();
  const sizes: KpiSeedSizes = {
    trainees: option('trainees', 1000),
    visits: option('visits', 20000),
    assessments: option('assessments', 100000),
  };
  const name = benchDatabaseName();
  await onServer(base.databaseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const config = benchConfig(base);
  const app = await createApiApp(config);
  try {
    let started = Date.now();
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    process.stdout.write(`database ${name} migrated in ${Date.now() - started} ms; seeding ${JSON.stringify(sizes)}\n`);
    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    started = Date.now();
    const seeded = await seedKpiDataset(client, sizes);
    await client.end();
    process.stdout.write(
      `seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(seeded.counts)}\n`,
    );
    const refreshed = await app.get(KpiRefreshService).refreshAll();
    process.stdout.write(
      `KPI snapshots refreshed (the worker's job): ${refreshed.scopes} scopes in ${refreshed.ms} ms\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
