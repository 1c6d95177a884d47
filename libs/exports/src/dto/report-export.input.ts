import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { KpiFilterInput } from '@banso/reporting';
import { ReportExportFormat } from '../exports.enums';

@InputType()
export class RequestReportExportInput {
  @Field(() => KpiFilterInput, { description: 'The same filter as kpiReport(filter)' })
  @ValidateNested()
  @Type(() => KpiFilterInput)
  filter: KpiFilterInput;

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
