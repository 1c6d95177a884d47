import type { ReactNode } from 'react';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyStatus } from '../calendar';

export const KINDS = [
  'KICKOFF',
  'LECTURE',
  'ELEARNING',
  'HANDBOOK',
  'CASE_STUDY',
  'WORKSHOP',
  'ROLE_PLAY',
  'DEMO_SEMINAR',
  'FIELDWORK',
] as const;
export type Kind = (typeof KINDS)[number];
export const AIDA_STAGES = ['ATTENTION', 'INTEREST', 'DESIRE', 'ACTION'] as const;
export type Aida = (typeof AIDA_STAGES)[number];
export const ATTENDANCE = ['ATTENDED', 'ABSENT', 'EXCUSED'] as const;

/** Self-paced kinds have no session, seats or check-in. */
export function isSelfPaced(kind: string): boolean {
  return kind === 'ELEARNING' || kind === 'HANDBOOK';
}

export function hasCaseWork(kind: string): boolean {
  return kind === 'CASE_STUDY' || kind === 'WORKSHOP';
}

// Light badges whose darkest text shade passes WCAG AA on their tint (green and orange do not).
const AIDA_COLOR: Record<Aida, string> = { ATTENTION: 'cyan', INTEREST: 'blue', DESIRE: 'grape', ACTION: 'teal' };

export const STATUS_COLOR: Record<MyStatus, string> = {
  CANCELLED_ACTIVITY: 'red',
  DONE: 'teal',
  ABSENT: 'red',
  EXCUSED: 'gray',
  REGISTERED: 'blue',
  WAITLISTED: 'violet',
  IN_PROGRESS: 'indigo',
  NOT_STARTED: 'gray',
};

/** The kind, the AIDA stage and "required" of an activity as badges. */
export function ActivityBadges({
  kind,
  aidaStage,
  required,
}: {
  kind: string;
  aidaStage: string;
  required: boolean;
}): ReactNode {
  const { t } = useTranslation('learning');
  return (
    <Group gap={4}>
      <Badge variant="outline" color="indigo" tt="none">
        {t(`kind.${kind}`)}
      </Badge>
      <Badge variant="light" color={AIDA_COLOR[aidaStage as Aida] ?? 'gray'}>
        {t(`aida.${aidaStage}`)}
      </Badge>
      {required && (
        <Badge variant="light" color="red">
          {t('required')}
        </Badge>
      )}
    </Group>
  );
}

/** The status badge text: the waitlist position, and "not started" rather than "not registered" for self-paced kinds. */
export function statusText(
  t: (key: string, options?: Record<string, unknown>) => string,
  status: MyStatus,
  kind: string,
  waitlistPosition?: number | null,
): string {
  if (status === 'WAITLISTED' && waitlistPosition) return t('myStatus.waitlistedAt', { position: waitlistPosition });
  if (status === 'NOT_STARTED' && isSelfPaced(kind)) return t('myStatus.NOT_STARTED_SELF_PACED');
  return t(`myStatus.${status}`);
}

/** Free seats of a session ("3 seats left", "full, 2 waiting"), nothing for self-paced material. */
export function seatsText(
  t: (key: string, options?: Record<string, unknown>) => string,
  activity: { kind: string; capacity?: number | null; seats: { remaining?: number | null; waitlisted: number } },
): string | null {
  if (isSelfPaced(activity.kind)) return null;
  if (activity.capacity === null || activity.capacity === undefined) return t('seats.unlimited');
  if ((activity.seats.remaining ?? 0) > 0) return t('seats.left', { count: activity.seats.remaining ?? 0 });
  return t('seats.full', { count: activity.seats.waitlisted });
}
