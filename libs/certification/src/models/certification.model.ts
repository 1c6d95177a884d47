import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { CaseMilestoneKind, SupportStep } from '@banso/ojt';
import { LearningActivityKind } from '@banso/learning';
import { CertificateKind, CertificateStatus, CriterionType, EvidenceRecordType } from '../certification.enums';

@ObjectType({ description: 'Minimum current (mentor-rated) level for every behaviour of a STEP' })
export class StepLevelCriterion {
  @Field({ description: 'Step code of the framework, e.g. STEP1' })
  stepCode: string;
  @Field(() => Int)
  minLevel: number;
}

@ObjectType({ description: 'Minimum current (mentor-rated) level for one named behaviour' })
export class BehaviourLevelCriterion {
  @Field({ description: 'Behaviour code of the framework, e.g. S1-LISTENING' })
  behaviourCode: string;
  @Field(() => Int)
  minLevel: number;
}

@ObjectType({ description: 'At least one support case led by the trainee that reached a STEP and/or a milestone' })
export class CaseReachedCriterion {
  @Field(() => SupportStep, { nullable: true })
  step: SupportStep | null;
  @Field(() => CaseMilestoneKind, { nullable: true })
  milestone: CaseMilestoneKind | null;
  @Field({ description: 'The case must also have a talent requirement (人材要件)' })
  requireTalentRequirement: boolean;
}

@ObjectType({ description: 'Mentor-preparation activities (off-JT of the given kinds) attended or completed' })
export class MentorPreparationCriterion {
  @Field(() => Int)
  minActivities: number;
  @Field(() => [LearningActivityKind])
  kinds: LearningActivityKind[];
}

@ObjectType({ description: 'The typed criteria of a certification rule; a null or empty criterion does not apply' })
export class CertificationCriteria {
  @Field(() => [StepLevelCriterion])
  minLevelForSteps: StepLevelCriterion[];
  @Field(() => [BehaviourLevelCriterion])
  minLevelForBehaviours: BehaviourLevelCriterion[];
  @Field(() => Int, { nullable: true, description: 'Minimum current level for every behaviour of the framework' })
  minLevelForAllBehaviours: number | null;
  @Field(() => Int, { nullable: true, description: 'Visits that received mentor feedback' })
  minVisitsWithFeedback: number | null;
  @Field(() => Int, { nullable: true, description: 'Of those, visits the trainee led (trainee role LEAD)' })
  minVisitsLed: number | null;
  @Field({ description: 'Every required off-JT activity attended or completed' })
  requiredActivitiesDone: boolean;
  @Field(() => CaseReachedCriterion, { nullable: true })
  caseReached: CaseReachedCriterion | null;
  @Field({ description: 'Holds an ACTIVE SUPPORTER certificate (any program)' })
  requireActiveSupporter: boolean;
  @Field(() => Int, { nullable: true, description: 'Visits accompanied as second mentor that received feedback' })
  minVisitsAsSecondMentor: number | null;
  @Field(() => MentorPreparationCriterion, { nullable: true })
  mentorPreparation: MentorPreparationCriterion | null;
}

@ObjectType({ description: 'What it takes to be certified in a program, per kind (認定基準)' })
export class CertificationRule {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => CertificateKind)
  kind: CertificateKind;
  @Field(() => CertificationCriteria)
  criteria: CertificationCriteria;
  @Field(() => Int)
  validityMonths: number;
  @Field({ description: 'Issue the certificate automatically once every criterion is met' })
  autoIssue: boolean;
  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A record that counts for a criterion (an assessment, a visit, an activity, a case …)' })
export class EvidenceRecord {
  @Field(() => EvidenceRecordType)
  type: EvidenceRecordType;
  @Field(() => ID)
  id: string;
  @Field({ description: 'What to show, in the caller language' })
  label: string;
}

@ObjectType({ description: 'One criterion of a rule for one person: met or not, current value, target, records' })
export class CriterionProgress {
  @Field({ description: 'Stable key, e.g. STEP_LEVEL:STEP1, BEHAVIOUR_LEVEL:S1-LISTENING, VISITS_LED' })
  key: string;
  @Field(() => CriterionType)
  type: CriterionType;
  @Field({ description: 'The criterion in words, in the caller language' })
  label: string;
  @Field()
  met: boolean;
  @Field(() => Int, { description: 'Current value (a level, a count; 1/0 for yes/no criteria)' })
  current: number;
  @Field(() => Int)
  target: number;
  @Field(() => [EvidenceRecord])
  records: EvidenceRecord[];
}

