/** Generated from schema.gql by apps/web/scripts/possible-types-plugin.cjs: abstract type → concrete types. */
export const possibleTypes: Record<string, string[]> = {
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
    "Mentorship",
    "NotAProgramMemberError",
    "ProgramClosedError",
    "SelfMentorshipError"
  ],
  "CancelVisitResult": [
    "IllegalTransitionError",
    "OjtVisit"
  ],
  "ChangePasswordResult": [
    "InvalidCredentialsError",
    "PasswordChanged"
  ],
  "CloseProgramResult": [
    "IllegalTransitionError",
    "Program"
  ],
  "CompleteNextActionResult": [
    "NextAction",
    "NextActionClosedError"
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
    "AlreadyAtStepError",
    "AlreadyEndedError",
    "AlreadyPairedError",
    "AlreadyProgramMemberError",
    "BehaviourCodeTakenError",
    "BehaviourNotInFrameworkError",
    "BriefLockedError",
    "CannotDisableSelfError",
    "EmailAlreadyUsedError",
    "EvidenceNotFoundError",
    "FrameworkNotEditableError",
    "FrameworkNotPublishedError",
    "FrameworkVersionTakenError",
    "HandOffToSameOrganizationError",
    "IllegalTransitionError",
    "InvalidCredentialsError",
    "InvalidFrameworkDocumentError",
    "InvalidPasswordSetupTokenError",
    "InvalidRefreshTokenError",
    "LeadTraineeOrganizationMismatchError",
    "MentorNotEligibleError",
    "MilestoneAlreadyRecordedError",
    "MilestonePrerequisiteError",
    "MissingVerdictsError",
    "NextActionClosedError",
    "NextActionOwnerNotEligibleError",
    "NotAProgramMemberError",
    "NotAccompanyingMentorError",
    "OrganizationNotFoundError",
    "ProgramClosedError",
    "RatingRejectedError",
    "SelfMentorshipError",
    "StalePostBriefError",
    "StalePreBriefError",
    "SupportCaseNotOpenError",
    "TalentRequirementMissingError",
    "UnknownHypothesisError",
    "UserNotFoundError"
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
  "RecordCaseMilestoneResult": [
    "CaseMilestone",
    "MilestoneAlreadyRecordedError",
    "MilestonePrerequisiteError",
    "SupportCaseNotOpenError",
    "TalentRequirementMissingError"
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
  "RemoveBehaviourResult": [
    "CompetencyFramework",
    "FrameworkNotEditableError"
  ],
  "RetireFrameworkResult": [
    "CompetencyFramework",
    "IllegalTransitionError"
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
  "UpdateBehaviourResult": [
    "Behaviour",
    "FrameworkNotEditableError"
  ],
  "UpdateCompetencyStepResult": [
    "CompetencyStep",
    "FrameworkNotEditableError"
  ],
  "UpdateFrameworkResult": [
    "CompetencyFramework",
    "FrameworkNotEditableError"
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
