import { ClientCompanyEntity } from './entities/client-company.entity';
import { StoredManagementIssue, StoredTalentRequirement, SupportCaseEntity } from './entities/support-case.entity';
import {
  SupportCaseHandOffEntity,
  SupportCaseMilestoneEntity,
  SupportCaseRevisionEntity,
  SupportCaseStepMoveEntity,
} from './entities/case-history.entity';
import { OjtVisitEntity } from './entities/ojt-visit.entity';
import { HypothesisEntity, PostBriefEntity, PreBriefEntity } from './entities/brief.entity';
import { NextActionEntity } from './entities/next-action.entity';
import { VisitFeedbackEntity } from './entities/visit-feedback.entity';
import { ClientCompany } from './models/client-company.model';
import {
  CaseHandOff,
  CaseMilestone,
  CaseStepMove,
  ManagementIssue,
  ManagementIssuesRevision,
  SupportCase,
  TalentRequirement,
  TalentRequirementRevision,
} from './models/support-case.model';
import { Hypothesis, NextAction, OjtVisit, PostBrief, PreBrief, VisitFeedback } from './models/visit.model';
import { CaseTimelineEntry } from './models/reading.model';
import { CaseTimelineKind, EngagementType } from './ojt.enums';

export function toClientCompany(entity: ClientCompanyEntity): ClientCompany {
  return Object.assign(new ClientCompany(), {
    id: entity.id,
    organizationId: entity.organizationId,
    name: entity.name,
    industry: entity.industry,
    employeeCount: entity.employeeCount,
    prefecture: entity.prefecture,
    notes: entity.notes,
    createdAt: entity.createdAt,
  });
}

export function toManagementIssues(issues: StoredManagementIssue[]): ManagementIssue[] {
  return issues.map((issue) =>
    Object.assign(new ManagementIssue(), { title: issue.title, detail: issue.detail, priority: issue.priority }),
  );
}

export function toTalentRequirement(stored: StoredTalentRequirement | null): TalentRequirement | null {
  if (!stored) return null;
  return Object.assign(new TalentRequirement(), {
    ...stored,
    engagementType: stored.engagementType as EngagementType,
  });
}

export function toManagementIssuesRevision(entity: SupportCaseRevisionEntity): ManagementIssuesRevision {
  return Object.assign(new ManagementIssuesRevision(), {
    revision: entity.revision,
    issues: toManagementIssues(entity.content as StoredManagementIssue[]),
    authorId: entity.authorId,
    createdAt: entity.createdAt,
  });
}

export function toTalentRequirementRevision(entity: SupportCaseRevisionEntity): TalentRequirementRevision {
  return Object.assign(new TalentRequirementRevision(), {
    revision: entity.revision,
    requirement: toTalentRequirement(entity.content as StoredTalentRequirement),
    authorId: entity.authorId,
    createdAt: entity.createdAt,
  });
}

