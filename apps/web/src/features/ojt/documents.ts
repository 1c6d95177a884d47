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
