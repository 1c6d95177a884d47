import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import { ProgramStatus } from '../programs.enums';

@Entity('program')
@Check(`"endsOn" >= "startsOn"`)
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 100 })
  region: string;

  @Index()
  @Column({ type: 'uuid' })
  operatorOrganizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operatorOrganizationId' })
  operatorOrganization?: object;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** The PUBLISHED competency framework version the program is assessed against (pinned at creation). */
  @Index()
  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne('CompetencyFrameworkEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: object;

  @Column({ type: 'enum', enum: ProgramStatus, default: ProgramStatus.DRAFT })
  status: ProgramStatus;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
