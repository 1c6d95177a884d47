import { ReportExportEntity } from './entities/report-export.entity';
import { ReportExportSubscriptionEntity } from './entities/report-export-subscription.entity';
import { ReportExport, ReportExportSubscription, ReportFilterModel } from './models/report-export.model';
import { ReportExportStatus } from './exports.enums';
import type { ReportFilter } from './report-source';

export function toFilterModel(filter: ReportFilter): ReportFilterModel {
  return Object.assign(new ReportFilterModel(), {
    programIds: filter.programIds ?? null,
    fiscalYear: filter.fiscalYear ?? null,
    prefecture: filter.prefecture ?? null,
    organizationKinds: filter.organizationKinds ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  });
}

export function toReportExport(entity: ReportExportEntity): ReportExport {
  return Object.assign(new ReportExport(), {
    id: entity.id,
    status: entity.status,
    progress: entity.progress,
    format: entity.format,
    filter: toFilterModel(entity.filter),
    fileName: entity.fileName,
    size: entity.size,
    downloadPath: entity.status === ReportExportStatus.DONE ? `/exports/${entity.id}` : null,
    error: entity.error,
    subscriptionId: entity.subscriptionId,
    requestedAt: entity.requestedAt,
    finishedAt: entity.finishedAt,
    expiresAt: entity.expiresAt,
  });
}

export function toSubscription(entity: ReportExportSubscriptionEntity): ReportExportSubscription {
  return Object.assign(new ReportExportSubscription(), {
    id: entity.id,
    filter: toFilterModel(entity.filter),
    format: entity.format,
    lastPeriod: entity.lastPeriod,
    createdAt: entity.createdAt,
  });
}
