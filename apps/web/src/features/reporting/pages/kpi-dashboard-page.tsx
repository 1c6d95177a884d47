import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { KpiReportQuery, NationalKpi } from '../../../gql/graphql';
import { KpiReportDocument } from '../documents';
import { useRoles } from '../../../lib/roles';
import { formatDate, formatDateTime } from '../../../lib/format';
import { QueryState } from '../../../components/query-state';
import { ScrollTable } from '../../../components/scroll-table';
import { KpiFilters } from '../components/kpi-filters';
import { NationalTiles } from '../components/national-tiles';
import { DrillDown } from '../components/drill-down';
import { BreakdownTable, type BreakdownRow } from '../components/breakdown-table';
import { SectionTables } from '../components/section-tables';
import { ExportPanel } from '../components/export-panel';
import { SchedulePanel } from '../components/schedule-panel';
import { toApiFilter, type DashboardFilter } from '../filter';
import { fiscalMonths, fiscalYearOf, localized, reiwaOf } from '../fiscal';

const MonthlyChart = lazy(() => import('../components/monthly-chart'));

type Report = KpiReportQuery['kpiReport'];

function emptyRow(key: string): BreakdownRow {
  return {
    key,
    labelJa: key,
    labelEn: key,
    participatingOrganizations: 0,
    companiesWithJobOpening: 0,
    matchedCompanies: 0,
    traineesWithOjt: 0,
    heldVisits: 0,
    visitsPerTrainee: null,
  };
}

/** April → March, every month present (a month without records shows zeros). */
function monthlyRows(report: Report, language: string): BreakdownRow[] {
  const rows = report.breakdowns.find((b) => b.dimension === 'FISCAL_MONTH')?.rows ?? [];
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { month: 'short', year: 'numeric' });
  return fiscalMonths(report.fiscalYear).map((month) => {
    const label = format.format(new Date(`${month}-01T00:00:00`));
    return { ...(byKey.get(month) ?? emptyRow(month)), labelJa: label, labelEn: label };
  });
}

function MonthlySection({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('reporting');
  const rows = useMemo(() => monthlyRows(report, i18n.language), [report, i18n.language]);
  // The chart's axis names the month only (the table beside it gives the year).
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { month: 'short' });
    return rows.map((row) => format.format(new Date(`${row.key}-01T00:00:00`)));
  }, [rows, i18n.language]);
  const series = useMemo(
    () => [
      { name: t('columns.heldVisits'), kind: 'bar' as const, values: rows.map((row) => row.heldVisits) },
      { name: t('columns.traineesWithOjt'), kind: 'line' as const, values: rows.map((row) => row.traineesWithOjt) },
      {
        name: t('columns.companiesWithJobOpening'),
        kind: 'line' as const,
        values: rows.map((row) => row.companiesWithJobOpening),
      },
    ],
    [rows, t],
  );
  return (
    <Card withBorder component="section" aria-labelledby="monthly-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="monthly-heading">
          {t('monthly.heading')}
        </Title>
        <ScrollTable minWidth={560} label={t('monthly.chartLabel')}>
          <Suspense fallback={<Loader size="sm" aria-label={t('common:loading')} />}>
            <MonthlyChart months={months} series={series} label={t('monthly.chartLabel')} />
          </Suspense>
        </ScrollTable>
        <BreakdownTable caption={t('monthly.tableCaption')} keyHeader={t('monthly.month')} rows={rows} />
      </Stack>
    </Card>
  );
}

