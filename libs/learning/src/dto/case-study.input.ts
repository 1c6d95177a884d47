import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@banso/core';

@InputType({ description: 'A past support case for the library (owners)' })
export class CreateCaseStudyInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  industry: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  background: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  managementIssues: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  whatWasDone: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  outcome: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source: string;
}

@ArgsType()
export class CaseStudiesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;
}

@InputType({ description: 'A criterion of an activity rubric, written in one language' })
export class RubricCriterionInput {
  @Field({ description: 'Stable code, UPPER_SNAKE, e.g. LISTENING' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/)
  code: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => [String], { description: 'What levels 0–4 look like: exactly five descriptions' })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  levels: string[];
}

@InputType({ description: 'Sets up the case work of a CASE_STUDY or WORKSHOP activity (owners)' })
export class SetUpCaseWorkInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => ID, { description: 'A case study of the same program' })
  @IsUUID()
  caseStudyId: string;

  @Field(() => Int, { description: 'Peer reviewers per final submission (0–5); 0 = no peer review' })
  @IsInt()
  @Min(0)
  @Max(5)
  peerReviewersPerSubmission: number;

  @Field(() => [RubricCriterionInput], {
    nullable: true,
    description: 'The activity rubric; omit for the default (仮説の質・解決策の幅・人材要件の明確さ)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric?: RubricCriterionInput[];
}

@InputType({ description: 'Save your case work; `final: true` submits it (locked until reviewed)' })
export class SubmitCaseWorkInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field({ description: '経営課題の仮説' })
  @IsString()
  @MaxLength(8000)
  issueHypotheses: string;

  @Field({ description: '解決策' })
  @IsString()
  @MaxLength(8000)
  proposedSolutions: string;

  @Field({ description: '人材要件（案）' })
  @IsString()
  @MaxLength(8000)
  talentRequirementDraft: string;

  @Field()
  @IsBoolean()
  final: boolean;
}

@InputType()
export class RubricScoreInput {
  @Field({ description: 'Criterion code of the activity rubric' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/)
  criterion: string;

  @Field(() => Int, { description: '0–4' })
  @IsInt()
  @Min(0)
  @Max(4)
  level: number;
}

@InputType({ description: 'Review a final case submission against the rubric (mentors, allocated peers)' })
export class ReviewCaseWorkInput {
  @Field(() => ID)
  @IsUUID()
  submissionId: string;

  @Field(() => [RubricScoreInput], { description: 'Every criterion of the rubric exactly once' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricScoreInput)
  scores: RubricScoreInput[];

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  comment: string;
}

@InputType({ description: 'Close submissions of an activity; allocates peer reviewers when enabled (owners)' })
export class CloseCaseSubmissionsInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;
}
