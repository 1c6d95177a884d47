import { resultUnion } from '@banso/core';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import {
  Certificate,
  CertificationAdvisor,
  CertificationEvaluationRun,
  CertificationRule,
} from './models/certification.model';
import {
  AlreadyAdvisorError,
  AlreadyCertifiedError,
  CertificateNotActiveError,
  CriteriaNotMetError,
} from './certification.errors';

export const UpdateCertificationRuleResult = resultUnion('UpdateCertificationRuleResult', [
  CertificationRule,
  ProgramClosedError,
]);
export const IssueCertificateResult = resultUnion('IssueCertificateResult', [
  Certificate,
  CriteriaNotMetError,
  AlreadyCertifiedError,
  NotAProgramMemberError,
]);
export const RevokeCertificateResult = resultUnion('RevokeCertificateResult', [Certificate, CertificateNotActiveError]);
export const DesignateAdvisorResult = resultUnion('DesignateAdvisorResult', [
  CertificationAdvisor,
  ProgramClosedError,
  AlreadyAdvisorError,
]);
export const EvaluateProgramCertificationsResult = resultUnion('EvaluateProgramCertificationsResult', [
  CertificationEvaluationRun,
  ProgramClosedError,
]);
