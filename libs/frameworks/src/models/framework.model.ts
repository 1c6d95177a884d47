import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { BehaviourPhase, FrameworkStatus } from '../frameworks.enums';

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

/** A framework with its steps and behaviours in display order, localised (what profiles and matrices show). */
export interface FrameworkOutline {
  framework: CompetencyFramework;
  steps: CompetencyStep[];
  behaviours: Behaviour[];
}
