/**
 * `npm run bench:kpi` (after `npm run bench:seed -- …`): kpiReport through the GraphQL API over HTTP (a real api
 * process, NODE_ENV=production) for one program and for the whole fiscal year, each read from its snapshot and
 * computed live (the same filter with the fiscal year's first and last day spelled out, which the api never serves
 * from a snapshot), with 1 and 8 concurrent clients; in the same run the statements the api sent for that request
 * (captured once in-process) are sent straight through `pg` as the baseline. Prints the figures, p50/p99 of both and
 * the ratios. BENCH_KPI_REQUESTS scales the number of requests (default 1).
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { Client, Pool } from 'pg';
import { JwtService } from '@nestjs/jwt';
import { loadConfigOrExit } from '@banso/core';
import { KpiRefreshService } from '@banso/reporting';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchConfig, benchDatabaseName } from './kpi/bench-database';
import { BENCH_FISCAL_YEAR } from './kpi/seed';

const API_PORT = Number(process.env.BENCH_API_PORT ?? 3107);
const SCALE = Number(process.env.BENCH_KPI_REQUESTS ?? 1);

const QUERY = `query KpiReport($filter: KpiFilterInput!) {
  kpiReport(filter: $filter) {
    generatedAt dataAsOf source periodStart periodEnd programIds
    sections { key rows { key labelJa labelEn definitionJa definitionEn value unit } }
    breakdowns { dimension rows { key labelJa labelEn participatingOrganizations companiesWithJobOpening
      matchedCompanies traineesWithOjt heldVisits visitsPerTrainee } }
  }
}`;

interface Scenario {
  name: string;
  userId: string;
  filter: Record<string, unknown>;
  /** Requests per client count. */
  requests: Record<1 | 8, number>;
}

