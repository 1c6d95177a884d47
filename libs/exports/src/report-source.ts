import { Actor } from '@banso/core';

/** The KPI filter (the reporting lib's kpiReport filter): every field narrows; left out means "all you may see". */
export interface ReportFilter {
  programIds?: string[] | null;
  fiscalYear?: number | null;
  prefecture?: string | null;
  organizationKinds?: string[] | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  /** YYYY-MM-DD, inclusive. */
  to?: string | null;
}

export interface ReportRow {
  key: string;
  labelJa: string;
  labelEn: string;
  definitionJa: string;
  definitionEn: string;
  value: number | null;
  unit: string;
}

export interface ReportSection {
  key: string;
  titleJa: string;
  titleEn: string;
  rows: ReportRow[];
}

export interface Report {
  generatedAt: Date;
  sections: ReportSection[];
}

/**
 * What an export writes: a report of figures for a caller and a filter, scoped to what the caller may see. The
 * reporting lib's KpiReportService.buildReport has exactly this shape and is bound to REPORT_SOURCE by the platform;
 * until then ExportsModule binds ProgramActivityReportSource.
 */
export interface ReportSource {
  buildReport(actor: Actor, filter: ReportFilter): Promise<Report>;
}

/** Injection token of the ReportSource. */
export const REPORT_SOURCE = 'ReportSource';
