import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import {
  HypothesisKind,
  HypothesisVerdict,
  NextActionStatus,
  SupportStep,
  TraineeRole,
  VisitStatus,
} from '../ojt.enums';

@ObjectType({ description: 'An accompanied OJT visit (同行訪問) to a client company' })
export class OjtVisit {
  @Field(() => ID)
  id: string;
  /** Accompanying mentors' ids when the read that produced this visit had them (not a GraphQL field). */
  mentorIds?: string[];
  @Field(() => Int, { description: 'Visit number within its case (第1回, 第2回 …)' })
  number: number;
  @Field(() => ID)
  supportCaseId: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => VisitStatus)
  status: VisitStatus;
  @Field()
  scheduledAt: Date;
  @Field(() => TraineeRole)
  traineeRole: TraineeRole;
  @Field(() => Date, { nullable: true, description: 'When the visit actually took place' })
  heldAt: Date | null;
  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;
  @Field(() => [SupportStep], { description: 'STEPs the trainee practised at the visit' })
  stepsPractised: SupportStep[];
  @Field(() => String, { nullable: true })
  summary: string | null;
  @Field(() => String, { nullable: true })
  cancelReason: string | null;
  @Field(() => Date, { nullable: true })
  postBriefedAt: Date | null;
  @Field(() => Date, { nullable: true })
  feedbackGivenAt: Date | null;
  @Field()
  createdAt: Date;
}

export const OjtVisitConnection = Connection(OjtVisit);

@ObjectType({ description: 'A hypothesis (仮説) stated before a visit and its verdict after it' })
export class Hypothesis {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  visitId: string;
  @Field(() => Int, { description: 'Order within the pre-brief, from 1' })
  position: number;
  @Field(() => HypothesisKind)
  kind: HypothesisKind;
  @Field()
  statement: string;
  @Field(() => HypothesisVerdict, { nullable: true, description: 'Null until verified in the post-brief' })
  verdict: HypothesisVerdict | null;
  @Field(() => String, { nullable: true })
  verdictNote: string | null;
}

@ObjectType({ description: 'Pre-brief (事前準備): preparation before the visit' })
export class PreBrief {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  visitId: string;
  @Field(() => Int, { description: 'Send this back when editing; a stale version is refused' })
  version: number;
  @Field({ description: 'Company information reviewed (企業情報の確認)' })
  companyInfoReviewed: string;
  @Field({ description: 'Prior consultation (事前相談内容)' })
  priorConsultation: string;
  @Field(() => [String], { description: 'Hearing items (ヒアリング項目)' })
  hearingItems: string[];
  @Field({ description: 'How the meeting will run (面談当日の運営方法)' })
  meetingPlan: string;
  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'Post-brief (事後整理): what was learned, reflection and next steps' })
export class PostBrief {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  visitId: string;
  @Field(() => Int, { description: 'Send this back when editing; a stale version is refused' })
  version: number;
  @Field({ description: 'Information organised after the visit (情報整理)' })
  findings: string;
  @Field({ description: 'Good points (良かった点)' })
  goodPoints: string;
  @Field({ description: 'Room to improve (改善余地)' })
  improvementAreas: string;
  @Field({ description: 'Improvement plan (改善策)' })
  improvementPlan: string;
  @Field(() => [String], { description: "Next visit's hearing items (次回ヒアリング項目)" })
  nextHearingItems: string[];
  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A next action (ネクストアクション) from a post-brief' })
export class NextAction {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  supportCaseId: string;
  @Field(() => ID, { description: 'The visit whose post-brief created it' })
  visitId: string;
  @Field()
  description: string;
  @Field(() => ID)
  ownerId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;
  @Field(() => NextActionStatus)
  status: NextActionStatus;
  @Field(() => String, { nullable: true })
  closingNote: string | null;
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: "The accompanying mentor's feedback (フィードバック) on a visit" })
export class VisitFeedback {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  visitId: string;
  @Field(() => ID)
  mentorId: string;
  @Field()
  comment: string;
  @Field(() => [ID], { description: 'The MENTOR assessments recorded from the ratings' })
  assessmentIds: string[];
  @Field()
  createdAt: Date;
}

@ObjectType({ description: "What the visit's pre-brief starts from: earlier visits' open next actions and hypotheses" })
export class CarriedOver {
  @Field(() => [NextAction], { description: 'Open next actions of the case from earlier visits' })
  nextActions: NextAction[];
  @Field(() => [Hypothesis], { description: 'Hypotheses of earlier visits that were REVISED or never verified' })
  hypotheses: Hypothesis[];
}
