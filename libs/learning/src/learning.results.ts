import { resultUnion } from '@banso/core';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import { BehaviourNotInFrameworkError } from '@banso/competency';
import { AttendanceRecorded, LearningActivity, Participation } from './models/learning-activity.model';
import { CaseReview, CaseStudy, CaseSubmission } from './models/case-study.model';
import {
  ActivityCancelledError,
  ActivityEndedError,
  ActivityKindMismatchError,
  AlreadyRegisteredError,
  AlreadyReviewedError,
  OwnSubmissionReviewError,
  RubricMismatchError,
  SubmissionLockedError,
  SubmissionNotFinalError,
  SubmissionsClosedError,
  CapacityBelowRegisteredError,
  CheckInNotOpenError,
  InvalidAttendanceEntriesError,
  NotRegisteredError,
  ProgressCannotDecreaseError,
  WrongCheckInCodeError,
} from './learning.errors';

export const CreateLearningActivityResult = resultUnion('CreateLearningActivityResult', [
  LearningActivity,
  ProgramClosedError,
  BehaviourNotInFrameworkError,
]);
export const UpdateLearningActivityResult = resultUnion('UpdateLearningActivityResult', [
  LearningActivity,
  ProgramClosedError,
  ActivityCancelledError,
  BehaviourNotInFrameworkError,
  CapacityBelowRegisteredError,
]);
export const CancelLearningActivityResult = resultUnion('CancelLearningActivityResult', [
  LearningActivity,
  ProgramClosedError,
  ActivityCancelledError,
]);
export const RegisterForActivityResult = resultUnion('RegisterForActivityResult', [
  Participation,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityEndedError,
  AlreadyRegisteredError,
  NotAProgramMemberError,
]);
export const CancelRegistrationResult = resultUnion('CancelRegistrationResult', [
  Participation,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityEndedError,
  NotRegisteredError,
]);
export const RecordAttendanceResult = resultUnion('RecordAttendanceResult', [
  AttendanceRecorded,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  InvalidAttendanceEntriesError,
]);
export const CheckInResult = resultUnion('CheckInResult', [
  Participation,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  CheckInNotOpenError,
  WrongCheckInCodeError,
]);
export const RecordLearningProgressResult = resultUnion('RecordLearningProgressResult', [
  Participation,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  ProgressCannotDecreaseError,
]);
export const AcknowledgeHandbookResult = resultUnion('AcknowledgeHandbookResult', [
  Participation,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
]);

export const CreateCaseStudyResult = resultUnion('CreateCaseStudyResult', [CaseStudy, ProgramClosedError]);
export const SetUpCaseWorkResult = resultUnion('SetUpCaseWorkResult', [
  LearningActivity,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  SubmissionsClosedError,
]);
export const SubmitCaseWorkResult = resultUnion('SubmitCaseWorkResult', [
  CaseSubmission,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  SubmissionsClosedError,
  SubmissionLockedError,
]);
export const CloseCaseSubmissionsResult = resultUnion('CloseCaseSubmissionsResult', [
  LearningActivity,
  ProgramClosedError,
  ActivityCancelledError,
  ActivityKindMismatchError,
  SubmissionsClosedError,
]);
export const ReviewCaseWorkResult = resultUnion('ReviewCaseWorkResult', [
  CaseReview,
  ProgramClosedError,
  SubmissionNotFinalError,
  OwnSubmissionReviewError,
  AlreadyReviewedError,
  RubricMismatchError,
]);