export function toSupportCase(entity: SupportCaseEntity): SupportCase {
  return Object.assign(new SupportCase(), {
    id: entity.id,
    programId: entity.programId,
    clientCompanyId: entity.clientCompanyId,
    leadTraineeId: entity.leadTraineeId,
    currentStep: entity.currentStep,
    status: entity.status,
    managementIssues: toManagementIssues(entity.managementIssues),
    talentRequirement: toTalentRequirement(entity.talentRequirement),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export function toStepMove(entity: SupportCaseStepMoveEntity): CaseStepMove {
  return Object.assign(new CaseStepMove(), {
    id: entity.id,
    supportCaseId: entity.supportCaseId,
    fromStep: entity.fromStep,
    toStep: entity.toStep,
    reason: entity.reason,
    movedById: entity.movedById,
    movedAt: entity.movedAt,
  });
}

export function toMilestone(entity: SupportCaseMilestoneEntity): CaseMilestone {
  return Object.assign(new CaseMilestone(), {
    id: entity.id,
    supportCaseId: entity.supportCaseId,
    milestone: entity.milestone,
    occurredAt: entity.occurredAt,
    note: entity.note,
    recordedById: entity.recordedById,
  });
}

export function toHandOff(entity: SupportCaseHandOffEntity): CaseHandOff {
  return Object.assign(new CaseHandOff(), {
    id: entity.id,
    supportCaseId: entity.supportCaseId,
    fromOrganizationId: entity.fromOrganizationId,
    toOrganizationId: entity.toOrganizationId,
    step: entity.step,
    summary: entity.summary,
    managementIssues: toManagementIssues(entity.collectedInformation.managementIssues),
    talentRequirement: toTalentRequirement(entity.collectedInformation.talentRequirement),
    handedOffById: entity.handedOffById,
    handedOffAt: entity.handedOffAt,
  });
}

export function toVisit(entity: OjtVisitEntity): OjtVisit {
  return Object.assign(new OjtVisit(), {
    id: entity.id,
    number: entity.number,
    supportCaseId: entity.supportCaseId,
    programId: entity.programId,
    traineeId: entity.traineeId,
    status: entity.status,
    scheduledAt: entity.scheduledAt,
    traineeRole: entity.traineeRole,
    heldAt: entity.heldAt,
    durationMinutes: entity.durationMinutes,
    stepsPractised: entity.stepsPractised,
    summary: entity.summary,
    cancelReason: entity.cancelReason,
    postBriefedAt: entity.postBriefedAt,
    feedbackGivenAt: entity.feedbackGivenAt,
    createdAt: entity.createdAt,
  });
}

export function toHypothesis(entity: HypothesisEntity): Hypothesis {
  return Object.assign(new Hypothesis(), {
    id: entity.id,
    visitId: entity.visitId,
    position: entity.position,
    kind: entity.kind,
    statement: entity.statement,
    verdict: entity.verdict,
    verdictNote: entity.verdictNote,
  });
}

export function toPreBrief(entity: PreBriefEntity): PreBrief {
  return Object.assign(new PreBrief(), {
    id: entity.id,
    visitId: entity.visitId,
    version: entity.version,
    companyInfoReviewed: entity.companyInfoReviewed,
    priorConsultation: entity.priorConsultation,
    hearingItems: entity.hearingItems,
    meetingPlan: entity.meetingPlan,
    updatedAt: entity.updatedAt,
  });
}

export function toPostBrief(entity: PostBriefEntity): PostBrief {
  return Object.assign(new PostBrief(), {
    id: entity.id,
    visitId: entity.visitId,
    version: entity.version,
    findings: entity.findings,
    goodPoints: entity.goodPoints,
    improvementAreas: entity.improvementAreas,
    improvementPlan: entity.improvementPlan,
    nextHearingItems: entity.nextHearingItems,
    updatedAt: entity.updatedAt,
  });
}

export function toNextAction(entity: NextActionEntity): NextAction {
  return Object.assign(new NextAction(), {
    id: entity.id,
    supportCaseId: entity.supportCaseId,
    visitId: entity.visitId,
    description: entity.description,
    ownerId: entity.ownerId,
    dueOn: entity.dueOn,
    status: entity.status,
    closingNote: entity.closingNote,
    closedAt: entity.closedAt,
    createdAt: entity.createdAt,
  });
}

export function toFeedback(entity: VisitFeedbackEntity): VisitFeedback {
  return Object.assign(new VisitFeedback(), {
    id: entity.id,
    visitId: entity.visitId,
    mentorId: entity.mentorId,
    comment: entity.comment,
    assessmentIds: entity.assessmentIds,
    createdAt: entity.createdAt,
  });
}

/** Visits, STEP moves, milestones and hand-offs of a case in time order (visits: held, else scheduled). */
export function toCaseTimeline(
  visits: OjtVisit[],
  stepMoves: CaseStepMove[],
  milestones: CaseMilestone[],
  handOffs: CaseHandOff[],
): CaseTimelineEntry[] {
  const entry = (kind: CaseTimelineKind, occurredAt: Date, detail: Partial<CaseTimelineEntry>) =>
    Object.assign(new CaseTimelineEntry(), {
      kind,
      occurredAt,
      visit: null,
      stepMove: null,
      milestone: null,
      handOff: null,
      ...detail,
    });
  return [
    ...visits.map((visit) => entry(CaseTimelineKind.VISIT, visit.heldAt ?? visit.scheduledAt, { visit })),
    ...stepMoves.map((stepMove) => entry(CaseTimelineKind.STEP_MOVE, stepMove.movedAt, { stepMove })),
    ...milestones.map((milestone) => entry(CaseTimelineKind.MILESTONE, milestone.occurredAt, { milestone })),
    ...handOffs.map((handOff) => entry(CaseTimelineKind.HAND_OFF, handOff.handedOffAt, { handOff })),
  ].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
