import { IllegalTransitionError, resultUnion } from '@banso/core';
import { OrganizationNotFoundError } from '@banso/identity';
import { Mentorship, Program, ProgramMember } from './models/program.model';
import { RosterImportReport } from './models/roster.model';
import {
  AlreadyEndedError,
  AlreadyPairedError,
  AlreadyProgramMemberError,
  FrameworkNotPublishedError,
  MentorNotCertifiedError,
  NotAProgramMemberError,
  ProgramClosedError,
  RosterFileUnreadableError,
  SelfMentorshipError,
  UserNotFoundError,
} from './programs.errors';

export const CreateProgramResult = resultUnion('CreateProgramResult', [
  Program,
  OrganizationNotFoundError,
  FrameworkNotPublishedError,
]);
export const UpdateProgramResult = resultUnion('UpdateProgramResult', [Program, ProgramClosedError]);
export const ActivateProgramResult = resultUnion('ActivateProgramResult', [Program, IllegalTransitionError]);
export const CloseProgramResult = resultUnion('CloseProgramResult', [Program, IllegalTransitionError]);
export const AddProgramMemberResult = resultUnion('AddProgramMemberResult', [
  ProgramMember,
  ProgramClosedError,
  AlreadyProgramMemberError,
  UserNotFoundError,
]);
export const WithdrawProgramMemberResult = resultUnion('WithdrawProgramMemberResult', [
  ProgramMember,
  ProgramClosedError,
  AlreadyEndedError,
]);
export const AssignMentorResult = resultUnion('AssignMentorResult', [
  Mentorship,
  ProgramClosedError,
  NotAProgramMemberError,
  AlreadyPairedError,
  SelfMentorshipError,
  MentorNotCertifiedError,
]);
export const EndMentorshipResult = resultUnion('EndMentorshipResult', [
  Mentorship,
  ProgramClosedError,
  AlreadyEndedError,
]);
export const ImportProgramRosterResult = resultUnion('ImportProgramRosterResult', [
  RosterImportReport,
  ProgramClosedError,
  RosterFileUnreadableError,
]);
