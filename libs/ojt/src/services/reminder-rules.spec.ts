import { ReminderConfig } from '@banso/core';
import { feedbackReminderDueAt, postBriefReminderDueAt } from './reminder-rules';

const HOUR = 3600 * 1000;
const DEFAULTS: ReminderConfig = {
  postBriefAfterVisitMs: 48 * HOUR,
  postBriefAfterRecordingMs: 24 * HOUR,
  feedbackAfterPostBriefMs: 72 * HOUR,
  sessionBeforeStartMs: 24 * HOUR,
};
const at = (iso: string): Date => new Date(iso);

describe('Reminder rules (リマインドの期限)', () => {
  it('a visit recorded on the day it was held: the post-brief reminder is due 48 h after the visit', () => {
    const due = postBriefReminderDueAt(
      { heldAt: at('2026-04-01T01:00:00.000Z'), recordedAt: at('2026-04-01T06:30:00.000Z') },
      DEFAULTS,
    );
    expect(due.toISOString()).toBe('2026-04-03T01:00:00.000Z');
  });

  it('a visit recorded three days after it was held: due 24 h after recording, not at once', () => {
    const due = postBriefReminderDueAt(
      { heldAt: at('2026-04-01T01:00:00.000Z'), recordedAt: at('2026-04-04T09:15:00.000Z') },
      DEFAULTS,
    );
    expect(due.toISOString()).toBe('2026-04-05T09:15:00.000Z');
  });

  it('recorded exactly 24 h after the visit: both bounds meet at 48 h', () => {
    const due = postBriefReminderDueAt(
      { heldAt: at('2026-04-01T01:00:00.000Z'), recordedAt: at('2026-04-02T01:00:00.000Z') },
      DEFAULTS,
    );
    expect(due.toISOString()).toBe('2026-04-03T01:00:00.000Z');
  });

  it('a row recorded before the rule existed (no recordedAt) counts as recorded when held', () => {
    const due = postBriefReminderDueAt({ heldAt: at('2026-04-01T01:00:00.000Z'), recordedAt: null }, DEFAULTS);
    expect(due.toISOString()).toBe('2026-04-03T01:00:00.000Z');
  });

  it('follows the configured timings', () => {
    const short: ReminderConfig = {
      postBriefAfterVisitMs: 2000,
      postBriefAfterRecordingMs: 1000,
      feedbackAfterPostBriefMs: 5000,
      sessionBeforeStartMs: 60000,
    };
    const heldAt = at('2026-04-01T01:00:00.000Z');
    expect(postBriefReminderDueAt({ heldAt, recordedAt: heldAt }, short).toISOString()).toBe(
      '2026-04-01T01:00:02.000Z',
    );
    expect(feedbackReminderDueAt(heldAt, short).toISOString()).toBe('2026-04-01T01:00:05.000Z');
  });

  it('the feedback reminder is due 72 h after the post-brief', () => {
    expect(feedbackReminderDueAt(at('2026-04-03T10:00:00.000Z'), DEFAULTS).toISOString()).toBe(
      '2026-04-06T10:00:00.000Z',
    );
  });
});
