import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobDispatcher, JobHandler, JobName, JobPayload } from '@banso/core';
import { SessionReminderService } from '../services/session-reminder.service';

/** Worker side: the day before an off-JT session, remind everyone registered. */
@Injectable()
export class SessionReminderProcessor implements JobHandler<JobName.LEARNING_SESSION_REMINDER>, OnModuleInit {
  readonly jobName = JobName.LEARNING_SESSION_REMINDER;

  constructor(
    private readonly reminders: SessionReminderService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.LEARNING_SESSION_REMINDER]): Promise<void> {
    await this.reminders.remind(payload.activityId, payload.startsAt);
  }
}
