import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamp, UpdatedAt } from '@banso/core';
import type { KpiBreakdown, KpiSection } from '../models/kpi-report.model';

/**
 * A pre-aggregated KPI report of one canonical scope (one program's fiscal year, or every program's), written by
 * the worker's refresh job and read by kpiReport in one indexed statement. Never written in a request.
 */
@Entity('kpi_snapshot')
@Index(['scopeKey'], { unique: true })
@Index(['programId'])
export class KpiSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `<fiscalYear>:all` or `<fiscalYear>:<programId>`. */
  @Column({ type: 'varchar', length: 60 })
  scopeKey: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  /** Null for the report over every program. */
  @Column({ type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  /** The records counted are as of this time (when the refresh started computing this scope). */
  @Timestamp()
  dataAsOf: Date;

  @Column({ type: 'int' })
  computedInMs: number;

  @Column({ type: 'jsonb' })
  sections: KpiSection[];

  @Column({ type: 'jsonb' })
  breakdowns: KpiBreakdown[];

  @UpdatedAt()
  updatedAt: Date;
}
