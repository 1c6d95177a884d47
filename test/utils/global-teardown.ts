import { withServer } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.BANSO_TEST_RUN;
  if (!run) return;
  await withServer(async (client) => {
    const rows = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `%${run}%`,
    ]);
    for (const row of rows.rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
}
