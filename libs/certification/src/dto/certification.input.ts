import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
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
import { CaseMilestoneKind, SupportStep } from '@banso/ojt';
import { LearningActivityKind } from '@banso/learning';
import { CertificateKind, CertificateStatus } from '../certification.enums';

const LEVEL = { min: 0, max: 4 };
const MAX_COUNT = 100;

@InputType({
  description: 'Minimum current level for every behaviour of a STEP (the code must exist in the framework)',
})
export class StepLevelCriterionInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  stepCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(LEVEL.min)
  @Max(LEVEL.max)
  minLevel: number;
}

@InputType({ description: 'Minimum current level for a named behaviour (the code must exist in the framework)' })
export class BehaviourLevelCriterionInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  behaviourCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(LEVEL.min)
  @Max(LEVEL.max)
  minLevel: number;
}

@InputType({ description: 'A case led by the trainee that reached a STEP and/or a milestone (at least one of them)' })
export class CaseReachedCriterionInput {
  @Field(() => SupportStep, { nullable: true })
  @IsOptional()
  @IsEnum(SupportStep)
  step?: SupportStep | null;

  @Field(() => CaseMilestoneKind, { nullable: true })
  @IsOptional()
  @IsEnum(CaseMilestoneKind)
  milestone?: CaseMilestoneKind | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requireTalentRequirement: boolean;
}

@InputType({ description: 'Mentor-preparation activities: off-JT of these kinds attended or completed' })
export class MentorPreparationCriterionInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_COUNT)
  minActivities: number;

  @Field(() => [LearningActivityKind])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(LearningActivityKind, { each: true })
  kinds: LearningActivityKind[];
}

@InputType({
  description: 'The typed criteria of a rule; leave a criterion null (or a list empty) for it not to apply',
})
export class CertificationCriteriaInput {
  @Field(() => [StepLevelCriterionInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StepLevelCriterionInput)
  minLevelForSteps: StepLevelCriterionInput[];

  @Field(() => [BehaviourLevelCriterionInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BehaviourLevelCriterionInput)
  minLevelForBehaviours: BehaviourLevelCriterionInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LEVEL.min)
  @Max(LEVEL.max)
  minLevelForAllBehaviours?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  minVisitsWithFeedback?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  minVisitsLed?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requiredActivitiesDone: boolean;

  @Field(() => CaseReachedCriterionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseReachedCriterionInput)
  caseReached?: CaseReachedCriterionInput | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requireActiveSupporter: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  minVisitsAsSecondMentor?: number | null;

  @Field(() => MentorPreparationCriterionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorPreparationCriterionInput)
  mentorPreparation?: MentorPreparationCriterionInput | null;
}

@InputType({ description: 'Replaces the rule of one kind of a program (owners, while the program is not CLOSED)' })
export class UpdateCertificationRuleInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => CertificateKind)
  @IsEnum(CertificateKind)
  kind: CertificateKind;

  @Field(() => CertificationCriteriaInput)
  @ValidateNested()
  @Type(() => CertificationCriteriaInput)
  criteria: CertificationCriteriaInput;

  @Field(() => Int, { description: 'How long a certificate is valid' })
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  autoIssue: boolean;
}

@InputType()
export class IssueCertificateInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => CertificateKind)
  @IsEnum(CertificateKind)
  kind: CertificateKind;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID)
  @IsUUID()
  certificateId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'Allows a person without a MENTOR certificate to mentor in the program (audited)' })
export class DesignateAdvisorInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class EvaluateProgramCertificationsInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;
}

@ArgsType()
export class CertificatesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => CertificateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CertificateStatus)
  status?: CertificateStatus;
}
