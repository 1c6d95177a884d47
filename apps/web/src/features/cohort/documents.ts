import { graphql } from '../../gql';

export const CompetencyProfileDocument = graphql(`
  query TraineeCompetencyProfile($programId: ID!, $traineeId: ID!) {
    competencyProfile(programId: $programId, traineeId: $traineeId) {
      programId
      progress
      proficientCount
      behaviourCount
      trainee {
        id
        displayName
      }
      framework {
        id
        proficientLevel
        scale {
          level
          label
        }
      }
      steps {
        behaviourCount
        proficientCount
        step {
          id
          code
          title
        }
        weakestBehaviour {
          id
          name
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
          stepId
          crossCutting
        }
      }
    }
  }
`);

export const CompetencyMatrixDocument = graphql(`
  query CohortMatrix($programId: ID!) {
    competencyMatrix(programId: $programId) {
      programId
      proficientLevel
      behaviours {
        id
        code
        name
      }
      rows {
        traineeId
        proficientCount
        levels
        trainee {
          id
          displayName
        }
      }
    }
  }
`);
