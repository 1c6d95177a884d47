import { IllegalTransitionError, resultUnion } from '@banso/core';
import { Behaviour, CompetencyFramework, CompetencyStep } from './models/framework.model';
import {
  BehaviourCodeTakenError,
  FrameworkNotEditableError,
  FrameworkVersionTakenError,
  InvalidFrameworkDocumentError,
} from './frameworks.errors';

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
