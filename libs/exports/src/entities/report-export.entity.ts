import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { ReportExportFormat, ReportExportStatus } from '../exports.enums';
import type { ReportFilter } from '../report-source';

/**
 * One export of a report: requested by a person (or produced for their monthly subscription), built by the worker.
 * The file lives in `content` (bytea) until it expires: a report is a few kilobytes, and the api and worker replicas
 * share no disk, so the database is the one store both see, written in the same transaction as DONE.
 */
@Entity('report_export')
@Index(['requesterId', 'requestedAt'])
@Index(['status', 'expiresAt'])
@Index(['subscriptionId', 'period'], { unique: true, where: '"subscriptionId" IS NOT NULL' })
@Check(`progress BETWEEN 0 AND 100`)
export class ReportExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requesterId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requesterId' })
  requester?: object;

  @Column({ type: 'jsonb' })
  filter: ReportFilter;

  @Column({ type: 'enum', enum: ReportExportFormat })
  format: ReportExportFormat;

  @Column({ type: 'enum', enum: ReportExportStatus, default: ReportExportStatus.QUEUED })
  status: ReportExportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  @Column({ type: 'int', nullable: true })
  size: number | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  /** Set when the export was produced for a monthly subscription. */
  @Column({ type: 'uuid', nullable: true })
  subscriptionId: string | null;

  @ManyToOne('ReportExportSubscriptionEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'subscriptionId' })
  subscription?: object;

  /** The month (YYYY-MM) a subscription's export was produced for. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  period: string | null;

  @CreatedAt()
  requestedAt: Date;

  @Timestamp({ nullable: true })
  startedAt: Date | null;

  @Timestamp({ nullable: true })
  finishedAt: Date | null;

  @Timestamp({ nullable: true })
  expiresAt: Date | null;
}
