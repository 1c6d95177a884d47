import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { NotificationModule } from '@banso/notification';
import { ProgramsModule } from '@banso/programs';
import { ReportExportEntity } from './entities/report-export.entity';
import { ReportExportSubscriptionEntity } from './entities/report-export-subscription.entity';
import { ReportExportService } from './services/report-export.service';
import { ProgramActivityReportSource } from './services/program-activity.report-source';
import { REPORT_SOURCE } from './report-source';
import { ReportExportResolver } from './resolvers/report-export.resolver';
import { ReportExportController } from './resolvers/report-export.controller';
import { ExportBuildProcessor, ExportCleanupProcessor, ExportSubscriptionsProcessor } from './jobs/export.processors';

/**
 * Report exports (CSV / XLSX built by the worker, downloaded from GET /exports/:id) and monthly subscriptions. The
 * figures come from the ReportSource bound to REPORT_SOURCE: ProgramActivityReportSource until the reporting lib's
 * KpiReportService replaces it (`{ provide: REPORT_SOURCE, useExisting: KpiReportService }`).
 */
@Module({
  imports: [
    DatabaseModule.forFeature([ReportExportEntity, ReportExportSubscriptionEntity]),
    AuditModule,
    IdentityModule,
    NotificationModule,
    ProgramsModule,
  ],
  providers: [
    ReportExportService,
    ProgramActivityReportSource,
    { provide: REPORT_SOURCE, useExisting: ProgramActivityReportSource },
    ReportExportResolver,
    ExportBuildProcessor,
    ExportCleanupProcessor,
    ExportSubscriptionsProcessor,
  ],
  controllers: [ReportExportController],
  exports: [ReportExportService, REPORT_SOURCE],
})
export class ExportsModule {}
