import { registerEnumType } from '@nestjs/graphql';

export enum SupportStep {
  STEP0 = 'STEP0',
  STEP1 = 'STEP1',
  STEP2 = 'STEP2',
  STEP3 = 'STEP3',
}
registerEnumType(SupportStep, {
  name: 'SupportStep',
  description: 'STEP0 顧客開拓, STEP1 経営課題と人材課題の見つめ直し, STEP2 人材戦略の検討, STEP3 人材戦略の実行',
});

export enum SupportCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DROPPED = 'DROPPED',
}
registerEnumType(SupportCaseStatus, {
  name: 'SupportCaseStatus',
  description: 'OPEN while supported; CLOSED or DROPPED once that milestone is recorded',
});

export enum CaseMilestoneKind {
  JOB_OPENING_CREATED = 'JOB_OPENING_CREATED',
  MATCHED = 'MATCHED',
  FOLLOW_UP_STARTED = 'FOLLOW_UP_STARTED',
  CLOSED = 'CLOSED',
  DROPPED = 'DROPPED',
}
registerEnumType(CaseMilestoneKind, {
  name: 'CaseMilestoneKind',
  description:
    'JOB_OPENING_CREATED = 求人化, MATCHED = マッチング, FOLLOW_UP_STARTED = フォロー開始, CLOSED = 完了, DROPPED = 中止',
});

export enum EngagementType {
  FULL_TIME = 'FULL_TIME',
  SECONDMENT = 'SECONDMENT',
  CONCURRENT = 'CONCURRENT',
  SIDE_JOB = 'SIDE_JOB',
  PRO_BONO = 'PRO_BONO',
}
registerEnumType(EngagementType, {
  name: 'EngagementType',
  description: 'FULL_TIME 正社員, SECONDMENT 出向, CONCURRENT 兼業, SIDE_JOB 副業, PRO_BONO プロボノ',
});

export enum VisitStatus {
  PLANNED = 'PLANNED',
  PRE_BRIEFED = 'PRE_BRIEFED',
  VISITED = 'VISITED',
  POST_BRIEFED = 'POST_BRIEFED',
  FEEDBACK_GIVEN = 'FEEDBACK_GIVEN',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description:
    'PLANNED → PRE_BRIEFED (事前準備) → VISITED (同行訪問) → POST_BRIEFED (事後整理) → FEEDBACK_GIVEN; CANCELLED before VISITED',
});

export enum TraineeRole {
  OBSERVER = 'OBSERVER',
  CO_LEAD = 'CO_LEAD',
  LEAD = 'LEAD',
}
registerEnumType(TraineeRole, {
  name: 'TraineeRole',
  description: 'Part the trainee plays in the meeting: OBSERVER 見学, CO_LEAD 一部実践, LEAD 主導',
});

export enum HypothesisKind {
  MANAGEMENT_ISSUE = 'MANAGEMENT_ISSUE',
  TALENT_ISSUE = 'TALENT_ISSUE',
  HIRING_PROFILE = 'HIRING_PROFILE',
}
registerEnumType(HypothesisKind, {
  name: 'HypothesisKind',
  description: 'MANAGEMENT_ISSUE 経営課題, TALENT_ISSUE 人材課題, HIRING_PROFILE 求人像',
});

export enum HypothesisVerdict {
  CONFIRMED = 'CONFIRMED',
  REVISED = 'REVISED',
  REJECTED = 'REJECTED',
}
registerEnumType(HypothesisVerdict, {
  name: 'HypothesisVerdict',
  description: 'Result of checking a hypothesis at the visit (仮説検証)',
});

export enum NextActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(NextActionStatus, { name: 'NextActionStatus' });

export enum CaseTimelineKind {
  VISIT = 'VISIT',
  STEP_MOVE = 'STEP_MOVE',
  MILESTONE = 'MILESTONE',
  HAND_OFF = 'HAND_OFF',
}
registerEnumType(CaseTimelineKind, { name: 'CaseTimelineKind' });

export enum MentorInboxReason {
  AWAITING_FEEDBACK = 'AWAITING_FEEDBACK',
  POST_BRIEF_OVERDUE = 'POST_BRIEF_OVERDUE',
}
registerEnumType(MentorInboxReason, {
  name: 'MentorInboxReason',
  description:
    'AWAITING_FEEDBACK = 事後整理済みでフィードバック待ち, POST_BRIEF_OVERDUE = 訪問後48時間を過ぎても事後整理なし',
});

/** Visit lifecycle: the only allowed moves. */
export const NEXT_VISIT_STATUS: Record<VisitStatus, VisitStatus[]> = {
  [VisitStatus.PLANNED]: [VisitStatus.PRE_BRIEFED, VisitStatus.CANCELLED],
  [VisitStatus.PRE_BRIEFED]: [VisitStatus.VISITED, VisitStatus.CANCELLED],
  [VisitStatus.VISITED]: [VisitStatus.POST_BRIEFED],
  [VisitStatus.POST_BRIEFED]: [VisitStatus.FEEDBACK_GIVEN],
  [VisitStatus.FEEDBACK_GIVEN]: [],
  [VisitStatus.CANCELLED]: [],
};
