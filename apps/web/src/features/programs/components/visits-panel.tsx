import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ProgramVisitsDocument } from '../documents';
import type { ProgramDetail } from '../pages/program-page';
import { ScrollTable } from '../../../components/scroll-table';

/** Visits of the program, optionally of one trainee, in scheduled order; counts per trainee above. */
export function VisitsPanel({ program }: { program: ProgramDetail }) {
  const { t, i18n } = useTranslation('programs');
  const [traineeId, setTraineeId] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: ProgramVisitsDocument,
    variables: { programId: program.id, traineeId, after },
  });
  const trainees = program.members
    .filter((member) => member.role === 'TRAINEE')
    .map((member) => ({ value: member.userId, label: member.user?.displayName ?? member.userId }));
  const format = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  const visits = data?.visits.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label={t('visits.trainee')}
          placeholder={t('visits.allTrainees')}
          data={trainees}
          value={traineeId}
          onChange={(value) => {
            setTraineeId(value);
            setAfter(null);
          }}
          clearable
        />
        {data && (
          <Text size="sm" aria-live="polite">
            {t('visits.count', { count: data.visits.totalCount })}
          </Text>
        )}
      </Group>
      {fetching && !data ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : error ? (
        <Alert color="red" title={t('common:error.title')}>
          {error.message}
        </Alert>
      ) : visits.length === 0 ? (
        <Text>{t('visits.empty')}</Text>
      ) : (
        <ScrollTable minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visits.when')}</Table.Th>
                <Table.Th>{t('visits.trainee')}</Table.Th>
                <Table.Th>{t('visits.company')}</Table.Th>
                <Table.Th>{t('visits.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td>{format(visit.heldAt ?? visit.scheduledAt)}</Table.Td>
                  <Table.Td>{visit.trainee?.displayName}</Table.Td>
                  <Table.Td>
                    {t('visits.numbered', { company: visit.clientCompany?.name ?? '', number: visit.number })}
                  </Table.Td>
                  <Table.Td>
                    <Badge c="dark.7" variant="light">
                      {t(`visitStatus.${visit.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {data?.visits.pageInfo.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => setAfter(data.visits.pageInfo.endCursor ?? null)}>
            {t('visits.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
