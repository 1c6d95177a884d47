import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiReportQuery } from '../../../gql/graphql';
import { formatFigure, localized } from '../fiscal';
import { ScrollTable } from '../../../components/scroll-table';

export type BreakdownRow = KpiReportQuery['kpiReport']['breakdowns'][number]['rows'][number];

const COLUMNS = [
  'participatingOrganizations',
  'companiesWithJobOpening',
  'matchedCompanies',
  'traineesWithOjt',
  'heldVisits',
  'visitsPerTrainee',
] as const;

/** The national KPIs per organisation kind, prefecture or month, as a table (also the chart's text alternative). */
export function BreakdownTable({
  caption,
  keyHeader,
  rows,
}: {
  caption: string;
  keyHeader: string;
  rows: BreakdownRow[];
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  return (
    <ScrollTable minWidth={640} label={caption}>
      <Table withTableBorder fz="sm" captionSide="top" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{keyHeader}</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th scope="col" key={column} ta="right">
                {t(`columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {localized(language, row.labelJa, row.labelEn) || t('breakdown.unset')}
              </Table.Th>
              {COLUMNS.map((column) => (
                <Table.Td key={column} ta="right">
                  {formatFigure(row[column], column === 'visitsPerTrainee' ? 'AVERAGE' : 'COUNT', language)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
