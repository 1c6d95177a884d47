import { Client } from 'pg';
import { AppConfig, loadConfig } from '@banso/core';

/**
 * The KPI benchmark's own database on the server of DATABASE_URL (set by test/tools/with-test-env.js): kept between
 * `bench:seed` and `bench:kpi`, so the 10k / 200k / 1M dataset is written once. BENCH_KPI_DATABASE names it.
 */
export function benchDatabaseName(): string {
  return process.env.BENCH_KPI_DATABASE || 'banso_bench_kpi';
}

export function benchDatabaseUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabaseName()}`;
  return url.toString();
}

export function benchConfig(base: AppConfig): AppConfig {
  return loadConfig({ ...process.env, DATABASE_URL: benchDatabaseUrl(base.databaseUrl) });
}

export async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
