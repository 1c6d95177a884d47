import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, ConnectionShape, CurrentActor, ParseIdPipe } from '@banso/core';
import {
  RequestReportExportInput,
  SubscribeReportExportInput,
  UnsubscribeReportExportInput,
} from '../dto/report-export.input';
import {
  ReportExport,
  ReportExportConnection,
  ReportExportSubscription,
  ReportExportUnsubscribed,
} from '../models/report-export.model';
import { ReportExportService } from '../services/report-export.service';

@Resolver(() => ReportExport)
export class ReportExportResolver {
  constructor(private readonly exports: ReportExportService) {}

  @Mutation(() => ReportExport, {
    description:
      'Asks the worker for a CSV or XLSX file of the KPI report for a filter (program owners and admins); follow ' +
      'it with reportExport(id) and download it from GET /exports/:id when DONE',
  })
  requestReportExport(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestReportExportInput,
  ): Promise<ReportExport> {
    return this.exports.request(actor, input);
  }

  @Query(() => ReportExport, { description: 'One of your exports: status, progress, file (admins: every export)' })
  reportExport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<ReportExport> {
    return this.exports.find(actor, id);
  }

  @Query(() => ReportExportConnection, { description: 'Your exports, newest first' })
  myReportExports(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<ConnectionShape<ReportExport>> {
    return this.exports.list(actor, args);
  }

  @Mutation(() => ReportExportSubscription, {
    description: 'A monthly export of the filter (定期エクスポート), produced on the 1st (Japan time) and notified',
  })
  subscribeReportExport(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubscribeReportExportInput,
  ): Promise<ReportExportSubscription> {
    return this.exports.subscribe(actor, input);
  }

  @Mutation(() => ReportExportUnsubscribed, { description: 'Ends one of your monthly exports' })
  unsubscribeReportExport(
    @CurrentActor() actor: Actor,
    @Args('input') input: UnsubscribeReportExportInput,
  ): Promise<ReportExportUnsubscribed> {
    return this.exports.unsubscribe(actor, input);
  }

  @Query(() => [ReportExportSubscription], { description: 'Your monthly exports' })
  myReportExportSubscriptions(@CurrentActor() actor: Actor): Promise<ReportExportSubscription[]> {
    return this.exports.mySubscriptions(actor);
  }
}
