import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { FrameworksModule } from '@banso/frameworks';
import { ProgramsModule } from '@banso/programs';
import { CompetencyModule } from '@banso/competency';
import { NotificationModule } from '@banso/notification';
import { OjtModule } from '@banso/ojt';
import { LearningModule } from '@banso/learning';
import { CredentialsModule } from '@banso/credentials';
import { CertificationRuleEntity } from './entities/certification-rule.entity';
import {
  CertificateEntity,
  CertificationAdvisorEntity,
  CertificationEvaluationRunEntity,
} from './entities/certificate.entity';
import { CertificationAccessService } from './services/certification-access.service';
import { CertificationRulesService } from './services/certification-rules.service';
import { CertificationProgressService } from './services/certification-progress.service';
import { CertificateService } from './services/certificate.service';
import { CertificateCredentialService } from './services/certificate-credential.service';
import { CertificationEvaluationService } from './services/certification-evaluation.service';
import { AdvisorService } from './services/advisor.service';
import { LineageService } from './services/lineage.service';
import { VerifyThrottleService } from './services/verify-throttle.service';
import {
  EvaluateCertificationProcessor,
  EvaluateProgramCertificationsProcessor,
  ExpireCertificatesProcessor,
} from './jobs/certification.handlers';
import {
  CertificateResolver,
  CertificationAdvisorResolver,
  CertificationResolver,
} from './resolvers/certification.resolver';

/**
 * Certification (認定): rules per program and kind, progress against them, the debounced evaluation, certificates
 * (issue, revoke, expire, public verification) and the mentor cascade (eligibility rule for assignMentor, external
 * advisors, lineage). Built on competency, ojt and learning; the signed credential is the credentials lib's.
 */
@Module({
  imports: [
    DatabaseModule.forFeature([
      CertificationRuleEntity,
      CertificateEntity,
      CertificationAdvisorEntity,
      CertificationEvaluationRunEntity,
    ]),
    AuditModule,
    IdentityModule,
    FrameworksModule,
    ProgramsModule,
    CompetencyModule,
    NotificationModule,
    OjtModule,
    LearningModule,
    CredentialsModule,
  ],
  providers: [
    CertificationAccessService,
    CertificationRulesService,
    CertificationProgressService,
    CertificateService,
    CertificateCredentialService,
    CertificationEvaluationService,
    AdvisorService,
    LineageService,
    VerifyThrottleService,
    EvaluateCertificationProcessor,
    EvaluateProgramCertificationsProcessor,
    ExpireCertificatesProcessor,
    CertificationResolver,
    CertificateResolver,
    CertificationAdvisorResolver,
  ],
  exports: [CertificateService, CertificationProgressService, CertificationEvaluationService],
})
export class CertificationModule {}
