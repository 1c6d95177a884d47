import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, clientAddress, Ctx, CurrentActor, ParseIdPipe, Public, RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import { Program, ProgramsLoaders } from '@banso/programs';
import {
  Certificate,
  CertificateConnection,
  CertificateCredential,
  CertificateVerification,
  CertificationAdvisor,
  CertificationEvaluationRun,
  CertificationProgress,
  CertificationRule,
  MentorLineage,
} from '../models/certification.model';
import {
  CertificatesArgs,
  DesignateAdvisorInput,
  EvaluateProgramCertificationsInput,
  IssueCertificateInput,
  RevokeCertificateInput,
  UpdateCertificationRuleInput,
} from '../dto/certification.input';
import {
  DesignateAdvisorResult,
  EvaluateProgramCertificationsResult,
  IssueCertificateResult,
  RevokeCertificateResult,
  UpdateCertificationRuleResult,
} from '../certification.results';
import { CertificationRulesService } from '../services/certification-rules.service';
import { CertificationProgressService } from '../services/certification-progress.service';
import { CertificateService } from '../services/certificate.service';
import { CertificationEvaluationService } from '../services/certification-evaluation.service';
import { AdvisorService } from '../services/advisor.service';
import { LineageService } from '../services/lineage.service';
import { CertificateCredentialService } from '../services/certificate-credential.service';

@Resolver()
export class CertificationResolver {
  constructor(
    private readonly rules: CertificationRulesService,
    private readonly progress: CertificationProgressService,
    private readonly certificateService: CertificateService,
    private readonly evaluation: CertificationEvaluationService,
    private readonly advisors: AdvisorService,
    private readonly lineage: LineageService,
    private readonly credentials: CertificateCredentialService,
  ) {}

  @Query(() => [CertificationRule], { description: "The program's certification rules (認定基準), SUPPORTER first" })
  certificationRules(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<CertificationRule[]> {
    return this.rules.certificationRules(actor, programId);
  }

  @Mutation(() => UpdateCertificationRuleResult, {
    description: 'Owners: replace the rule of one kind (typed criteria, validity, autoIssue) while the program is open',
  })
  updateCertificationRule(@CurrentActor() actor: Actor, @Args('input') input: UpdateCertificationRuleInput) {
    return this.rules.updateCertificationRule(actor, input);
  }

  @Query(() => CertificationProgress, {
    description:
      "A person's checklist towards certification (認定までの道のり): each criterion met or not, current value, target " +
      'and the records that count. The person, their mentors, owners and admins',
  })
  certificationProgress(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
    @Args('traineeId', { type: () => ID }, ParseIdPipe) traineeId: string,
  ): Promise<CertificationProgress> {
    return this.progress.certificationProgress(actor, programId, traineeId);
  }

  @Mutation(() => EvaluateProgramCertificationsResult, {
    description:
      'Owners: re-evaluate every trainee of the program in the worker (progress: certificationEvaluationRun)',
  })
  evaluateProgramCertifications(
    @CurrentActor() actor: Actor,
    @Args('input') input: EvaluateProgramCertificationsInput,
  ) {
    return this.evaluation.evaluateProgramCertifications(actor, input);
  }

  @Query(() => CertificationEvaluationRun, { description: 'Owners: how far a cohort re-evaluation has got' })
  certificationEvaluationRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<CertificationEvaluationRun> {
    return this.evaluation.certificationEvaluationRun(actor, id);
  }

  @Mutation(() => IssueCertificateResult, {
    description: 'Owners: issue a certificate; refused with the missing criteria unless every criterion is met',
  })
  issueCertificate(@CurrentActor() actor: Actor, @Args('input') input: IssueCertificateInput) {
    return this.certificateService.issueCertificate(actor, input);
  }

  @Mutation(() => RevokeCertificateResult, {
    description: 'Owners: revoke a certificate (a MENTOR certificate also ends the holder’s open pairings)',
  })
  revokeCertificate(@CurrentActor() actor: Actor, @Args('input') input: RevokeCertificateInput) {
    return this.certificateService.revokeCertificate(actor, input);
  }

  @Query(() => [Certificate], { description: 'Your certificates (マイ認定証), newest first' })
  myCertificates(@CurrentActor() actor: Actor): Promise<Certificate[]> {
    return this.certificateService.myCertificates(actor);
  }

  @Query(() => CertificateCredential, {
    description:
      'The signed Open Badges 3.0 credential of a certificate (デジタル認定証), for its holder to download; also ' +
      "the program's owners and admins",
  })
  certificateCredential(
    @CurrentActor() actor: Actor,
    @Args('certificateId', { type: () => ID }, ParseIdPipe) certificateId: string,
  ): Promise<CertificateCredential> {
    return this.credentials.credentialFor(actor, certificateId);
  }

  @Query(() => CertificateConnection, { description: "Owners: the program's certificates, newest first" })
  certificates(@CurrentActor() actor: Actor, @Args() args: CertificatesArgs) {
    return this.certificateService.programCertificates(actor, args);
  }

  @Public()
  @Query(() => CertificateVerification, {
    description:
      'Public (no login, rate-limited): check a certificate by its verification code. Only the holder, kind, ' +
      'program, organisation, dates and status',
  })
  verifyCertificate(@Args('code') code: string, @Ctx() context: RequestContext): Promise<CertificateVerification> {
    return this.certificateService.verifyCertificate(code, clientAddress(context.req));
  }

  @Mutation(() => DesignateAdvisorResult, {
    description:
      'Owners: let a MENTOR member without a MENTOR certificate mentor in the program (外部アドバイザー, audited)',
  })
  designateAdvisor(@CurrentActor() actor: Actor, @Args('input') input: DesignateAdvisorInput) {
    return this.advisors.designateAdvisor(actor, input);
  }

  @Query(() => [CertificationAdvisor], { description: "Owners: the program's external advisors" })
  certificationAdvisors(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<CertificationAdvisor[]> {
    return this.advisors.certificationAdvisors(actor, programId);
  }

  @Query(() => MentorLineage, {
    description: 'Who mentored whom into certification, up and down, with generations and mentees certified',
  })
  mentorLineage(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
  ): Promise<MentorLineage> {
    return this.lineage.mentorLineage(actor, userId);
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  constructor(
    private readonly identityLoaders: IdentityLoaders,
    private readonly programsLoaders: ProgramsLoaders,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'The holder' })
  holder(certificate: Certificate, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, certificate.userId);
  }

  @ResolveField(() => Program, { nullable: true, description: 'The issuing program' })
  program(certificate: Certificate, _args: unknown, context: RequestContext): Promise<Program | null> {
    return this.programsLoaders.program(context, certificate.programId);
  }
}

@Resolver(() => CertificationAdvisor)
export class CertificationAdvisorResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  user(advisor: CertificationAdvisor, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, advisor.userId);
  }
}
