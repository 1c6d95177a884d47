/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Minimum current level for a named behaviour (the code must exist in the framework) */
export type BehaviourLevelCriterionInput = {
  behaviourCode: string;
  minLevel: number;
};

/** JOB_OPENING_CREATED = 求人化, MATCHED = マッチング, FOLLOW_UP_STARTED = フォロー開始, CLOSED = 完了, DROPPED = 中止 */
export type CaseMilestoneKind =
  | 'CLOSED'
  | 'DROPPED'
  | 'FOLLOW_UP_STARTED'
  | 'JOB_OPENING_CREATED'
  | 'MATCHED';

/** A case led by the trainee that reached a STEP and/or a milestone (at least one of them) */
export type CaseReachedCriterionInput = {
  milestone?: CaseMilestoneKind | null | undefined;
  requireTalentRequirement?: boolean;
  step?: SupportStep | null | undefined;
};

/** SUPPORTER 認定担い手 (certified supporter), MENTOR 認定メンター／担い手サポーター (certified mentor) */
export type CertificateKind =
  | 'MENTOR'
  | 'SUPPORTER';

/** ACTIVE 有効, EXPIRED 期限切れ, REVOKED 取消 */
export type CertificateStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** The typed criteria of a rule; leave a criterion null (or a list empty) for it not to apply */
export type CertificationCriteriaInput = {
  caseReached?: CaseReachedCriterionInput | null | undefined;
  mentorPreparation?: MentorPreparationCriterionInput | null | undefined;
  minLevelForAllBehaviours?: number | null | undefined;
  minLevelForBehaviours?: Array<BehaviourLevelCriterionInput>;
  minLevelForSteps?: Array<StepLevelCriterionInput>;
  minVisitsAsSecondMentor?: number | null | undefined;
  minVisitsLed?: number | null | undefined;
  minVisitsWithFeedback?: number | null | undefined;
  requireActiveSupporter?: boolean;
  requiredActivitiesDone?: boolean;
};

/** STEP_LEVEL STEPの全行動の現在レベル, BEHAVIOUR_LEVEL 指定した行動の現在レベル, ALL_BEHAVIOURS_LEVEL 全行動の現在レベル, VISITS_WITH_FEEDBACK フィードバック済みの同行訪問数, VISITS_LED 主導した訪問数, REQUIRED_ACTIVITIES 必修研修の修了, CASE_REACHED 指定STEP／マイルストーンに到達した案件, ACTIVE_SUPPORTER 有効な担い手認定, VISITS_AS_SECOND_MENTOR 2人目のメンターとして同行した訪問数, MENTOR_PREPARATION メンター準備研修の受講数 */
export type CriterionType =
  | 'ACTIVE_SUPPORTER'
  | 'ALL_BEHAVIOURS_LEVEL'
  | 'BEHAVIOUR_LEVEL'
  | 'CASE_REACHED'
  | 'MENTOR_PREPARATION'
  | 'REQUIRED_ACTIVITIES'
  | 'STEP_LEVEL'
  | 'VISITS_AS_SECOND_MENTOR'
  | 'VISITS_LED'
  | 'VISITS_WITH_FEEDBACK';

/** Allows a person without a MENTOR certificate to mentor in the program (audited) */
export type DesignateAdvisorInput = {
  programId: string | number;
  reason: string;
  userId: string | number;
};

export type EvaluateProgramCertificationsInput = {
  programId: string | number;
};

export type EvidenceRecordType =
  | 'ASSESSMENT'
  | 'CERTIFICATE'
  | 'LEARNING_ACTIVITY'
  | 'SUPPORT_CASE'
  | 'VISIT';

export type IssueCertificateInput = {
  kind: CertificateKind;
  programId: string | number;
  userId: string | number;
};

/** KICKOFF キックオフ, LECTURE 講義, ELEARNING eラーニング, HANDBOOK ハンドブック, CASE_STUDY ケーススタディー, WORKSHOP ワークショップ, ROLE_PLAY ロールプレイ, DEMO_SEMINAR 実演セミナー, FIELDWORK フィールドワーク */
export type LearningActivityKind =
  | 'CASE_STUDY'
  | 'DEMO_SEMINAR'
  | 'ELEARNING'
  | 'FIELDWORK'
  | 'HANDBOOK'
  | 'KICKOFF'
  | 'LECTURE'
  | 'ROLE_PLAY'
  | 'WORKSHOP';

export type MemberStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

/** Mentor-preparation activities: off-JT of these kinds attended or completed */
export type MentorPreparationCriterionInput = {
  kinds: Array<LearningActivityKind>;
  minActivities: number;
};

/** OWNER = 実証機関の担当者, MENTOR = メンター／担い手サポーター, TRAINEE = 担い手候補者 */
export type ProgramRole =
  | 'MENTOR'
  | 'OWNER'
  | 'TRAINEE';

