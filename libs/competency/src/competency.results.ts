import { resultUnion } from '@banso/core';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import { Assessment } from './models/competency.model';
import { BehaviourNotInFrameworkError, EvidenceNotFoundError } from './competency.errors';

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
