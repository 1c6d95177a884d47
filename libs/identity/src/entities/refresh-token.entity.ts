import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { UserAccountEntity } from './user-account.entity';

/**
 * A refresh token, stored as a SHA-256 hash. Tokens of one login form a family: using a token rotates it (the old
 * row is marked used and a new one issued); presenting a used token again revokes the whole family.
 */
@Entity('refresh_token')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserAccountEntity;

  @Index()
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Timestamp()
  expiresAt: Date;

  @Timestamp({ nullable: true })
  usedAt: Date | null;

  @Timestamp({ nullable: true })
  revokedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
