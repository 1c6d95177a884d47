import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ProgramsListDocument } from '../documents';
import { ScrollTable } from '../../../components/scroll-table';

const STATUS_COLOR = { DRAFT: 'gray', ACTIVE: 'green', CLOSED: 'dark' } as const;

/** Programs the caller may see (admins: all); admins start new ones here. */
export function ProgramsListPage() {
  const { t } = useTranslation('programs');
  const [{ data, fetching, error }] = useQuery({ query: ProgramsListDocument, variables: {} });
  const programs = data?.programs.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('list.title')}</Title>
        {data?.me.systemRole === 'ADMIN' && (
          <Button component={Link} to="/programs/new">
            {t('list.create')}
          </Button>
        )}
      </Group>
      {fetching && !data ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : error ? (
        <Alert color="red" title={t('common:error.title')}>
          {error.message}
        </Alert>
      ) : programs.length === 0 ? (
        <Card withBorder>
          <Text>{t('list.empty')}</Text>
        </Card>
      ) : (
        <ScrollTable minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.name')}</Table.Th>
                <Table.Th>{t('list.fiscalYear')}</Table.Th>
                <Table.Th>{t('list.operator')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programs.map((program) => (
                <Table.Tr key={program.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/programs/${program.id}`}>
                      {program.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('list.fiscalYearValue', { year: program.fiscalYear })}</Table.Td>
                  <Table.Td>{program.operatorOrganization?.name}</Table.Td>
                  <Table.Td>
                    <Badge c="dark.7" variant="light" color={STATUS_COLOR[program.status]}>
                      {t(`status.${program.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
