import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionShape, CurrentActor } from '@banso/core';
import { KpiDrillDownArgs, KpiReportArgs } from '../dto/kpi-filter.input';
import { KpiDrillDownConnection, KpiDrillDownRow, KpiReport } from '../models/kpi-report.model';
import { KpiReportService } from '../services/kpi-report.service';

@Resolver()
export class KpiResolver {
  constructor(private readonly reports: KpiReportService) {}

  @Query(() => KpiReport, {
    description:
      'Owners and admins: the training KPIs (the five national KPIs, off-JT, OJT quality, competencies, case funnel) ' +
      'with their definitions and breakdowns by organisation kind, prefecture and fiscal month',
  })
  kpiReport(@CurrentActor() actor: Actor, @Args() args: KpiReportArgs): Promise<KpiReport> {
    return this.reports.buildReport(actor, args.filter);
  }

  @Query(() => KpiDrillDownConnection, {
    description: 'Owners and admins: the rows a national KPI counts (its totalCount equals the figure; ⑤: held visits)',
  })
  kpiDrillDown(
    @CurrentActor() actor: Actor,
    @Args() args: KpiDrillDownArgs,
  ): Promise<ConnectionShape<KpiDrillDownRow>> {
    return this.reports.kpiDrillDown(actor, args.filter, args.kpi, args);
  }
}
