import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@banso/core';
import { AuditService } from '@banso/audit';
import { NotificationKind, NotificationService } from '@banso/notification';
import { LearningActivityEntity } from '../entities/learning-activity.entity';

/** Seats and the waitlist of one activity, always under the activity's row lock (see lockActivity). */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async seats(manager: EntityManager, activityId: string): Promise<{ registered: number; nextQueueNumber: number }> {
    const [row] = await manager.query<{ registered: number; nextQueueNumber: number }[]>(
      `SELECT count(*) FILTER (WHERE "registrationStatus" = 'REGISTERED')::int AS registered,
              COALESCE(max("queueNumber"), 0) + 1 AS "nextQueueNumber"
       FROM participation WHERE "activityId" = $1`,
      [activityId],
    );
    return row;
  }

  /**
   * Gives free seats to the waitlisted people in arrival order and notifies each of them, in the caller's
   * transaction. Returns the ids of the people promoted.
   */
  async promote(manager: EntityManager, actor: Actor, activity: LearningActivityEntity): Promise<string[]> {
    const promoted = await manager.query<{ id: string; userId: string }[]>(
      `WITH free AS (
         SELECT CASE WHEN $2::int IS NULL THEN NULL
                     ELSE GREATEST($2::int - count(*) FILTER (WHERE "registrationStatus" = 'REGISTERED'), 0) END AS seats
         FROM participation WHERE "activityId" = $1
       ), next AS (
         SELECT id FROM participation
         WHERE "activityId" = $1 AND "registrationStatus" = 'WAITLISTED'
         ORDER BY "queueNumber"
         LIMIT (SELECT seats FROM free)
       ), promoted AS (
         UPDATE participation p SET "registrationStatus" = 'REGISTERED', "updatedAt" = now()
         FROM next WHERE p.id = next.id
         RETURNING p.id, p."userId", p."queueNumber"
       )
       SELECT id, "userId" FROM promoted ORDER BY "queueNumber"`,
      [activity.id, activity.capacity],
    );
    if (!promoted.length) return [];
    await this.audit.recordMany(
      actor,
      promoted.map((row) => ({
        action: 'learning.participation.promote',
        entityType: 'Participation',
        entityId: row.id,
        changes: [{ field: 'registrationStatus', from: 'WAITLISTED', to: 'REGISTERED' }],
      })),
    );
    for (const row of promoted) {
      await this.notifications.notify({
        recipientId: row.userId,
        kind: NotificationKind.WAITLIST_PROMOTED,
        subjectType: 'Participation',
        subjectId: row.id,
        text: {
          ja: `キャンセル待ちから繰り上がり、「${activity.title}」に参加登録されました`,
          en: `A seat became free: you are now registered for "${activity.title}"`,
        },
      });
    }
    return promoted.map((row) => row.userId);
  }
}
