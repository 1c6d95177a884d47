import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BehaviourPhase } from '../frameworks.enums';
import { CompetencyFrameworkEntity } from './competency-framework.entity';
import { CompetencyStepEntity } from './competency-step.entity';

@Entity('behaviour')
@Index(['frameworkId', 'code'], { unique: true })
@Index(['stepId'])
export class BehaviourEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: CompetencyFrameworkEntity;

  /** Null for a cross-cutting behaviour. */
  @Column({ type: 'uuid', nullable: true })
  stepId: string | null;

  @ManyToOne(() => CompetencyStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stepId' })
  step?: CompetencyStepEntity;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'varchar', length: 200 })
  nameJa: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'text' })
  descriptionJa: string;

  @Column({ type: 'text' })
  descriptionEn: string;

  @Column({ type: 'enum', enum: BehaviourPhase, nullable: true })
  phase: BehaviourPhase | null;
}
