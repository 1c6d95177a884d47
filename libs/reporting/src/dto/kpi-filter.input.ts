import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@banso/core';
import { OrganizationKind } from '@banso/identity';
import { NationalKpi } from '../reporting.enums';

export const MAX_FILTER_PROGRAMS = 100;

@InputType({ description: 'Which records a KPI report counts; every field narrows it' })
export class KpiFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Programs to count; left out = every program you own (admins: every program)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_FILTER_PROGRAMS)
  programIds?: string[];

  @Field(() => Int, { description: 'Japanese fiscal year (年度): 2023 = 1 April 2023 to 31 March 2024, Japan time' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field({ nullable: true, description: 'Prefecture of the support organisation, e.g. 大阪府' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  prefecture?: string;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Kinds of support organisation to count' })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  organizationKinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'First day counted, YYYY-MM-DD inside the fiscal year' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field({ nullable: true, description: 'Last day counted (inclusive), YYYY-MM-DD inside the fiscal year' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

@ArgsType()
export class KpiReportArgs {
  @Field(() => KpiFilterInput)
  @ValidateNested()
  @Type(() => KpiFilterInput)
  filter: KpiFilterInput;
}

@ArgsType()
export class KpiDrillDownArgs extends ConnectionArgs {
  @Field(() => KpiFilterInput)
  @ValidateNested()
  @Type(() => KpiFilterInput)
  filter: KpiFilterInput;

  @Field(() => NationalKpi)
  @IsEnum(NationalKpi)
  kpi: NationalKpi;
}
