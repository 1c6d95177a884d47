import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session-hooks';
import { SupportCaseQuery } from '../documents';
import { VISIT_STATUS_COLOR } from '../components/labels';
import { PlanVisitForm } from '../components/plan-visit-form';

/** One support case: company sheet, issues, talent requirement, STEP history, visits and timeline. */
export function CasePage(): ReactNode {
  const { t, i18n } = useTranslation('ojt');
  const { caseId = '' } = useParams();
  const session = useSession();
  const [result, reexecute] = useQuery({ query: SupportCaseQuery, variables: { id: caseId } });
  const supportCase = result.data?.supportCase;
  const company = supportCase?.clientCompany;
  const mentors =
    supportCase?.program?.mentorships
      .filter((pairing) => pairing.status === 'ACTIVE' && pairing.traineeId === session?.user.id && pairing.mentor)
      .map((pairing) => ({ id: pairing.mentor?.id ?? '', name: pairing.mentor?.displayName ?? '' })) ?? [];

  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {supportCase && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to="/trainee/cases" size="sm">
              {t('case.back')}
            </Anchor>
            <Title order={1}>{company?.name}</Title>
            <Group gap="xs">
              <Badge variant="outline">{t(`step.${supportCase.currentStep}`)}</Badge>
              <Badge variant="light" color={supportCase.status === 'OPEN' ? 'teal' : 'gray'}>
                {t(`caseStatus.${supportCase.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {supportCase.program?.name}
              </Text>
            </Group>
          </Stack>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Card withBorder component="section" aria-labelledby="company-sheet">
              <Title order={2} size="h4" id="company-sheet" mb="xs">
                {t('case.companySheet')}
              </Title>
              <Table variant="vertical" withRowBorders={false} layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={120}>{t('company.industry')}</Table.Th>
                    <Table.Td>{company?.industry}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('company.prefecture')}</Table.Th>
                    <Table.Td>{company?.prefecture}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('company.employeeCount')}</Table.Th>
                    <Table.Td>
                      {company?.employeeCount != null ? t('company.employees', { count: company.employeeCount }) : '—'}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('company.notes')}</Table.Th>
                    <Table.Td>{company?.notes ?? '—'}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>

            <Card withBorder component="section" aria-labelledby="management-issues">
              <Title order={2} size="h4" id="management-issues" mb="xs">
                {t('case.managementIssues')}
              </Title>
              {supportCase.managementIssues.length ? (
                <List type="ordered" spacing="xs">
                  {[...supportCase.managementIssues]
                    .sort((a, b) => a.priority - b.priority)
                    .map((issue) => (
                      <List.Item key={issue.priority}>
                        <Text fw={600} size="sm">
                          {issue.title}
                        </Text>
                        {issue.detail && (
                          <Text size="sm" c="dimmed">
                            {issue.detail}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                </List>
              ) : (
                <Text c="dimmed">{t('case.noIssues')}</Text>
              )}
            </Card>

            <Card withBorder component="section" aria-labelledby="talent-requirement">
              <Title order={2} size="h4" id="talent-requirement" mb="xs">
                {t('case.talentRequirement')}
              </Title>
              {supportCase.talentRequirement ? (
                <Stack gap={6}>
                  <Badge variant="light">{t(`engagement.${supportCase.talentRequirement.engagementType}`)}</Badge>
                  <Text size="sm">
                    <b>{t('requirement.candidateProfile')}</b> {supportCase.talentRequirement.candidateProfile}
                  </Text>
                  <Text size="sm">
                    <b>{t('requirement.roleAndDuties')}</b> {supportCase.talentRequirement.roleAndDuties}
                  </Text>
                  <Text size="sm">
                    <b>{t('requirement.expectations')}</b> {supportCase.talentRequirement.expectations}
                  </Text>
                  <Text size="sm">
                    <b>{t('requirement.mustHave')}</b> {supportCase.talentRequirement.mustHave.join(t('listSeparator'))}
                  </Text>
                  <Text size="sm">
                    <b>{t('requirement.niceToHave')}</b>{' '}
                    {supportCase.talentRequirement.niceToHave.join(t('listSeparator'))}
                  </Text>
                </Stack>
              ) : (
                <Text c="dimmed">{t('case.noRequirement')}</Text>
              )}
            </Card>

            <Card withBorder component="section" aria-labelledby="step-history">
              <Title order={2} size="h4" id="step-history" mb="xs">
                {t('case.stepHistory')}
              </Title>
              {supportCase.stepMoves.length ? (
                <Stack gap={6}>
                  {supportCase.stepMoves.map((move) => (
                    <Text size="sm" key={move.id}>
                      {formatDate(move.movedAt, i18n.language)}:{' '}
                      {t('case.stepMove', { from: move.fromStep, to: move.toStep, reason: move.reason })}
                    </Text>
                  ))}
                </Stack>
              ) : (
                <Text c="dimmed">{t('case.noStepMoves')}</Text>
              )}
            </Card>
          </SimpleGrid>

          <Card withBorder component="section" aria-labelledby="visits-heading">
            <Title order={2} size="h4" id="visits-heading" mb="xs">
              {t('case.visits')}
            </Title>
            <Stack gap="xs">
              {supportCase.visits.length === 0 && <Text c="dimmed">{t('case.noVisits')}</Text>}
              {supportCase.visits.map((visit) => (
                <Group key={visit.id} justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`/trainee/visits/${visit.id}`}>
                    {t('visit.title', { number: visit.number })} · {formatDateTime(visit.scheduledAt, i18n.language)}
                  </Anchor>
                  <Badge color={VISIT_STATUS_COLOR[visit.status]} variant="light" style={{ flexShrink: 0 }}>
                    {t(`visitStatus.${visit.status}`)}
                  </Badge>
                </Group>
              ))}
            </Stack>
            {supportCase.status === 'OPEN' && supportCase.leadTraineeId === session?.user.id && (
              <PlanVisitForm supportCaseId={supportCase.id} mentors={mentors} />
            )}
          </Card>

          <Card withBorder component="section" aria-labelledby="timeline-heading">
            <Title order={2} size="h4" id="timeline-heading" mb="sm">
              {t('case.timeline')}
            </Title>
            {supportCase.timeline.length ? (
              <Timeline bulletSize={14} lineWidth={2}>
                {supportCase.timeline.map((entry, index) => (
                  <Timeline.Item key={index} title={t(`timelineKind.${entry.kind}`)}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(entry.occurredAt, i18n.language)}
                    </Text>
                    <Text size="sm">
                      {entry.visit &&
                        `${t('visit.title', { number: entry.visit.number })} · ${t(`visitStatus.${entry.visit.status}`)}`}
                      {entry.stepMove &&
                        t('case.stepMove', {
                          from: entry.stepMove.fromStep,
                          to: entry.stepMove.toStep,
                          reason: entry.stepMove.reason,
                        })}
                      {entry.milestone && t(`milestone.${entry.milestone.milestone}`)}
                      {entry.handOff && `${entry.handOff.toOrganization?.name ?? ''}: ${entry.handOff.summary}`}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            ) : (
              <Text c="dimmed">{t('case.noTimeline')}</Text>
            )}
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
