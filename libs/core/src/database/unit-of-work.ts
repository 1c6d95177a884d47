import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AfterCommitTask, afterCommit, runInTransaction, TransactionContext } from './transaction';

/** A transaction in progress: its entity manager and work to run once it has committed (e.g. enqueue jobs). */
export interface Transaction {
  manager: EntityManager;
  afterCommit(task: AfterCommitTask): void;
}

/**
 * The former way to open a use case's transaction, now a thin layer over the CLS transaction host
 * (runInTransaction): same semantics, and the manager it hands out is the host's, so repositories and services
 * called inside join it too.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly transaction: TransactionContext) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(() => work({ manager: this.transaction.manager, afterCommit }));
  }
}
