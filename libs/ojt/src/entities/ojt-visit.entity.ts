import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp, UpdatedAt } from '@banso/core';
import { SupportStep, TraineeRole, VisitStatus } from '../ojt.enums';
import { SupportCaseEntity } from './support-case.entity';

/** An accompanied OJT visit (同行訪問) to the client company of a case, numbered per case. */
@Entity('ojt_visit')
@Index(['supportCaseId', 'number'], { unique: true })
@Index(['programId', 'scheduledAt'])
@Index(['traineeId', 'scheduledAt'])
/** KPI reporting: held visits of a program, or of every program, in a period (live reports and refreshes). */
@Index(['programId', 'heldAt'], { where: `"cancelledAt" IS NULL AND "heldAt" IS NOT NULL` })
@Index(['heldAt'], { where: `"cancelledAt" IS NULL AND "heldAt" IS NOT NULL` })
export class OjtVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supportCaseId' })
  supportCase?: SupportCaseEntity;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'traineeId' })
  trainee?: object;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'enum', enum: VisitStatus })
  status: VisitStatus;

  @Timestamp()
  scheduledAt: Date;

  @Column({ type: 'enum', enum: TraineeRole })
  traineeRole: TraineeRole;

  @Timestamp({ nullable: true })
  heldAt: Date | null;

  /** When the visit was recorded as held (recordVisit); the post-brief reminder waits at least 24 h from it. */
  @Timestamp({ nullable: true })
  recordedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'enum', enum: SupportStep, array: true })
  stepsPractised: SupportStep[];

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Timestamp({ nullable: true })
  cancelledAt: Date | null;

  @Timestamp({ nullable: true })
  postBriefedAt: Date | null;

  @Timestamp({ nullable: true })
  feedbackGivenAt: Date | null;

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

/** A mentor accompanying a visit. */
@Entity('ojt_visit_mentor')
@Index(['visitId', 'mentorId'], { unique: true })
@Index(['mentorId'])
export class OjtVisitMentorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentorId' })
  mentor?: object;
}

/**
 * A mentor-in-training (second mentor, 2人目のメンター) accompanying a visit to learn mentoring: not a mentor of the
 * visit (no feedback, no reminders), but each visit counts towards their MENTOR certification.
 */
@Entity('ojt_visit_second_mentor')
@Index(['visitId', 'userId'], { unique: true })
@Index(['userId'])
export class OjtVisitSecondMentorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  visitId: string;

  @ManyToOne(() => OjtVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitId' })
  visit?: OjtVisitEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: object;
}
