/**
 * Pure helpers of the off-JT pages: the month calendar grid, day keys in local time, the person's status on an
 * activity, datetime-local conversions and the rows of the attendance sheet. No React, unit-tested.
 */

export interface CalendarDay {
  /** YYYY-MM-DD in local time */
  key: string;
  day: number;
  inMonth: boolean;
}

export interface YearMonth {
  year: number;
  /** 0–11 */
  month: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** YYYY-MM-DD of a Date in local time. */
export function dayKeyOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The weeks (rows of 7 days) covering a month, from the week containing the 1st to the one containing the last. */
export function monthGrid({ year, month }: YearMonth, weekStartsOn: 0 | 1 = 0): CalendarDay[][] {
  const first = new Date(year, month, 1);
  const offset = (first.getDay() - weekStartsOn + 7) % 7;
  const daysInMonth = new Date(year, month + 1, 0).getDate();
  const weekCount = Math.ceil((offset + daysInMonth) / 7);
  const weeks: CalendarDay[][] = [];
  for (let week = 0; week < weekCount; week++) {
    const days: CalendarDay[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = new Date(year, month, 1 - offset + week * 7 + weekday);
      days.push({ key: dayKeyOf(date), day: date.getDate(), inMonth: date.getMonth() === month });
    }
    weeks.push(days);
  }
  return weeks;
}

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const date = new Date(year, month + delta, 1);
  return { year: date.getFullYear(), month: date.getMonth() };
}

export function monthOf(date: Date): YearMonth {
  return { year: date.getFullYear(), month: date.getMonth() };
}

/**
 * Items by the local day they fall on: a session on its start day, self-paced material (no start) on its due day;
 * items with neither are left out.
 */
export function groupByDay<T extends { startsAt?: string | null; endsAt?: string | null }>(
  items: T[],
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const when = item.startsAt ?? item.endsAt;
    if (!when) continue;
    const key = dayKeyOf(new Date(when));
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return days;
}

/** Sessions by start, then self-paced material by due date, then the rest, each by title. */
export function sortBySchedule<T extends { startsAt?: string | null; endsAt?: string | null; title: string }>(
  items: T[],
): T[] {
  const rank = (item: T): [number, number] => {
    if (item.startsAt) return [0, Date.parse(item.startsAt)];
    if (item.endsAt) return [1, Date.parse(item.endsAt)];
    return [2, 0];
  };
  return [...items].sort((a, b) => {
    const [ra, ta] = rank(a);
    const [rb, tb] = rank(b);
    return ra - rb || ta - tb || a.title.localeCompare(b.title);
  });
}

export type MyStatus =
  'CANCELLED_ACTIVITY' | 'DONE' | 'ABSENT' | 'EXCUSED' | 'REGISTERED' | 'WAITLISTED' | 'IN_PROGRESS' | 'NOT_STARTED';

export interface ParticipationLike {
  registrationStatus?: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | null;
  attendance?: 'ATTENDED' | 'ABSENT' | 'EXCUSED' | null;
  progressPercent: number;
  done: boolean;
}

/** One word for where the person stands on an activity (the badge of the list and the calendar). */
export function myStatus(
  activity: { status: 'SCHEDULED' | 'CANCELLED' },
  participation?: ParticipationLike | null,
): MyStatus {
  if (activity.status === 'CANCELLED') return 'CANCELLED_ACTIVITY';
  if (!participation) return 'NOT_STARTED';
  if (participation.done) return 'DONE';
  if (participation.attendance === 'ABSENT') return 'ABSENT';
  if (participation.attendance === 'EXCUSED') return 'EXCUSED';
  if (participation.registrationStatus === 'REGISTERED') return 'REGISTERED';
  if (participation.registrationStatus === 'WAITLISTED') return 'WAITLISTED';
  if (participation.progressPercent > 0) return 'IN_PROGRESS';
  return 'NOT_STARTED';
}

/** The quick progress steps still ahead of the current progress (progress only goes up). */
export function progressSteps(current: number, steps: readonly number[] = [25, 50, 75, 100]): number[] {
  return steps.filter((step) => step > current);
}

/** `YYYY-MM-DDTHH:mm` for an <input type="datetime-local"> from an ISO instant, in local time. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${dayKeyOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO instant from a datetime-local value; null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export type Attendance = 'ATTENDED' | 'ABSENT' | 'EXCUSED';

export interface SheetRow {
  userId: string;
  name: string;
  registrationStatus: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | null;
  waitlistPosition: number | null;
  attendance: Attendance | null;
  checkedInAt: string | null;
}

interface MemberLike {
  userId: string;
  status: string;
  user?: { displayName: string } | null;
}

interface SheetParticipation {
  userId: string;
  registrationStatus?: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | null;
  waitlistPosition?: number | null;
  attendance?: Attendance | null;
  checkedInAt?: string | null;
  user?: { displayName: string } | null;
}

/**
 * The rows of the attendance sheet: every active trainee of the cohort (and anyone else already recorded, or kept
 * because the owner is editing their row), the registered first, then the waitlist in its order, then the others,
 * each group by name.
 */
export function attendanceSheetRows(
  members: MemberLike[],
  participations: SheetParticipation[],
  collator: Intl.Collator = new Intl.Collator('ja'),
  keep: ReadonlySet<string> = new Set(),
): SheetRow[] {
  const byUser = new Map(participations.map((participation) => [participation.userId, participation]));
  const rows = new Map<string, SheetRow>();
  const add = (userId: string, name: string): void => {
    const participation = byUser.get(userId);
    rows.set(userId, {
      userId,
      name,
      registrationStatus: participation?.registrationStatus ?? null,
      waitlistPosition: participation?.waitlistPosition ?? null,
      attendance: participation?.attendance ?? null,
      checkedInAt: participation?.checkedInAt ?? null,
    });
  };
  for (const member of members) {
    if (member.status === 'ACTIVE' || keep.has(member.userId)) {
      add(member.userId, member.user?.displayName ?? member.userId);
    }
  }
  for (const participation of participations) {
    if (!rows.has(participation.userId) && (participation.attendance || participation.registrationStatus)) {
      add(participation.userId, participation.user?.displayName ?? participation.userId);
    }
  }
  const group = (row: SheetRow): number =>
    row.registrationStatus === 'REGISTERED' ? 0 : row.registrationStatus === 'WAITLISTED' ? 1 : 2;
  return [...rows.values()].sort(
    (a, b) =>
      group(a) - group(b) || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || collator.compare(a.name, b.name),
  );
}

/** The entries to send: the rows whose chosen attendance differs from the recorded one, in sheet order. */
export function changedAttendance(
  rows: SheetRow[],
  chosen: Record<string, Attendance | undefined>,
): { userId: string; status: Attendance }[] {
  return rows.flatMap((row) => {
    const status = chosen[row.userId];
    return status && status !== row.attendance ? [{ userId: row.userId, status }] : [];
  });
}

/** Fraction 0–1 as a whole percentage, or null. */
export function percent(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : Math.round(rate * 100);
}
