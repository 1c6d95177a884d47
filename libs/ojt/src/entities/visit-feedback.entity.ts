import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '@banso/core';
import { OjtVisitEntity } from './ojt-visit.entity';

/** The accompanying mentor's feedback on a visit; its ratings live as assessments in the competency lib. */
@Entity('visit_feedback')
@Index(['visitId'], { unique: true })
@Index(['mentorId'])
export class VisitFeedbackEntity {
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

  @Column({ type: 'text' })
  comment: string;

  @Column({ type: 'uuid', array: true })
  assessmentIds: string[];

  @CreatedAt()
  createdAt: Date;
}
