import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { ReportExportFormat } from '../exports.enums';
import type { ReportFilter } from '../report-source';

/** A monthly export of a filter: the worker produces it on the 1st (in Japan) and notifies the subscriber. */
@Entity('report_export_subscription')
@Index(['subscriberId'])
export class ReportExportSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriberId' })
  subscriber?: object;

  @Column({ type: 'jsonb' })
  filter: ReportFilter;

  @Column({ type: 'enum', enum: ReportExportFormat })
  format: ReportExportFormat;

  /** The last month (YYYY-MM) produced; at subscription, the current month (the first export comes on the next 1st). */
  @Column({ type: 'varchar', length: 7 })
  lastPeriod: string;

  @CreatedAt()
  createdAt: Date;

  @Timestamp({ nullable: true })
  cancelledAt: Date | null;
}
