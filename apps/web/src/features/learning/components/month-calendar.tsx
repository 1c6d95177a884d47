import { useMemo, type ReactNode } from 'react';
import { ActionIcon, Anchor, Box, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dayKeyOf, groupByDay, monthGrid, shiftMonth, type YearMonth } from '../calendar';
import { statusText, STATUS_COLOR } from './labels';
import type { MyStatus } from '../calendar';

export interface CalendarItem {
  id: string;
  title: string;
  kind: string;
  startsAt?: string | null;
  endsAt?: string | null;
  status: MyStatus;
  href: string;
}

interface MonthCalendarProps {
  month: YearMonth;
  onMonthChange: (month: YearMonth) => void;
  items: CalendarItem[];
  selectedDay: string | null;
  onSelectDay: (day: string) => void;
}

/**
 * A month of activities: a grid of days with a dot per activity (phone) or its title (desktop); choosing a day lists
 * its activities under the grid.
 */
export function MonthCalendar({
  month,
  onMonthChange,
  items,
  selectedDay,
  onSelectDay,
}: MonthCalendarProps): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const weeks = useMemo(() => monthGrid(month), [month]);
  const byDay = useMemo(() => groupByDay(items), [items]);
  const today = dayKeyOf(new Date());
  const weekdays = t('calendar.weekdays').split(',');
  const title = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: 'long',
  }).format(new Date(month.year, month.month, 1));
  const selected = selectedDay ? (byDay.get(selectedDay) ?? []) : [];
  const dayLabel = (key: string): string =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'full' }).format(
      new Date(`${key}T00:00:00`),
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('calendar.previous')}
          onClick={() => onMonthChange(shiftMonth(month, -1))}
        >
          ‹
        </ActionIcon>
        <Title order={2} size="h4" aria-live="polite" data-testid="calendar-month">
          {title}
        </Title>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('calendar.next')}
          onClick={() => onMonthChange(shiftMonth(month, 1))}
        >
          ›
        </ActionIcon>
      </Group>
      <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 2 }}>
        <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {title}
        </caption>
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th
                key={weekday}
                scope="col"
                style={{ fontSize: 12, fontWeight: 600, color: 'var(--mantine-color-dimmed)' }}
              >
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].key}>
              {week.map((day) => {
                const dayItems = byDay.get(day.key) ?? [];
                const isSelected = day.key === selectedDay;
                return (
                  <td key={day.key} style={{ padding: 0, verticalAlign: 'top' }}>
                    <UnstyledButton
                      onClick={() => onSelectDay(day.key)}
                      aria-label={
                        dayItems.length
                          ? t('calendar.dayWithCount', { day: dayLabel(day.key), count: dayItems.length })
                          : dayLabel(day.key)
                      }
                      aria-pressed={isSelected}
                      data-testid={`day-${day.key}`}
                      style={{
                        width: '100%',
                        minHeight: 56,
                        padding: 4,
                        borderRadius: 6,
                        border: `${isSelected ? 2 : 1}px solid ${isSelected ? 'var(--mantine-color-indigo-8)' : 'var(--mantine-color-gray-3)'}`,
                        background: day.key === today ? 'var(--mantine-color-indigo-0)' : undefined,
                        color: day.inMonth ? undefined : 'var(--mantine-color-dimmed)',
                        display: 'flex',
                        flexDirection: 'column',
                        alignItems: 'stretch',
                        gap: 2,
                        overflow: 'hidden',
                      }}
                    >
                      <Text size="xs" fw={day.key === today ? 700 : 500} inherit={!day.inMonth} aria-hidden>
                        {day.day}
                      </Text>
                      <Group gap={2} hiddenFrom="sm" aria-hidden>
                        {dayItems.map((item) => (
                          <Box
                            key={item.id}
                            w={8}
                            h={8}
                            style={{
                              borderRadius: 4,
                              background: `var(--mantine-color-${STATUS_COLOR[item.status]}-7)`,
                            }}
                          />
                        ))}
                      </Group>
                      <Stack gap={1} visibleFrom="sm" aria-hidden>
                        {dayItems.slice(0, 3).map((item) => (
                          <Text
                            key={item.id}
                            size="xs"
                            truncate
                            px={3}
                            style={{
                              borderRadius: 3,
                              borderLeft: `3px solid var(--mantine-color-${STATUS_COLOR[item.status]}-7)`,
                              background: 'var(--mantine-color-gray-0)',
                            }}
                          >
                            {item.title}
                          </Text>
                        ))}
                        {dayItems.length > 3 && (
                          <Text size="xs" c="dimmed">
                            {t('calendar.more', { count: dayItems.length - 3 })}
                          </Text>
                        )}
                      </Stack>
                    </UnstyledButton>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {selectedDay && (
        <Stack gap={4} data-testid="calendar-day">
          <Text fw={600} size="sm">
            {dayLabel(selectedDay)}
          </Text>
          {selected.length ? (
            selected.map((item) => (
              <Group key={item.id} gap="xs" wrap="nowrap">
                <Box
                  w={10}
                  h={10}
                  style={{
                    borderRadius: 5,
                    flexShrink: 0,
                    background: `var(--mantine-color-${STATUS_COLOR[item.status]}-7)`,
                  }}
                />
                <Anchor component={Link} to={item.href} size="sm">
                  {item.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {statusText(t, item.status, item.kind)}
                </Text>
              </Group>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              {t('calendar.nothing')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
