import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@banso/core';
import { AidaStage, LearningActivityKind } from '../learning.enums';

export const MAX_CAPACITY = 10000;
export const MAX_TARGETED_BEHAVIOURS = 30;

@InputType({ description: 'A new off-JT activity. Sessions need startsAt and endsAt; self-paced kinds may omit them' })
export class CreateLearningActivityInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => LearningActivityKind)
  @IsEnum(LearningActivityKind)
  kind: LearningActivityKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => AidaStage)
  @IsEnum(AidaStage)
  aidaStage: AidaStage;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string;

  @Field(() => Int, { nullable: true, description: `Seats (1–${MAX_CAPACITY}); omit for no limit` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: "Behaviours of the program's framework" })
  @IsOptional()
  @ArrayMaxSize(MAX_TARGETED_BEHAVIOURS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  behaviourIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  instructorName?: string;
}

@InputType({ description: 'Changes to an activity; omitted fields keep their value, null clears an optional one' })
export class UpdateLearningActivityInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => AidaStage, { nullable: true })
  @IsOptional()
  @IsEnum(AidaStage)
  aidaStage?: AidaStage;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'More seats promote waitlisted people in arrival order' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_TARGETED_BEHAVIOURS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  behaviourIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  instructorName?: string | null;
}

@InputType()
export class CancelLearningActivityInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field({ description: 'Sent to everyone registered or waitlisted' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'Narrows learningActivities' })
export class LearningActivityFilter {
  @Field(() => LearningActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(LearningActivityKind)
  kind?: LearningActivityKind;

  @Field({ nullable: true, description: 'Starting at or after' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Starting before' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

@ArgsType()
export class LearningActivitiesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => LearningActivityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LearningActivityFilter)
  filter?: LearningActivityFilter;
}
