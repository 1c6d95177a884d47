import { Injectable, Logger } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager } from 'typeorm';
import { isErrorResult } from '../graphql/error-result';

/** The request-scoped (CLS) transaction host bound to the TypeORM data source. */
export type BansoTransactionHost = TransactionHost<TransactionalAdapterTypeOrm>;

/** Work to run once the use case's transaction has committed. */
export type AfterCommitTask = () => Promise<unknown>;

const AFTER_COMMIT_TASKS = 'banso.transaction.afterCommit';
const logger = new Logger('Transaction');

/** Thrown inside the transaction to roll it back when the use case returns an ErrorResult; never leaves this file. */
class RollbackWithResult extends Error {
  constructor(readonly result: unknown) {
    super('rolled back with an error result');
  }
}

function host(): BansoTransactionHost {
  return TransactionHost.getInstance<TransactionalAdapterTypeOrm>();
}

async function runAfterCommit(tasks: AfterCommitTask[]): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      logger.error(`after-commit task failed: ${(error as Error).message}`, (error as Error).stack);
    }
  }
}

/**
 * Runs a use case in one transaction that every repository call inside it joins, other libs' services included
 * (the CLS transaction host carries it; nobody passes a manager around). Returning an ErrorResult rolls everything
 * back, so an expected failure never leaves anything half-written; throwing rolls back and rethrows. After-commit
 * tasks run once the transaction has committed. Called inside a transaction already in progress, the work simply
 * joins it: the outermost use case decides whether it commits.
 */
export async function runInTransaction<T>(work: () => Promise<T>): Promise<T> {
  const transactions = host();
  if (transactions.isTransactionActive()) return work();
  const tasks: AfterCommitTask[] = [];
  let result: T;
  try {
    result = await transactions.withTransaction(async () => {
      ClsServiceManager.getClsService().set(AFTER_COMMIT_TASKS, tasks);
      const value = await work();
      if (isErrorResult(value)) throw new RollbackWithResult(value);
      return value;
    });
  } catch (error) {
    if (error instanceof RollbackWithResult) return error.result as T;
    throw error;
  }
  await runAfterCommit(tasks);
  return result;
}

/** Whether a transaction is in progress in the current context. */
export function inTransaction(): boolean {
  return host().isTransactionActive();
}

/**
 * Registers work to run after the current transaction commits (nothing runs if it rolls back). Outside a
 * transaction there is nothing to wait for and the caller is told so: that is a programming error.
 */
export function afterCommit(task: AfterCommitTask): void {
  const tasks = inTransaction()
    ? ClsServiceManager.getClsService().get<AfterCommitTask[] | undefined>(AFTER_COMMIT_TASKS)
    : undefined;
  if (!tasks) throw new Error('afterCommit() needs a transaction opened with runInTransaction / @InTransaction()');
  tasks.push(task);
}

/**
 * Method decorator: the method is one use case, run by runInTransaction (one transaction, ErrorResult rolls back,
 * joins a transaction already in progress).
 */
export function InTransaction(): MethodDecorator {
  return (_target, _property, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    const wrapped = function (this: unknown, ...args: unknown[]): Promise<unknown> {
      return runInTransaction(() => original.apply(this, args));
    };
    Object.defineProperty(wrapped, 'name', { value: original.name });
    descriptor.value = wrapped;
    return descriptor;
  };
}

/**
 * The current transaction for services that need an EntityManager (raw SQL, locks): inside a use case it is the
 * use case's transaction, outside one the pool's default manager.
 */
@Injectable()
export class TransactionContext {
  constructor(private readonly transactions: TransactionHost<TransactionalAdapterTypeOrm>) {}

  get manager(): EntityManager {
    return this.transactions.tx;
  }

  get active(): boolean {
    return this.transactions.isTransactionActive();
  }

  /** runInTransaction, handing the work the transaction's entity manager for its own statements. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(() => work(this.manager));
  }

  afterCommit(task: AfterCommitTask): void {
    afterCommit(task);
  }
}
