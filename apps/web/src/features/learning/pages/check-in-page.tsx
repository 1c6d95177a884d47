import type { ReactNode } from 'react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { LearningActivityDocument, MyLearningDocument } from '../documents';
import { CheckInForm } from '../components/check-in-form';

/**
 * Where the QR code of the room leads (`/learning/check-in?activity=…&code=…`): the trainee is signed in (or logs in
 * and comes back) and the code is sent at once; without a code it is typed here.
 */
export function CheckInPage(): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const [search] = useSearchParams();
  const activityId = search.get('activity') ?? '';
  const code = search.get('code') ?? '';
  const [result, reexecute] = useQuery({
    query: LearningActivityDocument,
    variables: { id: activityId },
    pause: !activityId,
  });
  const activity = result.data?.learningActivity;
  const [mine] = useQuery({
    query: MyLearningDocument,
    variables: { programId: activity?.programId ?? '' },
    pause: !activity,
    requestPolicy: 'network-only',
  });
  const participation = mine.data?.myLearning.find((entry) => entry.activity.id === activityId)?.participation;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('checkIn.pageTitle')}</Title>
      {!activityId ? (
        <Text>{t('checkIn.noActivity')}</Text>
      ) : (
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {activity && (mine.data || mine.error) && (
            <Card withBorder>
              <Stack gap="sm">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/trainee/learning/${activity.id}`} fw={600} size="lg">
                    {activity.title}
                  </Anchor>
                  {activity.startsAt && (
                    <Text size="sm" c="dimmed">
                      {formatDateTime(activity.startsAt, i18n.language)}
                      {activity.location ? ` · ${activity.location}` : ''}
                    </Text>
                  )}
                </Stack>
                <CheckInForm
                  activityId={activity.id}
                  attended={participation?.attendance === 'ATTENDED'}
                  checkedInAt={participation?.checkedInAt}
                  initialCode={code || undefined}
                />
              </Stack>
            </Card>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
