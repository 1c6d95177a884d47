import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MentorInboxDocument } from '../documents';
import { formatDateTime } from '../../../lib/format';
import { ScrollTable } from '../../../components/scroll-table';

/** Visits of the mentor's mentees waiting on the mentor (feedback) or on the mentee (overdue post-brief). */
export function MentorInboxPage() {
  const { t, i18n } = useTranslation('mentor');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MentorInboxDocument });

  return (
    <Stack gap="md">
      <Title order={1}>{t('inbox.title')}</Title>
      <Text c="dimmed">{t('inbox.intro')}</Text>
      {fetching && !data ? (
        <Group>
          <Loader size="sm" aria-label={t('common:loading')} />
        </Group>
      ) : error && !data ? (
        <Alert color="red" title={t('common:error.title')}>
          <Stack gap="xs">
            <Text size="sm">{error.message}</Text>
            <Button variant="light" size="xs" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('common:error.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : !data?.mentorInbox.length ? (
        <Card withBorder>
          <Text>{t('inbox.empty')}</Text>
        </Card>
      ) : (
        <ScrollTable minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inbox.trainee')}</Table.Th>
                <Table.Th>{t('inbox.visit')}</Table.Th>
                <Table.Th>{t('inbox.reason')}</Table.Th>
                <Table.Th>{t('inbox.waiting')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('inbox.action')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.mentorInbox.map((item) => (
                <Table.Tr key={`${item.reason}-${item.visit.id}`}>
                  <Table.Td>{item.visit.trainee?.displayName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('inbox.visitLabel', {
                        company: item.visit.clientCompany?.name ?? '',
                        number: item.visit.number,
                      })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.visit.heldAt ?? item.visit.scheduledAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge c="dark.7" color={item.reason === 'AWAITING_FEEDBACK' ? 'blue' : 'orange'} variant="light">
                      {t(`inbox.reasons.${item.reason}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('inbox.hours', { count: item.waitingHours })}</Text>
                    <Text size="xs" c="dimmed">
                      {t('inbox.since', { date: formatDateTime(item.waitingSince, i18n.language) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentor/visits/${item.visit.id}`}>
                      {item.reason === 'AWAITING_FEEDBACK' ? t('inbox.review') : t('inbox.open')}
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
