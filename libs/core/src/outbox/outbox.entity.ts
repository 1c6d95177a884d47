import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '../database/columns';

/**
 * Where a job intent is in its life: written by a use case (PENDING), handed to BullMQ by the relay when due (SENT),
 * finished by the worker (DONE, or FAILED after its last attempt), or withdrawn before it ran (CANCELLED).
 */
export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

/** The statuses of a job that may still run; a deduplication key is unique among them. */
export const ACTIVE_OUTBOX_STATUSES = [OutboxStatus.PENDING, OutboxStatus.SENT] as const;

/**
 * A job intent, written in the same transaction as the change that causes it (transactional outbox). The row's id is
 * the BullMQ job id, so relaying a row twice adds the job once, and the worker can tell a job it already finished.
 */
@Entity('outbox')
@Index(['status', 'availableAt'])
@Index(['jobName', 'deduplicationKey'], { unique: true, where: `"status" IN ('PENDING', 'SENT')` })
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A `JobName`; kept as text so adding a job needs no migration. */
  @Column({ type: 'varchar', length: 100 })
  jobName: string;

  /** Ids and scalars only; the handler reloads state. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** One active job per (jobName, key), e.g. a visit's reminder; also how a producer cancels it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  deduplicationKey: string | null;

  /** Not handed to the queue before this time (delayed jobs wait here, in PostgreSQL, not in Redis). */
  @Timestamp()
  availableAt: Date;

  @Column({ type: 'enum', enum: OutboxStatus, default: OutboxStatus.PENDING })
  status: OutboxStatus;

  /** Handler runs started by the worker. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreatedAt()
  createdAt: Date;

  @Timestamp({ nullable: true })
  sentAt: Date | null;

  /** Last time the sweeper compared this sent row with Redis. */
  @Timestamp({ nullable: true })
  checkedAt: Date | null;

  @Timestamp({ nullable: true })
  completedAt: Date | null;
}
