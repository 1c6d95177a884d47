import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { OrganizationKind } from '@banso/identity';
import { ReportExportFormat, ReportExportStatus } from '../exports.enums';

@ObjectType({ description: 'The KPI filter an export was made with' })
export class ReportFilterModel {
  @Field(() => [ID], { nullable: true })
  programIds: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Japanese fiscal year (April to March)' })
  fiscalYear: number | null;
  @Field(() => String, { nullable: true })
  prefecture: string | null;
  @Field(() => [OrganizationKind], { nullable: true })
  organizationKinds: OrganizationKind[] | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  from: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  to: string | null;
}

@ObjectType({ description: 'An export of the KPI report (レポートのエクスポート), built by the worker' })
export class ReportExport {
  @Field(() => ID)
  id: string;
  @Field(() => ReportExportStatus)
  status: ReportExportStatus;
  @Field(() => Int, { description: '0–100' })
  progress: number;
  @Field(() => ReportExportFormat)
  format: ReportExportFormat;
  @Field(() => ReportFilterModel)
  filter: ReportFilterModel;
  @Field(() => String, { nullable: true, description: 'Once DONE: the file name (Japanese, UTF-8)' })
  fileName: string | null;
  @Field(() => Int, { nullable: true, description: 'Once DONE: the size in bytes' })
  size: number | null;
  @Field(() => String, { nullable: true, description: 'Once DONE: GET this path with the access token' })
  downloadPath: string | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED' })
  error: string | null;
  @Field(() => ID, { nullable: true, description: 'The monthly subscription that produced it' })
  subscriptionId: string | null;
  @Field()
  requestedAt: Date;
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The file is removed after this time' })
  expiresAt: Date | null;
}

export const ReportExportConnection = Connection(ReportExport);

@ObjectType({ description: 'A monthly export of a filter, produced on the 1st (Japan time) and notified' })
export class ReportExportSubscription {
  @Field(() => ID)
  id: string;
  @Field(() => ReportFilterModel)
  filter: ReportFilterModel;
  @Field(() => ReportExportFormat)
  format: ReportExportFormat;
  @Field({ description: 'The last month (YYYY-MM) produced, or the month of subscribing' })
  lastPeriod: string;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'The subscription was ended' })
export class ReportExportUnsubscribed {
  @Field(() => ID)
  subscriptionId: string;

  constructor(subscriptionId: string) {
    this.subscriptionId = subscriptionId;
  }
}
