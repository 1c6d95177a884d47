import { useMemo, useState, type ReactNode } from 'react';
import { Anchor, Badge, Card, Group, Progress, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useRoles } from '../../../lib/roles';
import type { MyLearningQuery } from '../../../gql/graphql';
import { MyLearningDocument } from '../documents';
import { monthOf, myStatus, sortBySchedule, type YearMonth } from '../calendar';
import { ActivityBadges, isSelfPaced, seatsText, statusText, STATUS_COLOR } from '../components/labels';
import { MonthCalendar, type CalendarItem } from '../components/month-calendar';

type Entry = MyLearningQuery['myLearning'][number];

/** The trainee's off-JT programme: every activity as a list or a month calendar, with seats and their status. */
export function MyLearningPage(): ReactNode {
  const { t } = useTranslation('learning');
  const { programs } = useRoles();
  const mine = programs.filter((program) => program.roles.includes('TRAINEE'));
  const [search, setSearch] = useSearchParams();
  const programId = search.get('program') ?? mine[0]?.id ?? '';
  const view = search.get('view') === 'calendar' ? 'calendar' : 'list';
  const [result, reexecute] = useQuery({
    query: MyLearningDocument,
    variables: { programId },
    pause: !programId,
  });
  const entries = useMemo(
    () =>
      sortBySchedule(
        (result.data?.myLearning ?? []).map((entry) => ({
          ...entry,
          title: entry.activity.title,
          startsAt: entry.activity.startsAt,
          endsAt: entry.activity.endsAt,
        })),
      ),
    [result.data],
  );
  const update = (key: string, value: string): void => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{t('my.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('my.subtitle')}
        </Text>
      </Stack>
      {mine.length > 1 && (
        <Select
          label={t('my.program')}
          data={mine.map((program) => ({ value: program.id, label: program.name }))}
          value={programId}
          onChange={(value) => value && update('program', value)}
          allowDeselect={false}
        />
      )}
      {!programId ? (
        <Text>{t('my.noProgram')}</Text>
      ) : (
        <>
          <SegmentedControl
            value={view}
            onChange={(value) => update('view', value)}
            data={[
              { value: 'list', label: t('my.list') },
              { value: 'calendar', label: t('my.calendar') },
            ]}
            aria-label={t('my.viewLabel')}
            style={{ alignSelf: 'flex-start' }}
          />
          <QueryState
            result={result}
            empty={entries.length === 0}
            emptyText={t('my.empty')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {view === 'list' ? <ActivityList entries={entries} /> : <CalendarView entries={entries} />}
          </QueryState>
        </>
      )}
    </Stack>
  );
}

function ActivityList({ entries }: { entries: Entry[] }): ReactNode {
  const { t, i18n } = useTranslation('learning');
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map(({ activity, participation }) => {
        const status = myStatus(activity, participation);
        const seats = seatsText(t, activity);
        return (
          <Card key={activity.id} withBorder padding="sm" component="li" data-testid={`activity-${activity.id}`}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={`/trainee/learning/${activity.id}`} fw={600}>
                  {activity.title}
                </Anchor>
                <Badge color={STATUS_COLOR[status]} variant="light" style={{ flexShrink: 0 }} data-testid="my-status">
                  {statusText(t, status, activity.kind, participation?.waitlistPosition)}
                </Badge>
              </Group>
              <ActivityBadges kind={activity.kind} aidaStage={activity.aidaStage} required={activity.required} />
              <Group gap="md">
                {activity.startsAt ? (
                  <Text size="sm">{formatDateTime(activity.startsAt, i18n.language)}</Text>
                ) : activity.endsAt ? (
                  <Text size="sm">{t('activity.due', { date: formatDate(activity.endsAt, i18n.language) })}</Text>
                ) : null}
                {seats && (
                  <Text size="sm" c="dimmed" data-testid="seats">
                    {seats}
                  </Text>
                )}
              </Group>
              {activity.kind === 'ELEARNING' && participation && participation.progressPercent > 0 && (
                <Progress
                  value={participation.progressPercent}
                  size="sm"
                  aria-label={t('progress.label', { percent: participation.progressPercent })}
                />
              )}
              {isSelfPaced(activity.kind) ? null : activity.location ? (
                <Text size="xs" c="dimmed">
                  {activity.location}
                </Text>
              ) : null}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

function CalendarView({ entries }: { entries: Entry[] }): ReactNode {
  const first = entries.find((entry) => entry.activity.startsAt ?? entry.activity.endsAt);
  const upcoming = entries.find((entry) => {
    const when = entry.activity.startsAt ?? entry.activity.endsAt;
    return when && Date.parse(when) >= Date.now();
  });
  const anchor = upcoming ?? first;
  const initial = anchor ? new Date((anchor.activity.startsAt ?? anchor.activity.endsAt)!) : new Date();
  const [month, setMonth] = useState<YearMonth>(() => monthOf(initial));
  const [selectedDay, setSelectedDay] = useState<string | null>(null);
  const items: CalendarItem[] = entries.map(({ activity, participation }) => ({
    id: activity.id,
    title: activity.title,
    kind: activity.kind,
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    status: myStatus(activity, participation),
    href: `/trainee/learning/${activity.id}`,
  }));
  return (
    <MonthCalendar
      month={month}
      onMonthChange={setMonth}
      items={items}
      selectedDay={selectedDay}
      onSelectDay={setSelectedDay}
    />
  );
}
