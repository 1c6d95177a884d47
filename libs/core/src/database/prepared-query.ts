import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Runs a hot, read-only statement as a named (server-side prepared) pg query on the data source's pool: PostgreSQL
 * parses and plans it once per connection, and no TypeORM query building or entity hydration happens. For reads
 * outside a transaction only (it takes its own pooled connection).
 */
export async function preparedQuery<R extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<R>({ name, text, values });
  return result.rows;
}
