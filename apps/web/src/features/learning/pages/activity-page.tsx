import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { LearningActivityDocument, MyLearningDocument } from '../documents';
import { myStatus } from '../calendar';
import { ActivityDetails } from '../components/activity-details';
import { CheckInForm } from '../components/check-in-form';
import { hasCaseWork, isSelfPaced, statusText, STATUS_COLOR } from '../components/labels';
import { HandbookPanel, ProgressPanel, RegistrationPanel } from '../components/participation-panel';
import { CaseWorkPanel } from '../components/case-work-panel';

/** Check-in opens this long before the start (as the api). */
const CHECK_IN_OPENS_BEFORE_MS = 30 * 60 * 1000;

/** One activity for the trainee: details, registration or waitlist, check-in, progress, handbook, case work. */
export function ActivityPage(): ReactNode {
  const { activityId = '' } = useParams();
  const { t, i18n } = useTranslation('learning');
  const [result, reexecute] = useQuery({ query: LearningActivityDocument, variables: { id: activityId } });
  const activity = result.data?.learningActivity;
  const [mine, reexecuteMine] = useQuery({
    query: MyLearningDocument,
    variables: { programId: activity?.programId ?? '' },
    pause: !activity,
  });
  const participation = mine.data?.myLearning.find((entry) => entry.activity.id === activityId)?.participation;
  const refresh = (): void => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteMine({ requestPolicy: 'network-only' });
  };
  const scheduled = activity?.status === 'SCHEDULED';
  const open = scheduled && (!activity?.endsAt || Date.parse(activity.endsAt) > Date.now());
  const status = activity ? myStatus(activity, participation) : null;
  const now = Date.now();
  const checkInOpen =
    !!activity?.startsAt &&
    now >= Date.parse(activity.startsAt) - CHECK_IN_OPENS_BEFORE_MS &&
    (!activity.endsAt || now <= Date.parse(activity.endsAt));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/trainee/learning" size="sm">
        {t('activity.back')}
      </Anchor>
      <QueryState result={result} onRetry={refresh}>
        {activity && (
          <>
            <Stack gap={6}>
              <Title order={1}>{activity.title}</Title>
              {status && (
                <Group>
                  <Badge color={STATUS_COLOR[status]} variant="light" data-testid="my-status">
                    {statusText(t, status, activity.kind, participation?.waitlistPosition)}
                  </Badge>
                </Group>
              )}
            </Stack>
            <Card withBorder>
              <ActivityDetails activity={activity} behaviours={activity.behaviours} />
            </Card>
            {!isSelfPaced(activity.kind) && (
              <Card withBorder component="section" aria-labelledby="registration">
                <Title order={2} size="h4" id="registration" mb="sm">
                  {t('registration.title')}
                </Title>
                <RegistrationPanel
                  activityId={activity.id}
                  participation={participation}
                  open={open}
                  onChanged={refresh}
                />
              </Card>
            )}
            {!isSelfPaced(activity.kind) && scheduled && activity.startsAt && (
              <Card withBorder component="section" aria-labelledby="check-in">
                <Title order={2} size="h4" id="check-in" mb="sm">
                  {t('checkIn.title')}
                </Title>
                {checkInOpen || participation?.attendance === 'ATTENDED' ? (
                  <CheckInForm
                    activityId={activity.id}
                    attended={participation?.attendance === 'ATTENDED'}
                    checkedInAt={participation?.checkedInAt}
                    onCheckedIn={refresh}
                  />
                ) : (
                  <Text size="sm" c="dimmed" data-testid="check-in-window">
                    {t('checkIn.window', {
                      from: formatDateTime(
                        new Date(Date.parse(activity.startsAt) - CHECK_IN_OPENS_BEFORE_MS).toISOString(),
                        i18n.language,
                      ),
                      until: activity.endsAt ? formatDateTime(activity.endsAt, i18n.language) : '',
                    })}
                  </Text>
                )}
              </Card>
            )}
            {activity.kind === 'ELEARNING' && (
              <Card withBorder component="section" aria-labelledby="progress">
                <Title order={2} size="h4" id="progress" mb="sm">
                  {t('progress.title')}
                </Title>
                <ProgressPanel
                  key={participation?.progressPercent ?? 0}
                  activityId={activity.id}
                  participation={participation}
                  onChanged={refresh}
                />
              </Card>
            )}
            {activity.kind === 'HANDBOOK' && (
              <Card withBorder component="section" aria-labelledby="handbook">
                <Title order={2} size="h4" id="handbook" mb="sm">
                  {t('handbook.title')}
                </Title>
                <HandbookPanel activityId={activity.id} participation={participation} onChanged={refresh} />
              </Card>
            )}
            {hasCaseWork(activity.kind) && activity.caseStudy && (
              <Card withBorder component="section" aria-labelledby="case-study">
                <Title order={2} size="h4" id="case-study" mb="sm">
                  {t('caseStudy.title', { title: activity.caseStudy.title })}
                </Title>
                <Stack gap="xs">
                  {(['industry', 'background', 'managementIssues', 'whatWasDone', 'outcome', 'source'] as const).map(
                    (field) =>
                      activity.caseStudy?.[field] ? (
                        <Stack gap={0} key={field}>
                          <Text size="xs" fw={600}>
                            {t(`caseStudy.${field}`)}
                          </Text>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {activity.caseStudy[field]}
                          </Text>
                        </Stack>
                      ) : null,
                  )}
                </Stack>
              </Card>
            )}
            {hasCaseWork(activity.kind) && scheduled && activity.caseStudy && (
              <CaseWorkPanel activityId={activity.id} closed={!!activity.submissionsClosedAt} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
