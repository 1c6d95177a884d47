import { graphql } from '../../gql';

export const LearningActivityFieldsFragment = graphql(`
  fragment LearningActivityFields on LearningActivity {
    id
    programId
    kind
    title
    description
    aidaStage
    startsAt
    endsAt
    location
    onlineUrl
    capacity
    required
    status
    cancelReason
    instructorName
    behaviourIds
    seats {
      registered
      waitlisted
      remaining
    }
  }
`);

export const ParticipationFieldsFragment = graphql(`
  fragment ParticipationFields on Participation {
    id
    activityId
    userId
    registrationStatus
    waitlistPosition
    attendance
    checkedInAt
    progressPercent
    completedAt
    acknowledgedAt
    done
  }
`);

export const MyLearningDocument = graphql(`
  query MyLearning($programId: ID!) {
    myLearning(programId: $programId) {
      activity {
        ...LearningActivityFields
      }
      participation {
        ...ParticipationFields
      }
    }
  }
`);

export const LearningActivityDocument = graphql(`
  query LearningActivity($id: ID!) {
    learningActivity(id: $id) {
      ...LearningActivityFields
      peerReviewersPerSubmission
      submissionsClosedAt
      behaviours {
        id
        code
        name
      }
      caseStudy {
        id
        title
        industry
        background
        managementIssues
        whatWasDone
        outcome
        source
      }
    }
  }
`);

export const CaseSubmissionFieldsFragment = graphql(`
  fragment CaseSubmissionFields on CaseSubmission {
    id
    activityId
    status
    version
    issueHypotheses
    proposedSolutions
    talentRequirementDraft
    submittedAt
    updatedAt
    reviews {
      id
      role
      comment
      createdAt
      submissionVersion
      scores {
        criterion
        level
      }
    }
  }
`);

export const MyCaseWorkDocument = graphql(`
  query MyCaseWork($activityId: ID!) {
    myCaseWork(activityId: $activityId) {
      activityId
      rubric {
        code
        title
        levels {
          level
          description
        }
      }
      submission {
        ...CaseSubmissionFields
      }
      peerReviewsToDo {
        ...CaseSubmissionFields
      }
    }
  }
`);

export const ProgramLearningDocument = graphql(`
  query ProgramLearning($programId: ID!) {
    program(id: $programId) {
      id
      name
      status
    }
    learningActivities(programId: $programId, first: 100) {
      edges {
        node {
          ...LearningActivityFields
        }
      }
    }
    programAttendance(programId: $programId) {
      programId
      traineeCount
      activities {
        activity {
          id
          title
          kind
          startsAt
          required
        }
        registeredCount
        waitlistedCount
        attendedCount
        doneCount
        completionRate
      }
      trainees {
        traineeId
        requiredDone
        requiredTotal
        trainee {
          id
          displayName
        }
      }
    }
  }
`);

export const ActivityFormOptionsDocument = graphql(`
  query ActivityFormOptions($programId: ID!) {
    program(id: $programId) {
      id
      name
      framework {
        id
        steps {
          id
          code
          title
          behaviours {
            id
            code
            name
          }
        }
        crossCuttingBehaviours {
          id
          code
          name
        }
      }
    }
  }
`);

export const ManageActivityDocument = graphql(`
  query ManageActivity($programId: ID!, $activityId: ID!) {
    program(id: $programId) {
      id
      name
      members(role: TRAINEE) {
        id
        userId
        status
        user {
          id
          displayName
        }
      }
    }
    learningActivity(id: $activityId) {
      ...LearningActivityFields
      behaviours {
        id
        code
        name
      }
    }
    activityParticipations(activityId: $activityId) {
      ...ParticipationFields
      registeredAt
      user {
        id
        displayName
      }
    }
  }
`);

export const ActivityCheckInCodeDocument = graphql(`
  query ActivityCheckInCode($activityId: ID!) {
    learningActivity(id: $activityId) {
      id
      programId
      title
      kind
      startsAt
      endsAt
      location
    }
    activityCheckInCode(activityId: $activityId) {
      activityId
      code
      validFrom
      validUntil
    }
  }
`);

export const CreateLearningActivityDocument = graphql(`
  mutation CreateLearningActivity($input: CreateLearningActivityInput!) {
    createLearningActivity(input: $input) {
      __typename
      ... on LearningActivity {
        ...LearningActivityFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const UpdateLearningActivityDocument = graphql(`
  mutation UpdateLearningActivity($input: UpdateLearningActivityInput!) {
    updateLearningActivity(input: $input) {
      __typename
      ... on LearningActivity {
        ...LearningActivityFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CancelLearningActivityDocument = graphql(`
  mutation CancelLearningActivity($input: CancelLearningActivityInput!) {
    cancelLearningActivity(input: $input) {
      __typename
      ... on LearningActivity {
        ...LearningActivityFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RegisterForActivityDocument = graphql(`
  mutation RegisterForActivity($input: RegisterForActivityInput!) {
    registerForActivity(input: $input) {
      __typename
      ... on Participation {
        ...ParticipationFields
        activity {
          id
          seats {
            registered
            waitlisted
            remaining
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CancelRegistrationDocument = graphql(`
  mutation CancelRegistration($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      __typename
      ... on Participation {
        ...ParticipationFields
        activity {
          id
          seats {
            registered
            waitlisted
            remaining
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
      ... on AttendanceRecorded {
        activityId
        participations {
          ...ParticipationFields
        }
      }
      ... on InvalidAttendanceEntriesError {
        problems {
          row
          userId
          message
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CheckInDocument = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      __typename
      ... on Participation {
        ...ParticipationFields
      }
      ... on WrongCheckInCodeError {
        attemptsLeft
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RecordLearningProgressDocument = graphql(`
  mutation RecordLearningProgress($input: RecordLearningProgressInput!) {
    recordLearningProgress(input: $input) {
      __typename
      ... on Participation {
        ...ParticipationFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const AcknowledgeHandbookDocument = graphql(`
  mutation AcknowledgeHandbook($input: AcknowledgeHandbookInput!) {
    acknowledgeHandbook(input: $input) {
      __typename
      ... on Participation {
        ...ParticipationFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const SubmitCaseWorkDocument = graphql(`
  mutation SubmitCaseWork($input: SubmitCaseWorkInput!) {
    submitCaseWork(input: $input) {
      __typename
      ... on CaseSubmission {
        ...CaseSubmissionFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const ReviewCaseWorkDocument = graphql(`
  mutation ReviewCaseWork($input: ReviewCaseWorkInput!) {
    reviewCaseWork(input: $input) {
      __typename
      ... on CaseReview {
        id
        role
        comment
        createdAt
        submissionVersion
        submissionId
        scores {
          criterion
          level
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
