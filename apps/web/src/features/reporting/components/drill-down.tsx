import { useEffect, useState } from 'react';
import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { KpiFilterInput, NationalKpi } from '../../../gql/graphql';
import { KpiDrillDownDocument } from '../documents';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-errors';
import { ScrollTable } from '../../../components/scroll-table';

const PAGE_SIZE = 50;

interface PageProps {
  filter: KpiFilterInput;
  kpi: NationalKpi;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
  onTotal: (total: number) => void;
}

/** One page of the connection: its rows, and "show more" under the last one. */
function DrillPage({ filter, kpi, after, last, onMore, onTotal }: PageProps) {
  const { t, i18n } = useTranslation('reporting');
  const [{ data, fetching, error }] = useQuery({
    query: KpiDrillDownDocument,
    variables: { filter, kpi, first: PAGE_SIZE, after },
  });
  const page = data?.kpiDrillDown;
  const total = page?.totalCount;
  useEffect(() => {
    if (after === null && total !== undefined) onTotal(total);
  }, [after, total, onTotal]);
  if (fetching && !page) {
    return (
      <Table.Tr>
        <Table.Td colSpan={6}>
          <Loader size="sm" aria-label={t('common:loading')} />
        </Table.Td>
      </Table.Tr>
    );
  }
  if (error || !page) {
    return (
      <Table.Tr>
        <Table.Td colSpan={6} role="alert">
          {errorMessage(error, t('common:error.network'))}
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <>
      {page.edges.map(({ node }) => (
        <Table.Tr key={`${node.kind}-${node.id}`} data-drill-row>
          <Table.Td>{node.name}</Table.Td>
          <Table.Td>{node.personName ?? node.organizationName ?? '—'}</Table.Td>
          <Table.Td>{node.organizationKind ? t(`admin:organizationKind.${node.organizationKind}`) : '—'}</Table.Td>
          <Table.Td>{node.prefecture || '—'}</Table.Td>
          <Table.Td>{node.occurredAt ? formatDateTime(node.occurredAt, i18n.language) : '—'}</Table.Td>
          <Table.Td ta="right">{node.count}</Table.Td>
        </Table.Tr>
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <Button size="xs" variant="default" onClick={() => onMore(page.pageInfo.endCursor!)}>
              {t('drill.more')}
            </Button>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** The rows one national KPI counts (a paginated connection), so an owner can show where a number comes from. */
export function DrillDown({
  filter,
  kpi,
  label,
  onClose,
}: {
  filter: KpiFilterInput;
  kpi: NationalKpi;
  label: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('reporting');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [total, setTotal] = useState<number | null>(null);
  const visitRows = kpi === 'HELD_VISITS';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('drill.title', { label })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('drill.close') }}
    >
      <Stack gap="sm">
        {total !== null && (
          <Text size="sm" fw={600} data-testid="drill-total">
            {t('drill.total', { count: total })}
          </Text>
        )}
        {total === 0 ? (
          <Text size="sm">{t('drill.empty')}</Text>
        ) : (
          <ScrollTable minWidth={640} label={t('drill.title', { label })}>
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('drill.name')}</Table.Th>
                  <Table.Th scope="col">{visitRows ? t('drill.person') : t('drill.organization')}</Table.Th>
                  <Table.Th scope="col">{t('drill.kind')}</Table.Th>
                  <Table.Th scope="col">{t('drill.prefecture')}</Table.Th>
                  <Table.Th scope="col">{t('drill.occurredAt')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('drill.count')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cursors.map((after, index) => (
                  <DrillPage
                    key={after ?? 'first'}
                    filter={filter}
                    kpi={kpi}
                    after={after}
                    last={index === cursors.length - 1}
                    onMore={(cursor) => setCursors((current) => [...current, cursor])}
                    onTotal={setTotal}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('drill.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
