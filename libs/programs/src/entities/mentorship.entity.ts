import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { ProgramEntity } from './program.entity';

/** A time-bounded pairing of a mentor with a trainee inside a program. Ended pairings are kept as history. */
@Entity('mentorship')
@Index(['programId', 'mentorId', 'traineeId'], { unique: true, where: '"endedAt" IS NULL' })
@Index(['programId', 'traineeId'])
@Index(['mentorId'])
export class MentorshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: ProgramEntity;

  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentorId' })
  mentor?: object;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'traineeId' })
  trainee?: object;

  @CreatedAt()
  startedAt: Date;

  @Timestamp({ nullable: true })
  endedAt: Date | null;
}