@ObjectType({ description: "One rule's checklist for a person (認定までの道のり)" })
export class RuleProgress {
  @Field(() => CertificateKind)
  kind: CertificateKind;
  @Field(() => ID)
  ruleId: string;
  @Field({ description: 'Every criterion is met' })
  met: boolean;
  @Field(() => [CriterionProgress])
  criteria: CriterionProgress[];
  @Field(() => [CriterionProgress], { description: 'The criteria still missing' })
  missing: CriterionProgress[];
  @Field(() => ID, { nullable: true, description: 'The ACTIVE certificate of this kind in the program, if any' })
  activeCertificateId: string | null;
}

@ObjectType({ description: "A person's progress towards certification in a program" })
export class CertificationProgress {
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => [RuleProgress])
  rules: RuleProgress[];
}

@ObjectType({ description: 'A certificate (認定証)' })
export class Certificate {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  userId: string;
  @Field(() => CertificateKind)
  kind: CertificateKind;
  @Field(() => CertificateStatus)
  status: CertificateStatus;
  @Field({ description: 'Public verification code: anyone can check it at /verify/:code' })
  verificationCode: string;
  @Field()
  issuedAt: Date;
  @Field()
  expiresAt: Date;
  @Field(() => ID, { nullable: true })
  issuedById: string | null;
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
  @Field(() => String, { nullable: true })
  revokeReason: string | null;
  @Field(() => Date, { nullable: true })
  expiredAt: Date | null;
  @Field(() => [RuleProgress], { description: 'The evidence it was issued on (snapshot)' })
  evidence: RuleProgress[];
}

@ObjectType({ description: 'What verifyCertificate shows anyone holding the code, and nothing else' })
export class CertificateVerification {
  @Field()
  holderName: string;
  @Field(() => CertificateKind)
  kind: CertificateKind;
  @Field()
  programName: string;
  @Field()
  organizationName: string;
  @Field()
  issuedAt: Date;
  @Field()
  expiresAt: Date;
  @Field(() => CertificateStatus)
  status: CertificateStatus;
}

@ObjectType({
  description:
    'The certificate as a signed Open Badges 3.0 credential (VC-JWT, デジタル認定証) for the holder to keep and show: ' +
    'anyone can verify it with the public key at /.well-known/jwks.json and its revocation status list',
})
export class CertificateCredential {
  @Field(() => ID)
  certificateId: string;
  @Field({ description: 'The credential as a compact JWS (header.payload.signature), signed with EdDSA' })
  jwt: string;
  @Field({ description: 'A file name to save it under, e.g. banso-supporter-ABCD-EFGH-JK.jwt' })
  fileName: string;
  @Field({ description: 'application/vc+jwt' })
  mediaType: string;
}

@ObjectType({ description: 'An external advisor (外部アドバイザー) allowed to mentor in a program' })
export class CertificationAdvisor {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  userId: string;
  @Field()
  reason: string;
  @Field(() => ID)
  designatedById: string;
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A cohort re-evaluation run by the worker; done of total trainees evaluated so far' })
export class CertificationEvaluationRun {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => Int)
  total: number;
  @Field(() => Int)
  done: number;
  @Field(() => Int, { description: 'Trainees found to meet every criterion of a rule they are not certified for' })
  criteriaMetCount: number;
  @Field()
  finished: boolean;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType({ description: 'One person in a mentor lineage (who mentored whom into certification)' })
export class LineageMember {
  @Field(() => ID)
  userId: string;
  @Field({ description: 'Display name' })
  displayName: string;
  @Field(() => Int, {
    description: '0 = the person asked about; -1 their mentors, -2 their mentors’ mentors; +1 mentees …',
  })
  generation: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Towards the person asked about: the mentee (for ancestors) or mentor (for descendants) linking them',
  })
  linkedToId: string | null;
  @Field(() => Int, { description: 'How many of their mentees were certified' })
  menteesCertified: number;
}

@ObjectType({ description: 'Mentor lineage of a person, up and down' })
export class MentorLineage {
  @Field(() => ID)
  userId: string;
  @Field(() => [LineageMember])
  members: LineageMember[];
  @Field(() => Int, { description: 'Number of generations shown (ancestors + the person + descendants)' })
  generations: number;
}

export const CertificateConnection = Connection(Certificate);
