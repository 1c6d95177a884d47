import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { CaseReviewerRole, CaseSubmissionStatus } from '../learning.enums';

@ObjectType({ description: 'A past support case written up for teaching (ケーススタディー事例)' })
export class CaseStudy {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field()
  title: string;
  @Field({ description: 'Industry of the company (業種)' })
  industry: string;
  @Field({ description: 'Company background (企業概要)' })
  background: string;
  @Field({ description: 'Management issues (経営課題)' })
  managementIssues: string;
  @Field({ description: 'What the supporters did (支援内容)' })
  whatWasDone: string;
  @Field({ description: 'Outcome (成果)' })
  outcome: string;
  @Field({ description: 'Where the case comes from (出典)' })
  source: string;
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
}

export const CaseStudyConnection = Connection(CaseStudy);

@ObjectType({ description: 'One level of a rubric criterion' })
export class RubricLevel {
  @Field(() => Int, { description: '0–4' })
  level: number;
  @Field({ description: 'What this level looks like, in your language' })
  description: string;
}

@ObjectType({ description: 'A criterion of the case-work rubric (評価基準)' })
export class RubricCriterion {
  @Field({ description: 'Stable code, e.g. ISSUE_HYPOTHESIS_QUALITY' })
  code: string;
  @Field({ description: 'Title in your language' })
  title: string;
  @Field(() => [RubricLevel])
  levels: RubricLevel[];
}

@ObjectType()
export class RubricScoreValue {
  @Field()
  criterion: string;
  @Field(() => Int)
  level: number;
}

@ObjectType({ description: "A mentor's or a peer's review of a case submission" })
export class CaseReview {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  submissionId: string;
  @Field(() => CaseReviewerRole)
  role: CaseReviewerRole;
  @Field(() => ID, {
    nullable: true,
    description: 'Who reviewed; null for peer reviews shown to the author (anonymous)',
  })
  reviewerId: string | null;
  @Field(() => Int, { description: 'The version of the submission reviewed' })
  submissionVersion: number;
  @Field(() => [RubricScoreValue])
  scores: RubricScoreValue[];
  @Field()
  comment: string;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A reviewed final version replaced by a resubmission' })
export class CaseSubmissionRevision {
  @Field(() => Int)
  version: number;
  @Field()
  issueHypotheses: string;
  @Field()
  proposedSolutions: string;
  @Field()
  talentRequirementDraft: string;
  @Field()
  submittedAt: Date;
}

@ObjectType({
  description: "A trainee's case work (課題提出): issue hypotheses, solutions, a draft talent requirement",
})
export class CaseSubmission {
  @Field(() => ID, { description: 'Cite it as CASE_SUBMISSION evidence once reviewed' })
  id: string;
  @Field(() => ID)
  activityId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => CaseSubmissionStatus)
  status: CaseSubmissionStatus;
  @Field(() => Int)
  version: number;
  @Field({ description: '経営課題の仮説' })
  issueHypotheses: string;
  @Field({ description: '解決策' })
  proposedSolutions: string;
  @Field({ description: '人材要件（案）' })
  talentRequirementDraft: string;
  @Field(() => Date, { nullable: true, description: 'When the current version was made final' })
  submittedAt: Date | null;
  @Field()
  updatedAt: Date;
  @Field(() => [CaseSubmissionRevision], { description: 'Earlier reviewed versions, oldest first' })
  revisions: CaseSubmissionRevision[];
  @Field(() => [CaseReview], { description: 'Reviews of every version, oldest first' })
  reviews: CaseReview[];
}

@ObjectType({ description: "The caller's case work in an activity" })
export class MyCaseWork {
  @Field(() => ID)
  activityId: string;
  @Field(() => [RubricCriterion])
  rubric: RubricCriterion[];
  @Field(() => CaseSubmission, { nullable: true })
  submission: CaseSubmission | null;
  @Field(() => [CaseSubmission], { description: 'Submissions of peers allocated to you for review' })
  peerReviewsToDo: CaseSubmission[];
}
