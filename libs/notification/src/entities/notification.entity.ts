import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, LocalizedText, Timestamp } from '@banso/core';
import { NotificationKind } from '../notification.enums';

/** One notification for one person. Unique per (kind, subject, recipient), so a re-run reminder sends nothing. */
@Entity('notification')
@Index(['kind', 'subjectId', 'recipientId'], { unique: true })
@Index(['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: object;

  @Column({ type: 'enum', enum: NotificationKind })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 60 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb' })
  text: LocalizedText;

  @Timestamp({ nullable: true })
  readAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
