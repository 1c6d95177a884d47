import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { NotificationModule } from '@banso/notification';
import { ProgramsModule } from '@banso/programs';
import { KpiReportService, ReportingModule } from '@banso/reporting';
import { ReportExportEntity } from './entities/report-export.entity';
import { ReportExportSubscriptionEntity } from './entities/report-export-subscription.entity';
import { ReportExportService } from './services/report-export.service';
import { REPORT_SOURCE } from './report-source';
import { ReportExportResolver } from './resolvers/report-export.resolver';
import { ReportExportController } from './resolvers/report-export.controller';
import { ExportBuildProcessor, ExportCleanupProcessor, ExportSubscriptionsProcessor } from './jobs/export.processors';

/**
 * Report exports (CSV / XLSX built by the worker, downloaded from GET /exports/:id) and monthly subscriptions. The
 * figures come from the ReportSource bound to REPORT_SOURCE: the reporting lib's KpiReportService, so a file holds the
 * kpiReport query's figures for the same filter.
 */
@Module({
  imports: [
    DatabaseModule.forFeature([ReportExportEntity, ReportExportSubscriptionEntity]),
    AuditModule,
    IdentityModule,
    NotificationModule,
    ProgramsModule,
    ReportingModule,
  ],
  providers: [
    ReportExportService,
    { provide: REPORT_SOURCE, useExisting: KpiReportService },
    ReportExportResolver,
    ExportBuildProcessor,
    ExportCleanupProcessor,
    ExportSubscriptionsProcessor,
  ],
  controllers: [ReportExportController],
  exports: [ReportExportService, REPORT_SOURCE],
})
export class ExportsModule {}
