import { Injectable } from '@nestjs/common';
import { JobName, JobQueue } from '@banso/core';
import { FEEDBACK_DUE_MS, POST_BRIEF_DUE_MS } from '../ojt.enums';

/** Deterministic job ids (no ':' allowed by BullMQ): one reminder of each kind per visit. */
export function postBriefOverdueJobId(visitId: string): string {
  return `ojt-post-brief-overdue-${visitId}`;
}

export function feedbackPendingJobId(visitId: string): string {
  return `ojt-feedback-pending-${visitId}`;
}

/**
 * Schedules and cancels the OJT reminders. Called from a transaction's afterCommit only. The delay is computed from
 * the visit's own timestamps, so a visit recorded as held long ago is checked at once.
 */
@Injectable()
export class ReminderScheduler {
  constructor(private readonly queue: JobQueue) {}

  schedulePostBriefOverdue(visitId: string, heldAt: Date): Promise<void> {
    return this.queue.enqueue(
      JobName.OJT_POST_BRIEF_OVERDUE,
      { visitId },
      { jobId: postBriefOverdueJobId(visitId), delayMs: heldAt.getTime() + POST_BRIEF_DUE_MS - Date.now() },
    );
  }

  scheduleFeedbackPending(visitId: string, postBriefedAt: Date): Promise<void> {
    return this.queue.enqueue(
      JobName.OJT_FEEDBACK_PENDING,
      { visitId },
      { jobId: feedbackPendingJobId(visitId), delayMs: postBriefedAt.getTime() + FEEDBACK_DUE_MS - Date.now() },
    );
  }

  cancelPostBriefOverdue(visitId: string): Promise<void> {
    return this.queue.cancel(JobName.OJT_POST_BRIEF_OVERDUE, postBriefOverdueJobId(visitId));
  }

  cancelFeedbackPending(visitId: string): Promise<void> {
    return this.queue.cancel(JobName.OJT_FEEDBACK_PENDING, feedbackPendingJobId(visitId));
  }
}
