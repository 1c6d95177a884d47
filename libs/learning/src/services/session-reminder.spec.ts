import { LearningActivityKind, LearningActivityStatus } from '../learning.enums';
import { sessionReminderDueAt } from './session-reminder.service';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-11-28T03:00:00Z');
const session = (
  startsAt: Date | null,
  kind = LearningActivityKind.LECTURE,
  status = LearningActivityStatus.SCHEDULED,
) => ({
  kind,
  status,
  startsAt,
});

describe('sessionReminderDueAt (研修前日のリマインド)', () => {
  it('is the day before a scheduled session', () => {
    const startsAt = new Date('2026-12-05T01:00:00Z');
    expect(sessionReminderDueAt(session(startsAt), DAY, now)).toEqual(new Date('2026-12-04T01:00:00Z'));
  });

  it('is none for a session starting within the lead time, already started, cancelled or without a start', () => {
    expect(sessionReminderDueAt(session(new Date(now.getTime() + DAY - 1)), DAY, now)).toBeNull();
    expect(sessionReminderDueAt(session(new Date(now.getTime() - 1)), DAY, now)).toBeNull();
    expect(
      sessionReminderDueAt(
        session(new Date(now.getTime() + 7 * DAY), undefined, LearningActivityStatus.CANCELLED),
        DAY,
        now,
      ),
    ).toBeNull();
    expect(sessionReminderDueAt(session(null), DAY, now)).toBeNull();
  });

  it('is none for self-paced material (e-learning, handbooks)', () => {
    const nextWeek = new Date(now.getTime() + 7 * DAY);
    expect(sessionReminderDueAt(session(nextWeek, LearningActivityKind.ELEARNING), DAY, now)).toBeNull();
    expect(sessionReminderDueAt(session(nextWeek, LearningActivityKind.HANDBOOK), DAY, now)).toBeNull();
  });
});
