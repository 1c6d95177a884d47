import { Provider } from '@nestjs/common';
import { getDataSourceToken, getRepositoryToken } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * A repository that works on the current transaction when there is one (the CLS transaction host's entity manager)
 * and on the pool otherwise, decided at each call. Injected with `@InjectRepository(Entity)` as usual, so a service
 * of another lib called inside a use case reads and writes in that use case's transaction, on its connection.
 */
export function transactionalRepository<T extends ObjectLiteral>(
  transactions: TransactionHost<TransactionalAdapterTypeOrm>,
  dataSource: DataSource,
  entity: EntityTarget<T>,
): Repository<T> {
  const pooled = dataSource.getRepository(entity);
  return new Proxy(pooled, {
    get(target, property) {
      const repository = transactions.isTransactionActive() ? transactions.tx.getRepository(entity) : target;
      const value: unknown = Reflect.get(repository, property, repository);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(repository) : value;
    },
  });
}

/** An entity class or schema, as TypeOrmModule.forFeature takes them. */
export type EntityClass = Parameters<typeof getRepositoryToken>[0];

/** Providers of transactional repositories under the tokens `@InjectRepository` looks for. */
export function transactionalRepositoryProviders(entities: EntityClass[]): Provider[] {
  return entities.map((entity) => ({
    provide: getRepositoryToken(entity),
    inject: [TransactionHost, getDataSourceToken()],
    useFactory: (transactions: TransactionHost<TransactionalAdapterTypeOrm>, dataSource: DataSource) =>
      transactionalRepository(transactions, dataSource, entity),
  }));
}
