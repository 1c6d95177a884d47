import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp, UpdatedAt } from '@banso/core';
import { AttendanceStatus, RegistrationStatus } from '../learning.enums';
import { LearningActivityEntity } from './learning-activity.entity';

/**
 * One person's part in one activity: registration (seat or waitlist), attendance, e-learning progress, handbook
 * acknowledgement. A row without a registration status is someone who took part without registering (a walk-in,
 * an e-learning module, a handbook).
 */
@Entity('participation')
@Index(['activityId', 'userId'], { unique: true })
@Index(['activityId', 'registrationStatus', 'queueNumber'])
@Index(['userId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => LearningActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activityId' })
  activity?: LearningActivityEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: object;

  @Column({ type: 'enum', enum: RegistrationStatus, nullable: true })
  registrationStatus: RegistrationStatus | null;

  /** Arrival order of the latest registration within the activity (waitlist order). */
  @Column({ type: 'int', nullable: true })
  queueNumber: number | null;

  @Timestamp({ nullable: true })
  registeredAt: Date | null;

  @Column({ type: 'enum', enum: AttendanceStatus, nullable: true })
  attendance: AttendanceStatus | null;

  @Timestamp({ nullable: true })
  attendanceRecordedAt: Date | null;

  @Timestamp({ nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'int', default: 0 })
  progressPercent: number;

  @Timestamp({ nullable: true })
  completedAt: Date | null;

  @Timestamp({ nullable: true })
  acknowledgedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
