import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Actor, IllegalTransitionError, UnitOfWork } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ProgramAccessService } from '@banso/programs';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { HypothesisEntity, PostBriefEntity, PreBriefEntity } from '../entities/brief.entity';
import { NextActionEntity } from '../entities/next-action.entity';
import { PostBrief, PreBrief } from '../models/visit.model';
import { HypothesisInput, RecordPostBriefInput, RecordPreBriefInput } from '../dto/visit.input';
import {
  BriefLockedError,
  MissingVerdictsError,
  NextActionOwnerNotEligibleError,
  StalePostBriefError,
  StalePreBriefError,
  UnknownHypothesisError,
} from '../ojt.errors';
import { NextActionStatus, VisitStatus } from '../ojt.enums';
import { toPostBrief, toPreBrief } from '../ojt.mapper';
import { ReminderScheduler } from './reminder-scheduler';
import { OjtAccessService } from './ojt-access.service';
import { illegalVisitTransition } from './visit-transitions';
import { lockVisit } from './row-locks';

const PRE_BRIEF_FIELDS: (keyof PreBriefEntity)[] = [
  'companyInfoReviewed',
  'priorConsultation',
  'hearingItems',
  'meetingPlan',
  'version',
];
const POST_BRIEF_FIELDS: (keyof PostBriefEntity)[] = [
  'findings',
  'goodPoints',
  'improvementAreas',
  'improvementPlan',
  'nextHearingItems',
  'version',
];

export type RecordPreBriefOutcome =
  PreBrief | IllegalTransitionError | StalePreBriefError | BriefLockedError | UnknownHypothesisError;

export type RecordPostBriefOutcome =
  | PostBrief
  | IllegalTransitionError
  | StalePostBriefError
  | BriefLockedError
  | UnknownHypothesisError
  | MissingVerdictsError
  | NextActionOwnerNotEligibleError;

/**
 * Pre-brief (事前準備) and post-brief (事後整理). The first save moves the visit forward; later saves edit the brief
 * until feedback is given, guarded by the brief's version so nobody silently overwrites someone else's work.
 */
