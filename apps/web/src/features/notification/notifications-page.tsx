import type { ReactNode } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { MarkNotificationReadMutation, NotificationsQuery } from './documents';

/** Every notification of the person, newest first; unread ones can be marked read. */
export function NotificationsPage(): ReactNode {
  const { t, i18n } = useTranslation('notification');
  const [result] = useQuery({ query: NotificationsQuery, variables: {} });
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  const edges = result.data?.notifications.edges ?? [];
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <QueryState result={result} empty={edges.length === 0} emptyText={t('empty')}>
        <Stack gap="sm">
          {edges.map(({ node }) => (
            <Card key={node.id} withBorder padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Badge variant="light" color={node.readAt ? 'gray' : 'red'}>
                      {node.readAt ? t('read') : t('unread')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(node.createdAt, i18n.language)}
                    </Text>
                  </Group>
                  <Text>{node.message}</Text>
                </Stack>
                {!node.readAt && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void markRead({ input: { notificationId: node.id } })}
                  >
                    {t('markRead')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
