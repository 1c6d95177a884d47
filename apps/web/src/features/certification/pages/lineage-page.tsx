import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/session-hooks';
import { MentorLineageDocument } from '../documents';
import { lineageTree, type LineageNode } from '../components/lineage-tree';
import { NAMESPACE } from '../translations';

const LineageChart = lazy(() => import('../components/lineage-chart'));

/** Who mentored whom into certification (`/lineage/:userId`, or the signed-in mentor's own at /mentor/lineage). */
export function LineagePage(): ReactNode {
  const { userId: param } = useParams();
  const session = useSession();
  const userId = param ?? session?.user.id ?? '';
  const { t } = useTranslation(NAMESPACE);
  const [result, reexecute] = useQuery({ query: MentorLineageDocument, variables: { userId }, pause: !userId });
  const lineage = result.data?.mentorLineage;
  const roots = useMemo(() => (lineage ? lineageTree(lineage.members) : []), [lineage]);
  const self = lineage?.members.find((member) => member.generation === 0);
  const describe = useCallback(
    (node: LineageNode) =>
      `${t('lineage.generation', { n: node.generation })} · ${t('lineage.menteesCertified', { count: node.member.menteesCertified })}`,
    [t],
  );

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{self ? t('lineage.titleOf', { name: self.displayName }) : t('lineage.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('lineage.intro')}
        </Text>
      </Stack>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {lineage && lineage.members.length <= 1 ? (
          <Text c="dimmed">{t('lineage.alone')}</Text>
        ) : (
          <>
            <Group gap="xs">
              <Badge variant="light" c="blue.9">
                {t('lineage.generations', { count: lineage?.generations ?? 0 })}
              </Badge>
            </Group>
            <Card withBorder padding="xs">
              <Suspense fallback={<Loader size="sm" aria-label={t('common:loading')} />}>
                <LineageChart roots={roots} userId={userId} describe={describe} label={t('lineage.chart')} />
              </Suspense>
            </Card>
            <Stack gap="xs" component="section" aria-labelledby="lineage-list">
              <Title order={2} size="h4" id="lineage-list">
                {t('lineage.list')}
              </Title>
              <LineageList nodes={roots} userId={userId} describe={describe} />
            </Stack>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function LineageList({
  nodes,
  userId,
  describe,
}: {
  nodes: LineageNode[];
  userId: string;
  describe: (node: LineageNode) => string;
}): ReactNode {
  return (
    <List withPadding={false} listStyleType="disc" spacing={4} data-testid="lineage-list">
      {nodes.map((node) => (
        <List.Item key={node.member.userId}>
          <Text span fw={node.member.userId === userId ? 700 : 500} size="sm">
            {node.member.displayName}
          </Text>{' '}
          <Text span size="sm" c="dimmed">
            ({describe(node)})
          </Text>
          {node.children.length > 0 && (
            <div style={{ paddingLeft: 20 }}>
              <LineageList nodes={node.children} userId={userId} describe={describe} />
            </div>
          )}
        </List.Item>
      ))}
    </List>
  );
}
