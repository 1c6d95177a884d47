import { KpiBreakdown, KpiBreakdownRow, KpiFigure } from '../models/kpi-report.model';
import { KpiBreakdownDimension, NationalKpi } from '../reporting.enums';
import { NATIONAL_FIGURES, NATIONAL_ORDER, NO_PREFECTURE, ORGANIZATION_KIND_LABELS } from './kpi-definitions';
import {
  heldVisit,
  inPeriod,
  KpiScope,
  monthOf,
  monthsOf,
  oneDecimal,
  organizationMatches,
  programInScope,
  programsInPeriod,
} from './kpi-scope';
import { REPORT_TIME_ZONE } from '../reporting.enums';

/**
 * The rows each national KPI counts, one CTE per KPI, shared by the report (counted with GROUPING SETS) and the
 * drill-down (listed). Parameters: see scopeParameters.
 */
export const NATIONAL_ROWS_SQL = `
  prog AS (${programsInPeriod()}),
  months AS (
    SELECT greatest(m::date, ($2::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}')::date) AS win_start,
           least((m + interval '1 month')::date, ($3::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}')::date) AS win_end,
           to_char(m, 'YYYY-MM') AS month
    FROM generate_series(date_trunc('month', $2::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}'),
                         ($3::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}') - interval '1 day', interval '1 month') AS m
  ),
  member_org AS (
    SELECT pm."programId", u."organizationId" AS org_id, count(*)::int AS members
    FROM program_member pm JOIN prog ON prog.id = pm."programId" JOIN user_account u ON u.id = pm."userId"
    WHERE pm.status <> 'WITHDRAWN'
    GROUP BY 1, 2
  ),
  org_rows AS (
    SELECT DISTINCT x.org_id, x.month, o.kind::text AS kind, o.prefecture
    FROM (
      SELECT mo.org_id, mn.month FROM member_org mo JOIN prog ON prog.id = mo."programId"
      JOIN months mn ON prog."startsOn" < mn.win_end AND prog."endsOn" >= mn.win_start
      UNION
      SELECT side.org_id, ${monthOf('h."handedOffAt"')}
      FROM support_case_hand_off h JOIN support_case c ON c.id = h."supportCaseId"
      CROSS JOIN LATERAL (VALUES (h."fromOrganizationId"), (h."toOrganizationId")) AS side(org_id)
      WHERE ${programInScope('c."programId"')} AND ${inPeriod('h."handedOffAt"')}
    ) x JOIN organization o ON o.id = x.org_id
    WHERE ${organizationMatches('o')}
  ),
  job_rows AS (
    SELECT c.id AS case_id, c."clientCompanyId" AS company_id, ms."occurredAt", ${monthOf('ms."occurredAt"')} AS month,
           o.kind::text AS kind, o.prefecture
    FROM support_case_milestone ms JOIN support_case c ON c.id = ms."supportCaseId"
    JOIN user_account u ON u.id = c."leadTraineeId" JOIN organization o ON o.id = u."organizationId"
    WHERE ms.milestone = 'JOB_OPENING_CREATED' AND ${inPeriod('ms."occurredAt"')}
      AND ${programInScope('c."programId"')} AND ${organizationMatches('o')}
  ),
  matched_rows AS (
    SELECT j.case_id, j.company_id, ms."occurredAt", ${monthOf('ms."occurredAt"')} AS month, j.kind, j.prefecture
    FROM job_rows j JOIN support_case_milestone ms ON ms."supportCaseId" = j.case_id AND ms.milestone = 'MATCHED'
    WHERE ms."occurredAt" < $3::timestamptz
  ),
  visit_rows AS (
    SELECT v.id, v."traineeId", v."heldAt", ${monthOf('v."heldAt"')} AS month, o.kind::text AS kind, o.prefecture
    FROM ojt_visit v JOIN user_account u ON u.id = v."traineeId" JOIN organization o ON o.id = u."organizationId"
    WHERE ${heldVisit('v')} AND ${inPeriod('v."heldAt"')} AND ${programInScope('v."programId"')}
      AND ${organizationMatches('o')}
  )`;

