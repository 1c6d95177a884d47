import { IllegalTransitionError, resultUnion } from '@banso/core';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import { Assessment, Behaviour, CompetencyFramework, CompetencyStep } from './competency.model';
import {
  BehaviourCodeTakenError,
  BehaviourNotInFrameworkError,
  EvidenceNotFoundError,
  FrameworkNotEditableError,
  FrameworkVersionTakenError,
  InvalidFrameworkDocumentError,
} from './competency.errors';

export const PublishFrameworkResult = resultUnion('PublishFrameworkResult', [
  CompetencyFramework,
  IllegalTransitionError,
]);
export const RetireFrameworkResult = resultUnion('RetireFrameworkResult', [
  CompetencyFramework,
  IllegalTransitionError,
]);
export const ImportFrameworkResult = resultUnion('ImportFrameworkResult', [
  CompetencyFramework,
  InvalidFrameworkDocumentError,
  FrameworkVersionTakenError,
]);
export const UpdateFrameworkResult = resultUnion('UpdateFrameworkResult', [
  CompetencyFramework,
  FrameworkNotEditableError,
]);
export const UpdateCompetencyStepResult = resultUnion('UpdateCompetencyStepResult', [
  CompetencyStep,
  FrameworkNotEditableError,
]);
export const AddBehaviourResult = resultUnion('AddBehaviourResult', [
  Behaviour,
  FrameworkNotEditableError,
  BehaviourCodeTakenError,
]);
export const UpdateBehaviourResult = resultUnion('UpdateBehaviourResult', [Behaviour, FrameworkNotEditableError]);
export const RemoveBehaviourResult = resultUnion('RemoveBehaviourResult', [
  CompetencyFramework,
  FrameworkNotEditableError,
]);
export const RecordSelfAssessmentResult = resultUnion('RecordSelfAssessmentResult', [
  Assessment,
  BehaviourNotInFrameworkError,
  ProgramClosedError,
]);
export const RecordMentorAssessmentResult = resultUnion('RecordMentorAssessmentResult', [
  Assessment,
  BehaviourNotInFrameworkError,
  EvidenceNotFoundError,
  NotAProgramMemberError,
  ProgramClosedError,
]);
