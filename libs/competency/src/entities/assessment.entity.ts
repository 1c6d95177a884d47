import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@banso/core';
import { AssessmentSource, EvidenceType } from '../competency.enums';

/** Append-only: rows are never updated or deleted; a correction is a newer row that supersedes the older one. */
@Entity('assessment')
@Check(`"level" BETWEEN 0 AND 4`)
@Check(`("evidenceType" IS NULL) = ("evidenceId" IS NULL)`)
@Index(['programId', 'traineeId', 'behaviourId', 'recordedAt'])
@Index(['traineeId'])
@Index(['behaviourId'])
@Index(['assessorId'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'uuid' })
  behaviourId: string;

  @ManyToOne('BehaviourEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'behaviourId' })
  behaviour?: object;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'enum', enum: AssessmentSource })
  source: AssessmentSource;

  @Column({ type: 'uuid' })
  assessorId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessorId' })
  assessor?: object;

  @Column({ type: 'enum', enum: EvidenceType, nullable: true })
  evidenceType: EvidenceType | null;

  @Column({ type: 'uuid', nullable: true })
  evidenceId: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @CreatedAt()
  recordedAt: Date;
}
