import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { NextActionStatus } from '../ojt.enums';
import { SupportCaseEntity } from './support-case.entity';
import { OjtVisitEntity } from './ojt-visit.entity';

/** A follow-up task from a post-brief (ネクストアクション); open ones are carried into the next pre-brief. */
@Entity('next_action')
@Index(['supportCaseId', 'status'])
@Index(['visitId'])
@Index(['ownerId', 'status'])
export class NextActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  /** Order within the post-brief that raised it, from 1. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerId' })
  owner?: object;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'enum', enum: NextActionStatus })
  status: NextActionStatus;

  @Column({ type: 'text', nullable: true })
  closingNote: string | null;

  @Timestamp({ nullable: true })
  closedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
