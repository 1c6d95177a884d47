import { DomainException } from './domain.exception';
import { ErrorCode } from './error-code';

/** How long a caller is asked to wait (`Retry-After`) when PostgreSQL or Redis cannot be reached. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** Socket-level failures: the peer is gone, refuses or does not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "the server is not there for you right now": class 08 (connection exception),
 * admin/crash shutdown, cannot connect now, too many connections.
 */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;

/** Messages of pg, pg-pool, TypeORM and ioredis when the connection is lost or cannot be made. */
const OUTAGE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Connection is closed\.?$/,
  /^Reached the max retries per request limit/,
  /^Stream isn't writeable and enableOfflineQueue options is false/,
  /^Driver not Connected$/,
];

const OUTAGE_NAMES = new Set(['MaxRetriesPerRequestError', 'ConnectionIsNotSetError']);

function causesOf(error: object): unknown[] {
  const record = error as { originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const list: unknown[] = [record.originalError, record.driverError, record.cause];
  if (Array.isArray(record.errors)) list.push(...(record.errors as unknown[]));
  return list;
}

function looksLikeOutage(error: object): boolean {
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE.test(code))) return true;
  if (typeof name === 'string' && OUTAGE_NAMES.has(name)) return true;
  return typeof message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when an error (or anything it wraps: GraphQL's originalError, TypeORM's driverError, `cause`,
 * AggregateError's errors) says PostgreSQL or Redis could not be reached, as opposed to a bug.
 */
export function isDependencyOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 20) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof DomainException) return current.code === ErrorCode.SERVICE_UNAVAILABLE;
    if (looksLikeOutage(current)) return true;
    queue.push(...causesOf(current));
  }
  return false;
}
