import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp, UpdatedAt } from '@banso/core';
import { AidaStage, LearningActivityKind, LearningActivityStatus } from '../learning.enums';
import type { StoredRubricCriterion } from '../services/rubric';

/** An off-JT activity of a program (座学・ケーススタディー・ワークショップ…): a session, an e-learning module or a handbook. */
@Entity('learning_activity')
@Index(['programId', 'startsAt'])
export class LearningActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'enum', enum: LearningActivityKind })
  kind: LearningActivityKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: AidaStage })
  aidaStage: AidaStage;

  @Timestamp({ nullable: true })
  startsAt: Date | null;

  @Timestamp({ nullable: true })
  endsAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  /** Seats; null = no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  instructorName: string | null;

  @Column({ type: 'enum', enum: LearningActivityStatus, default: LearningActivityStatus.SCHEDULED })
  status: LearningActivityStatus;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Timestamp({ nullable: true })
  cancelledAt: Date | null;

  /** The case study of a CASE_STUDY or WORKSHOP activity. */
  @Column({ type: 'uuid', nullable: true })
  caseStudyId: string | null;

  @ManyToOne('CaseStudyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseStudyId' })
  caseStudy?: object;

  /** Peer reviewers each final submission gets when submissions close; 0 = no peer review. */
  @Column({ type: 'int', default: 0 })
  peerReviewersPerSubmission: number;

  /** The activity's own rubric; null = the default rubric. */
  @Column({ type: 'jsonb', nullable: true })
  rubric: StoredRubricCriterion[] | null;

  @Timestamp({ nullable: true })
  submissionsClosedAt: Date | null;

  /** Short code shown by the owner in the room; trainees type it to check in. */
  @Column({ type: 'varchar', length: 12 })
  checkInCode: string;

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

/** A behaviour of the program's framework that the activity trains (targeted behaviour). */
@Entity('learning_activity_behaviour')
@Index(['activityId', 'behaviourId'], { unique: true })
@Index(['behaviourId'])
export class LearningActivityBehaviourEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => LearningActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activityId' })
  activity?: LearningActivityEntity;

  @Column({ type: 'uuid' })
  behaviourId: string;

  @ManyToOne('BehaviourEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'behaviourId' })
  behaviour?: object;

  @Column({ type: 'int' })
  position: number;
}
