import { isDone } from './learning.mapper';
import { AttendanceStatus, LearningActivityKind } from './learning.enums';

describe('isDone', () => {
  const none = { attendance: null, completedAt: null, acknowledgedAt: null };
  const at = new Date('2025-07-01T10:00:00Z');

  it('counts attendance for sessions only', () => {
    expect(isDone(LearningActivityKind.LECTURE, { ...none, attendance: AttendanceStatus.ATTENDED })).toBe(true);
    expect(isDone(LearningActivityKind.WORKSHOP, { ...none, attendance: AttendanceStatus.EXCUSED })).toBe(false);
    expect(isDone(LearningActivityKind.ROLE_PLAY, { ...none, completedAt: at })).toBe(false);
  });

  it('counts completion for e-learning and acknowledgement for handbooks', () => {
    expect(isDone(LearningActivityKind.ELEARNING, { ...none, completedAt: at })).toBe(true);
    expect(isDone(LearningActivityKind.ELEARNING, { ...none, attendance: AttendanceStatus.ATTENDED })).toBe(false);
    expect(isDone(LearningActivityKind.HANDBOOK, { ...none, acknowledgedAt: at })).toBe(true);
    expect(isDone(LearningActivityKind.HANDBOOK, none)).toBe(false);
  });
});
