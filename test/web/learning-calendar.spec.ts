import {
  attendanceSheetRows,
  changedAttendance,
  dayKeyOf,
  fromLocalInput,
  groupByDay,
  monthGrid,
  myStatus,
  percent,
  progressSteps,
  shiftMonth,
  sortBySchedule,
  toLocalInput,
} from '../../apps/web/src/features/learning/calendar';

describe('off-JT calendar helpers', () => {
  it('builds whole weeks around a month, Sunday first by default', () => {
    // June 2025: the 1st is a Sunday, 30 days → 5 weeks, no leading days.
    const june = monthGrid({ year: 2025, month: 5 });
    expect(june).toHaveLength(5);
    expect(june[0][0]).toEqual({ key: '2025-06-01', day: 1, inMonth: true });
    expect(june[4][1]).toEqual({ key: '2025-06-30', day: 30, inMonth: true });
    expect(june[4][2]).toEqual({ key: '2025-07-01', day: 1, inMonth: false });
    expect(june.every((week) => week.length === 7)).toBe(true);
  });

  it('pads the first week with the previous month and can start on Monday', () => {
    // February 2026 starts on a Sunday: Monday-first puts six days of January before it.
    const february = monthGrid({ year: 2026, month: 1 }, 1);
    expect(february[0].map((day) => day.key)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
    ]);
    expect(february[0].filter((day) => day.inMonth)).toHaveLength(1);
    expect(february.flat().filter((day) => day.inMonth)).toHaveLength(28);
    expect(february.at(-1)?.at(-1)?.key).toBe('2026-03-01');
  });

  it('shifts months across year ends', () => {
    expect(shiftMonth({ year: 2025, month: 11 }, 1)).toEqual({ year: 2026, month: 0 });
    expect(shiftMonth({ year: 2026, month: 0 }, -1)).toEqual({ year: 2025, month: 11 });
  });

  it('groups activities by the local day they start on, self-paced ones on their due day', () => {
    const lecture = { title: '講義', startsAt: new Date(2025, 6, 3, 10).toISOString(), endsAt: null };
    const roleplay = { title: 'ロールプレイ', startsAt: new Date(2025, 6, 3, 14).toISOString(), endsAt: null };
    const elearning = { title: 'eラーニング', startsAt: null, endsAt: new Date(2025, 6, 20, 23, 59).toISOString() };
    const handbook = { title: 'ハンドブック', startsAt: null, endsAt: null };
    const days = groupByDay([lecture, roleplay, elearning, handbook]);
    expect([...days.keys()]).toEqual(['2025-07-03', '2025-07-20']);
    expect(days.get('2025-07-03')).toEqual([lecture, roleplay]);
    expect(days.get('2025-07-20')).toEqual([elearning]);
  });

  it('sorts sessions by start, then self-paced material by due date, then the rest', () => {
    const items = [
      { title: 'c', startsAt: null, endsAt: null },
      { title: 'b', startsAt: null, endsAt: '2025-07-01T00:00:00Z' },
      { title: 'a2', startsAt: '2025-08-01T00:00:00Z', endsAt: null },
      { title: 'a1', startsAt: '2025-07-15T00:00:00Z', endsAt: null },
    ];
    expect(sortBySchedule(items).map((item) => item.title)).toEqual(['a1', 'a2', 'b', 'c']);
  });

  it('names the person status on an activity', () => {
    const scheduled = { status: 'SCHEDULED' as const };
    const base = { progressPercent: 0, done: false };
    expect(myStatus({ status: 'CANCELLED' }, { ...base, registrationStatus: 'REGISTERED' })).toBe('CANCELLED_ACTIVITY');
    expect(myStatus(scheduled, null)).toBe('NOT_STARTED');
    expect(myStatus(scheduled, { ...base, registrationStatus: 'REGISTERED' })).toBe('REGISTERED');
    expect(myStatus(scheduled, { ...base, registrationStatus: 'WAITLISTED' })).toBe('WAITLISTED');
    expect(myStatus(scheduled, { ...base, registrationStatus: 'REGISTERED', attendance: 'ABSENT' })).toBe('ABSENT');
    expect(myStatus(scheduled, { ...base, attendance: 'EXCUSED' })).toBe('EXCUSED');
    expect(myStatus(scheduled, { ...base, attendance: 'ATTENDED', done: true })).toBe('DONE');
    expect(myStatus(scheduled, { progressPercent: 40, done: false })).toBe('IN_PROGRESS');
    expect(myStatus(scheduled, { ...base, registrationStatus: 'CANCELLED' })).toBe('NOT_STARTED');
  });

  it('offers only the progress steps above the current progress', () => {
    expect(progressSteps(0)).toEqual([25, 50, 75, 100]);
    expect(progressSteps(50)).toEqual([75, 100]);
    expect(progressSteps(100)).toEqual([]);
  });

  it('converts datetime-local values both ways in local time', () => {
    const local = new Date(2025, 8, 5, 9, 7);
    expect(toLocalInput(local.toISOString())).toBe('2025-09-05T09:07');
    expect(fromLocalInput('2025-09-05T09:07')).toBe(local.toISOString());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(dayKeyOf(local)).toBe('2025-09-05');
  });

  it('lists the whole cohort on the attendance sheet: registered, then the waitlist in order, then the rest', () => {
    const members = [
      { userId: 'u1', status: 'ACTIVE', user: { displayName: '高橋 翔' } },
      { userId: 'u2', status: 'ACTIVE', user: { displayName: '伊藤 さくら' } },
      { userId: 'u3', status: 'ACTIVE', user: { displayName: '山本 大輔' } },
      { userId: 'u4', status: 'ACTIVE', user: { displayName: '中村 葵' } },
      { userId: 'u5', status: 'WITHDRAWN', user: { displayName: '退会 者' } },
    ];
    const participations = [
      { userId: 'u3', registrationStatus: 'WAITLISTED' as const, waitlistPosition: 2 },
      { userId: 'u4', registrationStatus: 'WAITLISTED' as const, waitlistPosition: 1 },
      { userId: 'u2', registrationStatus: 'REGISTERED' as const, attendance: 'ATTENDED' as const, checkedInAt: 'x' },
      { userId: 'u5', registrationStatus: null, attendance: 'ABSENT' as const, user: { displayName: '退会 者' } },
    ];
    const rows = attendanceSheetRows(members, participations);
    expect(rows.map((row) => row.userId)).toEqual(['u2', 'u4', 'u3', 'u1', 'u5']);
    expect(rows[0]).toEqual({
      userId: 'u2',
      name: '伊藤 さくら',
      registrationStatus: 'REGISTERED',
      waitlistPosition: null,
      attendance: 'ATTENDED',
      checkedInAt: 'x',
    });
    expect(rows.find((row) => row.userId === 'u5')?.attendance).toBe('ABSENT');
    // A withdrawn trainee without a record shows only while their row is being edited.
    const newcomer = { userId: 'u6', status: 'WITHDRAWN', user: { displayName: '青木 蓮' } };
    expect(attendanceSheetRows([...members, newcomer], participations).map((row) => row.userId)).not.toContain('u6');
    const kept = attendanceSheetRows([...members, newcomer], participations, new Intl.Collator('ja'), new Set(['u6']));
    expect(kept.find((row) => row.userId === 'u6')).toMatchObject({ name: '青木 蓮', attendance: null });

    expect(changedAttendance(rows, { u2: 'ATTENDED', u1: 'ABSENT', u3: 'EXCUSED', u4: undefined })).toEqual([
      { userId: 'u3', status: 'EXCUSED' },
      { userId: 'u1', status: 'ABSENT' },
    ]);
  });

  it('turns rates into whole percentages', () => {
    expect(percent(0.666)).toBe(67);
    expect(percent(1)).toBe(100);
    expect(percent(null)).toBeNull();
  });
});
