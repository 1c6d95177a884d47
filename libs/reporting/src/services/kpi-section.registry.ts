import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiSection } from '../models/kpi-report.model';
import { KpiScope } from './kpi-scope';

/**
 * A section of the KPI report computed by a domain: one SQL statement over the scope (so a report's statement count
 * does not grow with the data). Parameters $1…$5 are those of `scopeParameters`; helpers in kpi-scope build the
 * conditions. A domain adds its section by registering a provider in `onModuleInit` (e.g. the certification lib's
 * CertificationKpiSection: supporters and mentors certified, rate per cohort, generations of the mentoring cascade).
 */
export interface KpiSectionProvider {
  /** Section key, unique: e.g. `certification`. */
  readonly key: string;
  /** Position in the report (national KPIs are 0; the built-in sections are 10, 20, 30, 40). */
  readonly order: number;
  compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection>;
}

/** The sections of the report beyond the national KPIs, in order. */
@Injectable()
export class KpiSectionRegistry {
  private readonly providers = new Map<string, KpiSectionProvider>();

  register(provider: KpiSectionProvider): void {
    if (this.providers.has(provider.key)) throw new Error(`KPI section ${provider.key} is registered twice`);
    this.providers.set(provider.key, provider);
  }

  sections(): KpiSectionProvider[] {
    return [...this.providers.values()].sort((a, b) => a.order - b.order);
  }
}
