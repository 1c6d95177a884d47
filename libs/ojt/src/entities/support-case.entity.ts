import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import { SupportCaseStatus, SupportStep } from '../ojt.enums';
import { ClientCompanyEntity } from './client-company.entity';

export interface StoredManagementIssue {
  title: string;
  detail: string | null;
  priority: number;
}

export interface StoredTalentRequirement {
  candidateProfile: string;
  expectations: string;
  roleAndDuties: string;
  mustHave: string[];
  niceToHave: string[];
  engagementType: string;
}

/** One engagement (案件) with a client company inside a program, led by a trainee. */
@Entity('support_case')
@Index(['programId', 'leadTraineeId'])
@Index(['clientCompanyId'])
@Index(['leadTraineeId'])
export class SupportCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'uuid' })
  clientCompanyId: string;

  @ManyToOne(() => ClientCompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientCompanyId' })
  clientCompany?: ClientCompanyEntity;

  @Column({ type: 'uuid' })
  leadTraineeId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadTraineeId' })
  leadTrainee?: object;

  @Column({ type: 'enum', enum: SupportStep })
  currentStep: SupportStep;

  @Column({ type: 'enum', enum: SupportCaseStatus })
  status: SupportCaseStatus;

  /** The current STEP1 inventory in priority order; every change is also kept in support_case_revision. */
  @Column({ type: 'jsonb' })
  managementIssues: StoredManagementIssue[];

  @Column({ type: 'jsonb', nullable: true })
  talentRequirement: StoredTalentRequirement | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
