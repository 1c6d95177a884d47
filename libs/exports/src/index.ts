export * from './exports.module';
export * from './exports.enums';
export * from './report-source';
export * from './models/report-export.model';
export * from './dto/report-export.input';
export { ReportExportService } from './services/report-export.service';
export { ExportScheduler, nextDailySlot } from './jobs/export-scheduler';
export {
  SECTION_HEADER,
  BREAKDOWN_HEADER,
  BREAKDOWN_FIELDS,
  BREAKDOWN_TITLES,
  UNIT_LABELS,
  NUMBER_FORMATS,
  DEFINITIONS_HEADER,
  DEFINITIONS_SHEET,
  SUMMARY_SHEET,
  JST_OFFSET_MS,
} from './services/report-files';
