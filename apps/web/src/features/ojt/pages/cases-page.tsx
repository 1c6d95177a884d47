import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { MyCasesQuery } from '../documents';

/** The trainee's cases and their organisation's client companies. */
export function CasesPage(): ReactNode {
  const { t } = useTranslation('ojt');
  const [result, reexecute] = useQuery({ query: MyCasesQuery });
  const cases = result.data?.myOjt.cases ?? [];
  const companies = result.data?.clientCompanies.edges ?? [];
  return (
    <Stack gap="lg">
      <Title order={1}>{t('cases.title')}</Title>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <Stack gap="sm" component="section" aria-labelledby="cases-heading">
          <Title order={2} size="h4" id="cases-heading">
            {t('cases.myCases')}
          </Title>
          {cases.length === 0 && <Text c="dimmed">{t('home.noCases')}</Text>}
          {cases.map((supportCase) => (
            <Card key={supportCase.id} withBorder padding="md">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/trainee/cases/${supportCase.id}`} fw={700}>
                    {supportCase.clientCompany?.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {supportCase.clientCompany?.industry} · {supportCase.clientCompany?.prefecture}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {supportCase.program?.name}
                  </Text>
                </Stack>
                <Stack gap={4} align="flex-end">
                  <Badge variant="outline">{t(`step.${supportCase.currentStep}`)}</Badge>
                  <Badge variant="light" color={supportCase.status === 'OPEN' ? 'teal' : 'gray'}>
                    {t(`caseStatus.${supportCase.status}`)}
                  </Badge>
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="companies-heading">
          <Title order={2} size="h4" id="companies-heading">
            {t('cases.companies')}
          </Title>
          {companies.length === 0 && <Text c="dimmed">{t('cases.noCompanies')}</Text>}
          {companies.map(({ node }) => (
            <Card key={node.id} withBorder padding="sm">
              <Text fw={600}>{node.name}</Text>
              <Text size="sm" c="dimmed">
                {node.industry} · {node.prefecture}
                {node.employeeCount != null && ` · ${t('company.employees', { count: node.employeeCount })}`}
              </Text>
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
