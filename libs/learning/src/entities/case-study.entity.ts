import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp, UpdatedAt } from '@banso/core';
import { CaseReviewerRole, CaseSubmissionStatus } from '../learning.enums';
import { LearningActivityEntity } from './learning-activity.entity';
import type { RubricScore } from '../services/rubric';

/** A past support case written up for teaching (事例), in a program's case library. */
@Entity('case_study')
@Index(['programId', 'createdAt'])
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 100 })
  industry: string;

  @Column({ type: 'text' })
  background: string;

  @Column({ type: 'text' })
  managementIssues: string;

  @Column({ type: 'text' })
  whatWasDone: string;

  @Column({ type: 'text' })
  outcome: string;

  @Column({ type: 'varchar', length: 300 })
  source: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: object;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A trainee's case work for one activity: one per trainee and activity, a draft until made final. */
@Entity('case_submission')
@Index(['activityId', 'traineeId'], { unique: true })
@Index(['traineeId'])
export class CaseSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => LearningActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activityId' })
  activity?: LearningActivityEntity;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'traineeId' })
  trainee?: object;

  @Column({ type: 'enum', enum: CaseSubmissionStatus })
  status: CaseSubmissionStatus;

  /** 1 for the first submission; a resubmission after a review starts the next one. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text' })
  issueHypotheses: string;

  @Column({ type: 'text' })
  proposedSolutions: string;

  @Column({ type: 'text' })
  talentRequirementDraft: string;

  @Timestamp({ nullable: true })
  submittedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A reviewed final version replaced by a resubmission, kept as history. */
@Entity('case_submission_revision')
@Index(['submissionId', 'version'], { unique: true })
export class CaseSubmissionRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => CaseSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submissionId' })
  submission?: CaseSubmissionEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  issueHypotheses: string;

  @Column({ type: 'text' })
  proposedSolutions: string;

  @Column({ type: 'text' })
  talentRequirementDraft: string;

  @Timestamp()
  submittedAt: Date;
}

/** A mentor's or a peer's review of one version of a submission: rubric scores and a comment. */
@Entity('case_review')
@Index(['submissionId', 'reviewerId', 'submissionVersion'], { unique: true })
@Index(['reviewerId'])
export class CaseReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => CaseSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submissionId' })
  submission?: CaseSubmissionEntity;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewerId' })
  reviewer?: object;

  @Column({ type: 'enum', enum: CaseReviewerRole })
  role: CaseReviewerRole;

  @Column({ type: 'int' })
  submissionVersion: number;

  @Column({ type: 'jsonb' })
  scores: RubricScore[];

  @Column({ type: 'text' })
  comment: string;

  @CreatedAt()
  createdAt: Date;
}

/** A peer allocated to review a submission when submissions closed. */
@Entity('case_peer_assignment')
@Index(['submissionId', 'reviewerId'], { unique: true })
@Index(['reviewerId'])
export class CasePeerAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => CaseSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submissionId' })
  submission?: CaseSubmissionEntity;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewerId' })
  reviewer?: object;

  @CreatedAt()
  createdAt: Date;
}
