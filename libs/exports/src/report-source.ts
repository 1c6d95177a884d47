import { Actor } from '@banso/core';
import type { KpiFilterInput, KpiReport } from '@banso/reporting';

/**
 * The filter an export was asked for, as stored with it: the kpiReport filter (KpiFilterInput) with only the fields
 * given. Every field narrows; left out means "all you may see".
 */
export type ReportFilter = Pick<
  KpiFilterInput,
  'programIds' | 'fiscalYear' | 'prefecture' | 'organizationKinds' | 'from' | 'to'
>;

/**
 * What an export writes: the KPI report for a caller and a filter, scoped to what the caller may see. Bound to the
 * reporting lib's KpiReportService (`buildReport`), so a file holds exactly the figures of the kpiReport query.
 */
export interface ReportSource {
  buildReport(actor: Actor, filter: ReportFilter): Promise<KpiReport>;
}

/** Injection token of the ReportSource. */
export const REPORT_SOURCE = 'ReportSource';
