import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@banso/core';

export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(FrameworkStatus, {
  name: 'FrameworkStatus',
  description: 'DRAFT (editable) → PUBLISHED (immutable, can be pinned to programs) → RETIRED',
});

export enum BehaviourPhase {
  SOLUTION = 'SOLUTION',
  REQUIREMENT = 'REQUIREMENT',
}
registerEnumType(BehaviourPhase, {
  name: 'BehaviourPhase',
  description: 'Phase inside STEP2: SOLUTION (解決策の検討) or REQUIREMENT (人材要件の整理)',
});

export enum AssessmentSource {
  SELF = 'SELF',
  MENTOR = 'MENTOR',
  PEER = 'PEER',
}
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'Who rated: SELF (自己評価), MENTOR (メンター評価), PEER (ピア評価)',
});

export enum EvidenceType {
  VISIT = 'VISIT',
  PARTICIPATION = 'PARTICIPATION',
  CASE_SUBMISSION = 'CASE_SUBMISSION',
  OTHER = 'OTHER',
}
registerEnumType(EvidenceType, {
  name: 'EvidenceType',
  description: 'Kind of record an assessment rests on: an OJT visit, an off-JT participation, a case-study submission',
});

/** A record an assessment rests on (e.g. the visit the mentor observed). */
export interface EvidenceReference {
  type: EvidenceType;
  id: string;
}

@ObjectType({ description: 'One level of the proficiency scale (習熟度) 0–4' })
export class ProficiencyLevel {
  @Field(() => Int)
  level: number;
  @Field({ description: 'Label in your language' })
  label: string;
  @Field()
  labelJa: string;
  @Field()
  labelEn: string;
  @Field({ description: 'What the level means in practice' })
  meaning: string;
}

@ObjectType({ description: 'A practice point (実践のポイント) of a STEP: what good practice looks like' })
export class PracticePoint {
  @Field({ description: 'Text in your language' })
  text: string;
  @Field()
  textJa: string;
  @Field()
  textEn: string;
  @Field(() => BehaviourPhase, { nullable: true, description: 'Phase inside STEP2, when the point belongs to one' })
  phase: BehaviourPhase | null;
}

@ObjectType({
  description:
    'A behaviour (特性・マインド／行動例): the assessable unit of the framework, in one STEP or cross-cutting (全STEP共通)',
})
export class Behaviour {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  frameworkId: string;
  @Field(() => ID, { nullable: true, description: 'The STEP it belongs to; null for a cross-cutting behaviour' })
  stepId: string | null;
  @Field({ description: 'Stable code, e.g. S1-LISTENING' })
  code: string;
  @Field({ description: 'Name in your language' })
  name: string;
  @Field()
  nameJa: string;
  @Field()
  nameEn: string;
  @Field({ description: 'What the behaviour looks like, in your language' })
  description: string;
  @Field()
  descriptionJa: string;
  @Field()
  descriptionEn: string;
  @Field(() => BehaviourPhase, { nullable: true })
  phase: BehaviourPhase | null;
  @Field({ description: 'True for behaviours that apply across all STEPs (e.g. 他組織との情報連携意識)' })
  crossCutting: boolean;
  @Field(() => Int, { description: 'Position in the framework (display order)' })
  ordinal: number;
}

@ObjectType({ description: 'A STEP of the framework (STEP0 顧客開拓 … STEP3 人材戦略の実行)' })
export class CompetencyStep {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  frameworkId: string;
  @Field({ description: 'STEP0 … STEP3' })
  code: string;
  @Field(() => Int)
  ordinal: number;
  @Field({ description: 'Title in your language' })
  title: string;
  @Field()
  titleJa: string;
  @Field()
  titleEn: string;
  @Field({ description: 'What is done in this STEP (実施事項), in your language' })
  tasks: string;
  @Field()
  tasksJa: string;
  @Field()
  tasksEn: string;
  @Field(() => [PracticePoint])
  practicePoints: PracticePoint[];
}

@ObjectType({
  description: 'A versioned competency framework (コンピテンシー・フレームワーク) that programs are pinned to',
})
export class CompetencyFramework {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Stable code shared by all versions, e.g. CORE_TALENT_SUPPORT' })
  code: string;
  @Field(() => Int)
  version: number;
  @Field(() => FrameworkStatus)
  status: FrameworkStatus;
  @Field({ description: 'Name in your language' })
  name: string;
  @Field()
  nameJa: string;
  @Field()
  nameEn: string;
  @Field(() => Int, { description: 'Level from which a behaviour counts as mastered (proficient)' })
  proficientLevel: number;
  @Field(() => [ProficiencyLevel], { description: 'The proficiency scale 0–4' })
  scale: ProficiencyLevel[];
  @Field(() => ID, { nullable: true, description: 'The framework this version was drafted from' })
  basedOnId: string | null;
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
  @Field()
  createdAt: Date;
}

export const CompetencyFrameworkConnection = Connection(CompetencyFramework);

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
