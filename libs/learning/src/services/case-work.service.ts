import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Errors, runInTransaction, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ProgramAccessService, ProgramClosedError, ProgramRole } from '@banso/programs';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import {
  CasePeerAssignmentEntity,
  CaseReviewEntity,
  CaseStudyEntity,
  CaseSubmissionEntity,
  CaseSubmissionRevisionEntity,
} from '../entities/case-study.entity';
import { LearningActivity } from '../models/learning-activity.model';
import {
  CaseReview,
  CaseSubmission,
  CaseSubmissionRevision,
  MyCaseWork,
  RubricScoreValue,
} from '../models/case-study.model';
import {
  CloseCaseSubmissionsInput,
  ReviewCaseWorkInput,
  SetUpCaseWorkInput,
  SubmitCaseWorkInput,
} from '../dto/case-study.input';
import {
  ActivityCancelledError,
  ActivityKindMismatchError,
  AlreadyReviewedError,
  OwnSubmissionReviewError,
  RubricMismatchError,
  SubmissionLockedError,
  SubmissionNotFinalError,
  SubmissionsClosedError,
} from '../learning.errors';
import { CASE_WORK_KINDS, CaseReviewerRole, CaseSubmissionStatus, LearningActivityStatus } from '../learning.enums';
import { toActivity, toRubric } from '../learning.mapper';
import { LearningAccessService, lockActivity } from './learning-access.service';
import { allocatePeers } from './peer-allocation';
import { DEFAULT_RUBRIC, rubricMismatch, StoredRubricCriterion } from './rubric';

const SUBMISSION_NOUN = { ja: 'ケーススタディーの提出物', en: 'case submission' };
const SUBMISSION_FIELDS: (keyof CaseSubmissionEntity)[] = [
  'status',
  'version',
  'issueHypotheses',
  'proposedSolutions',
  'talentRequirementDraft',
];

/** Who is looking at submissions decides whose names they see: owners and mentors all, authors no peer's. */
type Viewer = { kind: 'STAFF' } | { kind: 'AUTHOR' } | { kind: 'PEER'; userId: string };

/**
 * Case-study workshops: the owner attaches a case and a rubric, trainees submit their work (drafts, then a final
 * version locked until reviewed), mentors and allocated peers review it against the rubric.
 */
