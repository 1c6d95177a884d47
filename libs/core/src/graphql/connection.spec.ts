import { SelectQueryBuilder } from 'typeorm';
import { DomainException } from '../errors/domain.exception';
import { ErrorCode } from '../errors/error-code';
import { KeysetOrder, keysetBy, paginate } from './connection';

interface Row {
  id: string;
  createdAt: Date;
}

/** A stand-in for a TypeORM query builder that records the keyset condition and returns the given rows. */
class FakeQuery {
  readonly conditions: { sql: string; parameters: Record<string, unknown> }[] = [];
  limitValue = 0;
  constructor(
    private readonly rows: Row[],
    private readonly failure?: Error,
  ) {}
  clone(): this {
    return this;
  }
  getCount(): Promise<number> {
    return Promise.resolve(this.rows.length);
  }
  andWhere(sql: string, parameters: Record<string, unknown>): this {
    this.conditions.push({ sql, parameters });
    return this;
  }
  orderBy(): this {
    return this;
  }
  addOrderBy(): this {
    return this;
  }
  limit(value: number): this {
    this.limitValue = value;
    return this;
  }
  getMany(): Promise<Row[]> {
    if (this.failure) return Promise.reject(this.failure);
    return Promise.resolve(this.rows.slice(0, this.limitValue));
  }
}

const ORDER: KeysetOrder<Row> = {
  column: 'row.createdAt',
  value: (row) => row.createdAt,
  direction: 'DESC',
  idColumn: 'row.id',
  id: (row) => row.id,
};

const ROWS: Row[] = [
  { id: '3b0a3c52-5b1e-4f5e-9a6b-000000000003', createdAt: new Date('2025-06-03T09:00:00.123Z') },
  { id: '3b0a3c52-5b1e-4f5e-9a6b-000000000002', createdAt: new Date('2025-06-02T09:00:00.000Z') },
  { id: '3b0a3c52-5b1e-4f5e-9a6b-000000000001', createdAt: new Date('2025-06-01T09:00:00.000Z') },
];

function run(query: FakeQuery, args: { first?: number; after?: string }) {
  return paginate(query as unknown as SelectQueryBuilder<Row>, args, ORDER, (row) => row.id);
}

async function rejection(promise: Promise<unknown>): Promise<DomainException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException');
}

describe('paginate (keyset cursors)', () => {
  it('returns a page, its cursors and whether more follow', async () => {
    const page = await run(new FakeQuery(ROWS), { first: 2 });
    expect(await page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node)).toEqual([ROWS[0].id, ROWS[1].id]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
  });

  it('encodes (sort value, id) in an opaque cursor that decodes back into the keyset condition', async () => {
    const first = await run(new FakeQuery(ROWS), { first: 1 });
    const cursor = first.pageInfo.endCursor!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const next = new FakeQuery(ROWS.slice(1));
    await run(next, { first: 1, after: cursor });
    expect(next.conditions).toEqual([
      {
        sql: '(row.createdAt, row.id) < (:cursorValue, :cursorId)',
        parameters: { cursorValue: '2025-06-03T09:00:00.123Z', cursorId: ROWS[0].id },
      },
    ]);
  });

  it('defaults to 20 items and asks for one more to know whether a next page exists', async () => {
    const query = new FakeQuery(ROWS);
    const page = await run(query, {});
    expect(query.limitValue).toBe(21);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('answers an empty page with null cursors', async () => {
    const page = await run(new FakeQuery([]), { first: 5 });
    expect(await page.totalCount).toBe(0);
    expect({ ...page, totalCount: undefined }).toEqual({
      edges: [],
      totalCount: undefined,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON that is not a list', encode({ value: 1 })],
    ['a list of the wrong length', encode(['2025-06-01T00:00:00.000Z'])],
    ['a list with an object', encode([{}, 'id'])],
    ['a list with null', encode([null, 'id'])],
  ])('refuses a cursor that is %s as BAD_USER_INPUT naming after', async (_label, after) => {
    const error = await rejection(run(new FakeQuery(ROWS), { after }));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields).toEqual([
      { field: 'after', message: { ja: 'カーソルが正しくありません', en: 'is not a valid cursor' } },
    ]);
  });

  it('turns a PostgreSQL data exception on a cursor page (forged values) into the same bad cursor error', async () => {
    const forged = encode(['yesterday', 'x']);
    const failure = Object.assign(new Error('invalid input syntax for type timestamp'), {
      driverError: { code: '22007' },
    });
    const error = await rejection(run(new FakeQuery(ROWS, failure), { after: forged }));
    expect(error.fields[0].field).toBe('after');
  });

  it('lets other database failures through untouched', async () => {
    const failure = Object.assign(new Error('connection lost'), { driverError: { code: '08006' } });
    await expect(run(new FakeQuery(ROWS, failure), { after: encode(['a', 'b']) })).rejects.toBe(failure);
    const withoutCursor = Object.assign(new Error('bad'), { driverError: { code: '22007' } });
    await expect(run(new FakeQuery(ROWS, withoutCursor), {})).rejects.toBe(withoutCursor);
  });
});

describe('keysetBy', () => {
  it('sorts by the property under its alias with the id as tie-breaker, and reads both back for the cursor', () => {
    const order = keysetBy<Row>('visit', 'createdAt', 'DESC');
    const row = { id: 'b7c0', createdAt: new Date('2025-07-10T01:00:00.000Z') };
    expect(order).toMatchObject({ column: 'visit.createdAt', direction: 'DESC', idColumn: 'visit.id' });
    expect(order.value(row)).toEqual(row.createdAt);
    expect(order.id(row)).toBe('b7c0');
  });
});
