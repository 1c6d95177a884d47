import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, afterCommit, Errors, JobName, JobQueue, TransactionContext } from '@banso/core';
import { AuditService } from '@banso/audit';
import { SystemPing } from '../models/system-ping.model';
import { SystemPingStatus } from '../system.enums';

const ENTITY_TYPE = 'SystemPing';
const NOUN = { ja: 'システム疎通確認', en: 'System ping' };

@Injectable()
export class SystemPingService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  /** Records the request and enqueues the job once the transaction has committed. */
  async request(actor: Actor): Promise<SystemPing> {
    const id = randomUUID();
    await this.transaction.run(async () => {
      await this.audit.record(actor, {
        action: 'system.ping.requested',
        entityType: ENTITY_TYPE,
        entityId: id,
      });
      afterCommit(() => this.queue.enqueue(JobName.SYSTEM_PING, { pingId: id }, { jobId: `ping-${id}` }));
    });
    return this.find(id);
  }

  /** Idempotent: a second run finds the processed marker and writes nothing. */
  async process(pingId: string): Promise<void> {
    await this.transaction.run(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [pingId]);
      const done = await manager.query<unknown[]>(
        `SELECT 1 FROM audit_event WHERE "entityType" = $1 AND "entityId" = $2 AND action = 'system.ping.processed'`,
        [ENTITY_TYPE, pingId],
      );
      if (done.length) return;
      await this.audit.record(null, {
        action: 'system.ping.processed',
        entityType: ENTITY_TYPE,
        entityId: pingId,
      });
    });
  }

  async find(id: string): Promise<SystemPing> {
    const rows = await this.dataSource.query<{ action: string; occurredAt: Date }[]>(
      `SELECT action, "occurredAt" FROM audit_event WHERE "entityType" = $1 AND "entityId" = $2 ORDER BY "occurredAt"`,
      [ENTITY_TYPE, id],
    );
    const requested = rows.find((row) => row.action === 'system.ping.requested');
    if (!requested) throw Errors.notFound(NOUN);
    const processed = rows.find((row) => row.action === 'system.ping.processed');
    return Object.assign(new SystemPing(), {
      id,
      status: processed ? SystemPingStatus.PROCESSED : SystemPingStatus.REQUESTED,
      requestedAt: requested.occurredAt,
      processedAt: processed?.occurredAt ?? null,
    });
  }
}
