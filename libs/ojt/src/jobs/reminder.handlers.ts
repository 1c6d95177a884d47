import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobDispatcher, JobHandler, JobName, JobPayload } from '@banso/core';
import { ReminderService } from '../services/reminder.service';

/** Worker side: post-brief still missing 48 h after the visit. */
@Injectable()
export class PostBriefOverdueProcessor implements JobHandler<JobName.OJT_POST_BRIEF_OVERDUE>, OnModuleInit {
  readonly jobName = JobName.OJT_POST_BRIEF_OVERDUE;

  constructor(
    private readonly reminders: ReminderService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.OJT_POST_BRIEF_OVERDUE]): Promise<void> {
    await this.reminders.remindPostBriefOverdue(payload.visitId);
  }
}

/** Worker side: feedback still missing 72 h after the post-brief. */
@Injectable()
export class FeedbackPendingProcessor implements JobHandler<JobName.OJT_FEEDBACK_PENDING>, OnModuleInit {
  readonly jobName = JobName.OJT_FEEDBACK_PENDING;

  constructor(
    private readonly reminders: ReminderService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.OJT_FEEDBACK_PENDING]): Promise<void> {
    await this.reminders.remindFeedbackPending(payload.visitId);
  }
}
