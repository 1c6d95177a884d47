import { Locale, localize } from '@banso/core';
import { CaseStudyEntity } from './entities/case-study.entity';
import { CaseStudy, RubricCriterion, RubricLevel } from './models/case-study.model';
import { DEFAULT_RUBRIC, StoredRubricCriterion } from './services/rubric';
import { LearningActivityEntity } from './entities/learning-activity.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { LearningActivity, Participation } from './models/learning-activity.model';
import { AttendanceStatus, LearningActivityKind } from './learning.enums';

export function toActivity(entity: LearningActivityEntity): LearningActivity {
  return Object.assign(new LearningActivity(), {
    id: entity.id,
    programId: entity.programId,
    kind: entity.kind,
    title: entity.title,
    description: entity.description,
    aidaStage: entity.aidaStage,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    location: entity.location,
    onlineUrl: entity.onlineUrl,
    capacity: entity.capacity,
    required: entity.required,
    instructorName: entity.instructorName,
    status: entity.status,
    cancelReason: entity.cancelReason,
    cancelledAt: entity.cancelledAt,
    caseStudyId: entity.caseStudyId,
    peerReviewersPerSubmission: entity.peerReviewersPerSubmission,
    submissionsClosedAt: entity.submissionsClosedAt,
    storedRubric: entity.rubric,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

type DoneFields = Pick<ParticipationEntity, 'attendance' | 'completedAt' | 'acknowledgedAt'>;

/** Done = attended the session, completed the e-learning (100 %), acknowledged the handbook. */
export function isDone(kind: LearningActivityKind, row: DoneFields): boolean {
  if (kind === LearningActivityKind.ELEARNING) return row.completedAt !== null;
  if (kind === LearningActivityKind.HANDBOOK) return row.acknowledgedAt !== null;
  return row.attendance === AttendanceStatus.ATTENDED;
}

/** The same rule as isDone, as SQL over `activity` (learning_activity) and `p` (participation). */
export const DONE_SQL = `CASE activity.kind
  WHEN 'ELEARNING' THEN p."completedAt" IS NOT NULL
  WHEN 'HANDBOOK' THEN p."acknowledgedAt" IS NOT NULL
  ELSE p.attendance IS NOT DISTINCT FROM 'ATTENDED' END`;

export function toParticipation(
  entity: ParticipationEntity,
  kind: LearningActivityKind,
  waitlistPosition: number | null,
): Participation {
  return Object.assign(new Participation(), {
    id: entity.id,
    activityId: entity.activityId,
    userId: entity.userId,
    registrationStatus: entity.registrationStatus,
    waitlistPosition,
    registeredAt: entity.registeredAt,
    attendance: entity.attendance,
    checkedInAt: entity.checkedInAt,
    progressPercent: entity.progressPercent,
    completedAt: entity.completedAt,
    acknowledgedAt: entity.acknowledgedAt,
    done: isDone(kind, entity),
  });
}

export function toCaseStudy(entity: CaseStudyEntity): CaseStudy {
  return Object.assign(new CaseStudy(), {
    id: entity.id,
    programId: entity.programId,
    title: entity.title,
    industry: entity.industry,
    background: entity.background,
    managementIssues: entity.managementIssues,
    whatWasDone: entity.whatWasDone,
    outcome: entity.outcome,
    source: entity.source,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export function toRubric(stored: StoredRubricCriterion[] | null, locale: Locale): RubricCriterion[] {
  return (stored ?? DEFAULT_RUBRIC).map((criterion) =>
    Object.assign(new RubricCriterion(), {
      code: criterion.code,
      title: localize(criterion.title, locale),
      levels: criterion.levels.map((text, level) =>
        Object.assign(new RubricLevel(), { level, description: localize(text, locale) }),
      ),
    }),
  );
}
