import { graphql } from '../../gql';

export const OrganizationsDocument = graphql(`
  query AdminOrganizations($after: String) {
    organizations(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          sector
          prefecture
        }
      }
    }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
      sector
      prefecture
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      kind
      sector
      prefecture
    }
  }
`);

export const OrganizationAccountsDocument = graphql(`
  query OrganizationAccounts($id: ID!, $after: String) {
    organization(id: $id) {
      id
      name
      kind
      sector
      prefecture
      createdAt
    }
    users(organizationId: $id, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          displayName
          locale
          systemRole
          status
        }
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on User {
        id
        email
        displayName
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const AccountDocument = graphql(`
  query AdminAccount($id: ID!) {
    user(id: $id) {
      id
      email
      displayName
      locale
      systemRole
      status
      createdAt
      organization {
        id
        name
      }
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on User {
        id
        displayName
        locale
        systemRole
        organizationId
        organization {
          id
          name
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const DisableAccountDocument = graphql(`
  mutation DisableAccount($input: DisableUserInput!) {
    disableUser(input: $input) {
      __typename
      ... on UserDisabled {
        user {
          id
          status
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const IssuePasswordSetupLinkDocument = graphql(`
  mutation IssuePasswordSetupLink($input: IssuePasswordSetupLinkInput!) {
    issuePasswordSetupLink(input: $input) {
      userId
      token
      expiresAt
    }
  }
`);
