import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { KpiSnapshotEntity } from '../entities/kpi-snapshot.entity';
import { KpiCalculator } from './kpi-calculator.service';
import { fiscalYearDays, fiscalYearOf, KpiScope, startOfDayJst, addDays } from './kpi-scope';

interface ProgramSpan {
  id: string;
  startsOn: string;
  endsOn: string;
}

/**
 * Worker side: recomputes the snapshot of every canonical scope (each fiscal year a program runs in: the report over
 * every program, and one per program) and drops snapshots of scopes that no longer exist. Runs only in the worker's
 * refresh job, never in a request.
 */
@Injectable()
export class KpiRefreshService {
  private readonly logger = new Logger(KpiRefreshService.name);

  constructor(
    @InjectRepository(KpiSnapshotEntity) private readonly snapshots: Repository<KpiSnapshotEntity>,
    private readonly calculator: KpiCalculator,
  ) {}

  async refreshAll(): Promise<{ scopes: number; ms: number }> {
    const started = Date.now();
    const manager = this.snapshots.manager;
    const programs = await manager.query<ProgramSpan[]>(
      `SELECT id, "startsOn"::text AS "startsOn", "endsOn"::text AS "endsOn" FROM program ORDER BY id`,
    );
    const years = new Map<number, string[]>();
    for (const program of programs) {
      const first = fiscalYearOf(startOfDayJst(program.startsOn));
      const last = fiscalYearOf(startOfDayJst(program.endsOn));
      for (let year = first; year <= last; year += 1) years.set(year, [...(years.get(year) ?? []), program.id]);
    }
    const keys: string[] = [];
    for (const [fiscalYear, programIds] of [...years].sort(([a], [b]) => a - b)) {
      for (const programId of [null, ...programIds]) {
        keys.push(await this.refreshScope(fiscalYear, programId));
      }
    }
    await manager.query(`DELETE FROM kpi_snapshot WHERE NOT ("scopeKey" = ANY($1::text[]))`, [keys]);
    const ms = Date.now() - started;
    this.logger.log({ msg: 'kpi snapshots refreshed', scopes: keys.length, ms });
    return { scopes: keys.length, ms };
  }

  private async refreshScope(fiscalYear: number, programId: string | null): Promise<string> {
    const { first, last } = fiscalYearDays(fiscalYear);
    const scope: KpiScope = {
      fiscalYear,
      programIds: programId ? [programId] : null,
      periodStart: startOfDayJst(first),
      periodEnd: startOfDayJst(addDays(last, 1)),
      organizationKinds: null,
      prefecture: null,
    };
    const scopeKey = `${fiscalYear}:${programId ?? 'all'}`;
    const dataAsOf = new Date();
    const computed = await this.calculator.compute(scope, this.snapshots.manager);
    await this.snapshots.upsert(
      {
        scopeKey,
        fiscalYear,
        programId,
        dataAsOf,
        computedInMs: Date.now() - dataAsOf.getTime(),
        sections: computed.sections,
        breakdowns: computed.breakdowns,
      },
      ['scopeKey'],
    );
    return scopeKey;
  }
}
