import { Injectable } from '@nestjs/common';
import { Actor, Errors, IllegalTransitionError, InTransaction, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ProgramAccessService } from '@banso/programs';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { OjtVisitEntity, OjtVisitMentorEntity, OjtVisitSecondMentorEntity } from '../entities/ojt-visit.entity';
import { OjtVisit } from '../models/visit.model';
import { CancelVisitInput, PlanVisitInput, RecordVisitInput } from '../dto/visit.input';
import { MentorNotEligibleError, SupportCaseNotOpenError } from '../ojt.errors';
import { VisitStatus } from '../ojt.enums';
import { toVisit } from '../ojt.mapper';
import { ReminderScheduler } from './reminder-scheduler';
import { OjtAccessService } from './ojt-access.service';
import { VISIT_LIFECYCLE } from './visit-transitions';

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
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** PLANNED visit numbered per case; every mentor is paired with the lead trainee or is a program owner. */
  @InTransaction()
  async planVisit(
    actor: Actor,
    input: PlanVisitInput,
  ): Promise<OjtVisit | MentorNotEligibleError | SupportCaseNotOpenError> {
    const manager = this.transaction.manager;
    const supportCase = await this.access.lockWritableCase(actor, input.supportCaseId);
    if (!(supportCase instanceof SupportCaseEntity)) return supportCase;
    const eligible = await this.programAccess.mayAccompany(
      supportCase.programId,
      supportCase.leadTraineeId,
      input.mentorIds.filter((mentorId) => mentorId !== supportCase.leadTraineeId),
    );
    const ineligible = input.mentorIds.find((mentorId) => !eligible.has(mentorId));
    if (ineligible) return new MentorNotEligibleError(actor.locale, ineligible);
    const secondMentorIds = input.secondMentorIds ?? [];
    if (secondMentorIds.length) {
      // A second mentor is another active member of the program, neither the trainee nor one of the mentors.
      const members = await this.programAccess.activeMembersAmong(supportCase.programId, secondMentorIds);
      const refused = secondMentorIds.find(
        (id) => !members.has(id) || id === supportCase.leadTraineeId || input.mentorIds.includes(id),
      );
      if (refused) return new MentorNotEligibleError(actor.locale, refused);
    }
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM ojt_visit WHERE "supportCaseId" = $1`,
      [supportCase.id],
    );
    const visit = await this.audit.insertAudited(
      actor,
      OjtVisitEntity,
      {
        supportCaseId: supportCase.id,
        programId: supportCase.programId,
        traineeId: supportCase.leadTraineeId,
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
      },
      {
        action: 'ojt.visit.plan',
        entityType: 'OjtVisit',
        fields: ['supportCaseId', 'number', ...VISIT_FIELDS],
        extraChanges: [{ field: 'mentorIds', from: null, to: input.mentorIds }],
      },
      toVisit,
    );
    await manager.insert(
      OjtVisitMentorEntity,
      input.mentorIds.map((mentorId) => ({ visitId: visit.id, mentorId })),
    );
    if (secondMentorIds.length) {
      await manager.insert(
        OjtVisitSecondMentorEntity,
        secondMentorIds.map((userId) => ({ visitId: visit.id, userId })),
      );
      await this.audit.record(actor, {
        action: 'ojt.visit.addSecondMentors',
        entityType: 'OjtVisit',
        entityId: visit.id,
        changes: [{ field: 'secondMentorIds', from: null, to: secondMentorIds }],
      });
    }
    return visit;
  }

  /**
   * PRE_BRIEFED → VISITED; writes the post-brief reminder to the outbox in the same transaction, due 48 h after the
   * visit was held but never sooner than 24 h after now (when it is recorded).
   */
  @InTransaction()
  async recordVisit(actor: Actor, input: RecordVisitInput): Promise<OjtVisit | IllegalTransitionError> {
    if (input.heldAt.getTime() > Date.now() + HELD_AT_TOLERANCE_MS) {
      throw Errors.badInput('input.heldAt', { ja: '未来の日時は指定できません', en: 'must not be in the future' });
    }
    const { visit: before } = await this.access.lockVisit(actor, input.visitId);
    const illegal = VISIT_LIFECYCLE.check(actor.locale, before.status, VisitStatus.VISITED);
    if (illegal) return illegal;
    const changes = {
      status: VisitStatus.VISITED,
      heldAt: input.heldAt,
      recordedAt: new Date(),
      durationMinutes: input.durationMinutes,
      traineeRole: input.traineeRole,
      stepsPractised: input.stepsPractised,
      summary: input.summary.trim(),
    };
    const after: OjtVisitEntity = { ...before, ...changes };
    await this.transaction.manager.update(OjtVisitEntity, { id: before.id }, changes);
    await this.audit.record(actor, {
      action: 'ojt.visit.record',
      entityType: 'OjtVisit',
      entityId: before.id,
      changes: changedFields(before, after, VISIT_FIELDS),
    });
    await this.reminders.schedulePostBriefOverdue(before.id, changes);
    return toVisit(after);
  }

  /** Only before the visit took place (PLANNED or PRE_BRIEFED). */
  @InTransaction()
  async cancelVisit(actor: Actor, input: CancelVisitInput): Promise<OjtVisit | IllegalTransitionError> {
    const { visit: before } = await this.access.lockVisit(actor, input.visitId);
    const illegal = VISIT_LIFECYCLE.check(actor.locale, before.status, VisitStatus.CANCELLED);
    if (illegal) return illegal;
    const changes = { status: VisitStatus.CANCELLED, cancelReason: input.reason.trim(), cancelledAt: new Date() };
    const after: OjtVisitEntity = { ...before, ...changes };
    await this.transaction.manager.update(OjtVisitEntity, { id: before.id }, changes);
    await this.audit.record(actor, {
      action: 'ojt.visit.cancel',
      entityType: 'OjtVisit',
      entityId: before.id,
      changes: changedFields(before, after, VISIT_FIELDS),
    });
    return toVisit(after);
  }
}