/** DRAFT → ACTIVE → CLOSED */
export type ProgramStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

export type RevokeCertificateInput = {
  certificateId: string | number;
  reason: string;
};

/** Minimum current level for every behaviour of a STEP (the code must exist in the framework) */
export type StepLevelCriterionInput = {
  minLevel: number;
  stepCode: string;
};

/** STEP0 顧客開拓, STEP1 経営課題と人材課題の見つめ直し, STEP2 人材戦略の検討, STEP3 人材戦略の実行 */
export type SupportStep =
  | 'STEP0'
  | 'STEP1'
  | 'STEP2'
  | 'STEP3';

/** Replaces the rule of one kind of a program (owners, while the program is not CLOSED) */
export type UpdateCertificationRuleInput = {
  autoIssue?: boolean;
  criteria: CertificationCriteriaInput;
  kind: CertificateKind;
  programId: string | number;
  /** How long a certificate is valid */
  validityMonths: number;
};

export type CriterionFieldsFragment = { key: string, type: CriterionType, label: string, met: boolean, current: number, target: number, records: Array<{ id: string, type: EvidenceRecordType, label: string }> };

export type MyCertificationQueryVariables = Exact<{
  programId: string | number;
  traineeId: string | number;
}>;


export type MyCertificationQuery = { certificationProgress: { programId: string, traineeId: string, rules: Array<{ ruleId: string, kind: CertificateKind, met: boolean, activeCertificateId: string | null, criteria: Array<{ key: string, type: CriterionType, label: string, met: boolean, current: number, target: number, records: Array<{ id: string, type: EvidenceRecordType, label: string }> }> }> } };

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesQuery = { myCertificates: Array<{ id: string, kind: CertificateKind, status: CertificateStatus, issuedAt: string, expiresAt: string, expiredAt: string | null, revokedAt: string | null, revokeReason: string | null, verificationCode: string, program: { id: string, name: string } | null }> };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { holderName: string, kind: CertificateKind, programName: string, organizationName: string, issuedAt: string, expiresAt: string, status: CertificateStatus } };

export type ProgramCertificationQueryVariables = Exact<{
  programId: string | number;
}>;


export type ProgramCertificationQuery = { program: { id: string, name: string, status: ProgramStatus, members: Array<{ id: string, role: ProgramRole, status: MemberStatus, userId: string, user: { id: string, displayName: string } | null }>, framework: { id: string, steps: Array<{ id: string, code: string, title: string, behaviours: Array<{ id: string, code: string, name: string }> }>, crossCuttingBehaviours: Array<{ id: string, code: string, name: string }> } | null }, certificationRules: Array<{ id: string, kind: CertificateKind, validityMonths: number, autoIssue: boolean, updatedAt: string, criteria: { minLevelForAllBehaviours: number | null, minVisitsWithFeedback: number | null, minVisitsLed: number | null, requiredActivitiesDone: boolean, requireActiveSupporter: boolean, minVisitsAsSecondMentor: number | null, minLevelForSteps: Array<{ stepCode: string, minLevel: number }>, minLevelForBehaviours: Array<{ behaviourCode: string, minLevel: number }>, caseReached: { step: SupportStep | null, milestone: CaseMilestoneKind | null, requireTalentRequirement: boolean } | null, mentorPreparation: { minActivities: number, kinds: Array<LearningActivityKind> } | null } }>, certificates: { totalCount: number, edges: Array<{ node: { id: string, kind: CertificateKind, status: CertificateStatus, userId: string, issuedAt: string, expiresAt: string, revokedAt: string | null, revokeReason: string | null, verificationCode: string } }> } };

export type TraineeProgressQueryVariables = Exact<{
  programId: string | number;
  traineeId: string | number;
}>;


export type TraineeProgressQuery = { certificationProgress: { programId: string, traineeId: string, rules: Array<{ ruleId: string, kind: CertificateKind, met: boolean, activeCertificateId: string | null, criteria: Array<{ key: string, type: CriterionType, label: string, met: boolean, current: number, target: number, records: Array<{ id: string, type: EvidenceRecordType, label: string }> }> }> } };

export type UpdateCertificationRuleMutationVariables = Exact<{
  input: UpdateCertificationRuleInput;
}>;


export type UpdateCertificationRuleMutation = { updateCertificationRule:
    | { __typename: 'CertificationRule', id: string, kind: CertificateKind, validityMonths: number, autoIssue: boolean, updatedAt: string }
    | { __typename: 'ProgramClosedError', code: string, message: string }
   };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;


