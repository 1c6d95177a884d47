import { Injectable } from '@nestjs/common';
import {
  Actor,
  certificationEvaluation,
  IllegalTransitionError,
  InTransaction,
  isErrorResult,
  OutboxService,
  TransactionContext,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { AssessmentService, EvidenceType } from '@banso/competency';
import { OjtVisitEntity, OjtVisitSecondMentorEntity } from '../entities/ojt-visit.entity';
import { VisitFeedbackEntity } from '../entities/visit-feedback.entity';
import { VisitFeedback } from '../models/visit.model';
import { GiveVisitFeedbackInput } from '../dto/visit.input';
import { NotAccompanyingMentorError, RatingRejectedError } from '../ojt.errors';
import { VisitStatus } from '../ojt.enums';
import { toFeedback } from '../ojt.mapper';
import { ReminderScheduler } from './reminder-scheduler';
import { OjtAccessService } from './ojt-access.service';
import { VISIT_LIFECYCLE } from './visit-transitions';

/**
 * Mentor feedback (フィードバック) on a post-briefed visit. Each rating becomes a MENTOR assessment with the visit as
 * evidence, written by the competency lib inside this transaction: if it refuses a rating nothing is written.
 */
@Injectable()
export class VisitFeedbackService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly assessments: AssessmentService,
    private readonly reminders: ReminderScheduler,
    private readonly outbox: OutboxService,
  ) {}

  @InTransaction()
  async giveVisitFeedback(
    actor: Actor,
    input: GiveVisitFeedbackInput,
  ): Promise<VisitFeedback | IllegalTransitionError | NotAccompanyingMentorError | RatingRejectedError> {
    const manager = this.transaction.manager;
    const { visit, access } = await this.access.lockVisit(actor, input.visitId, 'read');
    if (!access.accompanying) return new NotAccompanyingMentorError(actor.locale);
    const illegal = VISIT_LIFECYCLE.check(actor.locale, visit.status, VisitStatus.FEEDBACK_GIVEN);
    if (illegal) return illegal;
    // The locked visit is the evidence: it is this trainee's, in this program, and post-briefed (checked above).
    const assessmentIds = await this.assessments.recordMentorRatings(actor, {
      programId: visit.programId,
      traineeId: visit.traineeId,
      ratings: input.ratings.map((r) => ({ behaviourId: r.behaviourId, level: r.level, comment: r.comment ?? null })),
      evidence: { type: EvidenceType.VISIT, id: visit.id },
    });
    if (isErrorResult(assessmentIds)) {
      return new RatingRejectedError(actor.locale, assessmentIds.code, assessmentIds.message);
    }
    const feedback = manager.create(VisitFeedbackEntity, {
      visitId: visit.id,
      mentorId: actor.userId,
      comment: input.comment.trim(),
      assessmentIds,
    });
    await manager.insert(VisitFeedbackEntity, feedback);
    const feedbackGivenAt = new Date();
    await manager.update(OjtVisitEntity, { id: visit.id }, { status: VisitStatus.FEEDBACK_GIVEN, feedbackGivenAt });
    const created = await manager.findOneByOrFail(VisitFeedbackEntity, { id: feedback.id });
    await this.audit.record(actor, {
      action: 'ojt.visit.giveFeedback',
      entityType: 'OjtVisit',
      entityId: visit.id,
      changes: [
        { field: 'status', from: visit.status, to: VisitStatus.FEEDBACK_GIVEN },
        ...changedFields(null, created, ['comment', 'assessmentIds']),
      ],
    });
    await this.reminders.cancelFeedbackPending(visit.id);
    // Certification evidence: a visit with feedback for the trainee (the ratings, if any, already asked for their
    // evaluation through the competency lib), a visit accompanied for its second mentors.
    const secondMentors = await manager.findBy(OjtVisitSecondMentorEntity, { visitId: visit.id });
    const evaluate = [...(assessmentIds.length ? [] : [visit.traineeId]), ...secondMentors.map((row) => row.userId)];
    for (const userId of evaluate) {
      await this.outbox.enqueue(...certificationEvaluation(visit.programId, userId));
    }
    return toFeedback(created);
  }
}
