import type { KpiUnit } from '../../gql/graphql';

/** The Japanese fiscal year (年度) a day falls in: April to March. */
export function fiscalYearOf(date: Date = new Date()): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** Reiwa year of a fiscal year (令和元年度 = FY2019). */
export function reiwaOf(fiscalYear: number): number {
  return fiscalYear - 2018;
}

/** The twelve months of a fiscal year as YYYY-MM, April first. */
export function fiscalMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((3 + index) % 12) + 1;
    const year = index >= 9 ? fiscalYear + 1 : fiscalYear;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/** A figure as the person reads it: counts grouped, averages and rates to one decimal. */
export function formatFigure(value: number | null | undefined, unit: KpiUnit | 'COUNT', language: string): string {
  if (value === null || value === undefined) return '—';
  const locale = language === 'en' ? 'en-GB' : 'ja-JP';
  const digits = unit === 'COUNT' ? 0 : 1;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Picks the Japanese or English text of a bilingual API field pair. */
export function localized(language: string, ja: string, en: string): string {
  return language === 'en' ? en : ja;
}
