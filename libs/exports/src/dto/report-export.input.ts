import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { OrganizationKind } from '@banso/identity';
import { ReportExportFormat } from '../exports.enums';

@InputType({ description: 'The KPI filter: every field narrows; left out means everything you may see' })
export class ReportFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Programs (owners: programs they own; admins: any)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  programIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Japanese fiscal year (April to March), e.g. 2025' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field({ nullable: true, description: 'Prefecture (都道府県) of the organisations, e.g. 大阪府' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  prefecture?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(OrganizationKind, { each: true })
  organizationKinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive, not before from' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

@InputType()
export class RequestReportExportInput {
  @Field(() => ReportFilterInput)
  @ValidateNested()
  @Type(() => ReportFilterInput)
  filter: ReportFilterInput;

  @Field(() => ReportExportFormat)
  @IsEnum(ReportExportFormat)
  format: ReportExportFormat;
}

@InputType()
export class SubscribeReportExportInput extends RequestReportExportInput {}

@InputType()
export class UnsubscribeReportExportInput {
  @Field(() => ID)
  @IsUUID()
  subscriptionId: string;
}
