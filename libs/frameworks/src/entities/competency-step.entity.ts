import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BehaviourPhase } from '../frameworks.enums';
import { CompetencyFrameworkEntity } from './competency-framework.entity';

/** A practice point as stored on the step. */
export interface StoredPracticePoint {
  phase: BehaviourPhase | null;
  ja: string;
  en: string;
}

@Entity('competency_step')
@Index(['frameworkId', 'code'], { unique: true })
export class CompetencyStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: CompetencyFrameworkEntity;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'varchar', length: 200 })
  titleJa: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ type: 'text' })
  tasksJa: string;

  @Column({ type: 'text' })
  tasksEn: string;

  @Column({ type: 'jsonb' })
  practicePoints: StoredPracticePoint[];
}
