import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Card, Group, List, Rating, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { FlowSteps } from '../../../components/flow-steps';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import type { VisitQuery as VisitQueryResult } from '../../../gql/graphql';
import { VisitQuery, VisitRatingsQuery } from '../documents';
import { VISIT_STATUS_COLOR } from '../components/labels';
import { PreBriefForm } from '../components/pre-brief-form';
import { RecordVisitForm } from '../components/record-visit-form';
import { PostBriefForm } from '../components/post-brief-form';

type Visit = VisitQueryResult['visit'];

const STEP_KEYS = ['plan', 'preBrief', 'record', 'postBrief', 'waiting', 'feedback'] as const;
const REACHED: Record<string, number> = {
  CANCELLED: 0,
  PLANNED: 1,
  PRE_BRIEFED: 2,
  VISITED: 3,
  POST_BRIEFED: 4,
  FEEDBACK_GIVEN: 5,
};

/** One visit as a guided flow: plan → pre-brief → record the visit → post-brief → feedback. */
export function VisitFlowPage(): ReactNode {
  const { t, i18n } = useTranslation('ojt');
  const { visitId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: VisitQuery, variables: { id: visitId } });
  const visit = result.data?.visit;
  const reached = visit ? REACHED[visit.status] : 0;
  const [selected, setSelected] = useState(reached);
  useEffect(() => setSelected(reached), [reached]);
  const refresh = (): void => reexecute({ requestPolicy: 'network-only' });

  return (
    <QueryState result={result} onRetry={refresh}>
      {visit && (
        <Stack gap="md">
          <Stack gap={4}>
            <Anchor component={Link} to={`/trainee/cases/${visit.supportCaseId}`} size="sm">
              {t('visit.backToCase', { company: visit.clientCompany?.name ?? '' })}
            </Anchor>
            <Title order={1}>
              {t('visit.titleWithCompany', { number: visit.number, company: visit.clientCompany?.name ?? '' })}
            </Title>
            <Group gap="xs">
              <Badge color={VISIT_STATUS_COLOR[visit.status]} variant="light" data-testid="visit-status">
                {t(`visitStatus.${visit.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {formatDateTime(visit.scheduledAt, i18n.language)}
              </Text>
            </Group>
          </Stack>
          {visit.status === 'CANCELLED' ? (
            <Alert color="red">{t('visit.cancelled', { reason: visit.cancelReason ?? '' })}</Alert>
          ) : (
            <>
              <FlowSteps
                label={t('flow.label')}
                steps={STEP_KEYS.map((key) => ({ key, label: t(`flow.${key}`) }))}
                reached={reached}
                selected={selected}
                onSelect={setSelected}
              />
              <Card withBorder padding="md" component="section" aria-labelledby="step-title">
                <Title order={2} size="h3" id="step-title" mb="sm">
                  {t(`flow.${STEP_KEYS[selected]}`)}
                </Title>
                <StepContent step={STEP_KEYS[selected]} visit={visit} onSaved={refresh} />
              </Card>
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function StepContent({ step, visit, onSaved }: { step: string; visit: Visit; onSaved: () => void }): ReactNode {
  const { t, i18n } = useTranslation('ojt');
  const editable = visit.status !== 'FEEDBACK_GIVEN';
  switch (step) {
    case 'plan':
      return (
        <Stack gap={4}>
          <Text size="sm">{t('plan.summary', { when: formatDateTime(visit.scheduledAt, i18n.language) })}</Text>
          <Text size="sm">
            {t('plan.mentorsAre', { names: visit.mentors.map((m) => m.displayName).join(t('listSeparator')) })}
          </Text>
          <Text size="sm">{t(`traineeRole.${visit.traineeRole}`)}</Text>
        </Stack>
      );
    case 'preBrief':
      return editable ? (
        <PreBriefForm key={visit.id} visit={visit} onSaved={onSaved} />
      ) : (
        <Stack gap={4}>
          <Text size="sm">{visit.preBrief?.companyInfoReviewed}</Text>
          <List size="sm">
            {visit.preBrief?.hypotheses.map((h) => (
              <List.Item key={h.id}>{h.statement}</List.Item>
            ))}
          </List>
        </Stack>
      );
    case 'record':
      return visit.status === 'PRE_BRIEFED' ? (
        <RecordVisitForm visit={visit} onSaved={onSaved} />
      ) : (
        <Stack gap={4}>
          <Text size="sm">
            {visit.heldAt &&
              t('record.heldOn', {
                when: formatDateTime(visit.heldAt, i18n.language),
                minutes: visit.durationMinutes ?? 0,
              })}
          </Text>
          <Text size="sm">{visit.summary}</Text>
        </Stack>
      );
    case 'postBrief':
      return editable ? (
        <PostBriefForm key={visit.id} visit={visit} onSaved={onSaved} />
      ) : (
        <Stack gap={4}>
          <Text size="sm">{visit.postBrief?.findings}</Text>
        </Stack>
      );
    case 'waiting':
      return (
        <Stack gap="xs" data-testid="waiting-for-feedback">
          <Text>{t('waiting.body', { names: visit.mentors.map((m) => m.displayName).join(t('listSeparator')) })}</Text>
          {visit.nextActions.length > 0 && (
            <>
              <Text fw={600} size="sm">
                {t('postBrief.nextActions')}
              </Text>
              <List size="sm">
                {visit.nextActions.map((action) => (
                  <List.Item key={action.id}>
                    {action.description}
                    {action.dueOn && ` · ${t('action.due', { date: action.dueOn })}`}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      );
    default:
      return <FeedbackView visit={visit} />;
  }
}

function FeedbackView({ visit }: { visit: Visit }): ReactNode {
  const { t } = useTranslation('ojt');
  const [ratings] = useQuery({
    query: VisitRatingsQuery,
    variables: { programId: visit.programId, traineeId: visit.traineeId },
    pause: !visit.feedback,
  });
  if (!visit.feedback) return <Text c="dimmed">{t('feedback.none')}</Text>;
  const fromThisVisit = (ratings.data?.assessmentHistory.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.evidenceId === visit.id && node.source === 'MENTOR');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('feedback.from', { name: visit.feedback.mentor?.displayName ?? '' })}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{visit.feedback.comment}</Text>
      <QueryState result={ratings} empty={fromThisVisit.length === 0} emptyText={t('feedback.noRatings')}>
        <Stack gap="xs">
          {fromThisVisit.map((rating) => (
            <Group key={rating.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{rating.behaviour?.name}</Text>
              <Group gap={6} wrap="nowrap">
                <Rating
                  value={rating.level}
                  count={4}
                  readOnly
                  aria-label={t('feedback.level', { level: rating.level })}
                />
                <Text size="sm" fw={700}>
                  {rating.level}
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
