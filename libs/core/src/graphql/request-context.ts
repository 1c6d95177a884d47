import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { Actor } from '../auth/actor';
import { Locale, localeFromAcceptLanguage } from '../i18n/locale';

/**
 * Per-request DataLoader registry. Each domain asks for its loaders by a stable key; a loader lives exactly as long
 * as one GraphQL request, so batching never leaks data between callers.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** The GraphQL context of one request. */
export interface RequestContext {
  req: Request;
  /** The HTTP response (cookies of the web client's session); absent outside HTTP */
  res?: Response;
  requestId: string;
  locale: Locale;
  actor?: Actor;
  loaders: LoaderRegistry;
}

export function createRequestContext(req: Request, res?: Response): RequestContext {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(header) ? header : randomUUID();
  return {
    req,
    res,
    requestId,
    locale: localeFromAcceptLanguage(req.headers['accept-language']),
    loaders: new LoaderRegistry(),
  };
}

/** Orders rows by the requested keys, for DataLoader batch functions (missing keys become null). */
export function orderByKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the requested keys, for one-to-many DataLoader batch functions. */
export function groupByKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
