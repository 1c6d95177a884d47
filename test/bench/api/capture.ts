import { Client, QueryResult } from 'pg';
import Redis from 'ioredis';

/** One SQL statement as the api sent it, on which pg client, and with which concurrent neighbours. */
export interface CapturedStatement {
  /** Index of the pg client (connection) it ran on, in order of first use within the operation. */
  client: number;
  text: string;
  values: unknown[];
  /** Statements of one wave were in flight together in the api; the baseline sends them together too. */
  wave: number;
  /** Positions in `values` holding an id the api made up for this request (a new row's key): fresh per replay. */
  fresh: number[];
}

export interface CapturedRedisCommand {
  name: string;
  args: (string | number | Buffer)[];
}

export interface CapturedOperation {
  statements: CapturedStatement[];
  redis: CapturedRedisCommand[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value))
    for (const item of Object.values(value)) collectStrings(item, into);
}

interface Pending {
  client: Client;
  text: string;
  values: unknown[];
  startedWhileInFlight: boolean;
}

/**
 * Records every statement pg sends (and every Redis command ioredis sends) while `work` runs. Uuids in parameters
 * that neither the request (`known`) nor an earlier result row contained were made up by the api for new rows:
 * they are marked fresh so a replay does not collide on a primary key.
 */
export async function captureOperation(work: () => Promise<unknown>, known: unknown): Promise<CapturedOperation> {
  const pending: Pending[] = [];
  const redis: CapturedRedisCommand[] = [];
  const seen = new Set<string>();
  collectStrings(known, seen);
  const fresh = new Map<number, number[]>();
  let inFlight = 0;

  const originalQuery = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args;
    let text: string | undefined;
    let values: unknown[] = [];
    if (typeof first === 'string') {
      text = first;
      values = Array.isArray(second) ? second : [];
    } else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      text = config.text;
      values = config.values ?? [];
    }
    if (text === undefined) return originalQuery.apply(this, args);
    const index = pending.length;
    const freshHere: number[] = [];
    values.forEach((value, position) => {
      if (typeof value !== 'string' || !UUID.test(value)) return;
      if (!seen.has(value)) {
        freshHere.push(position);
        seen.add(value);
      }
    });
    fresh.set(index, freshHere);
    pending.push({ client: this, text, values, startedWhileInFlight: inFlight > 0 });
    inFlight += 1;
    const result = originalQuery.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<QueryResult>).then(
        (value) => {
          inFlight -= 1;
          for (const row of value.rows ?? []) collectStrings(row, seen);
          return value;
        },
        (error: unknown) => {
          inFlight -= 1;
          throw error;
        },
      );
    }
    inFlight -= 1;
    return result;
  } as typeof Client.prototype.query;

  const originalSend = Redis.prototype.sendCommand;
  Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<Redis['sendCommand']>) {
    const [command] = args;
    redis.push({ name: command.name, args: [...command.args] as (string | number | Buffer)[] });
    return originalSend.apply(this, args);
  };

  try {
    await work();
  } finally {
    Client.prototype.query = originalQuery as typeof Client.prototype.query;
    Redis.prototype.sendCommand = originalSend;
  }

  const clients = new Map<Client, number>();
  let wave = 0;
  const statements = pending.map((statement, index) => {
    if (!clients.has(statement.client)) clients.set(statement.client, clients.size);
    if (index > 0 && !statement.startedWhileInFlight) wave += 1;
    return {
      client: clients.get(statement.client) ?? 0,
      text: statement.text,
      values: statement.values,
      wave,
      fresh: fresh.get(index) ?? [],
    };
  });
  return { statements, redis };
}
