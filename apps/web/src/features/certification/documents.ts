import { graphql } from '../../gql';

export const CriterionFieldsFragment = graphql(`
  fragment CriterionFields on CriterionProgress {
    key
    type
    label
    met
    current
    target
    records {
      id
      type
      label
    }
  }
`);

export const MyCertificationDocument = graphql(`
  query MyCertification($programId: ID!, $traineeId: ID!) {
    certificationProgress(programId: $programId, traineeId: $traineeId) {
      programId
      traineeId
      rules {
        ruleId
        kind
        met
        activeCertificateId
        criteria {
          ...CriterionFields
        }
      }
    }
  }
`);

export const MyCertificatesDocument = graphql(`
  query MyCertificates {
    myCertificates {
      id
      kind
      status
      issuedAt
      expiresAt
      expiredAt
      revokedAt
      revokeReason
      verificationCode
      program {
        id
        name
      }
    }
  }
`);

export const VerifyCertificateDocument = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      holderName
      kind
      programName
      organizationName
      issuedAt
      expiresAt
      status
    }
  }
`);

export const ProgramCertificationDocument = graphql(`
  query ProgramCertification($programId: ID!) {
    program(id: $programId) {
      id
      name
      status
      members {
        id
        role
        status
        userId
        user {
          id
          displayName
        }
      }
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
    certificationRules(programId: $programId) {
      id
      kind
      validityMonths
      autoIssue
      updatedAt
      criteria {
        minLevelForSteps {
          stepCode
          minLevel
        }
        minLevelForBehaviours {
          behaviourCode
          minLevel
        }
        minLevelForAllBehaviours
        minVisitsWithFeedback
        minVisitsLed
        requiredActivitiesDone
        caseReached {
          step
          milestone
          requireTalentRequirement
        }
        requireActiveSupporter
        minVisitsAsSecondMentor
        mentorPreparation {
          minActivities
          kinds
        }
      }
    }
    certificates(programId: $programId, first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          status
          userId
          issuedAt
          expiresAt
          revokedAt
          revokeReason
          verificationCode
        }
      }
    }
  }
`);

export const TraineeProgressDocument = graphql(`
  query TraineeProgress($programId: ID!, $traineeId: ID!) {
    certificationProgress(programId: $programId, traineeId: $traineeId) {
      programId
      traineeId
      rules {
        ruleId
        kind
        met
        activeCertificateId
        criteria {
          ...CriterionFields
        }
      }
    }
  }
`);

export const UpdateCertificationRuleDocument = graphql(`
  mutation UpdateCertificationRule($input: UpdateCertificationRuleInput!) {
    updateCertificationRule(input: $input) {
      __typename
      ... on CertificationRule {
        id
        kind
        validityMonths
        autoIssue
        updatedAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const IssueCertificateDocument = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      __typename
      ... on Certificate {
        id
        kind
        status
        userId
        issuedAt
        expiresAt
        verificationCode
      }
      ... on CriteriaNotMetError {
        kind
        missing {
          key
          label
          current
          target
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RevokeCertificateDocument = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      __typename
      ... on Certificate {
        id
        status
        revokedAt
        revokeReason
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CertificationAdvisorsDocument = graphql(`
  query CertificationAdvisors($programId: ID!) {
    certificationAdvisors(programId: $programId) {
      id
      userId
      reason
      createdAt
      user {
        id
        displayName
      }
    }
  }
`);

export const DesignateAdvisorDocument = graphql(`
  mutation DesignateAdvisor($input: DesignateAdvisorInput!) {
    designateAdvisor(input: $input) {
      __typename
      ... on CertificationAdvisor {
        id
        userId
        reason
        createdAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const EvaluateProgramCertificationsDocument = graphql(`
  mutation EvaluateProgramCertifications($input: EvaluateProgramCertificationsInput!) {
    evaluateProgramCertifications(input: $input) {
      __typename
      ... on CertificationEvaluationRun {
        id
        total
        done
        finished
        criteriaMetCount
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CertificationEvaluationRunDocument = graphql(`
  query CertificationEvaluationRun($id: ID!) {
    certificationEvaluationRun(id: $id) {
      id
      total
      done
      finished
      criteriaMetCount
    }
  }
`);

export const MentorLineageDocument = graphql(`
  query MentorLineage($userId: ID!) {
    mentorLineage(userId: $userId) {
      userId
      generations
      members {
        userId
        displayName
        generation
        linkedToId
        menteesCertified
      }
    }
  }
`);

export const CertificateCredentialDocument = graphql(`
  query CertificateCredential($certificateId: ID!) {
    certificateCredential(certificateId: $certificateId) {
      certificateId
      jwt
      fileName
      mediaType
    }
  }
`);