/** A statement as the api sent it: text and values, or a prepared-statement config (name, text, values). */
type Captured = { text: string; values?: unknown[]; name?: string };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(clients: number, total: number, once: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let issued = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued += 1;
        const started = process.hrtime.bigint();
        await once();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

async function main(): Promise<void> {
  const config = benchConfig(loadConfigOrExit());
  const probe = new Client({ connectionString: config.databaseUrl });
  try {
    await probe.connect();
  } catch {
    throw new Error(`database ${benchDatabaseName()} not found: run npm run bench:seed -- … first`);
  }
  const sizes = (
    await probe.query<{ table: string; n: number }>(
      `SELECT 'trainees' AS table, count(*)::int AS n FROM program_member WHERE role = 'TRAINEE'
       UNION ALL SELECT 'visits', count(*)::int FROM ojt_visit
       UNION ALL SELECT 'assessments', count(*)::int FROM assessment
       UNION ALL SELECT 'programs', count(*)::int FROM program
       UNION ALL SELECT 'snapshots', count(*)::int FROM kpi_snapshot`,
    )
  ).rows;
  const ids = (
    await probe.query<{ adminId: string; ownerId: string; programId: string }>(
      `SELECT (SELECT id FROM user_account WHERE email = 'admin@kpi.bench') AS "adminId",
              pm."userId" AS "ownerId", pm."programId"
       FROM program_member pm JOIN program p ON p.id = pm."programId"
       WHERE pm.role = 'OWNER' ORDER BY p.name LIMIT 1`,
    )
  ).rows[0];
  await probe.end();
  process.stdout.write(`dataset (${benchDatabaseName()}): ${sizes.map((s) => `${s.table} ${s.n}`).join(', ')}\n`);

  const fy = BENCH_FISCAL_YEAR;
  const wholeYear = { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
  const scenarios: Scenario[] = [
    {
      name: 'one program (snapshot)',
      userId: ids.ownerId,
      filter: { fiscalYear: fy, programIds: [ids.programId] },
      requests: { 1: Math.ceil(100 * SCALE), 8: Math.ceil(400 * SCALE) },
    },
    {
      name: 'whole fiscal year (snapshot)',
      userId: ids.adminId,
      filter: { fiscalYear: fy },
      requests: { 1: Math.ceil(100 * SCALE), 8: Math.ceil(400 * SCALE) },
    },
    {
      name: 'one program (live)',
      userId: ids.ownerId,
      filter: { fiscalYear: fy, programIds: [ids.programId], ...wholeYear },
      requests: { 1: Math.ceil(10 * SCALE), 8: Math.ceil(24 * SCALE) },
    },
    {
      name: 'whole fiscal year (live)',
      userId: ids.adminId,
      filter: { fiscalYear: fy, ...wholeYear },
      requests: { 1: Math.ceil(3 * SCALE), 8: Math.ceil(8 * SCALE) },
    },
  ];

  // Capture, in-process, the statements the api sends for each scenario (same code, same bench database).
  const jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } });
  const token = (userId: string) => jwt.sign({ sub: userId, typ: 'access' }, { expiresIn: 3600 });
  const inProcess = await createApiApp(config);
  if (!sizes.find((s) => s.table === 'snapshots')?.n) {
    const refreshed = await inProcess.get(KpiRefreshService).refreshAll();
    process.stdout.write(`snapshots were missing: refreshed ${refreshed.scopes} scopes in ${refreshed.ms} ms\n`);
  }
  await inProcess.listen(0, '127.0.0.1');
  const inProcessUrl = `${await inProcess.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const captured = new Map<string, Captured[]>();
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  for (const scenario of scenarios) {
    const statements: Captured[] = [];
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const first = args[0];
      if (typeof first === 'string') statements.push({ text: first, values: (args[1] as unknown[]) ?? [] });
      else if (first && typeof first === 'object' && 'text' in first) statements.push({ ...(first as Captured) });
      return original.apply(this, args) as never;
    };
    await fetch(inProcessUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token(scenario.userId)}` },
      body: JSON.stringify({ query: QUERY, variables: { filter: scenario.filter } }),
    });
    Client.prototype.query = original as typeof Client.prototype.query;
    captured.set(scenario.name, statements);
  }
  await inProcess.close();

  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: { ...process.env, DATABASE_URL: config.databaseUrl, NODE_ENV: 'production', PORT: String(API_PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pool = new Pool({ connectionString: config.databaseUrl, max: 20 });
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/health`, api);
    const rows: string[] = [];
    for (const scenario of scenarios) {
      const body = JSON.stringify({ query: QUERY, variables: { filter: scenario.filter } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token(scenario.userId)}` };
      let last: {
        data?: {
          kpiReport: { source: string; sections: { key: string; rows: { key: string; value: number | null }[] }[] };
        };
        errors?: unknown;
      } = {};
      const viaApi = async () => {
        const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, { method: 'POST', headers, body });
        last = (await response.json()) as typeof last;
        if (!last.data) throw new Error(`${scenario.name}: ${JSON.stringify(last.errors)}`);
      };
      // The api's own statements: the actor's first, then the report's (side by side, as the api sends them).
      const statements = captured.get(scenario.name) ?? [];
      const viaSql = async () => {
        await pool.query(statements[0]);
        await Promise.all(statements.slice(1).map((s) => pool.query(s)));
      };
      await viaApi();
      await viaSql();
      const national = last.data?.kpiReport.sections.find((s) => s.key === 'national')?.rows ?? [];
      process.stdout.write(
        `\n${scenario.name}: source ${last.data?.kpiReport.source}, ${statements.length} statements; ` +
          national.map((f) => `${f.key} ${f.value}`).join(', ') +
          '\n',
      );
      for (const clients of [1, 8] as const) {
        const total = scenario.requests[clients];
        const apiTimes = await run(clients, total, viaApi);
        const sqlTimes = await run(clients, total, viaSql);
        const line = [
          scenario.name.padEnd(30),
          String(clients).padStart(2),
          String(total).padStart(4),
          `${percentile(apiTimes, 50).toFixed(1)}`.padStart(8),
          `${percentile(apiTimes, 99).toFixed(1)}`.padStart(8),
          `${percentile(sqlTimes, 50).toFixed(1)}`.padStart(8),
          `${percentile(sqlTimes, 99).toFixed(1)}`.padStart(8),
          `${(percentile(apiTimes, 50) / percentile(sqlTimes, 50)).toFixed(2)}`.padStart(6),
          `${(percentile(apiTimes, 99) / percentile(sqlTimes, 99)).toFixed(2)}`.padStart(6),
        ].join(' ');
        rows.push(line);
        process.stdout.write(`${line}\n`);
      }
    }
    process.stdout.write(
      `\n${'scenario'.padEnd(30)} cl  req  api p50  api p99  sql p50  sql p99  r p50  r p99   (ms; r = api / sql)\n${rows.join('\n')}\n`,
    );
  } finally {
    api.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
