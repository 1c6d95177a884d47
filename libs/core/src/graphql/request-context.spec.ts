import type { Request } from 'express';
import { Locale } from '../i18n/locale';
import { createRequestContext, groupByKeys, LoaderRegistry, orderByKeys } from './request-context';

describe('LoaderRegistry', () => {
  it('gives one loader per key for the request and batches the loads made in the same tick', async () => {
    const registry = new LoaderRegistry();
    const batches: (readonly string[])[] = [];
    const batch = (ids: readonly string[]) => {
      batches.push(ids);
      return Promise.resolve(ids.map((id) => `user:${id}`));
    };
    const loader = registry.get<string, string>('identity.userById', batch);
    expect(registry.get<string, string>('identity.userById', batch)).toBe(loader);

    const values = await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')]);
    expect(values).toEqual(['user:a', 'user:b', 'user:a']);
    expect(batches).toEqual([['a', 'b']]);
    // Cached for the rest of the request.
    await loader.load('b');
    expect(batches).toHaveLength(1);
  });

  it('keeps loaders of different keys and of different requests apart', () => {
    const batch = (ids: readonly string[]) => Promise.resolve([...ids]);
    const one = new LoaderRegistry();
    const two = new LoaderRegistry();
    expect(one.get('a', batch)).not.toBe(one.get('b', batch));
    expect(one.get('a', batch)).not.toBe(two.get('a', batch));
  });
});

describe('orderByKeys / groupByKeys', () => {
  const rows = [
    { id: 'm2', programId: 'p1' },
    { id: 'm1', programId: 'p2' },
    { id: 'm3', programId: 'p1' },
  ];

  it('orderByKeys puts rows in key order, null for missing keys, repeating for repeated keys', () => {
    expect(orderByKeys(['m1', 'missing', 'm2', 'm1'], rows, (row) => row.id)).toEqual([
      rows[1],
      null,
      rows[0],
      rows[1],
    ]);
  });

  it('groupByKeys groups rows under their key in row order, an empty list for keys without rows', () => {
    expect(groupByKeys(['p1', 'p3', 'p2'], rows, (row) => row.programId)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});

describe('createRequestContext', () => {
  const request = (headers: Record<string, string>): Request => ({ headers }) as unknown as Request;

  it('keeps a well-formed X-Request-Id and reads the language', () => {
    const context = createRequestContext(request({ 'x-request-id': 'req-abc.123_X', 'accept-language': 'en-US' }));
    expect(context.requestId).toBe('req-abc.123_X');
    expect(context.locale).toBe(Locale.EN);
    expect(context.actor).toBeUndefined();
    expect(context.loaders).toBeInstanceOf(LoaderRegistry);
  });

  it('replaces a missing or unsafe request id with a fresh uuid', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(createRequestContext(request({})).requestId).toMatch(uuid);
    expect(createRequestContext(request({ 'x-request-id': 'bad id\nwith newline' })).requestId).toMatch(uuid);
    expect(createRequestContext(request({ 'x-request-id': 'x'.repeat(65) })).requestId).toMatch(uuid);
    expect(createRequestContext(request({})).locale).toBe(Locale.JA);
  });
});
