import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, JobName, OutboxService, TransactionContext } from '@banso/core';
import { NotificationKind, NotificationService } from '@banso/notification';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import { isSession, LearningActivityStatus } from '../learning.enums';

export type SessionReminderOutcome = 'sent' | 'already-sent' | 'nobody-registered' | 'stale' | 'not-due' | 'gone';

/** Worker clocks may differ this much from the api's that computed the due time. */
const CLOCK_TOLERANCE_MS = 5000;

/** When the day-before reminder of a session falls due, or null when it has none (self-paced, or starting too soon). */
export function sessionReminderDueAt(
  activity: Pick<LearningActivityEntity, 'kind' | 'status' | 'startsAt'>,
  beforeStartMs: number,
  now: Date = new Date(),
): Date | null {
  if (!isSession(activity.kind) || activity.status !== LearningActivityStatus.SCHEDULED || !activity.startsAt) {
    return null;
  }
  const dueAt = new Date(activity.startsAt.getTime() - beforeStartMs);
  // Created or moved less than a day ahead: the people registering know it is tomorrow; no reminder.
  return dueAt.getTime() > now.getTime() ? dueAt : null;
}

const JST_DATE_TIME: Record<'ja' | 'en', Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/**
 * The reminder everyone registered for an off-JT session gets the day before (研修前日のリマインド). Scheduled
 * through the outbox in the use case's transaction when a session is created or moved, withdrawn when it is moved
 * again or cancelled; the worker's handler reloads the session under a lock and notifies each registered person once
 * (notifications are unique per kind, session and person), so a job delivered twice notifies nobody twice.
 */
@Injectable()
export class SessionReminderService {
  private readonly logger = new Logger(SessionReminderService.name);

  constructor(
    private readonly transaction: TransactionContext,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Puts the reminder for the session's current schedule in place, replacing any earlier one: call after a session
   * was created, moved or cancelled (inside that use case's transaction).
   */
  async reschedule(activity: LearningActivityEntity): Promise<void> {
    await this.outbox.cancel(JobName.LEARNING_SESSION_REMINDER, activity.id);
    const dueAt = sessionReminderDueAt(activity, this.config.reminders.sessionBeforeStartMs);
    if (!dueAt || !activity.startsAt) return;
    await this.outbox.enqueue(
      JobName.LEARNING_SESSION_REMINDER,
      { activityId: activity.id, startsAt: activity.startsAt.toISOString() },
      { runAt: dueAt, deduplicationKey: activity.id },
    );
  }

  /** Worker side: notifies everyone REGISTERED (not waitlisted) when the session still starts as scheduled. */
  remind(activityId: string, scheduledStart: string, now = new Date()): Promise<SessionReminderOutcome> {
    return this.transaction.run(async (manager) => {
      const activity = await manager.findOne(LearningActivityEntity, {
        where: { id: activityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!activity) return this.skip(activityId, 'gone');
      if (
        activity.status !== LearningActivityStatus.SCHEDULED ||
        activity.startsAt?.getTime() !== new Date(scheduledStart).getTime()
      ) {
        return this.skip(activityId, 'stale');
      }
      const dueAt = activity.startsAt.getTime() - this.config.reminders.sessionBeforeStartMs;
      if (now.getTime() + CLOCK_TOLERANCE_MS < dueAt) return this.skip(activityId, 'not-due');
      if (now.getTime() >= activity.startsAt.getTime()) return this.skip(activityId, 'stale');
      const registered = await manager.query<{ userId: string }[]>(
        `SELECT "userId" FROM participation
         WHERE "activityId" = $1 AND "registrationStatus" = 'REGISTERED'
         ORDER BY "queueNumber"`,
        [activity.id],
      );
      if (!registered.length) return this.skip(activityId, 'nobody-registered');
      const where = activity.location ?? activity.onlineUrl;
      const text = {
        ja: `明日「${activity.title}」があります。${JST_DATE_TIME.ja.format(activity.startsAt)}開始${where ? `、会場: ${where}` : ''}`,
        en: `"${activity.title}" is tomorrow: ${JST_DATE_TIME.en.format(activity.startsAt)} (JST)${where ? `, at ${where}` : ''}`,
      };
      let sentAny = false;
      for (const { userId } of registered) {
        const sent = await this.notifications.notify({
          recipientId: userId,
          kind: NotificationKind.LEARNING_SESSION_REMINDER,
          subjectType: 'LearningActivity',
          subjectId: activity.id,
          text,
        });
        sentAny ||= sent;
      }
      return sentAny ? 'sent' : 'already-sent';
    });
  }

  private skip(activityId: string, outcome: SessionReminderOutcome): SessionReminderOutcome {
    this.logger.log({ msg: 'session reminder skipped', activityId, outcome });
    return outcome;
  }
}
