import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { CaseMilestoneKind, NextActionStatus, SupportCaseStatus, SupportStep } from './ojt.enums';
import { PostBrief, PreBrief } from './models/visit.model';

export const CLIENT_COMPANY_NOUN = { ja: '支援先企業', en: 'client company' };
export const SUPPORT_CASE_NOUN = { ja: '案件', en: 'support case' };
export const VISIT_NOUN = { ja: '同行訪問', en: 'visit' };
export const NEXT_ACTION_NOUN = { ja: 'ネクストアクション', en: 'next action' };

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The lead trainee must belong to the organisation that owns the client company',
})
export class LeadTraineeOrganizationMismatchError extends ErrorResult {
  constructor(locale: Locale) {
    super('LEAD_TRAINEE_ORGANIZATION_MISMATCH', locale, {
      ja: '主担当の担い手候補者は支援先企業を担当する組織の所属である必要があります',
      en: 'The lead trainee must belong to the organisation that owns the client company',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The case is closed or dropped and can no longer change' })
export class SupportCaseNotOpenError extends ErrorResult {
  @Field(() => SupportCaseStatus)
  status: SupportCaseStatus;

  constructor(locale: Locale, status: SupportCaseStatus) {
    super('SUPPORT_CASE_NOT_OPEN', locale, {
      ja: `この案件は ${status} のため変更できません`,
      en: `This support case is ${status} and can no longer change`,
    });
    this.status = status;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The case is already at this STEP' })
export class AlreadyAtStepError extends ErrorResult {
  @Field(() => SupportStep)
  step: SupportStep;

  constructor(locale: Locale, step: SupportStep) {
    super('ALREADY_AT_STEP', locale, {
      ja: `この案件は既に ${step} です`,
      en: `The support case is already at ${step}`,
    });
    this.step = step;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Each milestone is recorded once per case' })
export class MilestoneAlreadyRecordedError extends ErrorResult {
  @Field(() => CaseMilestoneKind)
  milestone: CaseMilestoneKind;

  constructor(locale: Locale, milestone: CaseMilestoneKind) {
    super('MILESTONE_ALREADY_RECORDED', locale, {
      ja: `マイルストーン ${milestone} は既に記録されています`,
      en: `The milestone ${milestone} has already been recorded`,
    });
    this.milestone = milestone;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another milestone must be recorded first' })
export class MilestonePrerequisiteError extends ErrorResult {
  @Field(() => CaseMilestoneKind)
  milestone: CaseMilestoneKind;
  @Field(() => CaseMilestoneKind)
  requires: CaseMilestoneKind;

  constructor(locale: Locale, milestone: CaseMilestoneKind, requires: CaseMilestoneKind) {
    super('MILESTONE_PREREQUISITE', locale, {
      ja: `${milestone} の前に ${requires} を記録してください`,
      en: `Record ${requires} before ${milestone}`,
    });
    this.milestone = milestone;
    this.requires = requires;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'A job opening needs a talent requirement (人材要件) first',
})
export class TalentRequirementMissingError extends ErrorResult {
  constructor(locale: Locale) {
    super('TALENT_REQUIREMENT_MISSING', locale, {
      ja: '求人化の前に人材要件を登録してください',
      en: 'Set the talent requirement before recording a job opening',
    });
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'A case cannot be handed off to the organisation it is at',
})
export class HandOffToSameOrganizationError extends ErrorResult {
  constructor(locale: Locale) {
    super('HAND_OFF_TO_SAME_ORGANIZATION', locale, {
      ja: '同じ組織にはトスアップできません',
      en: 'A case cannot be handed off to the same organisation',
    });
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'An accompanying mentor must be paired with the trainee in the program, or be a program owner',
})
export class MentorNotEligibleError extends ErrorResult {
  @Field(() => ID)
  mentorId: string;

  constructor(locale: Locale, mentorId: string) {
    super('MENTOR_NOT_ELIGIBLE', locale, {
      ja: `メンター（${mentorId}）はこの担い手候補者とペアではなく、プログラムのオーナーでもありません`,
      en: `The mentor (${mentorId}) is neither paired with this trainee nor an owner of the program`,
    });
    this.mentorId = mentorId;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Someone else saved the pre-brief first; here is the current content to merge with',
})
export class StalePreBriefError extends ErrorResult {
  @Field(() => PreBrief)
  current: PreBrief;

  constructor(locale: Locale, current: PreBrief) {
    super('STALE_VERSION', locale, {
      ja: `事前準備は他の人が更新しました（現在の版: ${current.version}）。最新の内容を確認してから保存してください`,
      en: `The pre-brief was changed by someone else (current version ${current.version}). Review it and save again`,
    });
    this.current = current;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Someone else saved the post-brief first; here is the current content to merge with',
})
export class StalePostBriefError extends ErrorResult {
  @Field(() => PostBrief)
  current: PostBrief;

  constructor(locale: Locale, current: PostBrief) {
    super('STALE_VERSION', locale, {
      ja: `事後整理は他の人が更新しました（現在の版: ${current.version}）。最新の内容を確認してから保存してください`,
      en: `The post-brief was changed by someone else (current version ${current.version}). Review it and save again`,
    });
    this.current = current;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Briefs can no longer change once feedback is given' })
export class BriefLockedError extends ErrorResult {
  constructor(locale: Locale) {
    super('BRIEF_LOCKED', locale, {
      ja: 'フィードバック済みの訪問の事前準備・事後整理は変更できません',
      en: 'The briefs of a visit cannot change once feedback has been given',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The hypothesis is not one of this visit' })
export class UnknownHypothesisError extends ErrorResult {
  @Field(() => ID)
  hypothesisId: string;

  constructor(locale: Locale, hypothesisId: string) {
    super('UNKNOWN_HYPOTHESIS', locale, {
      ja: `仮説（${hypothesisId}）はこの訪問のものではありません`,
      en: `The hypothesis (${hypothesisId}) is not one of this visit`,
    });
    this.hypothesisId = hypothesisId;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Every hypothesis of the visit needs a verdict in the post-brief',
})
export class MissingVerdictsError extends ErrorResult {
  @Field(() => [ID])
  missingHypothesisIds: string[];

  constructor(locale: Locale, missingHypothesisIds: string[]) {
    super('MISSING_VERDICTS', locale, {
      ja: `すべての仮説に検証結果が必要です（未入力: ${missingHypothesisIds.length}件）`,
      en: `Every hypothesis needs a verdict (${missingHypothesisIds.length} missing)`,
    });
    this.missingHypothesisIds = missingHypothesisIds;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'A next action must be owned by the trainee, an accompanying mentor or a program member',
})
export class NextActionOwnerNotEligibleError extends ErrorResult {
  @Field(() => ID)
  ownerId: string;

  constructor(locale: Locale, ownerId: string) {
    super('NEXT_ACTION_OWNER_NOT_ELIGIBLE', locale, {
      ja: `ネクストアクションの担当者（${ownerId}）はこのプログラムの参加者ではありません`,
      en: `The next action owner (${ownerId}) does not take part in this program`,
    });
    this.ownerId = ownerId;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Only a mentor accompanying the visit can do this' })
export class NotAccompanyingMentorError extends ErrorResult {
  constructor(locale: Locale) {
    super('NOT_ACCOMPANYING_MENTOR', locale, {
      ja: 'この訪問に同行したメンターのみがフィードバックできます',
      en: 'Only a mentor accompanying this visit can give feedback',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The next action is already done or dropped' })
export class NextActionClosedError extends ErrorResult {
  @Field(() => NextActionStatus)
  status: NextActionStatus;

  constructor(locale: Locale, status: NextActionStatus) {
    super('NEXT_ACTION_CLOSED', locale, {
      ja: `このネクストアクションは既に ${status} です`,
      en: `This next action is already ${status}`,
    });
    this.status = status;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The competency framework refused a rating (unknown behaviour, bad level or evidence)',
})
export class RatingRejectedError extends ErrorResult {
  @Field({ description: 'The competency error code, e.g. BEHAVIOUR_NOT_IN_FRAMEWORK' })
  reasonCode: string;

  constructor(locale: Locale, reasonCode: string, message: string) {
    super('RATING_REJECTED', locale, { ja: message, en: message });
    this.reasonCode = reasonCode;
  }
}
