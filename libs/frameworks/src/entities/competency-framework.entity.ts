import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp, UpdatedAt } from '@banso/core';
import { FrameworkStatus } from '../frameworks.enums';

/** One level of the proficiency scale as stored on the framework. */
export interface StoredScaleLevel {
  level: number;
  ja: string;
  en: string;
  meaning: string;
}

@Entity('competency_framework')
@Index(['code', 'version'], { unique: true })
@Check(`"proficientLevel" BETWEEN 0 AND 4`)
export class CompetencyFrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'int' })
  version: number;

  @Index()
  @Column({ type: 'enum', enum: FrameworkStatus, default: FrameworkStatus.DRAFT })
  status: FrameworkStatus;

  @Column({ type: 'varchar', length: 200 })
  nameJa: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'int' })
  proficientLevel: number;

  @Column({ type: 'jsonb' })
  scale: StoredScaleLevel[];

  @Column({ type: 'uuid', nullable: true })
  basedOnId: string | null;

  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'basedOnId' })
  basedOn?: CompetencyFrameworkEntity;

  @Timestamp({ nullable: true })
  publishedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
