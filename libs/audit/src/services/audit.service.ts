import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DeepPartial, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { Actor, ConnectionArgs, ConnectionShape, keysetBy, paginate, TransactionContext } from '@banso/core';
import { AuditEventEntity, JsonValue, StoredFieldChange } from '../entities/audit-event.entity';
import { AuditEvent } from '../models/audit-event.model';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  changes?: StoredFieldChange[];
}

function normalise(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** Field-by-field difference of two snapshots of a record, for the audit trail. */
export function changedFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: Extract<keyof T, string>[],
): StoredFieldChange[] {
  const changes: StoredFieldChange[] = [];
  for (const field of fields) {
    const from = before ? normalise(before[field]) : null;
    const to = normalise(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

/** Who made the change: a user in a request, or null for system jobs and the CLI. */
export type AuditActor = Pick<Actor, 'userId' | 'requestId'> | null;

/** How the creation of a record is audited: its action and type, the fields recorded, and extra changes. */
export interface CreationAudit<E> {
  action: string;
  entityType: string;
  fields: Extract<keyof E, string>[];
  extraChanges?: StoredFieldChange[];
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly transaction: TransactionContext,
  ) {}

  /** Writes one audit event in the current transaction (the use case's). */
  record(actor: AuditActor, record: AuditRecord): Promise<void> {
    return this.recordMany(actor, [record]);
  }

  /** Writes several audit events of one actor in a single statement, in the current transaction. */
  async recordMany(actor: AuditActor, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    await this.events.query(
      `INSERT INTO audit_event ("actorId", "requestId", action, "entityType", "entityId", changes)
       SELECT $1::uuid, $2, r.action, r."entityType", r."entityId", r.changes
       FROM jsonb_to_recordset($3::jsonb) AS r(action varchar, "entityType" varchar, "entityId" uuid, changes jsonb)`,
      [
        actor?.userId ?? null,
        actor?.requestId ?? null,
        JSON.stringify(records.map((record) => ({ ...record, changes: record.changes ?? [] }))),
      ],
    );
  }

  /**
   * Insert → audit → map, the shape of every "create" use case: inserts the row, reads it back (defaults and
   * generated columns), audits its creation with the given fields and returns it mapped to its model.
   */
  async insertAudited<E extends ObjectLiteral & { id: string }, M>(
    actor: AuditActor,
    target: EntityTarget<E>,
    values: DeepPartial<E>,
    audit: CreationAudit<E>,
    toModel: (entity: E) => M,
  ): Promise<M> {
    const manager = this.transaction.manager;
    const entity = manager.create(target, values);
    await manager.insert(target, entity);
    const created = await manager.findOneByOrFail(target, { id: entity.id } as FindOptionsWhere<E>);
    await this.record(actor, {
      action: audit.action,
      entityType: audit.entityType,
      entityId: created.id,
      changes: [...changedFields<E>(null, created, audit.fields), ...(audit.extraChanges ?? [])],
    });
    return toModel(created);
  }

  async eventsFor(entityType: string, entityId: string, args: ConnectionArgs): Promise<ConnectionShape<AuditEvent>> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.entityType = :entityType AND event.entityId = :entityId', { entityType, entityId });
    return paginate(query, args, keysetBy<AuditEventEntity>('event', 'occurredAt', 'DESC'), (entity) => ({
      id: entity.id,
      actorId: entity.actorId,
      action: entity.action,
      entityType: entity.entityType,
      entityId: entity.entityId,
      requestId: entity.requestId,
      occurredAt: entity.occurredAt,
      changes: entity.changes.map((change) => ({
        field: change.field,
        from: change.from === null || change.from === undefined ? null : JSON.stringify(change.from),
        to: change.to === null || change.to === undefined ? null : JSON.stringify(change.to),
      })),
    }));
  }
}
