import type { KeyingConfig } from '@urql/exchange-graphcache';

const embedded = (): null => null;

/**
 * Types without an id of their own are embedded in their parent in the normalised cache; types with an id are
 * keyed by it (graphcache's default).
 */
export const cacheKeys: KeyingConfig = {
  MyOjt: embedded,
  PageInfo: embedded,
  CarriedOver: embedded,
  TalentRequirement: embedded,
  ManagementIssue: embedded,
  ManagementIssuesRevision: embedded,
  TalentRequirementRevision: embedded,
  CaseTimelineEntry: embedded,
  CompetencyProfile: embedded,
  CompetencyMatrix: embedded,
  CompetencyMatrixRow: embedded,
  BehaviourStanding: embedded,
  StepStanding: embedded,
  PracticePoint: embedded,
  ProficiencyLevel: embedded,
  AssessmentConnection: embedded,
  AssessmentEdge: embedded,
  MentorInboxItem: embedded,
  FieldChange: embedded,
  PasswordChanged: embedded,
  UserDisabled: embedded,
  PasswordSetupLink: embedded,
  CertificationProgress: embedded,
  RuleProgress: embedded,
  CriterionProgress: embedded,
  EvidenceRecord: embedded,
  CertificationCriteria: embedded,
  StepLevelCriterion: embedded,
  BehaviourLevelCriterion: embedded,
  CaseReachedCriterion: embedded,
  MentorPreparationCriterion: embedded,
  CertificateVerification: embedded,
  CertificateConnection: embedded,
  CertificateEdge: embedded,
  MentorLineage: embedded,
  LineageMember: embedded,
  CertificateCredential: embedded,
};
