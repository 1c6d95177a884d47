import { graphql } from '../../gql';

export const ProgramsListDocument = graphql(`
  query ProgramsList($after: String) {
    me {
      id
      systemRole
    }
    programs(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          fiscalYear
          region
          status
          startsOn
          endsOn
          operatorOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProgramDetailDocument = graphql(`
  query ProgramDetail($id: ID!) {
    me {
      id
      systemRole
    }
    program(id: $id) {
      id
      name
      fiscalYear
      region
      status
      startsOn
      endsOn
      operatorOrganization {
        id
        name
      }
      framework {
        id
        name
        version
      }
      members {
        id
        role
        status
        joinedAt
        withdrawnAt
        userId
        user {
          id
          displayName
          email
          organization {
            id
            name
          }
        }
      }
      mentorships {
        id
        status
        startedAt
        endedAt
        mentor {
          id
          displayName
        }
        trainee {
          id
          displayName
        }
      }
    }
  }
`);

export const ProgramVisitsDocument = graphql(`
  query ProgramVisits($programId: ID!, $traineeId: ID, $after: String) {
    visits(filter: { programId: $programId, traineeId: $traineeId }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          scheduledAt
          heldAt
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
  }
`);

export const OperatorChoicesDocument = graphql(`
  query OperatorChoices {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    competencyFrameworks(first: 50, status: PUBLISHED) {
      edges {
        node {
          id
          name
          version
        }
      }
    }
  }
`);

export const CreateProgramDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on Program {
        id
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const UpdateProgramDocument = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      __typename
      ... on Program {
        id
        name
        fiscalYear
        region
        startsOn
        endsOn
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const ActivateProgramDocument = graphql(`
  mutation ActivateProgram($input: ProgramIdInput!) {
    activateProgram(input: $input) {
      __typename
      ... on Program {
        id
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CloseProgramDocument = graphql(`
  mutation CloseProgram($input: ProgramIdInput!) {
    closeProgram(input: $input) {
      __typename
      ... on Program {
        id
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const MemberCandidatesDocument = graphql(`
  query MemberCandidates($programId: ID!, $search: String!) {
    programMemberCandidates(programId: $programId, search: $search) {
      id
      displayName
      email
      organization {
        id
        name
      }
    }
  }
`);

export const AddProgramMemberDocument = graphql(`
  mutation AddProgramMember($input: AddProgramMemberInput!) {
    addProgramMember(input: $input) {
      __typename
      ... on ProgramMember {
        id
        role
        status
      }
      ... on UserNotFoundError {
        field
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const WithdrawProgramMemberDocument = graphql(`
  mutation WithdrawProgramMember($input: WithdrawProgramMemberInput!) {
    withdrawProgramMember(input: $input) {
      __typename
      ... on ProgramMember {
        id
        status
        withdrawnAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const AssignMentorDocument = graphql(`
  mutation AssignMentor($input: AssignMentorInput!) {
    assignMentor(input: $input) {
      __typename
      ... on Mentorship {
        id
        status
      }
      ... on NotAProgramMemberError {
        field
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const EndMentorshipDocument = graphql(`
  mutation EndMentorship($input: EndMentorshipInput!) {
    endMentorship(input: $input) {
      __typename
      ... on Mentorship {
        id
        status
        endedAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