@Injectable()
export class CaseWorkService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
  ) {}

  async setUpCaseWork(
    actor: Actor,
    input: SetUpCaseWorkInput,
  ): Promise<
    LearningActivity | ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError | SubmissionsClosedError
  > {
    const { activity } = await this.access.managedActivity(actor, input.activityId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const before = await lockActivity(manager, activity.id);
      const refused = await this.refuseCaseWork(manager, actor, before);
      if (refused) return refused;
      const caseStudy = await manager.findOneBy(CaseStudyEntity, { id: input.caseStudyId });
      if (!caseStudy || caseStudy.programId !== before.programId) {
        throw Errors.badInput('input.caseStudyId', {
          ja: 'このプログラムの事例ではありません',
          en: 'is not a case study of this program',
        });
      }
      const rubric: StoredRubricCriterion[] | null = input.rubric
        ? input.rubric.map((criterion) => ({
            code: criterion.code,
            title: { ja: criterion.title.trim(), en: criterion.title.trim() },
            levels: criterion.levels.map((text) => ({ ja: text.trim(), en: text.trim() })),
          }))
        : null;
      if (rubric && new Set(rubric.map((c) => c.code)).size !== rubric.length) {
        throw Errors.badInput('input.rubric', { ja: '評価項目のコードが重複しています', en: 'has repeated codes' });
      }
      const changes = {
        caseStudyId: caseStudy.id,
        peerReviewersPerSubmission: input.peerReviewersPerSubmission,
        rubric,
      };
      await manager.update(LearningActivityEntity, { id: before.id }, changes);
      const after = await manager.findOneByOrFail(LearningActivityEntity, { id: before.id });
      await this.audit.record(actor, {
        action: 'learning.activity.setUpCaseWork',
        entityType: 'LearningActivity',
        entityId: before.id,
        changes: changedFields(before, after, ['caseStudyId', 'peerReviewersPerSubmission', 'rubric']),
      });
      return toActivity(after);
    });
  }

  /** Drafts are saved in place; a final version is locked until reviewed; a resubmission keeps the old version. */
  async submitCaseWork(
    actor: Actor,
    input: SubmitCaseWorkInput,
  ): Promise<
    | CaseSubmission
    | ProgramClosedError
    | ActivityCancelledError
    | ActivityKindMismatchError
    | SubmissionsClosedError
    | SubmissionLockedError
  > {
    const { activity } = await this.access.ownParticipation(actor, input.activityId);
    if (
      input.final &&
      ![input.issueHypotheses, input.proposedSolutions, input.talentRequirementDraft].every((t) => t.trim())
    ) {
      const empty = (['issueHypotheses', 'proposedSolutions', 'talentRequirementDraft'] as const).find(
        (field) => !input[field].trim(),
      );
      throw Errors.badInput(`input.${empty}`, {
        ja: '最終提出には全項目の入力が必要です',
        en: 'must be filled in for a final submission',
      });
    }
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const locked = await manager.findOneOrFail(LearningActivityEntity, {
        where: { id: activity.id },
        lock: { mode: 'pessimistic_read' },
      });
      const refused = await this.refuseCaseWork(manager, actor, locked);
      if (refused) return refused;
      const before = await manager.findOne(CaseSubmissionEntity, {
        where: { activityId: activity.id, traineeId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      const content = {
        issueHypotheses: input.issueHypotheses.trim(),
        proposedSolutions: input.proposedSolutions.trim(),
        talentRequirementDraft: input.talentRequirementDraft.trim(),
      };
      const status = input.final ? CaseSubmissionStatus.FINAL : CaseSubmissionStatus.DRAFT;
      const submittedAt = input.final ? new Date() : null;
      let id: string;
      if (!before) {
        const created = manager.create(CaseSubmissionEntity, {
          activityId: activity.id,
          traineeId: actor.userId,
          status,
          version: 1,
          ...content,
          submittedAt,
        });
        await manager.insert(CaseSubmissionEntity, created);
        id = created.id;
      } else if (before.status === CaseSubmissionStatus.DRAFT) {
        await manager.update(CaseSubmissionEntity, { id: before.id }, { status, ...content, submittedAt });
        id = before.id;
      } else {
        const reviewed = await manager.existsBy(CaseReviewEntity, {
          submissionId: before.id,
          submissionVersion: before.version,
        });
        if (!reviewed) return new SubmissionLockedError(actor.locale);
        await manager.insert(CaseSubmissionRevisionEntity, {
          submissionId: before.id,
          version: before.version,
          issueHypotheses: before.issueHypotheses,
          proposedSolutions: before.proposedSolutions,
          talentRequirementDraft: before.talentRequirementDraft,
          submittedAt: before.submittedAt ?? before.updatedAt,
        });
        await manager.update(
          CaseSubmissionEntity,
          { id: before.id },
          { status, version: before.version + 1, ...content, submittedAt },
        );
        id = before.id;
      }
      const after = await manager.findOneByOrFail(CaseSubmissionEntity, { id });
      await this.audit.record(actor, {
        action: 'learning.caseSubmission.submit',
        entityType: 'CaseSubmission',
        entityId: id,
        changes: changedFields(before, after, SUBMISSION_FIELDS),
      });
      const [submission] = await this.assemble(manager, [after], { kind: 'AUTHOR' });
      return submission;
    });
  }

  /** Closes submissions; with peer review on, allocates peers among the final submissions' authors. */
  async closeCaseSubmissions(
    actor: Actor,
    input: CloseCaseSubmissionsInput,
  ): Promise<
    LearningActivity | ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError | SubmissionsClosedError
  > {
    const { activity } = await this.access.managedActivity(actor, input.activityId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const before = await lockActivity(manager, activity.id);
      const refused = await this.refuseCaseWork(manager, actor, before);
      if (refused) return refused;
      await manager.update(LearningActivityEntity, { id: before.id }, { submissionsClosedAt: new Date() });
      const finals = await manager.find(CaseSubmissionEntity, {
        where: { activityId: before.id, status: CaseSubmissionStatus.FINAL },
        order: { submittedAt: 'ASC', id: 'ASC' },
      });
      const submissionOf = new Map(finals.map((s) => [s.traineeId, s.id]));
      const pairs = allocatePeers(
        finals.map((s) => s.traineeId),
        before.peerReviewersPerSubmission,
      );
      if (pairs.length) {
        await manager.insert(
          CasePeerAssignmentEntity,
          pairs.map((pair) => ({ submissionId: submissionOf.get(pair.authorId)!, reviewerId: pair.reviewerId })),
        );
      }
      const after = await manager.findOneByOrFail(LearningActivityEntity, { id: before.id });
      await this.audit.record(actor, {
        action: 'learning.activity.closeCaseSubmissions',
        entityType: 'LearningActivity',
        entityId: before.id,
        changes: [
          ...changedFields(before, after, ['submissionsClosedAt']),
          { field: 'peerAssignments', from: null, to: pairs.length },
        ],
      });
      return toActivity(after);
    });
  }

  /** Mentors (and owners) of the program review any final submission; peers those allocated to them. */
  async reviewCaseWork(
    actor: Actor,
    input: ReviewCaseWorkInput,
  ): Promise<
    | CaseReview
    | ProgramClosedError
    | SubmissionNotFinalError
    | OwnSubmissionReviewError
    | AlreadyReviewedError
    | RubricMismatchError
  > {
    const submission = await this.transaction.manager.findOneBy(CaseSubmissionEntity, { id: input.submissionId });
    if (!submission) throw Errors.notFound(SUBMISSION_NOUN);
    const { activity, access } = await this.access.readableActivity(actor, submission.activityId);
    if (submission.traineeId === actor.userId) return new OwnSubmissionReviewError(actor.locale);
    const staff = access.canManage || access.roles.includes(ProgramRole.MENTOR);
    const peer =
      !staff &&
      (await this.transaction.manager.existsBy(CasePeerAssignmentEntity, {
        submissionId: submission.id,
        reviewerId: actor.userId,
      }));
    if (!staff && !peer) throw Errors.forbidden();
    const rubric = activity.rubric ?? DEFAULT_RUBRIC;
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      if (await this.programAccess.isClosedForWrite(activity.programId)) {
        return new ProgramClosedError(actor.locale);
      }
      const locked = await manager.findOneOrFail(CaseSubmissionEntity, {
        where: { id: submission.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.status !== CaseSubmissionStatus.FINAL) return new SubmissionNotFinalError(actor.locale);
      const mismatch = rubricMismatch(rubric, input.scores);
      if (mismatch) return new RubricMismatchError(actor.locale, mismatch);
      if (
        await manager.existsBy(CaseReviewEntity, {
          submissionId: locked.id,
          reviewerId: actor.userId,
          submissionVersion: locked.version,
        })
      ) {
        return new AlreadyReviewedError(actor.locale);
      }
      const order = new Map(rubric.map((criterion, index) => [criterion.code, index]));
      const review = manager.create(CaseReviewEntity, {
        submissionId: locked.id,
        reviewerId: actor.userId,
        role: staff ? CaseReviewerRole.MENTOR : CaseReviewerRole.PEER,
        submissionVersion: locked.version,
        scores: [...input.scores]
          .sort((a, b) => order.get(a.criterion)! - order.get(b.criterion)!)
          .map((score) => ({ criterion: score.criterion, level: score.level })),
        comment: input.comment.trim(),
      });
      await manager.insert(CaseReviewEntity, review);
      const created = await manager.findOneByOrFail(CaseReviewEntity, { id: review.id });
      await this.audit.record(actor, {
        action: 'learning.caseReview.create',
        entityType: 'CaseReview',
        entityId: created.id,
        changes: changedFields(null, created, ['submissionId', 'role', 'submissionVersion', 'scores', 'comment']),
      });
      return this.toReview(created, { kind: 'STAFF' });
    });
  }

  /** Every submission of an activity with its reviews and history: owners and mentors of the program. */
  async caseSubmissions(actor: Actor, activityId: string): Promise<CaseSubmission[]> {
    const { activity, access } = await this.access.readableActivity(actor, activityId);
    if (!access.canManage && !access.roles.includes(ProgramRole.MENTOR)) throw Errors.forbidden();
    const manager = this.transaction.manager;
    const rows = await manager.find(CaseSubmissionEntity, {
      where: { activityId: activity.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.assemble(manager, rows, { kind: 'STAFF' });
  }

  /** The caller's own submission (peer reviewers anonymous) and the peers' submissions allocated to them. */
  async myCaseWork(actor: Actor, activityId: string): Promise<MyCaseWork> {
    const { activity } = await this.access.ownParticipation(actor, activityId);
    const manager = this.transaction.manager;
    const own = await manager.findOneBy(CaseSubmissionEntity, { activityId: activity.id, traineeId: actor.userId });
    const allocated = await manager
      .createQueryBuilder(CaseSubmissionEntity, 'submission')
      .innerJoin(CasePeerAssignmentEntity, 'assignment', 'assignment."submissionId" = submission.id')
      .where('submission.activityId = :activityId AND assignment.reviewerId = :userId', {
        activityId: activity.id,
        userId: actor.userId,
      })
      .orderBy('submission.createdAt', 'ASC')
      .getMany();
    return Object.assign(new MyCaseWork(), {
      activityId: activity.id,
      rubric: toRubric(activity.rubric, actor.locale),
      submission: own ? (await this.assemble(manager, [own], { kind: 'AUTHOR' }))[0] : null,
      peerReviewsToDo: await this.assemble(manager, allocated, { kind: 'PEER', userId: actor.userId }),
    });
  }

  /** Case work applies to CASE_STUDY and WORKSHOP activities of an open program, scheduled and still open. */
  private async refuseCaseWork(
    manager: EntityManager,
    actor: Actor,
    activity: LearningActivityEntity,
  ): Promise<ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError | SubmissionsClosedError | null> {
    if (!CASE_WORK_KINDS.includes(activity.kind)) {
      return new ActivityKindMismatchError(actor.locale, activity.kind, [...CASE_WORK_KINDS]);
    }
    if (await this.programAccess.isClosedForWrite(activity.programId)) {
      return new ProgramClosedError(actor.locale);
    }
    if (activity.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
    if (activity.submissionsClosedAt) return new SubmissionsClosedError(actor.locale, activity.submissionsClosedAt);
    return null;
  }

  /** Submissions with their history and the reviews the viewer may see, in three statements. */
  private async assemble(
    manager: EntityManager,
    rows: CaseSubmissionEntity[],
    viewer: Viewer,
  ): Promise<CaseSubmission[]> {
    if (!rows.length) return [];
    const ids = rows.map((row) => row.id);
    const revisions = await manager
      .createQueryBuilder(CaseSubmissionRevisionEntity, 'revision')
      .where('revision.submissionId IN (:...ids)', { ids })
      .orderBy('revision.version', 'ASC')
      .getMany();
    const reviewQuery = manager
      .createQueryBuilder(CaseReviewEntity, 'review')
      .where('review.submissionId IN (:...ids)', { ids });
    if (viewer.kind === 'PEER') reviewQuery.andWhere('review.reviewerId = :userId', { userId: viewer.userId });
    const reviews = await reviewQuery.orderBy('review.createdAt', 'ASC').addOrderBy('review.id', 'ASC').getMany();
    return rows.map((row) =>
      Object.assign(new CaseSubmission(), {
        id: row.id,
        activityId: row.activityId,
        traineeId: row.traineeId,
        status: row.status,
        version: row.version,
        issueHypotheses: row.issueHypotheses,
        proposedSolutions: row.proposedSolutions,
        talentRequirementDraft: row.talentRequirementDraft,
        submittedAt: row.submittedAt,
        updatedAt: row.updatedAt,
        revisions: revisions
          .filter((revision) => revision.submissionId === row.id)
          .map((revision) =>
            Object.assign(new CaseSubmissionRevision(), {
              version: revision.version,
              issueHypotheses: revision.issueHypotheses,
              proposedSolutions: revision.proposedSolutions,
              talentRequirementDraft: revision.talentRequirementDraft,
              submittedAt: revision.submittedAt,
            }),
          ),
        reviews: reviews
          .filter((review) => review.submissionId === row.id)
          .map((review) => this.toReview(review, viewer)),
      }),
    );
  }

  private toReview(review: CaseReviewEntity, viewer: Viewer): CaseReview {
    const anonymous = viewer.kind === 'AUTHOR' && review.role === CaseReviewerRole.PEER;
    return Object.assign(new CaseReview(), {
      id: review.id,
      submissionId: review.submissionId,
      role: review.role,
      reviewerId: anonymous ? null : review.reviewerId,
      submissionVersion: review.submissionVersion,
      scores: review.scores.map((score) => Object.assign(new RubricScoreValue(), score)),
      comment: review.comment,
      createdAt: review.createdAt,
    });
  }
}
