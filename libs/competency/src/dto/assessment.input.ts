import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EvidenceType } from '../competency.enums';

@InputType({ description: 'The record a rating rests on' })
export class EvidenceInput {
  @Field(() => EvidenceType)
  @IsEnum(EvidenceType)
  type: EvidenceType;

  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType({ description: 'A trainee rates themself on one behaviour (自己評価)' })
export class RecordSelfAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  behaviourId: string;

  @Field(() => Int, { description: 'Proficiency level 0–4' })
  @IsInt()
  @Min(0)
  @Max(4)
  level: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType({ description: 'A mentor (or owner) rates a trainee on one behaviour (メンター評価)' })
export class RecordMentorAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  traineeId: string;

  @Field(() => ID)
  @IsUUID()
  behaviourId: string;

  @Field(() => Int, { description: 'Proficiency level 0–4' })
  @IsInt()
  @Min(0)
  @Max(4)
  level: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @Field(() => EvidenceInput, { nullable: true, description: 'The record the rating rests on (e.g. a visit)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}
