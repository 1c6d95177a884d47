import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@banso/core';
import { HypothesisKind, HypothesisVerdict, SupportStep, TraineeRole, VisitStatus } from '../ojt.enums';

@InputType()
export class PlanVisitInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field()
  @IsDate()
  scheduledAt: Date;

  @Field(() => [ID], { description: 'Accompanying mentors: each paired with the trainee, or a program owner' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentorIds: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Second mentors (2人目のメンター): mentors-in-training of the program who accompany the visit to learn mentoring; ' +
      'each visit that receives feedback counts towards their MENTOR certification',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  secondMentorIds?: string[];

  @Field(() => TraineeRole)
  @IsEnum(TraineeRole)
  traineeRole: TraineeRole;
}

@InputType({ description: 'A hypothesis; give the id to keep an existing one' })
export class HypothesisInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => HypothesisKind)
  @IsEnum(HypothesisKind)
  kind: HypothesisKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  statement: string;
}

@InputType({ description: 'Records or edits the pre-brief (事前準備). PLANNED → PRE_BRIEFED the first time' })
export class RecordPreBriefInput {
  @Field(() => ID)
  @IsUUID()
  visitId: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; required once the pre-brief exists' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  companyInfoReviewed: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  priorConsultation: string;

  @Field(() => [String])
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  hearingItems: string[];

  @Field(() => [HypothesisInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HypothesisInput)
  hypotheses: HypothesisInput[];

  @Field()
  @IsString()
  @MaxLength(4000)
  meetingPlan: string;
}

@InputType({ description: 'Records that the visit took place. PRE_BRIEFED → VISITED' })
export class RecordVisitInput {
  @Field(() => ID)
  @IsUUID()
  visitId: string;

  @Field()
  @IsDate()
  heldAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes: number;

  @Field(() => TraineeRole)
  @IsEnum(TraineeRole)
  traineeRole: TraineeRole;

  @Field(() => [SupportStep])
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(SupportStep, { each: true })
  stepsPractised: SupportStep[];

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;
}

@InputType()
export class HypothesisVerdictInput {
  @Field(() => ID)
  @IsUUID()
  hypothesisId: string;

  @Field(() => HypothesisVerdict)
  @IsEnum(HypothesisVerdict)
  verdict: HypothesisVerdict;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class NextActionInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;

  @Field(() => ID, { description: 'Who does it: the trainee, an accompanying mentor or another program member' })
  @IsUUID()
  ownerId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueOn?: string;
}

@InputType({ description: 'Records or edits the post-brief (事後整理). VISITED → POST_BRIEFED the first time' })
export class RecordPostBriefInput {
  @Field(() => ID)
  @IsUUID()
  visitId: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; required once the post-brief exists' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => [HypothesisVerdictInput], { description: 'A verdict for every hypothesis of the visit' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HypothesisVerdictInput)
  hypothesisVerdicts: HypothesisVerdictInput[];

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  goodPoints: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  improvementAreas: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  improvementPlan: string;

  @Field(() => [NextActionInput], { description: 'Replaces the open next actions of this visit' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NextActionInput)
  nextActions: NextActionInput[];

  @Field(() => [String])
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  nextHearingItems: string[];
}

@InputType()
export class BehaviourRatingInput {
  @Field(() => ID)
  @IsUUID()
  behaviourId: string;

  @Field(() => Int, { description: 'Proficiency level 0–4' })
  @IsInt()
  @Min(0)
  @Max(4)
  level: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType({ description: 'Mentor feedback with behaviour ratings. POST_BRIEFED → FEEDBACK_GIVEN' })
export class GiveVisitFeedbackInput {
  @Field(() => ID)
  @IsUUID()
  visitId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  comment: string;

  @Field(() => [BehaviourRatingInput])
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => BehaviourRatingInput)
  ratings: BehaviourRatingInput[];
}

@InputType({ description: 'Cancels a visit that has not taken place yet' })
export class CancelVisitInput {
  @Field(() => ID)
  @IsUUID()
  visitId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class CompleteNextActionInput {
  @Field(() => ID)
  @IsUUID()
  nextActionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class DropNextActionInput {
  @Field(() => ID)
  @IsUUID()
  nextActionId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Every field narrows the list; all are optional' })
export class VisitsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  traineeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  supportCaseId?: string;

  @Field(() => VisitStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VisitStatus)
  status?: VisitStatus;

  @Field({ nullable: true, description: 'Scheduled at or after' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Scheduled before' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class VisitsArgs extends ConnectionArgs {
  @Field(() => VisitsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitsFilter)
  filter?: VisitsFilter;
}
