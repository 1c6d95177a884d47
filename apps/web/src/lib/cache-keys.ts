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
  ActivitySeats: embedded,
  MyLearningEntry: embedded,
  MyCaseWork: embedded,
  RubricCriterion: embedded,
  RubricLevel: embedded,
  RubricScoreValue: embedded,
  CheckInCode: embedded,
  ProgramAttendance: embedded,
  ActivityAttendanceSummary: embedded,
  TraineeLearningSummary: embedded,
  AttendanceRecorded: embedded,
  AttendanceEntryProblem: embedded,
  KpiReport: embedded,
  KpiSection: embedded,
  KpiFigure: embedded,
  KpiBreakdown: embedded,
  KpiBreakdownRow: embedded,
  KpiDrillDownConnection: embedded,
  KpiDrillDownRowEdge: embedded,
  // The same company counts cases for ② and ③ differently: a drill-down row belongs to its page, not to the id.
  KpiDrillDownRow: embedded,
  ReportExportConnection: embedded,
  ReportExportEdge: embedded,
  ReportFilterModel: embedded,
  ReportExportUnsubscribed: embedded,
};
