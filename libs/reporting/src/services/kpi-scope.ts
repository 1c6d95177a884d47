import { REPORT_TIME_ZONE } from '../reporting.enums';

/** What a report counts, once the caller's rights and the period are resolved. */
export interface KpiScope {
  fiscalYear: number;
  /** Null = every program (admins only). */
  programIds: string[] | null;
  /** First instant counted (00:00 Japan time of the first day). */
  periodStart: Date;
  /** First instant no longer counted (00:00 Japan time of the day after the last day). */
  periodEnd: Date;
  organizationKinds: string[] | null;
  prefecture: string | null;
}

const JST_OFFSET = '+09:00';

/** 00:00 Japan time of a YYYY-MM-DD day. */
export function startOfDayJst(day: string): Date {
  return new Date(`${day}T00:00:00.000${JST_OFFSET}`);
}

/** The YYYY-MM-DD day (Japan time) of an instant. */
export function dayJst(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 1 April of the fiscal year to 31 March of the next year (both YYYY-MM-DD, inclusive). */
export function fiscalYearDays(fiscalYear: number): { first: string; last: string } {
  return { first: `${fiscalYear}-04-01`, last: `${fiscalYear + 1}-03-31` };
}

/** The fiscal year (年度) an instant falls in, Japan time. */
export function fiscalYearOf(instant: Date): number {
  const [year, month] = dayJst(instant).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** The months (YYYY-MM) the period touches, in order. */
export function monthsOf(scope: Pick<KpiScope, 'periodStart' | 'periodEnd'>): string[] {
  const first = dayJst(scope.periodStart).slice(0, 7);
  const last = dayJst(new Date(scope.periodEnd.getTime() - 1)).slice(0, 7);
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The five SQL parameters every KPI statement takes, in order ($1 … $5). */
export function scopeParameters(scope: KpiScope): unknown[] {
  return [scope.programIds, scope.periodStart, scope.periodEnd, scope.organizationKinds, scope.prefecture];
}

/** SQL: the program column is in scope ($1). */
export function programInScope(column: string): string {
  return `($1::uuid[] IS NULL OR ${column} = ANY($1::uuid[]))`;
}

/** SQL: the instant column is in the period ($2 inclusive, $3 exclusive). */
export function inPeriod(column: string): string {
  return `(${column} >= $2::timestamptz AND ${column} < $3::timestamptz)`;
}

/** SQL: the organisation (alias) matches the kinds ($4) and prefecture ($5) asked for. */
export function organizationMatches(alias: string): string {
  return `(($4::text[] IS NULL OR ${alias}.kind::text = ANY($4::text[])) AND ($5::text IS NULL OR ${alias}.prefecture = $5::text))`;
}

/** SQL: YYYY-MM of an instant in Japan time. */
export function monthOf(column: string): string {
  return `to_char(${column} AT TIME ZONE '${REPORT_TIME_ZONE}', 'YYYY-MM')`;
}

/** SQL: a held visit (VISITED or later, never cancelled). */
export function heldVisit(alias: string): string {
  return `(${alias}.status IN ('VISITED', 'POST_BRIEFED', 'FEEDBACK_GIVEN') AND ${alias}."cancelledAt" IS NULL AND ${alias}."heldAt" IS NOT NULL)`;
}

/**
 * SQL: programs taking part in the period ($1 scope; dates overlapping the period in Japan time), for figures counted
 * from memberships.
 */
export function programsInPeriod(): string {
  return `SELECT p.id, p."startsOn", p."endsOn", p."frameworkId" FROM program p
          WHERE ${programInScope('p.id')}
            AND p."startsOn" < ($3::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}')::date
            AND p."endsOn" >= ($2::timestamptz AT TIME ZONE '${REPORT_TIME_ZONE}')::date`;
}

/** Rounded to one decimal, half up (as the national table does). */
export function oneDecimal(numerator: number, denominator: number): number | null {
  if (!denominator) return null;
  return Math.round((numerator * 10) / denominator) / 10;
}

/** A share as a percentage with one decimal; null over nothing. */
export function percent(numerator: number, denominator: number): number | null {
  if (!denominator) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}