@Injectable()
export class BriefService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly reminders: ReminderScheduler,
  ) {}

  async recordPreBrief(actor: Actor, input: RecordPreBriefInput): Promise<RecordPreBriefOutcome> {
    await this.access.writableVisit(actor, input.visitId);
    return this.unitOfWork.run(async ({ manager }) => {
      const visit = await lockVisit(manager, input.visitId);
      if (visit.status === VisitStatus.FEEDBACK_GIVEN) return new BriefLockedError(actor.locale);
      if (visit.status === VisitStatus.CANCELLED) {
        return illegalVisitTransition(actor.locale, visit.status, VisitStatus.PRE_BRIEFED);
      }
      const creating = visit.status === VisitStatus.PLANNED;
      const before = await manager.findOneBy(PreBriefEntity, { visitId: visit.id });
      if (before && input.version !== before.version) return new StalePreBriefError(actor.locale, toPreBrief(before));
      const hypothesesResult = await this.saveHypotheses(manager, actor, visit.id, input.hypotheses);
      if (hypothesesResult) return hypothesesResult;
      const values = {
        companyInfoReviewed: input.companyInfoReviewed.trim(),
        priorConsultation: input.priorConsultation.trim(),
        hearingItems: input.hearingItems.map((item) => item.trim()),
        meetingPlan: input.meetingPlan.trim(),
        updatedById: actor.userId,
      };
      let briefId: string;
      if (before) {
        briefId = before.id;
        await manager.update(PreBriefEntity, { id: before.id }, values);
      } else {
        const created = manager.create(PreBriefEntity, { visitId: visit.id, ...values });
        await manager.insert(PreBriefEntity, created);
        briefId = created.id;
      }
      if (creating) await manager.update(OjtVisitEntity, { id: visit.id }, { status: VisitStatus.PRE_BRIEFED });
      const after = await manager.findOneByOrFail(PreBriefEntity, { id: briefId });
      await this.audit.record(manager, actor, {
        action: creating ? 'ojt.visit.preBrief' : 'ojt.visit.editPreBrief',
        entityType: 'OjtVisit',
        entityId: visit.id,
        changes: [
          ...changedFields(before, after, PRE_BRIEF_FIELDS),
          ...(creating ? [{ field: 'status', from: visit.status, to: VisitStatus.PRE_BRIEFED }] : []),
        ],
      });
      return toPreBrief(after);
    });
  }

  async recordPostBrief(actor: Actor, input: RecordPostBriefInput): Promise<RecordPostBriefOutcome> {
    await this.access.writableVisit(actor, input.visitId);
    return this.unitOfWork.run(async ({ manager, afterCommit }) => {
      const visit = await lockVisit(manager, input.visitId);
      if (visit.status === VisitStatus.FEEDBACK_GIVEN) return new BriefLockedError(actor.locale);
      const creating = visit.status === VisitStatus.VISITED;
      if (!creating && visit.status !== VisitStatus.POST_BRIEFED) {
        return illegalVisitTransition(actor.locale, visit.status, VisitStatus.POST_BRIEFED);
      }
      const before = await manager.findOneBy(PostBriefEntity, { visitId: visit.id });
      if (before && input.version !== before.version) return new StalePostBriefError(actor.locale, toPostBrief(before));

      const hypotheses = await manager.findBy(HypothesisEntity, { visitId: visit.id });
      const known = new Set(hypotheses.map((h) => h.id));
      const unknown = input.hypothesisVerdicts.find((v) => !known.has(v.hypothesisId));
      if (unknown) return new UnknownHypothesisError(actor.locale, unknown.hypothesisId);
      const given = new Set(input.hypothesisVerdicts.map((v) => v.hypothesisId));
      const missing = hypotheses.filter((h) => !given.has(h.id)).map((h) => h.id);
      if (missing.length) return new MissingVerdictsError(actor.locale, missing);
      const mentorIds = (await manager.findBy(OjtVisitMentorEntity, { visitId: visit.id })).map((m) => m.mentorId);
      for (const action of input.nextActions) {
        const eligible =
          action.ownerId === visit.traineeId ||
          mentorIds.includes(action.ownerId) ||
          (await this.programAccess.rolesOf(action.ownerId, visit.programId)).length > 0;
        if (!eligible) return new NextActionOwnerNotEligibleError(actor.locale, action.ownerId);
      }

      for (const verdict of input.hypothesisVerdicts) {
        await manager.update(
          HypothesisEntity,
          { id: verdict.hypothesisId },
          { verdict: verdict.verdict, verdictNote: verdict.note?.trim() || null },
        );
      }
      await manager.delete(NextActionEntity, { visitId: visit.id, status: NextActionStatus.OPEN });
      if (input.nextActions.length) {
        await manager.insert(
          NextActionEntity,
          input.nextActions.map((action, index) => ({
            supportCaseId: visit.supportCaseId,
            visitId: visit.id,
            position: index + 1,
            description: action.description.trim(),
            ownerId: action.ownerId,
            dueOn: action.dueOn ?? null,
            status: NextActionStatus.OPEN,
            closingNote: null,
            closedAt: null,
          })),
        );
      }
      const values = {
        findings: input.findings.trim(),
        goodPoints: input.goodPoints.trim(),
        improvementAreas: input.improvementAreas.trim(),
        improvementPlan: input.improvementPlan.trim(),
        nextHearingItems: input.nextHearingItems.map((item) => item.trim()),
        updatedById: actor.userId,
      };
      let briefId: string;
      if (before) {
        briefId = before.id;
        await manager.update(PostBriefEntity, { id: before.id }, values);
      } else {
        const created = manager.create(PostBriefEntity, { visitId: visit.id, ...values });
        await manager.insert(PostBriefEntity, created);
        briefId = created.id;
      }
      const postBriefedAt = new Date();
      if (creating) {
        await manager.update(OjtVisitEntity, { id: visit.id }, { status: VisitStatus.POST_BRIEFED, postBriefedAt });
        afterCommit(async () => {
          await this.reminders.cancelPostBriefOverdue(visit.id);
          await this.reminders.scheduleFeedbackPending(visit.id, postBriefedAt);
        });
      }
      const after = await manager.findOneByOrFail(PostBriefEntity, { id: briefId });
      await this.audit.record(manager, actor, {
        action: creating ? 'ojt.visit.postBrief' : 'ojt.visit.editPostBrief',
        entityType: 'OjtVisit',
        entityId: visit.id,
        changes: [
          ...changedFields(before, after, POST_BRIEF_FIELDS),
          { field: 'hypothesisVerdicts', from: null, to: input.hypothesisVerdicts.map((v) => ({ ...v })) },
          { field: 'nextActions', from: null, to: input.nextActions.map((a) => ({ ...a })) },
          ...(creating ? [{ field: 'status', from: visit.status, to: VisitStatus.POST_BRIEFED }] : []),
        ],
      });
      return toPostBrief(after);
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  /**
   * Replaces the visit's hypotheses with the given list: items with an id keep that hypothesis (and its verdict),
   * items without one are new, hypotheses left out are removed. Returns an error for an id of another visit.
   */
  private async saveHypotheses(
    manager: EntityManager,
    actor: Actor,
    visitId: string,
    items: HypothesisInput[],
  ): Promise<UnknownHypothesisError | null> {
    const existing = await manager.findBy(HypothesisEntity, { visitId });
    const known = new Set(existing.map((h) => h.id));
    const unknown = items.find((item) => item.id && !known.has(item.id));
    if (unknown?.id) return new UnknownHypothesisError(actor.locale, unknown.id);
    const kept = new Set(items.map((item) => item.id).filter((id): id is string => Boolean(id)));
    const removed = existing.filter((h) => !kept.has(h.id)).map((h) => h.id);
    if (removed.length) await manager.delete(HypothesisEntity, { id: In(removed) });
    for (const [index, item] of items.entries()) {
      const values = { kind: item.kind, statement: item.statement.trim(), position: index + 1 };
      if (item.id) await manager.update(HypothesisEntity, { id: item.id }, values);
      else await manager.insert(HypothesisEntity, { visitId, ...values, verdict: null, verdictNote: null });
    }
    return null;
  }
}
