/**
 * Benchmark: competencyMatrix through the service (authorization, TypeORM, mapping) against the very same SQL
 * statements replayed directly on one pg client. Prints medians and the ratio; it asserts nothing about time.
 * Run with `npm run bench:matrix` (fresh database from test/tools/with-test-env.js).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Actor, loadConfigOrExit, Locale, SystemRole } from '@banso/core';
import { CompetencyStandingService } from '@banso/competency';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { Factory } from '../factories';
import { CompetencyFactory } from '../factories/competency.factory';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const WARM_UP = 5;

interface Statement {
  text: string;
  values: unknown[];
}

/** Records the statements pg sends while `work` runs. */
async function capture(work: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') statements.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      statements.push({ text: config.text, values: config.values ?? [] });
    }
    return original.apply(this, args);
  } as typeof Client.prototype.query;
  try {
    await work();
  } finally {
    Client.prototype.query = original as typeof Client.prototype.query;
  }
  return statements;
}

async function median(rounds: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  try {
    const dataSource = app.get(DataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    const factory = new Factory(dataSource);
    const competency = new CompetencyFactory(dataSource);
    const c = await factory.cohort();
    const framework = await competency.defaultFramework();
    const traineeIds = await competency.trainees(c.program.id, c.chamber.id, TRAINEES);
    const behaviourIds = Object.values(framework.behaviours);
    await competency.rateAll(c.program.id, c.mentor.id, traineeIds, behaviourIds, (i, b) => (i + b) % 5);
    await competency.rateAll(c.program.id, c.mentor.id, traineeIds, behaviourIds, (i, b) => (i * b) % 5);
    await dataSource.query('ANALYZE');

    const owner: Actor = {
      userId: c.owner.id,
      organizationId: c.operator.id,
      systemRole: SystemRole.USER,
      locale: Locale.JA,
      requestId: 'bench',
    };
    const service = app.get(CompetencyStandingService);
    const statements = await capture(() => service.competencyMatrix(owner, c.program.id));

    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const viaService = await median(ROUNDS, () => service.competencyMatrix(owner, c.program.id));
      const direct = await median(ROUNDS, async () => {
        for (const statement of statements) await client.query(statement.text, statement.values);
      });
      const line = (label: string, ms: number) => `  ${label.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms`;
      process.stdout.write(
        [
          `competencyMatrix: ${TRAINEES} trainees × ${behaviourIds.length} behaviours, ${statements.length} SQL statements, median of ${ROUNDS} rounds`,
          line('service call (CompetencyStandingService)', viaService),
          line('same SQL run directly (pg)', direct),
          `  ratio service / direct SQL        ${(viaService / direct).toFixed(2).padStart(8)} ×`,
          '',
        ].join('\n'),
      );
    } finally {
      await client.end();
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
