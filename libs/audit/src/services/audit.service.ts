import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor, ConnectionArgs, ConnectionShape, paginate } from '@banso/core';
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

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Writes one audit event inside the caller's transaction. */
  record(manager: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    return this.recordMany(manager, actor, [record]);
  }

  /** Writes several audit events of one actor in a single statement, inside the caller's transaction. */
  async recordMany(manager: EntityManager, actor: AuditActor, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    await manager.query(
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

  async eventsFor(entityType: string, entityId: string, args: ConnectionArgs): Promise<ConnectionShape<AuditEvent>> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.entityType = :entityType AND event.entityId = :entityId', { entityType, entityId });
    return paginate(
      query,
      args,
      {
        column: 'event.occurredAt',
        value: (e) => e.occurredAt,
        direction: 'DESC',
        idColumn: 'event.id',
        id: (e) => e.id,
      },
      (entity) => ({
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
      }),
    );
  }
}
