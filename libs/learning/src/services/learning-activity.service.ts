import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Errors, runInTransaction, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { NotificationKind, NotificationService } from '@banso/notification';
import { ProgramAccessService, ProgramClosedError, ProgramsService } from '@banso/programs';
import { FrameworkService } from '@banso/frameworks';
import { BehaviourNotInFrameworkError } from '@banso/competency';
import { LearningActivityBehaviourEntity, LearningActivityEntity } from '../entities/learning-activity.entity';
import { LearningActivity } from '../models/learning-activity.model';
import {
  CancelLearningActivityInput,
  CreateLearningActivityInput,
  UpdateLearningActivityInput,
} from '../dto/activity.input';
import { ActivityCancelledError, CapacityBelowRegisteredError } from '../learning.errors';
import { isSession, LearningActivityKind, LearningActivityStatus } from '../learning.enums';
import { toActivity } from '../learning.mapper';
import { generateCheckInCode } from './check-in-code';
import { LearningAccessService, lockActivity } from './learning-access.service';
import { WaitlistService } from './waitlist.service';
import { SessionReminderService } from './session-reminder.service';

const ACTIVITY_FIELDS: (keyof LearningActivityEntity)[] = [
  'programId',
  'kind',
  'title',
  'description',
  'aidaStage',
  'startsAt',
  'endsAt',
  'location',
  'onlineUrl',
  'capacity',
  'required',
  'instructorName',
  'status',
  'cancelReason',
];

/** Sessions have a start and an end, the end after the start; self-paced material may have a due date only. */
export function checkSchedule(kind: LearningActivityKind, startsAt: Date | null, endsAt: Date | null): void {
  if (isSession(kind)) {
    if (!startsAt)
      throw Errors.badInput('input.startsAt', { ja: '開催日時を入力してください', en: 'is required for a session' });
    if (!endsAt)
      throw Errors.badInput('input.endsAt', { ja: '終了日時を入力してください', en: 'is required for a session' });
  }
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) {
    throw Errors.badInput('input.endsAt', {
      ja: '終了日時は開始日時より後にしてください',
      en: 'must be after startsAt',
    });
  }
}

function trimmedOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Owners set up the off-JT activities of their programs: create, edit, cancel (registrants are notified). */
@Injectable()
export class LearningActivityService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly programs: ProgramsService,
    private readonly frameworks: FrameworkService,
    private readonly waitlist: WaitlistService,
    private readonly sessionReminders: SessionReminderService,
  ) {}

  async createLearningActivity(
    actor: Actor,
    input: CreateLearningActivityInput,
  ): Promise<LearningActivity | ProgramClosedError | BehaviourNotInFrameworkError> {
    await this.programAccess.assertCanManage(actor, input.programId);
    const startsAt = input.startsAt ?? null;
    const endsAt = input.endsAt ?? null;
    checkSchedule(input.kind, startsAt, endsAt);
    const frameworkId = await this.frameworkOf(input.programId);
    const behaviourIds = input.behaviourIds ?? [];
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      if (await this.programAccess.isClosedForWrite(input.programId)) {
        return new ProgramClosedError(actor.locale);
      }
      const unknown = await this.checkBehaviours(manager, actor, frameworkId, behaviourIds);
      if (unknown) return unknown;
      const activity = manager.create(LearningActivityEntity, {
        programId: input.programId,
        kind: input.kind,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        aidaStage: input.aidaStage,
        startsAt,
        endsAt,
        location: trimmedOrNull(input.location),
        onlineUrl: trimmedOrNull(input.onlineUrl),
        capacity: input.capacity ?? null,
        required: input.required ?? false,
        instructorName: trimmedOrNull(input.instructorName),
        status: LearningActivityStatus.SCHEDULED,
        cancelReason: null,
        cancelledAt: null,
        checkInCode: generateCheckInCode(),
        createdById: actor.userId,
      });
      await manager.insert(LearningActivityEntity, activity);
      await this.replaceBehaviours(manager, activity.id, behaviourIds);
      const created = await manager.findOneByOrFail(LearningActivityEntity, { id: activity.id });
      await this.sessionReminders.reschedule(created);
      await this.audit.record(actor, {
        action: 'learning.activity.create',
        entityType: 'LearningActivity',
        entityId: created.id,
        changes: [
          ...changedFields(null, created, ACTIVITY_FIELDS),
          { field: 'behaviourIds', from: null, to: behaviourIds },
        ],
      });
      return toActivity(created);
    });
  }

  /** Edits a scheduled activity; more seats (or no limit) promote waitlisted people in arrival order. */
  async updateLearningActivity(
    actor: Actor,
    input: UpdateLearningActivityInput,
  ): Promise<
    | LearningActivity
    | ProgramClosedError
    | ActivityCancelledError
    | BehaviourNotInFrameworkError
    | CapacityBelowRegisteredError
  > {
    const { activity } = await this.access.managedActivity(actor, input.activityId);
    const frameworkId = await this.frameworkOf(activity.programId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const before = await lockActivity(manager, activity.id);
      if (await this.programAccess.isClosedForWrite(before.programId)) {
        return new ProgramClosedError(actor.locale);
      }
      if (before.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
      const changes: Partial<LearningActivityEntity> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.aidaStage !== undefined) changes.aidaStage = input.aidaStage;
      if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
      if (input.endsAt !== undefined) changes.endsAt = input.endsAt;
      if (input.location !== undefined) changes.location = trimmedOrNull(input.location);
      if (input.onlineUrl !== undefined) changes.onlineUrl = trimmedOrNull(input.onlineUrl);
      if (input.capacity !== undefined) changes.capacity = input.capacity;
      if (input.required !== undefined) changes.required = input.required;
      if (input.instructorName !== undefined) changes.instructorName = trimmedOrNull(input.instructorName);
      const after: LearningActivityEntity = { ...before, ...changes };
      checkSchedule(after.kind, after.startsAt, after.endsAt);
      if (input.behaviourIds) {
        const unknown = await this.checkBehaviours(manager, actor, frameworkId, input.behaviourIds);
        if (unknown) return unknown;
      }
      const { registered } = await this.waitlist.seats(manager, before.id);
      if (after.capacity !== null && after.capacity < registered) {
        return new CapacityBelowRegisteredError(actor.locale, registered);
      }
      const beforeBehaviours = await this.behaviourIdsOf(manager, before.id);
      await manager.update(LearningActivityEntity, { id: before.id }, changes);
      if (input.behaviourIds) await this.replaceBehaviours(manager, before.id, input.behaviourIds);
      const updated = await manager.findOneByOrFail(LearningActivityEntity, { id: before.id });
      if (updated.startsAt?.getTime() !== before.startsAt?.getTime()) await this.sessionReminders.reschedule(updated);
      const behaviourChange =
        input.behaviourIds && JSON.stringify(input.behaviourIds) !== JSON.stringify(beforeBehaviours)
          ? [{ field: 'behaviourIds', from: beforeBehaviours, to: input.behaviourIds }]
          : [];
      await this.audit.record(actor, {
        action: 'learning.activity.update',
        entityType: 'LearningActivity',
        entityId: before.id,
        changes: [...changedFields(before, updated, ACTIVITY_FIELDS), ...behaviourChange],
      });
      if (after.capacity === null || (before.capacity !== null && after.capacity > before.capacity)) {
        await this.waitlist.promote(manager, actor, updated);
      }
      return toActivity(updated);
    });
  }

  /** Cancels the activity with a reason; everyone registered or waitlisted is notified in the same transaction. */
  async cancelLearningActivity(
    actor: Actor,
    input: CancelLearningActivityInput,
  ): Promise<LearningActivity | ProgramClosedError | ActivityCancelledError> {
    const { activity } = await this.access.managedActivity(actor, input.activityId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const before = await lockActivity(manager, activity.id);
      if (await this.programAccess.isClosedForWrite(before.programId)) {
        return new ProgramClosedError(actor.locale);
      }
      if (before.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
      const changes = {
        status: LearningActivityStatus.CANCELLED,
        cancelReason: input.reason.trim(),
        cancelledAt: new Date(),
      };
      await manager.update(LearningActivityEntity, { id: before.id }, changes);
      const after = await manager.findOneByOrFail(LearningActivityEntity, { id: before.id });
      await this.sessionReminders.reschedule(after);
      await this.audit.record(actor, {
        action: 'learning.activity.cancel',
        entityType: 'LearningActivity',
        entityId: before.id,
        changes: changedFields(before, after, ACTIVITY_FIELDS),
      });
      const registrants = await manager.query<{ userId: string }[]>(
        `SELECT "userId" FROM participation
         WHERE "activityId" = $1 AND "registrationStatus" IN ('REGISTERED', 'WAITLISTED')
         ORDER BY "queueNumber"`,
        [before.id],
      );
      for (const { userId } of registrants) {
        await this.notifications.notify({
          recipientId: userId,
          kind: NotificationKind.LEARNING_ACTIVITY_CANCELLED,
          subjectType: 'LearningActivity',
          subjectId: before.id,
          text: {
            ja: `「${before.title}」は中止になりました。理由: ${changes.cancelReason}`,
            en: `"${before.title}" was cancelled. Reason: ${changes.cancelReason}`,
          },
        });
      }
      return toActivity(after);
    });
  }

  private async frameworkOf(programId: string): Promise<string> {
    const [program] = await this.programs.programsByIds([programId]);
    if (!program) throw Errors.notFound({ ja: 'プログラム', en: 'program' });
    return program.frameworkId;
  }

  /** Every targeted behaviour must belong to the framework the program is pinned to. */
  private async checkBehaviours(
    manager: EntityManager,
    actor: Actor,
    frameworkId: string,
    behaviourIds: string[],
  ): Promise<BehaviourNotInFrameworkError | null> {
    if (!behaviourIds.length) return null;
    const known = await this.frameworks.behaviourIdsInFramework(frameworkId, behaviourIds);
    const missing = behaviourIds.find((id) => !known.has(id));
    return missing ? new BehaviourNotInFrameworkError(actor.locale, missing) : null;
  }

  private async behaviourIdsOf(manager: EntityManager, activityId: string): Promise<string[]> {
    const rows = await manager.find(LearningActivityBehaviourEntity, {
      where: { activityId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.behaviourId);
  }

  private async replaceBehaviours(manager: EntityManager, activityId: string, behaviourIds: string[]): Promise<void> {
    await manager.delete(LearningActivityBehaviourEntity, { activityId });
    if (!behaviourIds.length) return;
    await manager.insert(
      LearningActivityBehaviourEntity,
      behaviourIds.map((behaviourId, position) => ({ activityId, behaviourId, position })),
    );
  }
}
