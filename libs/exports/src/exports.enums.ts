import { registerEnumType } from '@nestjs/graphql';

export enum ReportExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ReportExportFormat, {
  name: 'ReportExportFormat',
  description: 'CSV (UTF-8 with BOM, CRLF: Excel in Japan opens it as it is) or XLSX (one sheet per section)',
});

export enum ReportExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReportExportStatus, {
  name: 'ReportExportStatus',
  description:
    'QUEUED → RUNNING → DONE (downloadable until expiresAt) → EXPIRED (file removed); FAILED after the last retry',
});
