import { Client } from 'pg';

/** One SQL statement sent to PostgreSQL and the server process (pg_backend_pid) of the connection that sent it. */
export interface Statement {
  sql: string;
  backend: number;
}

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs (every pg client of every pool), with the backend
 * of each, in the order they were sent.
 */
export async function countQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; queries: string[]; statements: Statement[] }> {
  const statements: Statement[] = [];
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const first = args[0];
    const sql = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '?');
    statements.push({ sql, backend: (this as Client & { processID: number }).processID });
    return original.apply(this, args) as never;
  });
  try {
    const result = await work();
    return { result, queries: statements.map((statement) => statement.sql), statements };
  } finally {
    spy.mockRestore();
  }
}

/** The statements from the first BEGIN to the COMMIT or ROLLBACK that ends it, whatever connection sent them. */
export function transactionStatements(statements: Statement[]): Statement[] {
  const begin = statements.findIndex((statement) => /^\s*(BEGIN|START TRANSACTION)/i.test(statement.sql));
  if (begin < 0) return [];
  const end = statements.findIndex((statement, index) => index > begin && /^\s*(COMMIT|ROLLBACK)/i.test(statement.sql));
  return statements.slice(begin, end < 0 ? undefined : end + 1);
}
