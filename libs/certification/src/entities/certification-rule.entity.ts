import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import type { CaseMilestoneKind, SupportStep } from '@banso/ojt';
import type { LearningActivityKind } from '@banso/learning';
import { CertificateKind } from '../certification.enums';

/** The typed criteria of a rule as stored (validated against the program's framework before they are written). */
export interface StoredCriteria {
  minLevelForSteps: { stepCode: string; minLevel: number }[];
  minLevelForBehaviours: { behaviourCode: string; minLevel: number }[];
  minLevelForAllBehaviours: number | null;
  minVisitsWithFeedback: number | null;
  minVisitsLed: number | null;
  requiredActivitiesDone: boolean;
  caseReached: {
    step: SupportStep | null;
    milestone: CaseMilestoneKind | null;
    requireTalentRequirement: boolean;
  } | null;
  requireActiveSupporter: boolean;
  minVisitsAsSecondMentor: number | null;
  mentorPreparation: { minActivities: number; kinds: LearningActivityKind[] } | null;
}

/** What it takes to be certified in a program, per kind (認定基準). One row per (program, kind). */
@Entity('certification_rule')
@Index(['programId', 'kind'], { unique: true })
export class CertificationRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'enum', enum: CertificateKind })
  kind: CertificateKind;

  @Column({ type: 'jsonb' })
  criteria: StoredCriteria;

  @Column({ type: 'int' })
  validityMonths: number;

  /** Issue the certificate as soon as every criterion is met (else owners are notified and issue it). */
  @Column({ type: 'boolean', default: false })
  autoIssue: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
