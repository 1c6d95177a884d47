import { Injectable } from '@nestjs/common';
import { Actor, Errors, IllegalTransitionError, UnitOfWork } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ProgramAccessService, ProgramRole } from '@banso/programs';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { OjtVisit } from '../models/visit.model';
import { CancelVisitInput, PlanVisitInput, RecordVisitInput } from '../dto/visit.input';
import { MentorNotEligibleError, SupportCaseNotOpenError } from '../ojt.errors';
import { VisitStatus } from '../ojt.enums';
import { toVisit } from '../ojt.mapper';
import { ReminderScheduler } from './reminder-scheduler';
import { OjtAccessService } from './ojt-access.service';
import { checkVisitTransition } from './visit-transitions';
import { lockOpenCase, lockVisit } from './row-locks';

const VISIT_FIELDS: (keyof OjtVisitEntity)[] = [
  'status',
  'scheduledAt',
  'traineeRole',
  'heldAt',
  'durationMinutes',
  'stepsPractised',
  'summary',
  'cancelReason',
];

/** A visit may be recorded as held up to this far in the future (clock skew between devices). */
const HELD_AT_TOLERANCE_MS = 5 * 60 * 1000;

/** Visits (同行訪問): planning, recording that they took place, cancelling. Briefs live in BriefService. */
@Injectable()
export class VisitService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** PLANNED visit numbered per case; every mentor is paired with the lead trainee or is a program owner. */
  async planVisit(
    actor: Actor,
    input: PlanVisitInput,
  ): Promise<OjtVisit | MentorNotEligibleError | SupportCaseNotOpenError> {
    const supportCase = await this.access.writableCase(actor, input.supportCaseId);
    for (const mentorId of input.mentorIds) {
      const eligible =
        mentorId !== supportCase.leadTraineeId &&
        ((await this.programAccess.isPaired(supportCase.programId, mentorId, supportCase.leadTraineeId)) ||
          (await this.programAccess.hasActiveRole(mentorId, supportCase.programId, ProgramRole.OWNER)));
      if (!eligible) return new MentorNotEligibleError(actor.locale, mentorId);
    }
    return this.unitOfWork.run(async ({ manager }) => {
      const locked = await lockOpenCase(manager, actor.locale, supportCase.id);
      if (!(locked instanceof SupportCaseEntity)) return locked;
      const [{ next }] = await manager.query<{ next: number }[]>(
        `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM ojt_visit WHERE "supportCaseId" = $1`,
        [locked.id],
      );
      const visit = manager.create(OjtVisitEntity, {
        supportCaseId: locked.id,
        programId: locked.programId,
        traineeId: locked.leadTraineeId,
        number: next,
        status: VisitStatus.PLANNED,
        scheduledAt: input.scheduledAt,
        traineeRole: input.traineeRole,
        heldAt: null,
        durationMinutes: null,
        stepsPractised: [],
        summary: null,
        cancelReason: null,
        cancelledAt: null,
        postBriefedAt: null,
        feedbackGivenAt: null,
        createdById: actor.userId,
      });
      await manager.insert(OjtVisitEntity, visit);
      await manager.insert(
        OjtVisitMentorEntity,
        input.mentorIds.map((mentorId) => ({ visitId: visit.id, mentorId })),
      );
      const created = await manager.findOneByOrFail(OjtVisitEntity, { id: visit.id });
      await this.audit.record(manager, actor, {
        action: 'ojt.visit.plan',
        entityType: 'OjtVisit',
        entityId: created.id,
        changes: [
          ...changedFields(null, created, ['supportCaseId', 'number', ...VISIT_FIELDS]),
          { field: 'mentorIds', from: null, to: input.mentorIds },
        ],
      });
      return toVisit(created);
    });
  }

  /** PRE_BRIEFED → VISITED; schedules the post-brief reminder 48 h after the visit was held. */
  async recordVisit(actor: Actor, input: RecordVisitInput): Promise<OjtVisit | IllegalTransitionError> {
    await this.access.writableVisit(actor, input.visitId);
    if (input.heldAt.getTime() > Date.now() + HELD_AT_TOLERANCE_MS) {
      throw Errors.badInput('input.heldAt', { ja: '未来の日時は指定できません', en: 'must not be in the future' });
    }
    return this.unitOfWork.run(async ({ manager, afterCommit }) => {
      const before = await lockVisit(manager, input.visitId);
      const illegal = checkVisitTransition(actor.locale, before.status, VisitStatus.VISITED);
      if (illegal) return illegal;
      const changes = {
        status: VisitStatus.VISITED,
        heldAt: input.heldAt,
        durationMinutes: input.durationMinutes,
        traineeRole: input.traineeRole,
        stepsPractised: input.stepsPractised,
        summary: input.summary.trim(),
      };
      const after: OjtVisitEntity = { ...before, ...changes };
      await manager.update(OjtVisitEntity, { id: before.id }, changes);
      await this.audit.record(manager, actor, {
        action: 'ojt.visit.record',
        entityType: 'OjtVisit',
        entityId: before.id,
        changes: changedFields(before, after, VISIT_FIELDS),
      });
      afterCommit(() => this.reminders.schedulePostBriefOverdue(before.id, input.heldAt));
      return toVisit(after);
    });
  }

  /** Only before the visit took place (PLANNED or PRE_BRIEFED). */
  async cancelVisit(actor: Actor, input: CancelVisitInput): Promise<OjtVisit | IllegalTransitionError> {
    await this.access.writableVisit(actor, input.visitId);
    return this.unitOfWork.run(async ({ manager }) => {
      const before = await lockVisit(manager, input.visitId);
      const illegal = checkVisitTransition(actor.locale, before.status, VisitStatus.CANCELLED);
      if (illegal) return illegal;
      const changes = { status: VisitStatus.CANCELLED, cancelReason: input.reason.trim(), cancelledAt: new Date() };
      const after: OjtVisitEntity = { ...before, ...changes };
      await manager.update(OjtVisitEntity, { id: before.id }, changes);
      await this.audit.record(manager, actor, {
        action: 'ojt.visit.cancel',
        entityType: 'OjtVisit',
        entityId: before.id,
        changes: changedFields(before, after, VISIT_FIELDS),
      });
      return toVisit(after);
    });
  }
}
