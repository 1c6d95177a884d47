import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateKind, CriterionFieldsFragment, EvidenceRecordType } from '../../../gql/graphql';
import { NAMESPACE } from '../translations';

export interface RuleProgressView {
  ruleId: string;
  kind: CertificateKind;
  met: boolean;
  activeCertificateId?: string | null;
  criteria: CriterionFieldsFragment[];
}

/** Where a record that counts can be opened, or null where there is no page for it. */
export type RecordLink = (type: EvidenceRecordType, id: string) => string | null;

/** The trainee's own pages: visits, cases and competencies. */
export const traineeRecordLink: RecordLink = (type, id) => {
  if (type === 'VISIT') return `/trainee/visits/${id}`;
  if (type === 'SUPPORT_CASE') return `/trainee/cases/${id}`;
  if (type === 'ASSESSMENT') return '/trainee/competencies';
  return null;
};

/** One rule (SUPPORTER or MENTOR): every criterion met or not, its value against the target, its records. */
export function RuleProgressCard({
  rule,
  recordLink,
  children,
}: {
  rule: RuleProgressView;
  recordLink?: RecordLink;
  children?: ReactNode;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const metCount = rule.criteria.filter((criterion) => criterion.met).length;
  const missing = rule.criteria.length - metCount;
  const headingId = `rule-${rule.ruleId}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id={headingId}>
            {t(`kind.${rule.kind}`)}
          </Title>
          {rule.activeCertificateId ? (
            <Badge color="green" c="dark.7" variant="light">
              {t('path.certified')}
            </Badge>
          ) : (
            <Badge color={rule.met ? 'green' : 'orange'} c="dark.7" variant="light">
              {rule.met ? t('path.allMet') : t('path.toGo', { count: missing })}
            </Badge>
          )}
        </Group>
        <Progress
          value={rule.criteria.length ? (metCount / rule.criteria.length) * 100 : 100}
          color={rule.met ? 'green' : 'blue'}
          aria-label={`${t(`kind.${rule.kind}`)} ${metCount}/${rule.criteria.length}`}
        />
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rule.criteria.map((criterion) => (
            <CriterionRow key={criterion.key} criterion={criterion} recordLink={recordLink} />
          ))}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

function CriterionRow({
  criterion,
  recordLink,
}: {
  criterion: CriterionFieldsFragment;
  recordLink?: RecordLink;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  return (
    <li data-testid={`criterion-${criterion.key}`}>
      <Card withBorder padding="xs" bg={criterion.met ? 'green.0' : 'orange.0'}>
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={500}>
              {criterion.label}
            </Text>
            <Badge color={criterion.met ? 'green' : 'orange'} c="dark.7" variant="outline" style={{ flexShrink: 0 }}>
              {criterion.met ? t('path.met') : t('path.notMet')}
            </Badge>
          </Group>
          <Text size="sm" c="dark.6">
            {t('path.value', { current: criterion.current, target: criterion.target })}
          </Text>
          {criterion.records.length > 0 && (
            <details>
              <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
                {t('path.records', { count: criterion.records.length })}
              </summary>
              <List size="sm" spacing={2} mt={4}>
                {criterion.records.map((record) => {
                  const to = recordLink?.(record.type, record.id);
                  return (
                    <List.Item key={`${record.type}:${record.id}`}>
                      {to ? (
                        <Anchor component={Link} to={to} size="sm">
                          {record.label}
                        </Anchor>
                      ) : (
                        record.label
                      )}
                    </List.Item>
                  );
                })}
              </List>
            </details>
          )}
        </Stack>
      </Card>
    </li>
  );
}
