import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { LearningActivityFieldsFragment } from '../../../gql/graphql';
import { ActivityBadges, isSelfPaced, seatsText } from './labels';

/** What, when, where and who of an activity, shared by the trainee's and the owner's pages. */
export function ActivityDetails({
  activity,
  behaviours,
}: {
  activity: LearningActivityFieldsFragment;
  behaviours?: { id: string; code: string; name: string }[];
}): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const seats = seatsText(t, activity);
  const timeFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { timeStyle: 'short' });
  const row = (label: string, value: ReactNode): ReactNode => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap="xs">
      {activity.status === 'CANCELLED' && (
        <Alert color="red" data-testid="activity-cancelled">
          {t('activity.cancelled', { reason: activity.cancelReason ?? '' })}
        </Alert>
      )}
      <ActivityBadges kind={activity.kind} aidaStage={activity.aidaStage} required={activity.required} />
      {activity.startsAt &&
        row(
          t('activity.when'),
          activity.endsAt
            ? t('activity.range', {
                start: formatDateTime(activity.startsAt, i18n.language),
                end: timeFormat.format(new Date(activity.endsAt)),
              })
            : formatDateTime(activity.startsAt, i18n.language),
        )}
      {!activity.startsAt && activity.endsAt && row(t('activity.dueLabel'), formatDate(activity.endsAt, i18n.language))}
      {activity.location && row(t('activity.location'), activity.location)}
      {activity.onlineUrl &&
        row(
          isSelfPaced(activity.kind) ? t('activity.material') : t('activity.online'),
          <Anchor href={activity.onlineUrl} target="_blank" rel="noreferrer">
            {activity.onlineUrl}
          </Anchor>,
        )}
      {activity.instructorName && row(t('activity.instructor'), activity.instructorName)}
      {seats && row(t('activity.seats'), <span data-testid="seats">{seats}</span>)}
      {behaviours &&
        behaviours.length > 0 &&
        row(
          t('activity.behaviours'),
          <Group gap={4}>
            {behaviours.map((behaviour) => (
              <Badge
                key={behaviour.id}
                variant="outline"
                color="gray"
                title={behaviour.name}
                style={{ textTransform: 'none' }}
              >
                {behaviour.code} {behaviour.name}
              </Badge>
            ))}
          </Group>,
        )}
      {activity.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt="xs">
          {activity.description}
        </Text>
      )}
    </Stack>
  );
}