export type IssueCertificateMutation = { issueCertificate:
    | { __typename: 'AlreadyCertifiedError', code: string, message: string }
    | { __typename: 'Certificate', id: string, kind: CertificateKind, status: CertificateStatus, userId: string, issuedAt: string, expiresAt: string, verificationCode: string }
    | { __typename: 'CriteriaNotMetError', kind: CertificateKind, code: string, message: string, missing: Array<{ key: string, label: string, current: number, target: number }> }
    | { __typename: 'NotAProgramMemberError', code: string, message: string }
   };

export type RevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;


export type RevokeCertificateMutation = { revokeCertificate:
    | { __typename: 'Certificate', id: string, status: CertificateStatus, revokedAt: string | null, revokeReason: string | null }
    | { __typename: 'CertificateNotActiveError', code: string, message: string }
   };

export type CertificationAdvisorsQueryVariables = Exact<{
  programId: string | number;
}>;


export type CertificationAdvisorsQuery = { certificationAdvisors: Array<{ id: string, userId: string, reason: string, createdAt: string, user: { id: string, displayName: string } | null }> };

export type DesignateAdvisorMutationVariables = Exact<{
  input: DesignateAdvisorInput;
}>;


export type DesignateAdvisorMutation = { designateAdvisor:
    | { __typename: 'AlreadyAdvisorError', code: string, message: string }
    | { __typename: 'CertificationAdvisor', id: string, userId: string, reason: string, createdAt: string }
    | { __typename: 'ProgramClosedError', code: string, message: string }
   };

export type EvaluateProgramCertificationsMutationVariables = Exact<{
  input: EvaluateProgramCertificationsInput;
}>;


export type EvaluateProgramCertificationsMutation = { evaluateProgramCertifications:
    | { __typename: 'CertificationEvaluationRun', id: string, total: number, done: number, finished: boolean, criteriaMetCount: number }
    | { __typename: 'ProgramClosedError', code: string, message: string }
   };

export type CertificationEvaluationRunQueryVariables = Exact<{
  id: string | number;
}>;


export type CertificationEvaluationRunQuery = { certificationEvaluationRun: { id: string, total: number, done: number, finished: boolean, criteriaMetCount: number } };

export type MentorLineageQueryVariables = Exact<{
  userId: string | number;
}>;


export type MentorLineageQuery = { mentorLineage: { userId: string, generations: number, members: Array<{ userId: string, displayName: string, generation: number, linkedToId: string | null, menteesCertified: number }> } };

export type CertificateCredentialQueryVariables = Exact<{
  certificateId: string | number;
}>;


export type CertificateCredentialQuery = { certificateCredential: { certificateId: string, jwt: string, fileName: string, mediaType: string } };

export const CriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CriterionFieldsFragment, unknown>;
export const MyCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"traineeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"traineeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"traineeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"traineeId"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"activeCertificateId"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<MyCertificationQuery, MyCertificationQueryVariables>;
export const MyCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const VerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const ProgramCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"behaviours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossCuttingBehaviours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"autoIssue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLevelForSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepCode"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevelForBehaviours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behaviourCode"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevelForAllBehaviours"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsWithFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsLed"}},{"kind":"Field","name":{"kind":"Name","value":"requiredActivitiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"caseReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"requireTalentRequirement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireActiveSupporter"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsAsSecondMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorPreparation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minActivities"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCertificationQuery, ProgramCertificationQueryVariables>;
export const TraineeProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraineeProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"traineeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"traineeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"traineeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"traineeId"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"activeCertificateId"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<TraineeProgressQuery, TraineeProgressQueryVariables>;
export const UpdateCertificationRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCertificationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"autoIssue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCertificationRuleMutation, UpdateCertificationRuleMutationVariables>;
export const IssueCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaNotMetError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const RevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const CertificationAdvisorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationAdvisors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationAdvisors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationAdvisorsQuery, CertificationAdvisorsQueryVariables>;
export const DesignateAdvisorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateAdvisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateAdvisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateAdvisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationAdvisor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DesignateAdvisorMutation, DesignateAdvisorMutationVariables>;
export const EvaluateProgramCertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateProgramCertifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateProgramCertificationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateProgramCertifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationEvaluationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMetCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluateProgramCertificationsMutation, EvaluateProgramCertificationsMutationVariables>;
export const CertificationEvaluationRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationEvaluationRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationEvaluationRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMetCount"}}]}}]}}]} as unknown as DocumentNode<CertificationEvaluationRunQuery, CertificationEvaluationRunQueryVariables>;
export const MentorLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorLineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"generations"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"linkedToId"}},{"kind":"Field","name":{"kind":"Name","value":"menteesCertified"}}]}}]}}]}}]} as unknown as DocumentNode<MentorLineageQuery, MentorLineageQueryVariables>;
export const CertificateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"jwt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]} as unknown as DocumentNode<CertificateCredentialQuery, CertificateCredentialQueryVariables>;