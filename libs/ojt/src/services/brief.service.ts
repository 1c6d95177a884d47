import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Actor, afterCommit, IllegalTransitionError, InTransaction, TransactionContext } from '@banso/core';
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
import { VISIT_LIFECYCLE } from './visit-transitions';

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
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly reminders: ReminderScheduler,
  ) {}

  @InTransaction()
  async recordPreBrief(actor: Actor, input: RecordPreBriefInput): Promise<RecordPreBriefOutcome> {
    const manager = this.transaction.manager;
    const { visit } = await this.access.lockVisit(actor, input.visitId);
    if (visit.status === VisitStatus.FEEDBACK_GIVEN) return new BriefLockedError(actor.locale);
    if (visit.status === VisitStatus.CANCELLED) {
      return VISIT_LIFECYCLE.illegal(actor.locale, visit.status, VisitStatus.PRE_BRIEFED);
    }
    const creating = visit.status === VisitStatus.PLANNED;
    const before = await manager.findOneBy(PreBriefEntity, { visitId: visit.id });
    if (before && input.version !== before.version) return new StalePreBriefError(actor.locale, toPreBrief(before));
    const hypothesesResult = await this.saveHypotheses(actor, visit.id, input.hypotheses);
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
    await this.audit.record(actor, {
      action: creating ? 'ojt.visit.preBrief' : 'ojt.visit.editPreBrief',
      entityType: 'OjtVisit',
      entityId: visit.id,
      changes: [
        ...changedFields(before, after, PRE_BRIEF_FIELDS),
        ...(creating ? [{ field: 'status', from: visit.status, to: VisitStatus.PRE_BRIEFED }] : []),
      ],
    });
    return toPreBrief(after);
  }

  @InTransaction()
  async recordPostBrief(actor: Actor, input: RecordPostBriefInput): Promise<RecordPostBriefOutcome> {
    const manager = this.transaction.manager;
    const { visit } = await this.access.lockVisit(actor, input.visitId);
    if (visit.status === VisitStatus.FEEDBACK_GIVEN) return new BriefLockedError(actor.locale);
    const creating = visit.status === VisitStatus.VISITED;
    if (!creating && visit.status !== VisitStatus.POST_BRIEFED) {
      return VISIT_LIFECYCLE.illegal(actor.locale, visit.status, VisitStatus.POST_BRIEFED);
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
    const ineligible = await this.ineligibleOwner(
      visit,
      input.nextActions.map((action) => action.ownerId),
    );
    if (ineligible) return new NextActionOwnerNotEligibleError(actor.locale, ineligible);

    if (input.hypothesisVerdicts.length) {
      const rows = input.hypothesisVerdicts.map(
        (_, index) => `($${index * 3 + 1}::uuid, $${index * 3 + 2}, $${index * 3 + 3})`,
      );
      await manager.query(
        `UPDATE hypothesis h SET verdict = v.verdict::hypothesis_verdict_enum, "verdictNote" = v.note
         FROM (VALUES ${rows.join(', ')}) AS v(id, verdict, note) WHERE h.id = v.id`,
        input.hypothesisVerdicts.flatMap((v) => [v.hypothesisId, v.verdict, v.note?.trim() || null]),
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
    await this.audit.record(actor, {
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
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  /**
   * The first next-action owner who may not own one, or null. Owners are the trainee, the visit's mentors and the
   * program's active members: one query for the members, and the visit's mentors only for whoever is left.
   */
  private async ineligibleOwner(visit: OjtVisitEntity, ownerIds: string[]): Promise<string | null> {
    const others = [...new Set(ownerIds.filter((id) => id !== visit.traineeId))];
    if (!others.length) return null;
    const members = await this.programAccess.activeMembersAmong(visit.programId, others);
    const left = others.filter((id) => !members.has(id));
    if (!left.length) return null;
    const mentors = await this.transaction.manager.findBy(OjtVisitMentorEntity, {
      visitId: visit.id,
      mentorId: In(left),
    });
    const mentorIds = new Set(mentors.map((mentor) => mentor.mentorId));
    return ownerIds.find((id) => left.includes(id) && !mentorIds.has(id)) ?? null;
  }

  /**
   * Replaces the visit's hypotheses with the given list: items with an id keep that hypothesis (and its verdict),
   * items without one are new, hypotheses left out are removed. Returns an error for an id of another visit. Kept
   * ones are updated in one statement, new ones inserted in one.
   */
  private async saveHypotheses(
    actor: Actor,
    visitId: string,
    items: HypothesisInput[],
  ): Promise<UnknownHypothesisError | null> {
    const manager = this.transaction.manager;
    const existing = await manager.findBy(HypothesisEntity, { visitId });
    const known = new Set(existing.map((h) => h.id));
    const unknown = items.find((item) => item.id && !known.has(item.id));
    if (unknown?.id) return new UnknownHypothesisError(actor.locale, unknown.id);
    const kept = new Set(items.map((item) => item.id).filter((id): id is string => Boolean(id)));
    const removed = existing.filter((h) => !kept.has(h.id)).map((h) => h.id);
    if (removed.length) await manager.delete(HypothesisEntity, { id: In(removed) });
    const positioned = items.map((item, index) => ({ item, position: index + 1 }));
    const updates = positioned.filter(({ item }) => item.id);
    if (updates.length) {
      const rows = updates.map(
        (_, index) => `($${index * 4 + 1}::uuid, $${index * 4 + 2}, $${index * 4 + 3}, $${index * 4 + 4}::int)`,
      );
      await manager.query(
        `UPDATE hypothesis h SET kind = v.kind::hypothesis_kind_enum, statement = v.statement, position = v.position
         FROM (VALUES ${rows.join(', ')}) AS v(id, kind, statement, position) WHERE h.id = v.id`,
        updates.flatMap(({ item, position }) => [item.id, item.kind, item.statement.trim(), position]),
      );
    }
    const inserts = positioned.filter(({ item }) => !item.id);
    if (inserts.length) {
      await manager.insert(
        HypothesisEntity,
        inserts.map(({ item, position }) => ({
          visitId,
          kind: item.kind,
          statement: item.statement.trim(),
          position,
          verdict: null,
          verdictNote: null,
        })),
      );
    }
    return null;
  }
}
