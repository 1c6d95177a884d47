import { useState, type ReactNode } from 'react';
import { Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { formatDateTime } from '../lib/format';
import { QueryState } from './query-state';
import { ScrollTable } from './scroll-table';

export const AuditEventsDocument = graphql(`
  query AuditEvents($entityType: String!, $entityId: ID!, $after: String) {
    auditEvents(entityType: $entityType, entityId: $entityId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorId
          actor {
            id
            displayName
          }
          occurredAt
          requestId
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
`);

/** Who changed a record and how (admins only: the api refuses everyone else). */
export function AuditHistory({ entityType, entityId }: { entityType: string; entityId: string }): ReactNode {
  const { t, i18n } = useTranslation('common');
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: AuditEventsDocument, variables: { entityType, entityId, after } });
  const connection = result.data?.auditEvents;
  return (
    <Card withBorder component="section" aria-labelledby={`audit-${entityId}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`audit-${entityId}`}>
          {t('audit.title')}
        </Title>
        <QueryState
          result={result}
          empty={connection?.edges.length === 0}
          emptyText={t('audit.empty')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <ScrollTable minWidth={560}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection?.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(node.occurredAt, i18n.language)}</Text>
                      <Text size="xs" c="dimmed">
                        {node.actor ? t('audit.actor', { name: node.actor.displayName }) : t('audit.system')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{node.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      {node.changes.length === 0
                        ? '–'
                        : node.changes.map((change) => (
                            <Text size="xs" key={change.field}>
                              <b>{change.field}</b>: {change.from ?? '∅'} → {change.to ?? '∅'}
                            </Text>
                          ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {connection?.pageInfo.hasNextPage && (
            <Group>
              <Button variant="light" size="xs" onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
                {t('audit.older')}
              </Button>
            </Group>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
