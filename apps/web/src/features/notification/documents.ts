import { graphql } from '../../gql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    notifications(unreadOnly: true, first: 1) {
      totalCount
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 30, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          message
          readAt
          createdAt
          subjectId
          subjectType
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`);