/** One statement: every national KPI in total, per organisation kind, per prefecture and per month. */
export const NATIONAL_REPORT_SQL = `
  WITH ${NATIONAL_ROWS_SQL},
  counted AS (
    SELECT 'ORG' AS metric, org_id::text AS id, month, kind, prefecture FROM org_rows
    UNION ALL SELECT 'JOB', company_id::text, month, kind, prefecture FROM job_rows
    UNION ALL SELECT 'MATCHED', company_id::text, month, kind, prefecture FROM matched_rows
    UNION ALL SELECT 'TRAINEE', "traineeId"::text, month, kind, prefecture FROM visit_rows
  )
  SELECT metric,
         CASE WHEN GROUPING(kind) = 0 THEN 'KIND' WHEN GROUPING(prefecture) = 0 THEN 'PREFECTURE'
              WHEN GROUPING(month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dimension,
         COALESCE(kind, prefecture, month, '') AS key,
         count(DISTINCT id)::int AS value
  FROM counted
  GROUP BY GROUPING SETS ((metric), (metric, kind), (metric, prefecture), (metric, month))
  UNION ALL
  SELECT 'VISIT',
         CASE WHEN GROUPING(kind) = 0 THEN 'KIND' WHEN GROUPING(prefecture) = 0 THEN 'PREFECTURE'
              WHEN GROUPING(month) = 0 THEN 'MONTH' ELSE 'TOTAL' END,
         COALESCE(kind, prefecture, month, ''),
         count(*)::int
  FROM visit_rows
  GROUP BY GROUPING SETS ((), (kind), (prefecture), (month))`;

export interface NationalRow {
  metric: 'ORG' | 'JOB' | 'MATCHED' | 'TRAINEE' | 'VISIT';
  dimension: 'TOTAL' | 'KIND' | 'PREFECTURE' | 'MONTH';
  key: string;
  value: number;
}

type Counts = Record<NationalRow['metric'], number>;

const EMPTY: Counts = { ORG: 0, JOB: 0, MATCHED: 0, TRAINEE: 0, VISIT: 0 };

function valueOf(kpi: NationalKpi, counts: Counts): number | null {
  switch (kpi) {
    case NationalKpi.PARTICIPATING_ORGANIZATIONS:
      return counts.ORG;
    case NationalKpi.COMPANIES_WITH_JOB_OPENING:
      return counts.JOB;
    case NationalKpi.MATCHED_COMPANIES:
      return counts.MATCHED;
    case NationalKpi.TRAINEES_WITH_OJT:
      return counts.TRAINEE;
    case NationalKpi.VISITS_PER_TRAINEE:
      return oneDecimal(counts.VISIT, counts.TRAINEE);
    case NationalKpi.HELD_VISITS:
      return counts.VISIT;
  }
}

function breakdownRow(key: string, label: { ja: string; en: string }, counts: Counts): KpiBreakdownRow {
  return {
    key,
    labelJa: label.ja,
    labelEn: label.en,
    participatingOrganizations: counts.ORG,
    companiesWithJobOpening: counts.JOB,
    matchedCompanies: counts.MATCHED,
    traineesWithOjt: counts.TRAINEE,
    heldVisits: counts.VISIT,
    visitsPerTrainee: oneDecimal(counts.VISIT, counts.TRAINEE),
  };
}

function monthLabel(month: string): { ja: string; en: string } {
  const [year, number] = month.split('-').map(Number);
  const en = new Date(Date.UTC(year, number - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { ja: `${year}年${number}月`, en: `${en} ${year}` };
}

/** Turns the statement's rows into the national section's figures and the three breakdowns. */
export function toNational(rows: NationalRow[], scope: KpiScope): { figures: KpiFigure[]; breakdowns: KpiBreakdown[] } {
  const groups = new Map<string, Counts>();
  const group = (dimension: string, key: string) => {
    const id = `${dimension}:${key}`;
    let counts = groups.get(id);
    if (!counts) groups.set(id, (counts = { ...EMPTY }));
    return counts;
  };
  for (const row of rows) group(row.dimension, row.key)[row.metric] = row.value;
  const total = group('TOTAL', '');
  const figures = NATIONAL_ORDER.map((kpi) => ({ ...NATIONAL_FIGURES[kpi], value: valueOf(kpi, total) }));
  const keysOf = (dimension: string) =>
    [...groups.keys()].filter((id) => id.startsWith(`${dimension}:`)).map((id) => id.slice(dimension.length + 1));
  const kinds = keysOf('KIND')
    .sort((a, b) => Object.keys(ORGANIZATION_KIND_LABELS).indexOf(a) - Object.keys(ORGANIZATION_KIND_LABELS).indexOf(b))
    .map((kind) => breakdownRow(kind, ORGANIZATION_KIND_LABELS[kind] ?? { ja: kind, en: kind }, group('KIND', kind)));
  const prefectures = keysOf('PREFECTURE')
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ja')))
    .map((prefecture) =>
      breakdownRow(
        prefecture,
        prefecture ? { ja: prefecture, en: prefecture } : NO_PREFECTURE,
        group('PREFECTURE', prefecture),
      ),
    );
  const months = monthsOf(scope).map((month) => breakdownRow(month, monthLabel(month), group('MONTH', month)));
  return {
    figures,
    breakdowns: [
      { dimension: KpiBreakdownDimension.ORGANIZATION_KIND, rows: kinds },
      { dimension: KpiBreakdownDimension.PREFECTURE, rows: prefectures },
      { dimension: KpiBreakdownDimension.FISCAL_MONTH, rows: months },
    ],
  };
}
