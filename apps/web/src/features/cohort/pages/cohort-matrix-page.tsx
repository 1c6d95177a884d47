import { lazy, Suspense, useMemo } from 'react';
import { Alert, Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CompetencyMatrixDocument } from '../documents';
import { ScrollTable } from '../../../components/scroll-table';

const HeatmapChart = lazy(() => import('../components/heatmap-chart'));

/** The cohort's competency matrix (trainees × behaviours) as a heatmap, with the numbers as a table beside it. */
export function CohortMatrixPage() {
  const { programId = '' } = useParams();
  const { t } = useTranslation('cohort');
  const [{ data, fetching, error }] = useQuery({ query: CompetencyMatrixDocument, variables: { programId } });
  const matrix = data?.competencyMatrix;
  const shape = useMemo(
    () =>
      matrix && {
        columns: matrix.behaviours.map((behaviour) => behaviour.code),
        rows: matrix.rows.map((row) => row.trainee?.displayName ?? row.traineeId),
        levels: matrix.rows.map((row) => [...row.levels]),
      },
    [matrix],
  );

  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {error.message}
      </Alert>
    );
  }
  if (!matrix || !shape) return null;
  if (!matrix.rows.length) {
    return (
      <Card withBorder>
        <Text>{t('matrix.empty')}</Text>
      </Card>
    );
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/programs/${programId}`} size="sm">
        {t('matrix.back')}
      </Anchor>
      <Title order={1}>{t('matrix.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('matrix.intro', { level: matrix.proficientLevel })}
      </Text>
      <ScrollTable minWidth={0} label={t('matrix.title')}>
        <Suspense fallback={<Loader size="sm" aria-label={t('common:loading')} />}>
          <HeatmapChart
            columns={shape.columns}
            rows={shape.rows}
            levels={shape.levels}
            notRatedLabel={t('matrix.notRated')}
            label={t('matrix.chartLabel', { trainees: shape.rows.length, behaviours: shape.columns.length })}
          />
        </Suspense>
      </ScrollTable>
      <ScrollTable minWidth={720}>
        <Table withTableBorder withColumnBorders fz="xs" captionSide="top">
          <Table.Caption>{t('matrix.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('matrix.trainee')}
              </Table.Th>
              {matrix.behaviours.map((behaviour) => (
                <Table.Th scope="col" key={behaviour.id} title={behaviour.name} style={{ whiteSpace: 'nowrap' }}>
                  {behaviour.code}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('matrix.proficient')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.traineeId}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/programs/${programId}/trainees/${row.traineeId}`} size="sm">
                    {row.trainee?.displayName ?? row.traineeId}
                  </Anchor>
                </Table.Th>
                {row.levels.map((level, index) => (
                  <Table.Td key={matrix.behaviours[index].id}>{level ?? '–'}</Table.Td>
                ))}
                <Table.Td>
                  {row.proficientCount}/{matrix.behaviours.length}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
