import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** Statement names by text: the same text always gets the same name, so PostgreSQL prepares it once per connection. */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `banso_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

function activeTransaction(): TransactionHost<TransactionalAdapterTypeOrm> | null {
  try {
    const host = TransactionHost.getInstance<TransactionalAdapterTypeOrm>();
    return host.isTransactionActive() ? host : null;
  } catch {
    // No transaction host in this process (a tool without the CLS module): nothing can be in progress.
    return null;
  }
}

/**
 * Runs a fixed SQL text: inside a use case's transaction on its connection, otherwise as a named (server-side
 * prepared) statement on the pool, so PostgreSQL parses and plans it once per connection. No TypeORM query building
 * or entity hydration happens either way.
 */
export async function plainQuery<R extends ObjectLiteral>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const transaction = activeTransaction();
  if (transaction) return transaction.tx.query<R[]>(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<R>({ name: statementName(text), text, values });
  return result.rows;
}

/**
 * Plain-row reads of one entity for hot paths: selects its columns under their property names with a fixed SQL text
 * (a prepared statement) and hydrates each row into a plain object with the entity's property names and TypeORM's
 * value conversions (enum arrays, dates, transformers), without TypeORM's query builder or entity classes. The
 * result is what the libs' mappers (`toVisit`, `toUser`, …) read from an entity.
 */
export class PlainRows<E extends ObjectLiteral> {
  /** `alias."column" AS "property"` for every stored column. */
  readonly columns: string;
  readonly table: string;
  private readonly conversions: { property: string; column: ColumnMetadata }[];
  private readonly properties: string[];
  private readonly databaseNames = new Map<string, string>();

  constructor(
    readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    readonly alias: string,
  ) {
    const metadata = dataSource.getMetadata(entity);
    if (metadata.embeddeds.length) throw new Error(`${metadata.name}: embedded columns are not supported`);
    const stored = metadata.columns.filter((column) => !column.isVirtual);
    this.table = metadata.tablePath;
    this.columns = stored.map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`).join(', ');
    this.properties = stored.map((c) => c.propertyName);
    for (const c of stored) this.databaseNames.set(c.propertyName, c.databaseName);
    // pg already gives what TypeORM would for uuid, text, int, boolean, jsonb, timestamptz and scalar enums.
    this.conversions = stored
      .filter(
        (c) =>
          c.transformer !== undefined ||
          c.isArray ||
          !['uuid', 'text', 'varchar', 'int', 'integer', 'boolean', 'jsonb', 'timestamptz', 'enum'].includes(
            String(c.type),
          ),
      )
      .map((column) => ({ property: column.propertyName, column }));
  }

  /**
   * SQL of a column: `alias.property` (TypeORM's property-path notation, as keysetBy writes it) becomes
   * `alias."column"`; anything else is returned as it is.
   */
  sqlOf(expression: string): string {
    const match = /^(\w+)\.(\w+)$/.exec(expression);
    const column = match && match[1] === this.alias ? this.databaseNames.get(match[2]) : undefined;
    return column ? `${this.alias}."${column}"` : expression;
  }

  /** One row as a plain object with the entity's properties and values. */
  hydrate(row: Record<string, unknown>): E {
    const driver = this.dataSource.driver;
    for (const { property, column } of this.conversions) {
      row[property] = driver.prepareHydratedValue(row[property], column);
    }
    return row as E;
  }

  /** Rows of `SELECT <columns> FROM <table> <alias> <rest>` (`rest`: WHERE/ORDER BY/LIMIT with $n parameters). */
  async select(rest: string, values: unknown[]): Promise<E[]> {
    return this.selectWith('', rest, values).then((rows) => rows.map((row) => this.hydrate(row)));
  }

  /** Like select, with extra expressions after the columns (`, expr AS "name"`): rows keep them beside the entity. */
  async selectWith(extra: string, rest: string, values: unknown[]): Promise<Record<string, unknown>[]> {
    return plainQuery<Record<string, unknown>>(
      this.dataSource,
      `SELECT ${this.columns}${extra} FROM ${this.table} ${this.alias} ${rest}`,
      values,
    );
  }

  /** Rows with the given ids (any order; DataLoader batch functions order them). */
  byIds(ids: readonly string[]): Promise<E[]> {
    return this.select(`WHERE ${this.alias}.id = ANY($1::uuid[])`, [ids]);
  }

  /** The entity's own properties of a row read with extra expressions. */
  entityOf(row: Record<string, unknown>): E {
    const entity: Record<string, unknown> = {};
    for (const property of this.properties) entity[property] = row[property];
    return this.hydrate(entity);
  }
}

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, PlainRows<ObjectLiteral>>>>();

/** The (cached) plain-row reader of an entity under a query alias on a data source. */
export function plainRows<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
): PlainRows<E> {
  let byEntity = readers.get(dataSource);
  if (!byEntity) {
    byEntity = new Map();
    readers.set(dataSource, byEntity);
  }
  let byAlias = byEntity.get(entity);
  if (!byAlias) {
    byAlias = new Map();
    byEntity.set(entity, byAlias);
  }
  let reader = byAlias.get(alias) as PlainRows<E> | undefined;
  if (!reader) {
    reader = new PlainRows(dataSource, entity, alias);
    byAlias.set(alias, reader);
  }
  return reader;
}

/** `:name` and `:...name` (a list spread for IN) parameters, not `::type` casts. */
const NAMED_PARAMETER = /(?<![:\w]):(\.\.\.)?([A-Za-z_]\w*)/g;

/**
 * WHERE conditions with positional parameters for plain-row reads. `and` takes SQL with `$n` built by `param`, or
 * with TypeORM-style `:name` / `:...name` parameters (as the access services' shared conditions are written).
 */
export class SqlWhere {
  readonly values: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a value and returns its placeholder. */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  and(sql: string, parameters?: Record<string, unknown>): this {
    if (!parameters) {
      this.conditions.push(sql);
      return this;
    }
    const placed = new Map<string, string>();
    this.conditions.push(
      sql.replace(NAMED_PARAMETER, (_match, spread: string | undefined, name: string) => {
        if (!(name in parameters)) throw new Error(`SqlWhere: no value for :${name}`);
        const key = `${spread ?? ''}${name}`;
        let placeholder = placed.get(key);
        if (placeholder === undefined) {
          const value = parameters[name];
          placeholder = spread ? (value as unknown[]).map((item) => this.param(item)).join(', ') : this.param(value);
          placed.set(key, placeholder);
        }
        return placeholder;
      }),
    );
    return this;
  }

  /** `WHERE a AND b`, or nothing without conditions. */
  get clause(): string {
    return this.conditions.length ? `WHERE ${this.conditions.map((c) => `(${c})`).join(' AND ')}` : '';
  }

  clone(): SqlWhere {
    const copy = new SqlWhere();
    copy.values.push(...this.values);
    copy.conditions.push(...this.conditions);
    return copy;
  }
}
