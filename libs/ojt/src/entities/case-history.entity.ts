import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { CaseMilestoneKind, SupportStep } from '../ojt.enums';
import { StoredManagementIssue, StoredTalentRequirement, SupportCaseEntity } from './support-case.entity';

export enum CaseRevisionKind {
  MANAGEMENT_ISSUES = 'MANAGEMENT_ISSUES',
  TALENT_REQUIREMENT = 'TALENT_REQUIREMENT',
}

/** Every version of the management issues and the talent requirement of a case (history, append-only). */
@Entity('support_case_revision')
@Index(['supportCaseId', 'kind', 'revision'], { unique: true })
export class SupportCaseRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'enum', enum: CaseRevisionKind })
  kind: CaseRevisionKind;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'jsonb' })
  content: StoredManagementIssue[] | StoredTalentRequirement;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: object;

  @CreatedAt()
  createdAt: Date;
}

/** A move of the case between STEPs, forward or back (行きつ戻りつ). */
@Entity('support_case_step_move')
@Index(['supportCaseId', 'movedAt'])
export class SupportCaseStepMoveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'enum', enum: SupportStep })
  fromStep: SupportStep;

  @Column({ type: 'enum', enum: SupportStep })
  toStep: SupportStep;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  movedById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'movedById' })
  movedBy?: object;

  @CreatedAt()
  movedAt: Date;
}

/** A KPI milestone of the case (求人化, マッチング …), each at most once. */
@Entity('support_case_milestone')
@Index(['supportCaseId', 'milestone'], { unique: true })
/** KPI reporting: milestones of a kind reached in a period. */
@Index(['milestone', 'occurredAt'])
export class SupportCaseMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'enum', enum: CaseMilestoneKind })
  milestone: CaseMilestoneKind;

  @Timestamp()
  occurredAt: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: object;

  @CreatedAt()
  createdAt: Date;
}

/** A hand-off (トスアップ) of the case to another organisation, with what had been collected so far. */
@Entity('support_case_hand_off')
@Index(['supportCaseId', 'handedOffAt'])
@Index(['toOrganizationId'])
/** KPI reporting: hand-offs in a period. */
@Index(['handedOffAt'])
export class SupportCaseHandOffEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'uuid' })
  fromOrganizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fromOrganizationId' })
  fromOrganization?: object;

  @Column({ type: 'uuid' })
  toOrganizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'toOrganizationId' })
  toOrganization?: object;

  @Column({ type: 'enum', enum: SupportStep })
  step: SupportStep;

  @Column({ type: 'text' })
  summary: string;

  /** Management issues and talent requirement as they stood when handed off. */
  @Column({ type: 'jsonb' })
  collectedInformation: {
    managementIssues: StoredManagementIssue[];
    talentRequirement: StoredTalentRequirement | null;
  };

  @Column({ type: 'uuid' })
  handedOffById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handedOffById' })
  handedOffBy?: object;

  @CreatedAt()
  handedOffAt: Date;
}
