import { graphql } from '../../gql';

export const RosterProgramDocument = graphql(`
  query RosterProgram($id: ID!) {
    program(id: $id) {
      id
      name
      status
    }
  }
`);

export const ImportProgramRosterDocument = graphql(`
  mutation ImportProgramRoster($input: ImportProgramRosterInput!) {
    importProgramRoster(input: $input) {
      __typename
      ... on RosterImportReport {
        dryRun
        applied
        summary {
          rows
          organizationsCreated
          accountsCreated
          membershipsAdded
          pairingsAdded
          unchangedRows
        }
        rows {
          rowNumber
          email
          displayName
          role
          organizationName
          actions
        }
        problems {
          rowNumber
          column
          code
          message
        }
        passwordSetupLinks {
          userId
          email
          token
          expiresAt
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
