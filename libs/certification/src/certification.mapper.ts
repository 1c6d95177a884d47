import {
  CertificateEntity,
  CertificationAdvisorEntity,
  CertificationEvaluationRunEntity,
} from './entities/certificate.entity';
import { CertificationRuleEntity } from './entities/certification-rule.entity';
import {
  Certificate,
  CertificationAdvisor,
  CertificationCriteria,
  CertificationEvaluationRun,
  CertificationRule,
  RuleProgress,
} from './models/certification.model';

export function toRule(entity: CertificationRuleEntity): CertificationRule {
  return Object.assign(new CertificationRule(), {
    id: entity.id,
    programId: entity.programId,
    kind: entity.kind,
    criteria: Object.assign(new CertificationCriteria(), entity.criteria),
    validityMonths: entity.validityMonths,
    autoIssue: entity.autoIssue,
    updatedAt: entity.updatedAt,
  });
}

export function toCertificate(entity: CertificateEntity): Certificate {
  return Object.assign(new Certificate(), {
    id: entity.id,
    programId: entity.programId,
    userId: entity.userId,
    kind: entity.kind,
    status: entity.status,
    verificationCode: entity.verificationCode,
    issuedAt: entity.issuedAt,
    expiresAt: entity.expiresAt,
    issuedById: entity.issuedById,
    revokedAt: entity.revokedAt,
    revokeReason: entity.revokeReason,
    expiredAt: entity.expiredAt,
    evidence: entity.evidence as RuleProgress[],
  });
}

export function toAdvisor(entity: CertificationAdvisorEntity): CertificationAdvisor {
  return Object.assign(new CertificationAdvisor(), {
    id: entity.id,
    programId: entity.programId,
    userId: entity.userId,
    reason: entity.reason,
    designatedById: entity.designatedById,
    createdAt: entity.createdAt,
  });
}

export function toRun(entity: CertificationEvaluationRunEntity): CertificationEvaluationRun {
  return Object.assign(new CertificationEvaluationRun(), {
    id: entity.id,
    programId: entity.programId,
    total: entity.total,
    done: entity.done,
    criteriaMetCount: entity.criteriaMetCount,
    finished: entity.finishedAt !== null,
    createdAt: entity.createdAt,
    finishedAt: entity.finishedAt,
  });
}
