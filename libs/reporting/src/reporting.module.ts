import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { ProgramsModule } from '@banso/programs';
import { KpiSnapshotEntity } from './entities/kpi-snapshot.entity';
import { KpiAccessService } from './services/kpi-access.service';
import { KpiCalculator } from './services/kpi-calculator.service';
import { KpiReportService } from './services/kpi-report.service';
import { KpiRefreshService } from './services/kpi-refresh.service';
import { KpiSectionRegistry } from './services/kpi-section.registry';
import { OffJtSection } from './services/off-jt.section';
import { OjtQualitySection } from './services/ojt-quality.section';
import { CompetencySection } from './services/competency.section';
import { CaseFunnelSection } from './services/case-funnel.section';
import { KpiRefreshHandler } from './jobs/kpi-refresh.handler';
import { KpiResolver } from './resolvers/kpi.resolver';

/**
 * Training KPI reporting (shared/domain/kpis.md): the report and its drill-downs, computed live or read from the
 * snapshots the worker pre-aggregates. Other domains add report sections through KpiSectionRegistry.
 */
@Module({
  imports: [DatabaseModule.forFeature([KpiSnapshotEntity]), ProgramsModule],
  providers: [
    KpiSectionRegistry,
    KpiAccessService,
    KpiCalculator,
    KpiReportService,
    KpiRefreshService,
    OffJtSection,
    OjtQualitySection,
    CompetencySection,
    CaseFunnelSection,
    KpiRefreshHandler,
    KpiResolver,
  ],
  exports: [KpiReportService, KpiSectionRegistry, KpiRefreshService],
})
export class ReportingModule {}