function Breakdowns({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  return (
    <Card withBorder component="section" aria-labelledby="breakdowns-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="breakdowns-heading">
          {t('breakdown.ORGANIZATION_KIND')} / {t('breakdown.PREFECTURE')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('breakdown.note')}
        </Text>
        {(['ORGANIZATION_KIND', 'PREFECTURE'] as const).map((dimension) => {
          const rows = report.breakdowns.find((b) => b.dimension === dimension)?.rows ?? [];
          return rows.length ? (
            <BreakdownTable
              key={dimension}
              caption={t(`breakdown.${dimension}`)}
              keyHeader={t('breakdown.key')}
              rows={rows}
            />
          ) : (
            <Text key={dimension} size="sm">
              {t(`breakdown.${dimension}`)}: {t('breakdown.empty')}
            </Text>
          );
        })}
      </Stack>
    </Card>
  );
}

/** The owner's KPI dashboard (KPIダッシュボード): filters, the five national KPIs, breakdowns, sections, exports. */
export function KpiDashboardPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  const { programs, role } = useRoles();
  const [filter, setFilter] = useState<DashboardFilter>(() => ({
    fiscalYear: fiscalYearOf(),
    programIds: [],
    prefecture: '',
    organizationKinds: [],
    from: '',
    to: '',
  }));
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const [result, refetch] = useQuery({ query: KpiReportDocument, variables: { filter: apiFilter } });
  const [drill, setDrill] = useState<{ kpi: NationalKpi; label: string } | null>(null);
  const report = result.data?.kpiReport;

  const visiblePrograms = useMemo(
    () => programs.filter((program) => role === 'ADMIN' || program.roles.includes('OWNER')),
    [programs, role],
  );
  const programNames = useMemo(() => new Map(programs.map((p) => [p.id, p.name])), [programs]);
  const fiscalYears = useMemo(() => {
    const now = fiscalYearOf();
    const years = new Set([now + 1, now, now - 1, now - 2, now - 3, now - 4, filter.fiscalYear]);
    for (const program of visiblePrograms) years.add(program.fiscalYear);
    return [...years].sort((a, b) => b - a);
  }, [visiblePrograms, filter.fiscalYear]);
  // Prefectures seen in the reports so far (the api names them as written on the organisations).
  const seen = useRef(new Set<string>());
  for (const row of report?.breakdowns.find((b) => b.dimension === 'PREFECTURE')?.rows ?? []) {
    if (row.key) seen.current.add(row.key);
  }
  if (filter.prefecture) seen.current.add(filter.prefecture);
  const prefectures = [...seen.current].sort();

  const national = report?.sections.find((section) => section.key === 'national');
  return (
    <Stack gap="md">
      <Title order={1}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <KpiFilters
        value={filter}
        onApply={setFilter}
        fiscalYears={fiscalYears}
        programs={visiblePrograms}
        prefectures={prefectures}
      />
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {report && (
          <Stack gap="md" aria-busy={result.fetching}>
            <Card withBorder padding="sm" component="section" aria-labelledby="national-heading">
              <Stack gap="sm">
                <div>
                  <Title order={2} size="h4" id="national-heading">
                    {national ? localized(language, national.titleJa, national.titleEn) : t('national.heading')} ·{' '}
                    {t('fiscalYear', { year: report.fiscalYear, reiwa: reiwaOf(report.fiscalYear) })}
                  </Title>
                  <Text size="xs" c="dimmed" data-testid="freshness">
                    {t(`freshness.${report.source}`, {
                      asOf: formatDateTime(report.dataAsOf, language),
                      generatedAt: formatDateTime(report.generatedAt, language),
                    })}{' '}
                    ·{' '}
                    {t('freshness.period', {
                      start: formatDate(report.periodStart, language),
                      end: formatDate(report.periodEnd, language),
                    })}
                  </Text>
                </div>
                {national && (
                  <NationalTiles figures={national.rows} onOpen={(kpi, label) => setDrill({ kpi, label })} />
                )}
              </Stack>
            </Card>
            <MonthlySection report={report} />
            <Breakdowns report={report} />
            <section aria-labelledby="sections-heading">
              <Title order={2} size="h4" id="sections-heading" mb="sm">
                {t('sections.heading')}
              </Title>
              <SectionTables sections={report.sections.filter((section) => section.key !== 'national')} />
            </section>
          </Stack>
        )}
      </QueryState>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ExportPanel filter={apiFilter} />
        <SchedulePanel filter={apiFilter} programNames={programNames} />
      </SimpleGrid>
      {drill && <DrillDown filter={apiFilter} kpi={drill.kpi} label={drill.label} onClose={() => setDrill(null)} />}
    </Stack>
  );
}
