import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@banso/core';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface StoredFieldChange {
  field: string;
  from: JsonValue;
  to: JsonValue;
}

/** One row per mutation, written in the mutation's own transaction. Never updated or deleted. */
@Entity('audit_event')
@Index(['entityType', 'entityId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'jsonb' })
  changes: StoredFieldChange[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreatedAt()
  occurredAt: Date;
}
