import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { MemberStatus, ProgramRole } from '../programs.enums';
import { ProgramEntity } from './program.entity';

/** One person in one role of a program. A person may hold several roles (e.g. OWNER and MENTOR). */
@Entity('program_member')
@Index(['programId', 'userId', 'role'], { unique: true })
@Index(['userId'])
export class ProgramMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: ProgramEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: object;

  @Column({ type: 'enum', enum: ProgramRole })
  role: ProgramRole;

  @Column({ type: 'enum', enum: MemberStatus, default: MemberStatus.ACTIVE })
  status: MemberStatus;

  @CreatedAt()
  joinedAt: Date;

  @Timestamp({ nullable: true })
  withdrawnAt: Date | null;
}
