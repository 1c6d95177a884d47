import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { daysUntil, formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session-hooks';
import { TraineeHomeQuery } from '../documents';
import { VISIT_STATUS_COLOR } from '../components/labels';

/** The trainee's start page: next visits, open next actions with due dates, cases, unread notifications. */
export function TraineeHomePage(): ReactNode {
  const { t, i18n } = useTranslation('ojt');
  const session = useSession();
  const [result, reexecute] = useQuery({ query: TraineeHomeQuery });
  const ojt = result.data?.myOjt;
  const notifications = result.data?.notifications;

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{t('home.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('home.greeting', { name: session?.user.displayName ?? '' })}
        </Text>
      </Stack>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder component="section" aria-labelledby="upcoming-visits">
            <Title order={2} size="h4" id="upcoming-visits" mb="sm">
              {t('home.upcomingVisits')}
            </Title>
            {ojt?.upcomingVisits.length ? (
              <Stack gap="sm">
                {ojt.upcomingVisits.map((visit) => (
                  <Card key={visit.id} withBorder padding="sm" radius="sm">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={2}>
                        <Anchor component={Link} to={`/trainee/visits/${visit.id}`} fw={600}>
                          {t('visit.titleWithCompany', {
                            number: visit.number,
                            company: visit.clientCompany?.name ?? '',
                          })}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {formatDateTime(visit.scheduledAt, i18n.language)}
                        </Text>
                      </Stack>
                      <Badge color={VISIT_STATUS_COLOR[visit.status]} variant="light" style={{ flexShrink: 0 }}>
                        {t(`visitStatus.${visit.status}`)}
                      </Badge>
                    </Group>
                  </Card>
                ))}
              </Stack>
            ) : (
              <Text c="dimmed">{t('home.noUpcomingVisits')}</Text>
            )}
          </Card>

          <Card withBorder component="section" aria-labelledby="open-actions">
            <Title order={2} size="h4" id="open-actions" mb="sm">
              {t('home.openNextActions')}
            </Title>
            {ojt?.openNextActions.length ? (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {ojt.openNextActions.map((action) => {
                  const days = action.dueOn ? daysUntil(action.dueOn) : null;
                  return (
                    <li key={action.id}>
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                        <Text size="sm">{action.description}</Text>
                        {action.dueOn && (
                          <Badge
                            color={days !== null && days < 0 ? 'red' : 'gray'}
                            variant="light"
                            style={{ flexShrink: 0 }}
                          >
                            {t('action.due', { date: formatDate(action.dueOn, i18n.language) })}
                          </Badge>
                        )}
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            ) : (
              <Text c="dimmed">{t('home.noOpenNextActions')}</Text>
            )}
          </Card>

          <Card withBorder component="section" aria-labelledby="my-cases">
            <Title order={2} size="h4" id="my-cases" mb="sm">
              {t('home.cases')}
            </Title>
            {ojt?.cases.length ? (
              <Stack gap="xs">
                {ojt.cases.map((supportCase) => (
                  <Group key={supportCase.id} justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/trainee/cases/${supportCase.id}`}>
                      {supportCase.clientCompany?.name}
                    </Anchor>
                    <Badge variant="outline">{t(`step.${supportCase.currentStep}`)}</Badge>
                  </Group>
                ))}
              </Stack>
            ) : (
              <Text c="dimmed">{t('home.noCases')}</Text>
            )}
          </Card>

          <Card withBorder component="section" aria-labelledby="unread-notifications">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="unread-notifications">
                {t('home.unreadNotifications', { count: notifications?.totalCount ?? 0 })}
              </Title>
              <Anchor component={Link} to="/notifications" size="sm">
                {t('home.allNotifications')}
              </Anchor>
            </Group>
            {notifications?.edges.length ? (
              <Stack gap="xs">
                {notifications.edges.map(({ node }) => (
                  <Text size="sm" key={node.id}>
                    {node.message}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text c="dimmed">{t('home.noNotifications')}</Text>
            )}
          </Card>
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}
