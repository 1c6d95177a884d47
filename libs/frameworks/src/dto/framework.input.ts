import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
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
import { BehaviourPhase } from '../frameworks.enums';
import { BEHAVIOUR_CODE, MAX_DOCUMENT_LENGTH } from '../services/framework-document';

@InputType()
export class FrameworkIdInput {
  @Field(() => ID)
  @IsUUID()
  frameworkId: string;
}

@InputType()
export class CreateFrameworkDraftInput {
  @Field(() => ID, { description: 'The framework (any status) to copy into a new DRAFT version' })
  @IsUUID()
  fromFrameworkId: string;
}

@InputType({ description: 'Fields left out stay as they are. DRAFT frameworks only' })
export class UpdateFrameworkInput {
  @Field(() => ID)
  @IsUUID()
  frameworkId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameJa?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn?: string;

  @Field(() => Int, { nullable: true, description: 'Level 1–4 from which a behaviour counts as mastered' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  proficientLevel?: number;
}

@InputType()
export class PracticePointInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  ja: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  en: string;

  @Field(() => BehaviourPhase, { nullable: true })
  @IsOptional()
  @IsEnum(BehaviourPhase)
  phase?: BehaviourPhase;
}

@InputType({ description: 'Fields left out stay as they are. DRAFT frameworks only' })
export class UpdateCompetencyStepInput {
  @Field(() => ID)
  @IsUUID()
  stepId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  titleJa?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  titleEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  tasksJa?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  tasksEn?: string;

  @Field(() => [PracticePointInput], { nullable: true, description: 'Replaces the whole list' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PracticePointInput)
  practicePoints?: PracticePointInput[];
}

@InputType({ description: 'A new behaviour in a DRAFT framework' })
export class AddBehaviourInput {
  @Field(() => ID)
  @IsUUID()
  frameworkId: string;

  @Field(() => ID, { nullable: true, description: 'The STEP; leave out for a cross-cutting behaviour' })
  @IsOptional()
  @IsUUID()
  stepId?: string;

  @Field({ description: 'Unique in the framework, e.g. S1-LISTENING' })
  @IsString()
  @Matches(BEHAVIOUR_CODE)
  @MaxLength(40)
  code: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameJa: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionJa: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionEn: string;

  @Field(() => BehaviourPhase, { nullable: true })
  @IsOptional()
  @IsEnum(BehaviourPhase)
  phase?: BehaviourPhase;
}

@InputType({ description: 'Fields left out stay as they are. DRAFT frameworks only' })
export class UpdateBehaviourInput {
  @Field(() => ID)
  @IsUUID()
  behaviourId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameJa?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionJa?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionEn?: string;

  @Field(() => BehaviourPhase, { nullable: true })
  @IsOptional()
  @IsEnum(BehaviourPhase)
  phase?: BehaviourPhase;
}

@InputType()
export class RemoveBehaviourInput {
  @Field(() => ID)
  @IsUUID()
  behaviourId: string;
}

@InputType()
export class ImportFrameworkInput {
  @Field({ description: 'A framework document as produced by exportFramework; imported as a DRAFT' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_LENGTH)
  json: string;
}
