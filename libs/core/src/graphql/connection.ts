import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Errors } from '../errors/domain.exception';
import { plainQuery, PlainRows, SqlWhere } from '../database/plain-rows';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field()
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true })
  startCursor: string | null;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size (1–${MAX_PAGE_SIZE}, default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: return items after this one' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * Counted only when asked for: a thenable that starts its COUNT when first awaited (GraphQL awaits it only when
   * `totalCount` is selected), memoised.
   */
  totalCount: PromiseLike<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;
    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection)` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
    @Field(() => Int, { description: 'Number of items across all pages' })
    totalCount: PromiseLike<number>;
  }
  return ConnectionType;
}

type CursorValue = string | number;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

function invalidCursor(): Error {
  return Errors.badInput('after', { ja: 'カーソルが正しくありません', en: 'is not a valid cursor' });
}

/** PostgreSQL "data exception" (SQLSTATE class 22): a value that does not fit its column type. */
function isDataException(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' && code.startsWith('22');
}

/** A promise-like value whose work starts only when someone awaits it (then runs once). */
export function lazy<T>(start: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= start()).then(onFulfilled, onRejected),
  };
}

export interface KeysetOrder<E> {
  /** SQL expression of the sort column, e.g. `visit."scheduledAt"`. */
  column: string;
  /** Reads the same value from an entity, to build the cursor. */
  value: (entity: E) => Date | string | number;
  direction: 'ASC' | 'DESC';
  /** SQL expression of the unique tie-breaker, e.g. `visit.id`. */
  idColumn: string;
  id: (entity: E) => string;
}

/** The properties of an entity whose values can sort a keyset page (timestamps, strings, numbers). */
export type SortableKey<E> = {
  [K in keyof E & string]: E[K] extends Date | string | number ? K : never;
}[keyof E & string];

/**
 * The usual keyset order: one property of the entity under its query alias, then its id as the tie-breaker, e.g.
 * `keysetBy<OjtVisitEntity>('visit', 'scheduledAt', 'ASC')` sorts by `visit.scheduledAt, visit.id`.
 */
export function keysetBy<E extends { id: string }>(
  alias: string,
  property: SortableKey<E>,
  direction: 'ASC' | 'DESC',
): KeysetOrder<E> {
  return {
    column: `${alias}.${property}`,
    value: (entity) => entity[property] as Date | string | number,
    direction,
    idColumn: `${alias}.id`,
    id: (entity) => entity.id,
  };
}

/**
 * Keyset pagination: sorts by (column, id), pages with `WHERE (column, id) > (cursor)`, never OFFSET.
 * The count runs on the same filtered query without the cursor, and only when `totalCount` is selected.
 */
export async function paginate<E extends ObjectLiteral, N = E>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  order: KeysetOrder<E>,
  toNode: (entity: E, extras: Record<string, unknown>) => N = (entity) => entity as unknown as N,
  /** Extra SQL expressions read in the page statement itself (alias → expression), handed to `toNode`. */
  extras: Record<string, string> = {},
): Promise<ConnectionShape<N>> {
  const first = args.first ?? 20;
  const totalCount = lazy(() => query.clone().getCount());
  const page = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const operator = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.column}, ${order.idColumn}) ${operator} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page
    .orderBy(order.column, order.direction)
    .addOrderBy(order.idColumn, order.direction)
    .limit(first + 1);
  const extraAliases = Object.keys(extras);
  for (const alias of extraAliases) page.addSelect(extras[alias], `extra_${alias}`);
  let rows: E[];
  let raw: Record<string, unknown>[] = [];
  try {
    if (extraAliases.length) {
      // No joins here, so raw rows and entities come back one for one, in the same order.
      ({ entities: rows, raw } = await page.getRawAndEntities<Record<string, unknown>>());
    } else {
      rows = await page.getMany();
    }
  } catch (error) {
    // A forged cursor whose values do not fit the sort columns (not a timestamp, not a uuid) fails in PostgreSQL:
    // that is the caller's bad input, not a server fault.
    if (args.after && isDataException(error)) throw invalidCursor();
    throw error;
  }
  const hasNextPage = rows.length > first;
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row, index) => {
    const sortValue = order.value(row);
    const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
    const extraValues: Record<string, unknown> = {};
    for (const alias of extraAliases) extraValues[alias] = raw[index]?.[`extra_${alias}`];
    return { cursor: encodeCursor([value, order.id(row)]), node: toNode(row, extraValues) };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * `paginate` for hot lists read as plain rows (PlainRows: a fixed SQL text per filter combination, prepared, no
 * TypeORM query building or hydration). Same keyset, cursor and lazy `totalCount` rules.
 */
export async function paginateRows<E extends ObjectLiteral, N>(
  rows: PlainRows<E>,
  where: SqlWhere,
  args: ConnectionArgs,
  order: KeysetOrder<E>,
  toNode: (entity: E, extras: Record<string, unknown>) => N,
  /** Extra SQL expressions read in the page statement itself (alias → expression), handed to `toNode`. */
  extras: Record<string, string> = {},
): Promise<ConnectionShape<N>> {
  const first = args.first ?? 20;
  const column = rows.sqlOf(order.column);
  const idColumn = rows.sqlOf(order.idColumn);
  const counted = where.clone();
  const totalCount = lazy(async () => {
    const [row] = await plainQuery<{ count: number }>(
      rows.dataSource,
      `SELECT count(*)::int AS count FROM ${rows.table} ${rows.alias} ${counted.clause}`,
      counted.values,
    );
    return row.count;
  });
  const page = where.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const operator = order.direction === 'ASC' ? '>' : '<';
    page.and(`(${column}, ${idColumn}) ${operator} (${page.param(value)}, ${page.param(id)})`);
  }
  const extraAliases = Object.keys(extras);
  const extraSql = extraAliases.map((alias) => `, ${extras[alias]} AS "extra_${alias}"`).join('');
  let raw: Record<string, unknown>[];
  try {
    raw = await rows.selectWith(
      extraSql,
      `${page.clause} ORDER BY ${column} ${order.direction}, ${idColumn} ${order.direction} LIMIT ${page.param(first + 1)}`,
      page.values,
    );
  } catch (error) {
    if (args.after && isDataException(error)) throw invalidCursor();
    throw error;
  }
  const hasNextPage = raw.length > first;
  const edges = raw.slice(0, first).map((row) => {
    const entity = rows.entityOf(row);
    const sortValue = order.value(entity);
    const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
    const extraValues: Record<string, unknown> = {};
    for (const alias of extraAliases) extraValues[alias] = row[`extra_${alias}`];
    return { cursor: encodeCursor([value, order.id(entity)]), node: toNode(entity, extraValues) };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
