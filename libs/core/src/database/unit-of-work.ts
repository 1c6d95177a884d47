import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isErrorResult } from '../graphql/error-result';

/** A transaction in progress: its entity manager and work to run once it has committed (e.g. enqueue jobs). */
export interface Transaction {
  manager: EntityManager;
  afterCommit(task: () => Promise<unknown>): void;
}

class RollbackWithResult extends Error {
  constructor(readonly result: unknown) {
    super('rolled back with an error result');
  }
}

/**
 * Runs a use case in one transaction. Returning an ErrorResult rolls everything back (so an expected failure never
 * leaves anything half-written); throwing rolls back and rethrows. After-commit tasks run only once committed.
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const tasks: (() => Promise<unknown>)[] = [];
    let result: T;
    try {
      result = await this.dataSource.transaction(async (manager) => {
        const value = await work({ manager, afterCommit: (task) => tasks.push(task) });
        if (isErrorResult(value)) throw new RollbackWithResult(value);
        return value;
      });
    } catch (error) {
      if (error instanceof RollbackWithResult) return error.result as T;
      throw error;
    }
    for (const task of tasks) {
      try {
        await task();
      } catch (error) {
        this.logger.error(`after-commit task failed: ${(error as Error).message}`, (error as Error).stack);
      }
    }
    return result;
  }
}
