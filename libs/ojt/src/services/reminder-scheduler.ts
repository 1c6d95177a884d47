import { Injectable } from '@nestjs/common';
import { AppConfig, JobName, OutboxService } from '@banso/core';
import { feedbackReminderDueAt, postBriefReminderDueAt, RecordedVisitTimes } from './reminder-rules';

/**
 * Schedules and withdraws the OJT reminders through the transactional outbox, inside the use case's transaction:
 * a reminder exists exactly when the visit change that calls for it was committed. One reminder of each kind per
 * visit (the visit id is the deduplication key). The worker's handler re-checks the visit when it runs.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  schedulePostBriefOverdue(visitId: string, times: RecordedVisitTimes): Promise<string> {
    return this.outbox.enqueue(
      JobName.OJT_POST_BRIEF_OVERDUE,
      { visitId },
      { runAt: postBriefReminderDueAt(times, this.config.reminders), deduplicationKey: visitId },
    );
  }

  scheduleFeedbackPending(visitId: string, postBriefedAt: Date): Promise<string> {
    return this.outbox.enqueue(
      JobName.OJT_FEEDBACK_PENDING,
      { visitId },
      { runAt: feedbackReminderDueAt(postBriefedAt, this.config.reminders), deduplicationKey: visitId },
    );
  }

  async cancelPostBriefOverdue(visitId: string): Promise<void> {
    await this.outbox.cancel(JobName.OJT_POST_BRIEF_OVERDUE, visitId);
  }

  async cancelFeedbackPending(visitId: string): Promise<void> {
    await this.outbox.cancel(JobName.OJT_FEEDBACK_PENDING, visitId);
  }
}
