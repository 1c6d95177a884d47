/** Generated from schema.gql by apps/web/scripts/possible-types-plugin.cjs: abstract type → concrete types. */
export const possibleTypes: Record<string, string[]> = {
  "AcknowledgeHandbookResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "Participation",
    "ProgramClosedError"
  ],
  "ActivateProgramResult": [
    "IllegalTransitionError",
    "Program"
  ],
  "AddBehaviourResult": [
    "Behaviour",
    "BehaviourCodeTakenError",
    "FrameworkNotEditableError"
  ],
  "AddProgramMemberResult": [
    "AlreadyProgramMemberError",
    "ProgramClosedError",
    "ProgramMember",
    "UserNotFoundError"
  ],
  "AssignMentorResult": [
    "AlreadyPairedError",
    "MentorNotCertifiedError",
    "Mentorship",
    "NotAProgramMemberError",
    "ProgramClosedError",
    "SelfMentorshipError"
  ],
  "CancelLearningActivityResult": [
    "ActivityCancelledError",
    "LearningActivity",
    "ProgramClosedError"
  ],
  "CancelRegistrationResult": [
    "ActivityCancelledError",
    "ActivityEndedError",
    "NotRegisteredError",
    "Participation",
    "ProgramClosedError"
  ],
  "CancelVisitResult": [
    "IllegalTransitionError",
    "OjtVisit"
  ],
  "ChangePasswordResult": [
    "InvalidCredentialsError",
    "PasswordChanged"
  ],
  "CheckInResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "CheckInNotOpenError",
    "Participation",
    "ProgramClosedError",
    "WrongCheckInCodeError"
  ],
  "CloseCaseSubmissionsResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "LearningActivity",
    "ProgramClosedError",
    "SubmissionsClosedError"
  ],
  "CloseProgramResult": [
    "IllegalTransitionError",
    "Program"
  ],
  "CompleteNextActionResult": [
    "NextAction",
    "NextActionClosedError"
  ],
  "CreateCaseStudyResult": [
    "CaseStudy",
    "ProgramClosedError"
  ],
  "CreateLearningActivityResult": [
    "BehaviourNotInFrameworkError",
    "LearningActivity",
    "ProgramClosedError"
  ],
  "CreateProgramResult": [
    "FrameworkNotPublishedError",
    "OrganizationNotFoundError",
    "Program"
  ],
  "CreateUserResult": [
    "EmailAlreadyUsedError",
    "OrganizationNotFoundError",
    "User"
  ],
  "DesignateAdvisorResult": [
    "AlreadyAdvisorError",
    "CertificationAdvisor",
    "ProgramClosedError"
  ],
  "DisableUserResult": [
    "CannotDisableSelfError",
    "UserDisabled"
  ],
  "DropNextActionResult": [
    "NextAction",
    "NextActionClosedError"
  ],
  "EndMentorshipResult": [
    "AlreadyEndedError",
    "Mentorship",
    "ProgramClosedError"
  ],
  "ErrorResult": [
    "ActivityCancelledError",
    "ActivityEndedError",
    "ActivityKindMismatchError",
    "AlreadyAdvisorError",
    "AlreadyAtStepError",
    "AlreadyCertifiedError",
    "AlreadyEndedError",
    "AlreadyPairedError",
    "AlreadyProgramMemberError",
    "AlreadyRegisteredError",
    "AlreadyReviewedError",
    "BehaviourCodeTakenError",
    "BehaviourNotInFrameworkError",
    "BriefLockedError",
    "CannotDisableSelfError",
    "CapacityBelowRegisteredError",
    "CertificateNotActiveError",
    "CheckInNotOpenError",
    "CriteriaNotMetError",
    "EmailAlreadyUsedError",
    "EvidenceNotFoundError",
    "FrameworkNotEditableError",
    "FrameworkNotPublishedError",
    "FrameworkVersionTakenError",
    "HandOffToSameOrganizationError",
    "IllegalTransitionError",
    "InvalidAttendanceEntriesError",
    "InvalidCredentialsError",
    "InvalidFrameworkDocumentError",
    "InvalidPasswordSetupTokenError",
    "InvalidRefreshTokenError",
    "LeadTraineeOrganizationMismatchError",
    "MentorNotCertifiedError",
    "MentorNotEligibleError",
    "MilestoneAlreadyRecordedError",
    "MilestonePrerequisiteError",
    "MissingVerdictsError",
    "NextActionClosedError",
    "NextActionOwnerNotEligibleError",
    "NotAProgramMemberError",
    "NotAccompanyingMentorError",
    "NotRegisteredError",
    "OrganizationNotFoundError",
    "OwnSubmissionReviewError",
    "ProgramClosedError",
    "ProgressCannotDecreaseError",
    "RatingRejectedError",
    "RosterFileUnreadableError",
    "RubricMismatchError",
    "SelfMentorshipError",
    "StalePostBriefError",
    "StalePreBriefError",
    "SubmissionLockedError",
    "SubmissionNotFinalError",
    "SubmissionsClosedError",
    "SupportCaseNotOpenError",
    "TalentRequirementMissingError",
    "UnknownHypothesisError",
    "UserNotFoundError",
    "WrongCheckInCodeError"
  ],
  "EvaluateProgramCertificationsResult": [
    "CertificationEvaluationRun",
    "ProgramClosedError"
  ],
  "GiveVisitFeedbackResult": [
    "IllegalTransitionError",
    "NotAccompanyingMentorError",
    "RatingRejectedError",
    "VisitFeedback"
  ],
  "HandOffSupportCaseResult": [
    "CaseHandOff",
    "HandOffToSameOrganizationError",
    "OrganizationNotFoundError",
    "SupportCaseNotOpenError"
  ],
  "ImportFrameworkResult": [
    "CompetencyFramework",
    "FrameworkVersionTakenError",
    "InvalidFrameworkDocumentError"
  ],
  "ImportProgramRosterResult": [
    "ProgramClosedError",
    "RosterFileUnreadableError",
    "RosterImportReport"
  ],
  "IssueCertificateResult": [
    "AlreadyCertifiedError",
    "Certificate",
    "CriteriaNotMetError",
    "NotAProgramMemberError"
  ],
  "LoginResult": [
    "AuthPayload",
    "InvalidCredentialsError"
  ],
  "MoveSupportCaseToStepResult": [
    "AlreadyAtStepError",
    "CaseStepMove",
    "SupportCaseNotOpenError"
  ],
  "OpenSupportCaseResult": [
    "LeadTraineeOrganizationMismatchError",
    "NotAProgramMemberError",
    "SupportCase"
  ],
  "PlanVisitResult": [
    "MentorNotEligibleError",
    "OjtVisit",
    "SupportCaseNotOpenError"
  ],
  "PublishFrameworkResult": [
    "CompetencyFramework",
    "IllegalTransitionError"
  ],
  "RecordAttendanceResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "AttendanceRecorded",
    "InvalidAttendanceEntriesError",
    "ProgramClosedError"
  ],
  "RecordCaseMilestoneResult": [
    "CaseMilestone",
    "MilestoneAlreadyRecordedError",
    "MilestonePrerequisiteError",
    "SupportCaseNotOpenError",
    "TalentRequirementMissingError"
  ],
  "RecordLearningProgressResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "Participation",
    "ProgramClosedError",
    "ProgressCannotDecreaseError"
  ],
  "RecordMentorAssessmentResult": [
    "Assessment",
    "BehaviourNotInFrameworkError",
    "EvidenceNotFoundError",
    "NotAProgramMemberError",
    "ProgramClosedError"
  ],
  "RecordPostBriefResult": [
    "BriefLockedError",
    "IllegalTransitionError",
    "MissingVerdictsError",
    "NextActionOwnerNotEligibleError",
    "PostBrief",
    "StalePostBriefError",
    "UnknownHypothesisError"
  ],
  "RecordPreBriefResult": [
    "BriefLockedError",
    "IllegalTransitionError",
    "PreBrief",
    "StalePreBriefError",
    "UnknownHypothesisError"
  ],
  "RecordSelfAssessmentResult": [
    "Assessment",
    "BehaviourNotInFrameworkError",
    "ProgramClosedError"
  ],
  "RecordVisitResult": [
    "IllegalTransitionError",
    "OjtVisit"
  ],
  "RefreshTokenResult": [
    "AuthPayload",
    "InvalidRefreshTokenError"
  ],
  "RegisterForActivityResult": [
    "ActivityCancelledError",
    "ActivityEndedError",
    "AlreadyRegisteredError",
    "NotAProgramMemberError",
    "Participation",
    "ProgramClosedError"
  ],
  "RemoveBehaviourResult": [
    "CompetencyFramework",
    "FrameworkNotEditableError"
  ],
  "RetireFrameworkResult": [
    "CompetencyFramework",
    "IllegalTransitionError"
  ],
  "ReviewCaseWorkResult": [
    "AlreadyReviewedError",
    "CaseReview",
    "OwnSubmissionReviewError",
    "ProgramClosedError",
    "RubricMismatchError",
    "SubmissionNotFinalError"
  ],
  "RevokeCertificateResult": [
    "Certificate",
    "CertificateNotActiveError"
  ],
  "SetManagementIssuesResult": [
    "SupportCase",
    "SupportCaseNotOpenError"
  ],
  "SetPasswordWithTokenResult": [
    "InvalidPasswordSetupTokenError",
    "PasswordChanged"
  ],
  "SetTalentRequirementResult": [
    "SupportCase",
    "SupportCaseNotOpenError"
  ],
  "SetUpCaseWorkResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "LearningActivity",
    "ProgramClosedError",
    "SubmissionsClosedError"
  ],
  "SubmitCaseWorkResult": [
    "ActivityCancelledError",
    "ActivityKindMismatchError",
    "CaseSubmission",
    "ProgramClosedError",
    "SubmissionLockedError",
    "SubmissionsClosedError"
  ],
  "UpdateBehaviourResult": [
    "Behaviour",
    "FrameworkNotEditableError"
  ],
  "UpdateCertificationRuleResult": [
    "CertificationRule",
    "ProgramClosedError"
  ],
  "UpdateCompetencyStepResult": [
    "CompetencyStep",
    "FrameworkNotEditableError"
  ],
  "UpdateFrameworkResult": [
    "CompetencyFramework",
    "FrameworkNotEditableError"
  ],
  "UpdateLearningActivityResult": [
    "ActivityCancelledError",
    "BehaviourNotInFrameworkError",
    "CapacityBelowRegisteredError",
    "LearningActivity",
    "ProgramClosedError"
  ],
  "UpdateProgramResult": [
    "Program",
    "ProgramClosedError"
  ],
  "UpdateUserResult": [
    "OrganizationNotFoundError",
    "User"
  ],
  "WithdrawProgramMemberResult": [
    "AlreadyEndedError",
    "ProgramClosedError",
    "ProgramMember"
  ]
};
