import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '../database/columns';

export enum IdempotencyKeyStatus {
  /** The first request with this key is running. */
  IN_FLIGHT = 'IN_FLIGHT',
  /** The first request finished; its response is stored and replayed. */
  COMPLETED = 'COMPLETED',
}

/**
 * An `Idempotency-Key` a user sent with a mutation: the request it was first used with (fingerprint) and the
 * response that request got, kept 24 hours so a retried request gets the same answer and writes nothing twice.
 */
@Entity('idempotency_key')
@Index(['userId', 'key'], { unique: true })
@Index(['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 255 })
  key: string;

  /** sha256 of the operation text, its name and its variables (keys sorted). */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'enum', enum: IdempotencyKeyStatus })
  status: IdempotencyKeyStatus;

  /** The GraphQL response body as first sent (errors still in both languages). */
  @Column({ type: 'jsonb', nullable: true })
  response: Record<string, unknown> | null;

  @Column({ type: 'smallint', nullable: true })
  responseStatus: number | null;

  @CreatedAt()
  createdAt: Date;

  @Timestamp()
  expiresAt: Date;
}
