import { IllegalTransitionError, resultUnion } from '@banso/core';
import { OrganizationNotFoundError } from '@banso/identity';
import { NotAProgramMemberError } from '@banso/programs';
import { CaseHandOff, CaseMilestone, CaseStepMove, SupportCase } from './models/support-case.model';
import { NextAction, OjtVisit, PostBrief, PreBrief, VisitFeedback } from './models/visit.model';
import {
  AlreadyAtStepError,
  BriefLockedError,
  HandOffToSameOrganizationError,
  LeadTraineeOrganizationMismatchError,
  MentorNotEligibleError,
  MilestoneAlreadyRecordedError,
  MilestonePrerequisiteError,
  MissingVerdictsError,
  NextActionClosedError,
  NextActionOwnerNotEligibleError,
  NotAccompanyingMentorError,
  RatingRejectedError,
  StalePostBriefError,
  StalePreBriefError,
  SupportCaseNotOpenError,
  TalentRequirementMissingError,
  UnknownHypothesisError,
} from './ojt.errors';

export const OpenSupportCaseResult = resultUnion('OpenSupportCaseResult', [
  SupportCase,
  NotAProgramMemberError,
  LeadTraineeOrganizationMismatchError,
]);
export const SetManagementIssuesResult = resultUnion('SetManagementIssuesResult', [
  SupportCase,
  SupportCaseNotOpenError,
]);
export const SetTalentRequirementResult = resultUnion('SetTalentRequirementResult', [
  SupportCase,
  SupportCaseNotOpenError,
]);
export const MoveSupportCaseToStepResult = resultUnion('MoveSupportCaseToStepResult', [
  CaseStepMove,
  SupportCaseNotOpenError,
  AlreadyAtStepError,
]);
export const RecordCaseMilestoneResult = resultUnion('RecordCaseMilestoneResult', [
  CaseMilestone,
  SupportCaseNotOpenError,
  MilestoneAlreadyRecordedError,
  MilestonePrerequisiteError,
  TalentRequirementMissingError,
]);
export const HandOffSupportCaseResult = resultUnion('HandOffSupportCaseResult', [
  CaseHandOff,
  SupportCaseNotOpenError,
  OrganizationNotFoundError,
  HandOffToSameOrganizationError,
]);
export const PlanVisitResult = resultUnion('PlanVisitResult', [
  OjtVisit,
  MentorNotEligibleError,
  SupportCaseNotOpenError,
]);
export const RecordPreBriefResult = resultUnion('RecordPreBriefResult', [
  PreBrief,
  IllegalTransitionError,
  StalePreBriefError,
  BriefLockedError,
  UnknownHypothesisError,
]);
export const RecordVisitResult = resultUnion('RecordVisitResult', [OjtVisit, IllegalTransitionError]);
export const RecordPostBriefResult = resultUnion('RecordPostBriefResult', [
  PostBrief,
  IllegalTransitionError,
  StalePostBriefError,
  BriefLockedError,
  UnknownHypothesisError,
  MissingVerdictsError,
  NextActionOwnerNotEligibleError,
]);
export const CancelVisitResult = resultUnion('CancelVisitResult', [OjtVisit, IllegalTransitionError]);
export const CompleteNextActionResult = resultUnion('CompleteNextActionResult', [NextAction, NextActionClosedError]);
export const DropNextActionResult = resultUnion('DropNextActionResult', [NextAction, NextActionClosedError]);
export const GiveVisitFeedbackResult = resultUnion('GiveVisitFeedbackResult', [
  VisitFeedback,
  IllegalTransitionError,
  NotAccompanyingMentorError,
  RatingRejectedError,
]);
