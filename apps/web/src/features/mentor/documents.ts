import { graphql } from '../../gql';

export const MentorInboxDocument = graphql(`
  query MentorInbox {
    mentorInbox {
      reason
      waitingHours
      waitingSince
      visit {
        id
        number
        status
        scheduledAt
        heldAt
        programId
        trainee {
          id
          displayName
        }
        clientCompany {
          id
          name
        }
      }
    }
  }
`);

export const VisitReviewDocument = graphql(`
  query VisitReview($id: ID!) {
    visit(id: $id) {
      id
      number
      status
      scheduledAt
      heldAt
      durationMinutes
      traineeRole
      stepsPractised
      summary
      programId
      trainee {
        id
        displayName
      }
      clientCompany {
        id
        name
        industry
      }
      mentors {
        id
        displayName
      }
      preBrief {
        id
        companyInfoReviewed
        priorConsultation
        hearingItems
        meetingPlan
      }
      hypotheses {
        id
        kind
        position
        statement
        verdict
        verdictNote
      }
      postBrief {
        id
        findings
        goodPoints
        improvementAreas
        improvementPlan
        nextHearingItems
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

export const ProgramFrameworkDocument = graphql(`
  query ProgramFramework($programId: ID!) {
    program(id: $programId) {
      id
      name
      framework {
        id
        proficientLevel
        scale {
          level
          label
          meaning
        }
        steps {
          id
          code
          title
          behaviours {
            id
            code
            name
            description
          }
        }
        crossCuttingBehaviours {
          id
          code
          name
          description
        }
      }
    }
  }
`);

export const GiveVisitFeedbackDocument = graphql(`
  mutation GiveVisitFeedback($input: GiveVisitFeedbackInput!) {
    giveVisitFeedback(input: $input) {
      __typename
      ... on VisitFeedback {
        id
        visitId
        comment
        assessmentIds
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const MyMenteesDocument = graphql(`
  query MyMentees {
    me {
      id
    }
    myPrograms(first: 50) {
      edges {
        node {
          id
          name
          status
          mentorships {
            id
            status
            mentorId
            startedAt
            trainee {
              id
              displayName
              organization {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);
