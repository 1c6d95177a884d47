import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, certificationEvaluation, OutboxService, runInTransaction, TransactionContext } from '@banso/core';
import { AuditService } from '@banso/audit';
import { ProgramAccessService, ProgramClosedError } from '@banso/programs';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import { Participation } from '../models/learning-activity.model';
import { AcknowledgeHandbookInput, RecordLearningProgressInput } from '../dto/participation.input';
import { ActivityCancelledError, ActivityKindMismatchError, ProgressCannotDecreaseError } from '../learning.errors';
import { LearningActivityKind, LearningActivityStatus } from '../learning.enums';
import { LearningAccessService } from './learning-access.service';
import { participationById } from './participation-rows';

/** Self-paced material: e-learning progress (only up; 100 completes it) and handbook acknowledgement. */
@Injectable()
export class LearningProgressService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly outbox: OutboxService,
  ) {}

  async recordLearningProgress(
    actor: Actor,
    input: RecordLearningProgressInput,
  ): Promise<
    | Participation
    | ProgramClosedError
    | ActivityCancelledError
    | ActivityKindMismatchError
    | ProgressCannotDecreaseError
  > {
    const { activity } = await this.access.ownParticipation(actor, input.activityId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const refused = await this.refuse(manager, actor, activity, LearningActivityKind.ELEARNING);
      if (refused) return refused;
      // One statement: the row only moves up (a lower value updates nothing), completion keeps its first time.
      const [row] = await manager.query<{ id: string; previous: number | null }[]>(
        `WITH previous AS (SELECT "progressPercent" FROM participation WHERE "activityId" = $1 AND "userId" = $2)
         INSERT INTO participation ("activityId", "userId", "progressPercent", "completedAt")
         VALUES ($1, $2, $3, CASE WHEN $3 = 100 THEN now() END)
         ON CONFLICT ("activityId", "userId") DO UPDATE
           SET "progressPercent" = EXCLUDED."progressPercent",
               "completedAt" = COALESCE(participation."completedAt", EXCLUDED."completedAt"), "updatedAt" = now()
           WHERE participation."progressPercent" <= EXCLUDED."progressPercent"
         RETURNING id, (SELECT "progressPercent" FROM previous) AS previous`,
        [activity.id, actor.userId, input.progressPercent],
      );
      if (!row) {
        const [current] = await manager.query<{ progressPercent: number }[]>(
          `SELECT "progressPercent" FROM participation WHERE "activityId" = $1 AND "userId" = $2`,
          [activity.id, actor.userId],
        );
        return new ProgressCannotDecreaseError(actor.locale, current.progressPercent);
      }
      if (row.previous !== input.progressPercent) {
        await this.audit.record(actor, {
          action: 'learning.participation.progress',
          entityType: 'Participation',
          entityId: row.id,
          changes: [{ field: 'progressPercent', from: row.previous, to: input.progressPercent }],
        });
        if (input.progressPercent === 100) {
          await this.outbox.enqueue(...certificationEvaluation(activity.programId, actor.userId));
        }
      }
      return participationById(manager, row.id);
    });
  }

  /** Idempotent: acknowledging again keeps the first time. */
  async acknowledgeHandbook(
    actor: Actor,
    input: AcknowledgeHandbookInput,
  ): Promise<Participation | ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError> {
    const { activity } = await this.access.ownParticipation(actor, input.activityId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const refused = await this.refuse(manager, actor, activity, LearningActivityKind.HANDBOOK);
      if (refused) return refused;
      const [row] = await manager.query<{ id: string; acknowledgedAt: Date; previous: Date | null }[]>(
        `WITH previous AS (SELECT "acknowledgedAt" FROM participation WHERE "activityId" = $1 AND "userId" = $2)
         INSERT INTO participation ("activityId", "userId", "acknowledgedAt") VALUES ($1, $2, now())
         ON CONFLICT ("activityId", "userId") DO UPDATE
           SET "acknowledgedAt" = COALESCE(participation."acknowledgedAt", now()), "updatedAt" = now()
         RETURNING id, "acknowledgedAt", (SELECT "acknowledgedAt" FROM previous) AS previous`,
        [activity.id, actor.userId],
      );
      if (!row.previous) {
        await this.audit.record(actor, {
          action: 'learning.participation.acknowledge',
          entityType: 'Participation',
          entityId: row.id,
          changes: [{ field: 'acknowledgedAt', from: null, to: row.acknowledgedAt.toISOString() }],
        });
        await this.outbox.enqueue(...certificationEvaluation(activity.programId, actor.userId));
      }
      return participationById(manager, row.id);
    });
  }

  private async refuse(
    manager: EntityManager,
    actor: Actor,
    activity: LearningActivityEntity,
    kind: LearningActivityKind,
  ): Promise<ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError | null> {
    if (activity.kind !== kind) return new ActivityKindMismatchError(actor.locale, activity.kind, [kind]);
    if (await this.programAccess.isClosedForWrite(activity.programId)) {
      return new ProgramClosedError(actor.locale);
    }
    const [current] = await manager.query<{ status: LearningActivityStatus }[]>(
      `SELECT status FROM learning_activity WHERE id = $1 FOR SHARE`,
      [activity.id],
    );
    if (current.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
    return null;
  }
}
