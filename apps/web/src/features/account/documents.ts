import { graphql } from '../../gql';

export const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      id
      email
      displayName
      locale
      organization {
        id
        name
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on PasswordChanged {
        userId
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const ChangeLanguageDocument = graphql(`
  mutation ChangeLanguage($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on User {
        id
        locale
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const LogoutEverywhereDocument = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const SetPasswordWithTokenDocument = graphql(`
  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input) {
      __typename
      ... on PasswordChanged {
        userId
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
