import { graphql } from '../../gql';

export const TraineeHomeQuery = graphql(`
  query TraineeHome {
    myOjt {
      upcomingVisits {
        id
        number
        status
        scheduledAt
        traineeRole
        supportCaseId
        clientCompany {
          id
          name
        }
      }
      openNextActions {
        id
        description
        dueOn
        status
        supportCaseId
        visitId
        owner {
          id
          displayName
        }
      }
      cases {
        id
        currentStep
        status
        clientCompany {
          id
          name
          industry
        }
        program {
          id
          name
        }
      }
    }
    notifications(unreadOnly: true, first: 3) {
      totalCount
      edges {
        node {
          id
          message
          createdAt
        }
      }
    }
  }
`);

export const MyCasesQuery = graphql(`
  query MyCases {
    myOjt {
      cases {
        id
        currentStep
        status
        updatedAt
        clientCompany {
          id
          name
          industry
          prefecture
        }
        program {
          id
          name
        }
      }
    }
    clientCompanies(first: 50) {
      edges {
        node {
          id
          name
          industry
          prefecture
          employeeCount
        }
      }
    }
  }
`);

export const SupportCaseQuery = graphql(`
  query SupportCase($id: ID!) {
    supportCase(id: $id) {
      id
      status
      currentStep
      programId
      leadTraineeId
      clientCompany {
        id
        name
        industry
        prefecture
        employeeCount
        notes
      }
      program {
        id
        name
        mentorships {
          id
          status
          traineeId
          mentor {
            id
            displayName
          }
        }
      }
      managementIssues {
        priority
        title
        detail
      }
      talentRequirement {
        candidateProfile
        engagementType
        expectations
        roleAndDuties
        mustHave
        niceToHave
      }
      stepMoves {
        id
        fromStep
        toStep
        reason
        movedAt
      }
      nextActions {
        id
        description
        dueOn
        status
        owner {
          id
          displayName
        }
      }
      visits {
        id
        number
        status
        scheduledAt
        heldAt
      }
      timeline {
        kind
        occurredAt
        visit {
          id
          number
          status
        }
        stepMove {
          id
          fromStep
          toStep
          reason
        }
        milestone {
          id
          milestone
          note
        }
        handOff {
          id
          summary
          toOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

export const PlanVisitMutation = graphql(`
  mutation PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      __typename
      ... on OjtVisit {
        id
        number
        status
        scheduledAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const VisitQuery = graphql(`
  query Visit($id: ID!) {
    visit(id: $id) {
      id
      number
      status
      scheduledAt
      heldAt
      durationMinutes
      summary
      traineeRole
      stepsPractised
      programId
      traineeId
      supportCaseId
      cancelReason
      clientCompany {
        id
        name
      }
      mentors {
        id
        displayName
      }
      trainee {
        id
        displayName
      }
      carriedOver {
        nextActions {
          id
          description
          dueOn
          status
          visitId
          owner {
            id
            displayName
          }
        }
        hypotheses {
          id
          kind
          statement
          verdict
          verdictNote
          visitId
        }
      }
      preBrief {
        id
        version
        companyInfoReviewed
        priorConsultation
        hearingItems
        meetingPlan
        updatedAt
        hypotheses {
          id
          kind
          statement
          position
        }
      }
      hypotheses {
        id
        kind
        statement
        position
        verdict
        verdictNote
      }
      postBrief {
        id
        version
        findings
        goodPoints
        improvementAreas
        improvementPlan
        nextHearingItems
        updatedAt
      }
      nextActions {
        id
        description
        dueOn
        status
        owner {
          id
          displayName
        }
      }
      feedback {
        id
        comment
        createdAt
        mentor {
          id
          displayName
        }
      }
    }
  }
`);

export const VisitRatingsQuery = graphql(`
  query VisitRatings($programId: ID!, $traineeId: ID!) {
    assessmentHistory(programId: $programId, traineeId: $traineeId, first: 100) {
      edges {
        node {
          id
          level
          comment
          source
          evidenceId
          evidenceType
          behaviour {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export const RecordPreBriefMutation = graphql(`
  mutation RecordPreBrief($input: RecordPreBriefInput!) {
    recordPreBrief(input: $input) {
      __typename
      ... on PreBrief {
        id
        version
        visitId
      }
      ... on StalePreBriefError {
        code
        message
        current {
          id
          version
          companyInfoReviewed
          priorConsultation
          hearingItems
          meetingPlan
          updatedAt
          hypotheses {
            id
            kind
            statement
            position
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

export const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      __typename
      ... on OjtVisit {
        id
        status
        heldAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RecordPostBriefMutation = graphql(`
  mutation RecordPostBrief($input: RecordPostBriefInput!) {
    recordPostBrief(input: $input) {
      __typename
      ... on PostBrief {
        id
        version
        visitId
      }
      ... on StalePostBriefError {
        code
        message
        current {
          id
          version
          findings
          goodPoints
          improvementAreas
          improvementPlan
          nextHearingItems
          updatedAt
        }
      }
      ... on MissingVerdictsError {
        code
        message
        missingHypothesisIds
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const MyCompetenciesQuery = graphql(`
  query MyCompetencies($programId: ID!, $traineeId: ID!) {
    competencyProfile(programId: $programId, traineeId: $traineeId) {
      programId
      proficientCount
      behaviourCount
      framework {
        id
        proficientLevel
        scale {
          level
          label
          meaning
        }
      }
      steps {
        step {
          id
          code
          title
          practicePoints {
            phase
            text
          }
        }
      }
      behaviours {
        currentLevel
        selfLevel
        gap
        proficient
        evidenceCount
        lastAssessedAt
        behaviour {
          id
          code
          name
          description
          stepId
          crossCutting
        }
      }
    }
    assessmentHistory(programId: $programId, traineeId: $traineeId, first: 100) {
      totalCount
      edges {
        node {
          id
          behaviourId
          level
          source
          comment
          evidenceId
          evidenceType
          recordedAt
          assessor {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const RecordSelfAssessmentMutation = graphql(`
  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {
    recordSelfAssessment(input: $input) {
      __typename
      ... on Assessment {
        id
        behaviourId
        level
        source
        comment
        recordedAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
