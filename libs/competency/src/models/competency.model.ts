import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { Behaviour, CompetencyFramework, CompetencyStep } from '@banso/frameworks';
import { AssessmentSource, EvidenceType } from '../competency.enums';

/** A record an assessment rests on (e.g. the visit the mentor observed). */
export interface EvidenceReference {
  type: EvidenceType;
  id: string;
}

@ObjectType({ description: 'One rating of a trainee on one behaviour. Append-only: a correction is a newer rating' })
export class Assessment {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => ID)
  behaviourId: string;
  @Field(() => Int, { description: 'Proficiency level 0–4' })
  level: number;
  @Field(() => AssessmentSource)
  source: AssessmentSource;
  @Field(() => ID)
  assessorId: string;
  @Field(() => EvidenceType, { nullable: true })
  evidenceType: EvidenceType | null;
  @Field(() => ID, { nullable: true, description: 'Id of the evidence record (visit, participation, …)' })
  evidenceId: string | null;
  @Field(() => String, { nullable: true })
  comment: string | null;
  @Field()
  recordedAt: Date;
}

export const AssessmentConnection = Connection(Assessment);

@ObjectType({ description: 'Where a trainee stands on one behaviour' })
export class BehaviourStanding {
  @Field(() => Behaviour)
  behaviour: Behaviour;
  @Field(() => Int, { nullable: true, description: 'Current level: the latest MENTOR rating (null = not yet rated)' })
  currentLevel: number | null;
  @Field(() => Int, { nullable: true, description: 'The latest SELF rating' })
  selfLevel: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Self level minus mentor level (positive = rates themself higher than the mentor does)',
  })
  gap: number | null;
  @Field({ description: 'Current level is at or above the proficient level' })
  proficient: boolean;
  @Field(() => Int, { description: 'Distinct evidence records behind the ratings' })
  evidenceCount: number;
  @Field(() => Date, { nullable: true })
  lastAssessedAt: Date | null;
}

@ObjectType({ description: 'Progress of a trainee in one STEP' })
export class StepStanding {
  @Field(() => CompetencyStep)
  step: CompetencyStep;
  @Field(() => Int)
  behaviourCount: number;
  @Field(() => Int, { description: 'Behaviours at or above the proficient level' })
  proficientCount: number;
  @Field(() => Behaviour, {
    nullable: true,
    description: 'The behaviour with the lowest current level (unrated counts as 0; ties: framework order)',
  })
  weakestBehaviour: Behaviour | null;
}

@ObjectType({ description: 'Competency profile (コンピテンシー・プロファイル) of a trainee in a program' })
export class CompetencyProfile {
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => CompetencyFramework)
  framework: CompetencyFramework;
  @Field(() => [BehaviourStanding], { description: 'Every behaviour of the framework, in framework order' })
  behaviours: BehaviourStanding[];
  @Field(() => [StepStanding])
  steps: StepStanding[];
  @Field(() => Int)
  behaviourCount: number;
  @Field(() => Int)
  proficientCount: number;
  @Field(() => Float, { description: 'Share of behaviours at or above the proficient level, 0–1' })
  progress: number;
}

@ObjectType({ description: 'One trainee row of the competency matrix' })
export class CompetencyMatrixRow {
  @Field(() => ID)
  traineeId: string;
  @Field(() => [Int], {
    nullable: 'items',
    description: 'Current level per behaviour, in the order of CompetencyMatrix.behaviours (null = not yet rated)',
  })
  levels: (number | null)[];
  @Field(() => Int)
  proficientCount: number;
}

@ObjectType({
  description:
    'Trainees × behaviours with current levels. Owners see every active trainee; mentors only their current mentees',
})
export class CompetencyMatrix {
  @Field(() => ID)
  programId: string;
  @Field(() => CompetencyFramework)
  framework: CompetencyFramework;
  @Field(() => Int)
  proficientLevel: number;
  @Field(() => [Behaviour], { description: 'The columns, in framework order' })
  behaviours: Behaviour[];
  @Field(() => [CompetencyMatrixRow])
  rows: CompetencyMatrixRow[];
}
