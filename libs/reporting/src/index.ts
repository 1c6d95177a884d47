export * from './reporting.module';
export * from './reporting.enums';
export * from './reporting.errors';
export * from './models/kpi-report.model';
export * from './dto/kpi-filter.input';
export { KpiReportService } from './services/kpi-report.service';
export { KpiRefreshService } from './services/kpi-refresh.service';
export { KpiSectionRegistry } from './services/kpi-section.registry';
export type { KpiSectionProvider } from './services/kpi-section.registry';
export type { KpiFigureDefinition } from './services/kpi-definitions';
export type { KpiScope } from './services/kpi-scope';
export {
  scopeParameters,
  programInScope,
  inPeriod,
  organizationMatches,
  monthOf,
  heldVisit,
  programsInPeriod,
  percent,
} from './services/kpi-scope';
export { KpiRefreshScheduler } from './jobs/kpi-refresh.handler';
