import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionContext } from '@banso/core';
import { NotificationKind, NotificationService } from '@banso/notification';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { FEEDBACK_DUE_MS, POST_BRIEF_DUE_MS, VisitStatus } from '../ojt.enums';

export type ReminderOutcome = 'sent' | 'already-sent' | 'state-moved-on' | 'not-due' | 'visit-gone';

/** A reminder is due while the visit stays in `status` for `dueMs` after `waitingSince`. */
interface ReminderRule {
  status: VisitStatus;
  waitingSince: (visit: OjtVisitEntity) => Date | null;
  dueMs: number;
}

const POST_BRIEF_OVERDUE: ReminderRule = {
  status: VisitStatus.VISITED,
  waitingSince: (visit) => visit.heldAt,
  dueMs: POST_BRIEF_DUE_MS,
};

const FEEDBACK_PENDING: ReminderRule = {
  status: VisitStatus.POST_BRIEFED,
  waitingSince: (visit) => visit.postBriefedAt,
  dueMs: FEEDBACK_DUE_MS,
};

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
  ) {}

  /** 48 h after the visit was held without a post-brief: remind the trainee. */
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

  /** 72 h after the post-brief without feedback: remind every accompanying mentor. */
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
    const waitingSince = rule.waitingSince(visit);
    if (visit.status !== rule.status || !waitingSince) return this.skip(visitId, 'state-moved-on');
    if (now.getTime() < waitingSince.getTime() + rule.dueMs) return this.skip(visitId, 'not-due');
    return visit;
  }

  private skip(visitId: string, outcome: ReminderOutcome): ReminderOutcome {
    this.logger.log({ msg: 'reminder skipped', visitId, outcome });
    return outcome;
  }
}
