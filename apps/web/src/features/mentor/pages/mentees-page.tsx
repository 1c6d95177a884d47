import { Alert, Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyMenteesDocument } from '../documents';
import { ScrollTable } from '../../../components/scroll-table';

/** The mentor's current mentees across programs, each linking to their competency profile. */
export function MenteesPage() {
  const { t } = useTranslation('mentor');
  const [{ data, fetching, error }] = useQuery({ query: MyMenteesDocument });
  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error || !data) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {error?.message}
      </Alert>
    );
  }
  const myId = data.me.id;
  const rows = data.myPrograms.edges.flatMap(({ node: program }) =>
    program.mentorships
      .filter((pairing) => pairing.mentorId === myId && pairing.status === 'ACTIVE')
      .map((pairing) => ({ program, pairing })),
  );
  return (
    <Stack gap="md">
      <Title order={1}>{t('mentees.title')}</Title>
      {rows.length === 0 ? (
        <Card withBorder>
          <Text>{t('mentees.empty')}</Text>
        </Card>
      ) : (
        <ScrollTable minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mentees.name')}</Table.Th>
                <Table.Th>{t('mentees.organization')}</Table.Th>
                <Table.Th>{t('mentees.program')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ program, pairing }) => (
                <Table.Tr key={pairing.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/programs/${program.id}/trainees/${pairing.trainee?.id ?? ''}`}>
                      {pairing.trainee?.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{pairing.trainee?.organization.name}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/programs/${program.id}`}>
                      {program.name}
                    </Anchor>
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
