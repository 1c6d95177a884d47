export * from './exports.module';
export * from './exports.enums';
export * from './report-source';
export * from './models/report-export.model';
export * from './dto/report-export.input';
export { ReportExportService } from './services/report-export.service';
export { ProgramActivityReportSource } from './services/program-activity.report-source';
export { ExportScheduler, nextDailySlot } from './jobs/export-scheduler';
export {
  CSV_HEADER,
  SECTION_HEADER,
  DEFINITIONS_HEADER,
  DEFINITIONS_SHEET,
  SUMMARY_SHEET,
  JST_OFFSET_MS,
} from './services/report-files';
