import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, ReminderConfig, TransactionContext } from '@banso/core';
import { NotificationKind, NotificationService } from '@banso/notification';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { VisitStatus } from '../ojt.enums';
import { feedbackReminderDueAt, postBriefReminderDueAt } from './reminder-rules';

export type ReminderOutcome = 'sent' | 'already-sent' | 'state-moved-on' | 'not-due' | 'visit-gone';

/** A reminder applies while the visit stays in `status`, from the time `dueAt` computes from its timestamps. */
interface ReminderRule {
  status: VisitStatus;
  dueAt: (visit: OjtVisitEntity, config: ReminderConfig) => Date | null;
}

const POST_BRIEF_OVERDUE: ReminderRule = {
  status: VisitStatus.VISITED,
  dueAt: (visit, config) =>
    visit.heldAt && postBriefReminderDueAt({ heldAt: visit.heldAt, recordedAt: visit.recordedAt }, config),
};

const FEEDBACK_PENDING: ReminderRule = {
  status: VisitStatus.POST_BRIEFED,
  dueAt: (visit, config) => visit.postBriefedAt && feedbackReminderDueAt(visit.postBriefedAt, config),
};

/** Worker clocks may differ this much from the api's that computed the due time. */
const CLOCK_TOLERANCE_MS = 5000;

/**
 * The checks behind the reminder jobs. Each reloads the visit under a lock, skips when the state has moved on or
 * the deadline (taken from the visit's own timestamps) has not passed, and sends through the notification service,
 * which sends each (kind, visit, recipient) once — so running a job twice notifies nobody twice.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    private readonly transaction: TransactionContext,
    private readonly notifications: NotificationService,
    private readonly config: AppConfig,
  ) {}

  /** Post-brief still missing when due (48 h after the visit, at least 24 h after recording): remind the trainee. */
  remindPostBriefOverdue(visitId: string, now = new Date()): Promise<ReminderOutcome> {
    return this.transaction.run(async (manager) => {
      const visit = await this.dueVisit(manager, visitId, now, POST_BRIEF_OVERDUE);
      if (typeof visit === 'string') return visit;
      const sent = await this.notifications.notify({
        recipientId: visit.traineeId,
        kind: NotificationKind.POST_BRIEF_OVERDUE,
        subjectType: 'OjtVisit',
        subjectId: visit.id,
        text: {
          ja: `第${visit.number}回同行訪問の事後整理がまだです。訪問から48時間が過ぎました`,
          en: `The post-brief of visit ${visit.number} is still missing, 48 hours after the visit`,
        },
      });
      return sent ? 'sent' : 'already-sent';
    });
  }

  /** Feedback still missing 72 h after the post-brief: remind every accompanying mentor. */
  remindFeedbackPending(visitId: string, now = new Date()): Promise<ReminderOutcome> {
    return this.transaction.run(async (manager) => {
      const visit = await this.dueVisit(manager, visitId, now, FEEDBACK_PENDING);
      if (typeof visit === 'string') return visit;
      const mentors = await manager.findBy(OjtVisitMentorEntity, { visitId });
      let sentAny = false;
      for (const mentor of mentors) {
        const sent = await this.notifications.notify({
          recipientId: mentor.mentorId,
          kind: NotificationKind.FEEDBACK_PENDING,
          subjectType: 'OjtVisit',
          subjectId: visit.id,
          text: {
            ja: `第${visit.number}回同行訪問のフィードバックをお願いします。事後整理から72時間が過ぎました`,
            en: `Visit ${visit.number} is waiting for your feedback, 72 hours after its post-brief`,
          },
        });
        sentAny ||= sent;
      }
      return sentAny ? 'sent' : 'already-sent';
    });
  }

  /** The visit, locked, when it still waits in the rule's state and its deadline has passed; else why to skip. */
  private async dueVisit(
    manager: EntityManager,
    visitId: string,
    now: Date,
    rule: ReminderRule,
  ): Promise<OjtVisitEntity | ReminderOutcome> {
    const visit = await manager.findOne(OjtVisitEntity, {
      where: { id: visitId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!visit) return 'visit-gone';
    const dueAt = visit.status === rule.status ? rule.dueAt(visit, this.config.reminders) : null;
    if (!dueAt) return this.skip(visitId, 'state-moved-on');
    if (now.getTime() + CLOCK_TOLERANCE_MS < dueAt.getTime()) return this.skip(visitId, 'not-due');
    return visit;
  }

  private skip(visitId: string, outcome: ReminderOutcome): ReminderOutcome {
    this.logger.log({ msg: 'reminder skipped', visitId, outcome });
    return outcome;
  }
}
