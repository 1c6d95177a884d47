import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import { HypothesisKind, HypothesisVerdict } from '../ojt.enums';
import { OjtVisitEntity } from './ojt-visit.entity';

/** Preparation before the visit (事前準備). Edited with optimistic concurrency through `version`. */
@Entity('pre_brief')
@Index(['visitId'], { unique: true })
export class PreBriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  @Column({ type: 'text' })
  companyInfoReviewed: string;

  @Column({ type: 'text' })
  priorConsultation: string;

  @Column({ type: 'text', array: true })
  hearingItems: string[];

  @Column({ type: 'text' })
  meetingPlan: string;

  @VersionColumn()
  version: number;

  @Column({ type: 'uuid' })
  updatedById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: object;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A hypothesis stated in the pre-brief (仮説) and its verdict after the visit. */
@Entity('hypothesis')
@Index(['visitId', 'position'])
export class HypothesisEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: HypothesisKind })
  kind: HypothesisKind;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'enum', enum: HypothesisVerdict, nullable: true })
  verdict: HypothesisVerdict | null;

  @Column({ type: 'text', nullable: true })
  verdictNote: string | null;

  @CreatedAt()
  createdAt: Date;
}

/** Organising what was learned after the visit (事後整理). Edited with optimistic concurrency. */
@Entity('post_brief')
@Index(['visitId'], { unique: true })
export class PostBriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  @Column({ type: 'text' })
  findings: string;

  @Column({ type: 'text' })
  goodPoints: string;

  @Column({ type: 'text' })
  improvementAreas: string;

  @Column({ type: 'text' })
  improvementPlan: string;

  @Column({ type: 'text', array: true })
  nextHearingItems: string[];

  @VersionColumn()
  version: number;

  @Column({ type: 'uuid' })
  updatedById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: object;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
