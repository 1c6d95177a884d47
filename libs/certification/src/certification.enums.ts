import { registerEnumType } from '@nestjs/graphql';

export enum CertificateKind {
  SUPPORTER = 'SUPPORTER',
  MENTOR = 'MENTOR',
}
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: 'SUPPORTER 認定担い手 (certified supporter), MENTOR 認定メンター／担い手サポーター (certified mentor)',
});

export enum CertificateStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'ACTIVE 有効, EXPIRED 期限切れ, REVOKED 取消',
});

/** One kind of typed criterion of a certification rule (認定基準). */
export enum CriterionType {
  STEP_LEVEL = 'STEP_LEVEL',
  BEHAVIOUR_LEVEL = 'BEHAVIOUR_LEVEL',
  ALL_BEHAVIOURS_LEVEL = 'ALL_BEHAVIOURS_LEVEL',
  VISITS_WITH_FEEDBACK = 'VISITS_WITH_FEEDBACK',
  VISITS_LED = 'VISITS_LED',
  REQUIRED_ACTIVITIES = 'REQUIRED_ACTIVITIES',
  CASE_REACHED = 'CASE_REACHED',
  ACTIVE_SUPPORTER = 'ACTIVE_SUPPORTER',
  VISITS_AS_SECOND_MENTOR = 'VISITS_AS_SECOND_MENTOR',
  MENTOR_PREPARATION = 'MENTOR_PREPARATION',
}
registerEnumType(CriterionType, {
  name: 'CriterionType',
  description:
    'STEP_LEVEL STEPの全行動の現在レベル, BEHAVIOUR_LEVEL 指定した行動の現在レベル, ALL_BEHAVIOURS_LEVEL 全行動の現在レベル, ' +
    'VISITS_WITH_FEEDBACK フィードバック済みの同行訪問数, VISITS_LED 主導した訪問数, REQUIRED_ACTIVITIES 必修研修の修了, ' +
    'CASE_REACHED 指定STEP／マイルストーンに到達した案件, ACTIVE_SUPPORTER 有効な担い手認定, ' +
    'VISITS_AS_SECOND_MENTOR 2人目のメンターとして同行した訪問数, MENTOR_PREPARATION メンター準備研修の受講数',
});

/** What a record counted by a criterion is. */
export enum EvidenceRecordType {
  ASSESSMENT = 'ASSESSMENT',
  VISIT = 'VISIT',
  LEARNING_ACTIVITY = 'LEARNING_ACTIVITY',
  SUPPORT_CASE = 'SUPPORT_CASE',
  CERTIFICATE = 'CERTIFICATE',
}
registerEnumType(EvidenceRecordType, { name: 'EvidenceRecordType' });

export enum EvaluationRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
}
registerEnumType(EvaluationRunStatus, { name: 'EvaluationRunStatus' });
