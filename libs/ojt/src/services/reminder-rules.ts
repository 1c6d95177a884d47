import { ReminderConfig } from '@banso/core';

/** The timestamps of a visit the post-brief reminder depends on. */
export interface RecordedVisitTimes {
  heldAt: Date;
  /** When the visit was recorded in Banso (recordVisit); older rows without it count as recorded when held. */
  recordedAt: Date | null;
}

/**
 * When the post-brief reminder falls due: `postBriefAfterVisitMs` (48 h) after the visit was held, but never sooner
 * than `postBriefAfterRecordingMs` (24 h) after it was recorded — a visit entered days after it took place is not
 * overdue the moment it is entered.
 */
export function postBriefReminderDueAt(visit: RecordedVisitTimes, config: ReminderConfig): Date {
  const recordedAt = visit.recordedAt ?? visit.heldAt;
  return new Date(
    Math.max(
      visit.heldAt.getTime() + config.postBriefAfterVisitMs,
      recordedAt.getTime() + config.postBriefAfterRecordingMs,
    ),
  );
}

/** When the feedback reminder falls due: `feedbackAfterPostBriefMs` (72 h) after the post-brief. */
export function feedbackReminderDueAt(postBriefedAt: Date, config: ReminderConfig): Date {
  return new Date(postBriefedAt.getTime() + config.feedbackAfterPostBriefMs);
}
