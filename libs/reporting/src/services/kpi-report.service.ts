import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, ConnectionArgs, ConnectionShape, Errors, lazy } from '@banso/core';
import { KpiFilterInput } from '../dto/kpi-filter.input';
import { KpiSnapshotEntity } from '../entities/kpi-snapshot.entity';
import { KpiDrillDownRow, KpiReport } from '../models/kpi-report.model';
import { DRILL_DOWN_KIND, KpiReportSource, NationalKpi } from '../reporting.enums';
import { KpiAccessService } from './kpi-access.service';
import { KpiCalculator } from './kpi-calculator.service';
import { addDays, dayJst, KpiScope, scopeParameters } from './kpi-scope';
import { NATIONAL_ROWS_SQL } from './national-kpis';

/** Snapshot key of a scope the worker pre-aggregates, or null when the filter narrows it further. */
export function snapshotKey(scope: KpiScope, filter: KpiFilterInput): string | null {
  if (filter.from || filter.to || scope.organizationKinds || scope.prefecture) return null;
  if (scope.programIds === null) return `${scope.fiscalYear}:all`;
  if (scope.programIds.length === 1) return `${scope.fiscalYear}:${scope.programIds[0]}`;
  return null;
}

const SORT_TIME = `to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** The rows each national KPI counts, with the columns of KpiDrillDownRow and a sort key. */
const DRILL_DOWN_ROWS: Record<NationalKpi, string> = {
  [NationalKpi.PARTICIPATING_ORGANIZATIONS]: `
    SELECT o.id, 'ORGANIZATION' AS kind, o.name, o.name AS sort, o.name AS "organizationName",
           o.kind::text AS "organizationKind", o.prefecture, NULL::text AS "personName", NULL::timestamptz AS "occurredAt",
           COALESCE((SELECT sum(mo.members) FROM member_org mo WHERE mo.org_id = o.id), 0)::int AS count
    FROM organization o WHERE o.id IN (SELECT org_id FROM org_rows)`,
  [NationalKpi.COMPANIES_WITH_JOB_OPENING]: companyRows('job_rows'),
  [NationalKpi.MATCHED_COMPANIES]: companyRows('matched_rows'),
  [NationalKpi.TRAINEES_WITH_OJT]: `
    SELECT u.id, 'TRAINEE' AS kind, u."displayName" AS name, u."displayName" AS sort, o.name AS "organizationName",
           o.kind::text AS "organizationKind", o.prefecture, NULL::text AS "personName", min(v."heldAt") AS "occurredAt",
           count(*)::int AS count
    FROM visit_rows v JOIN user_account u ON u.id = v."traineeId" JOIN organization o ON o.id = u."organizationId"
    GROUP BY u.id, o.id`,
  [NationalKpi.VISITS_PER_TRAINEE]: visitRows(),
  [NationalKpi.HELD_VISITS]: visitRows(),
};

function companyRows(cte: string): string {
  return `
    SELECT cc.id, 'COMPANY' AS kind, cc.name, cc.name AS sort, o.name AS "organizationName",
           o.kind::text AS "organizationKind", o.prefecture, NULL::text AS "personName", min(r."occurredAt") AS "occurredAt",
           count(DISTINCT r.case_id)::int AS count
    FROM ${cte} r JOIN client_company cc ON cc.id = r.company_id JOIN organization o ON o.id = cc."organizationId"
    GROUP BY cc.id, o.id`;
}

function visitRows(): string {
  return `
    SELECT v.id, 'VISIT' AS kind, cc.name || ' #' || ov.number AS name, ${SORT_TIME.replace('%s', 'v."heldAt"')} AS sort,
           o.name AS "organizationName", o.kind::text AS "organizationKind", o.prefecture,
           u."displayName" AS "personName", v."heldAt" AS "occurredAt", 1 AS count
    FROM visit_rows v JOIN ojt_visit ov ON ov.id = v.id JOIN support_case c ON c.id = ov."supportCaseId"
    JOIN client_company cc ON cc.id = c."clientCompanyId"
    JOIN user_account u ON u.id = v."traineeId" JOIN organization o ON o.id = u."organizationId"`;
}

interface DrillRow extends KpiDrillDownRow {
  sort: string;
}

function encodeCursor(sort: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return value as [string, string];
    }
  } catch {
    // reported below
  }
  throw Errors.badInput('after', { ja: 'カーソルが正しくありません', en: 'is not a valid cursor' });
}

/**
 * The KPI report and its drill-downs. A filter the worker pre-aggregates (one program's or every program's fiscal
 * year, not narrowed further) is read from its snapshot in one statement; any other filter, or a scope not yet
 * aggregated, is computed live from the indexed records (a fixed number of statements whatever the data size).
 */
@Injectable()
export class KpiReportService {
  constructor(
    @InjectRepository(KpiSnapshotEntity) private readonly snapshots: Repository<KpiSnapshotEntity>,
    private readonly access: KpiAccessService,
    private readonly calculator: KpiCalculator,
  ) {}

  /** The report as a plain object (sections → rows of figures, breakdowns), e.g. for exports. */
  async buildReport(actor: Actor, filter: KpiFilterInput): Promise<KpiReport> {
    const scope = await this.access.scopeFor(actor, filter);
    const key = snapshotKey(scope, filter);
    const snapshot = key ? await this.snapshots.findOne({ where: { scopeKey: key } }) : null;
    const base = {
      generatedAt: new Date(),
      fiscalYear: scope.fiscalYear,
      periodStart: dayJst(scope.periodStart),
      periodEnd: addDays(dayJst(scope.periodEnd), -1),
      programIds: scope.programIds,
    };
    if (snapshot) {
      return {
        ...base,
        source: KpiReportSource.SNAPSHOT,
        dataAsOf: snapshot.dataAsOf,
        sections: snapshot.sections,
        breakdowns: snapshot.breakdowns,
      };
    }
    const dataAsOf = new Date();
    const computed = await this.calculator.compute(scope, this.snapshots.manager);
    return { ...base, source: KpiReportSource.LIVE, dataAsOf, ...computed };
  }

  /** The rows one national KPI counts, live; totalCount equals the figure (for ⑤: its numerator, the held visits). */
  async kpiDrillDown(
    actor: Actor,
    filter: KpiFilterInput,
    kpi: NationalKpi,
    args: ConnectionArgs,
  ): Promise<ConnectionShape<KpiDrillDownRow>> {
    const scope = await this.access.scopeFor(actor, filter);
    const rows = `WITH ${NATIONAL_ROWS_SQL}, r AS (${DRILL_DOWN_ROWS[kpi]})`;
    const parameters = scopeParameters(scope);
    const first = args.first ?? 20;
    const [afterSort, afterId] = args.after ? decodeCursor(args.after) : [null, null];
    const manager = this.snapshots.manager;
    const totalCount = lazy(async () => {
      const [row] = await manager.query<{ count: number }[]>(
        `${rows} SELECT count(*)::int AS count FROM r`,
        parameters,
      );
      return row.count;
    });
    const page = await manager.query<DrillRow[]>(
      `${rows} SELECT * FROM r WHERE ($6::text IS NULL OR (r.sort, r.id::text) > ($6::text, $7::text))
       ORDER BY r.sort, r.id::text LIMIT $8`,
      [...parameters, afterSort, afterId, first + 1],
    );
    const edges = page.slice(0, first).map(({ sort, ...node }) => ({
      cursor: encodeCursor(sort, node.id),
      node: { ...node, kind: DRILL_DOWN_KIND[kpi] },
    }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: page.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
