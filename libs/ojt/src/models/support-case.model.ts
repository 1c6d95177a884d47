import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { CaseMilestoneKind, EngagementType, SupportCaseStatus, SupportStep } from '../ojt.enums';

@ObjectType({ description: 'A management issue of the company (経営課題), from the STEP1 inventory' })
export class ManagementIssue {
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  detail: string | null;
  @Field(() => Int, { description: '1 = highest priority' })
  priority: number;
}

@ObjectType({ description: 'Talent requirement (人材要件) as on the company sheet (企業情報シート)' })
export class TalentRequirement {
  @Field({ description: 'Candidate profile (求人像)' })
  candidateProfile: string;
  @Field({ description: 'What the company expects of the person (人材に求める期待)' })
  expectations: string;
  @Field({ description: 'Role and duties (役割・業務内容)' })
  roleAndDuties: string;
  @Field(() => [String], { description: 'Must-have conditions (必須条件)' })
  mustHave: string[];
  @Field(() => [String], { description: 'Nice-to-have conditions (希望条件)' })
  niceToHave: string[];
  @Field(() => EngagementType)
  engagementType: EngagementType;
}

@ObjectType({ description: 'One earlier version of the management issues' })
export class ManagementIssuesRevision {
  @Field(() => Int)
  revision: number;
  @Field(() => [ManagementIssue])
  issues: ManagementIssue[];
  @Field(() => ID)
  authorId: string;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'One earlier version of the talent requirement' })
export class TalentRequirementRevision {
  @Field(() => Int)
  revision: number;
  @Field(() => TalentRequirement)
  requirement: TalentRequirement;
  @Field(() => ID)
  authorId: string;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A support case (案件): one engagement with a client company through STEP0–3' })
export class SupportCase {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  clientCompanyId: string;
  @Field(() => ID)
  leadTraineeId: string;
  @Field(() => SupportStep, { description: 'The STEP the case is at now' })
  currentStep: SupportStep;
  @Field(() => SupportCaseStatus)
  status: SupportCaseStatus;
  @Field(() => [ManagementIssue], { description: 'Management issues in priority order' })
  managementIssues: ManagementIssue[];
  @Field(() => TalentRequirement, { nullable: true })
  talentRequirement: TalentRequirement | null;
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
}

export const SupportCaseConnection = Connection(SupportCase);

@ObjectType({ description: 'A move of the case between STEPs (forward or back)' })
export class CaseStepMove {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  supportCaseId: string;
  @Field(() => SupportStep)
  fromStep: SupportStep;
  @Field(() => SupportStep)
  toStep: SupportStep;
  @Field()
  reason: string;
  @Field(() => ID)
  movedById: string;
  @Field()
  movedAt: Date;
}

@ObjectType({ description: 'A milestone reached by the case; feeds the national KPIs' })
export class CaseMilestone {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  supportCaseId: string;
  @Field(() => CaseMilestoneKind)
  milestone: CaseMilestoneKind;
  @Field()
  occurredAt: Date;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => ID)
  recordedById: string;
}

@ObjectType({ description: 'A hand-off (トスアップ) of the case to another organisation' })
export class CaseHandOff {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  supportCaseId: string;
  @Field(() => ID)
  fromOrganizationId: string;
  @Field(() => ID)
  toOrganizationId: string;
  @Field(() => SupportStep, { description: 'The STEP the receiving organisation takes the case on at' })
  step: SupportStep;
  @Field()
  summary: string;
  @Field(() => [ManagementIssue], { description: 'Management issues as handed over' })
  managementIssues: ManagementIssue[];
  @Field(() => TalentRequirement, { nullable: true, description: 'Talent requirement as handed over' })
  talentRequirement: TalentRequirement | null;
  @Field(() => ID)
  handedOffById: string;
  @Field()
  handedOffAt: Date;
}
