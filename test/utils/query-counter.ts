import { Client } from 'pg';

/** Counts the SQL statements sent to PostgreSQL while `work` runs (every pg client of every pool). */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const first = args[0];
    queries.push(typeof first === 'string' ? first : ((first as { text?: string }).text ?? '?'));
    return original.apply(this, args) as never;
  });
  try {
    return { result: await work(), queries };
  } finally {
    spy.mockRestore();
  }
}
