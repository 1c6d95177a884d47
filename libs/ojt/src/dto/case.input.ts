import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
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
import { CaseMilestoneKind, EngagementType, SupportStep } from '../ojt.enums';

@InputType()
export class OpenSupportCaseInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  clientCompanyId: string;

  @Field(() => ID, { description: 'A TRAINEE of the program from the company’s organisation' })
  @IsUUID()
  leadTraineeId: string;
}

@InputType()
export class ManagementIssueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  detail?: string;

  @Field(() => Int, { description: '1 = highest' })
  @IsInt()
  @Min(1)
  @Max(100)
  priority: number;
}

@InputType({ description: 'Replaces the management issues (STEP1 inventory); the previous list is kept as history' })
export class SetManagementIssuesInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field(() => [ManagementIssueInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ManagementIssueInput)
  issues: ManagementIssueInput[];
}

@InputType({ description: 'Replaces the talent requirement (企業情報シート); the previous one is kept as history' })
export class SetTalentRequirementInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field({ description: 'Candidate profile (求人像)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  candidateProfile: string;

  @Field({ description: 'Expectations (人材に求める期待)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  expectations: string;

  @Field({ description: 'Role and duties (役割・業務内容)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  roleAndDuties: string;

  @Field(() => [String], { description: 'Must-have conditions (必須条件)' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  mustHave: string[];

  @Field(() => [String], { description: 'Nice-to-have conditions (希望条件)' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  niceToHave: string[];

  @Field(() => EngagementType)
  @IsEnum(EngagementType)
  engagementType: EngagementType;
}

@InputType()
export class MoveSupportCaseToStepInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field(() => SupportStep)
  @IsEnum(SupportStep)
  step: SupportStep;

  @Field({ description: 'Why the case moves (kept as history)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class RecordCaseMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field(() => CaseMilestoneKind)
  @IsEnum(CaseMilestoneKind)
  milestone: CaseMilestoneKind;

  @Field({ description: 'When it happened' })
  @IsDate()
  occurredAt: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class HandOffSupportCaseInput {
  @Field(() => ID)
  @IsUUID()
  supportCaseId: string;

  @Field(() => ID, { description: 'The organisation taking the case on; it gains read access' })
  @IsUUID()
  toOrganizationId: string;

  @Field(() => SupportStep, { description: 'The STEP it takes the case on at' })
  @IsEnum(SupportStep)
  step: SupportStep;

  @Field({ description: 'What was collected and why it is handed over' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;
}
