import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiBreakdown, KpiSection } from '../models/kpi-report.model';
import { SECTION_TITLES } from './kpi-definitions';
import { KpiScope, scopeParameters } from './kpi-scope';
import { KpiSectionRegistry } from './kpi-section.registry';
import { NATIONAL_REPORT_SQL, NationalRow, toNational } from './national-kpis';

export interface ComputedReport {
  sections: KpiSection[];
  breakdowns: KpiBreakdown[];
}

/**
 * Computes a report from the records: one statement for the national KPIs and their breakdowns, one per registered
 * section, run side by side (on the pool; on the transaction's connection inside the worker's refresh).
 */
@Injectable()
export class KpiCalculator {
  constructor(private readonly registry: KpiSectionRegistry) {}

  async compute(scope: KpiScope, manager: EntityManager): Promise<ComputedReport> {
    const statements: (() => Promise<unknown>)[] = [
      () => manager.query<NationalRow[]>(NATIONAL_REPORT_SQL, scopeParameters(scope)),
      ...this.registry.sections().map((provider) => () => provider.compute(scope, manager)),
    ];
    // On the pool the statements run side by side; a transaction has one connection, so there they run in turn.
    const results = manager.queryRunner
      ? await statements.reduce<Promise<unknown[]>>(
          async (done, next) => [...(await done), await next()],
          Promise.resolve([]),
        )
      : await Promise.all(statements.map((statement) => statement()));
    const [rows, ...sections] = results as [NationalRow[], ...KpiSection[]];
    const national = toNational(rows, scope);
    return {
      sections: [
        {
          key: 'national',
          titleJa: SECTION_TITLES.national.ja,
          titleEn: SECTION_TITLES.national.en,
          rows: national.figures,
        },
        ...sections,
      ],
      breakdowns: national.breakdowns,
    };
  }
}
