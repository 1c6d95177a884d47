import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '@banso/audit';
import { FrameworksModule } from '@banso/frameworks';
import { IdentityModule } from '@banso/identity';
import { ProgramsModule } from '@banso/programs';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentService } from './services/assessment.service';
import { CompetencyAccessService } from './services/competency-access.service';
import { CompetencyStandingService } from './services/competency-standing.service';
import { EvidenceRegistry } from './services/evidence.registry';
import { AssessmentResolver } from './resolvers/assessment.resolver';
import { CompetencyProfileResolver } from './resolvers/competency-profile.resolver';
import { CompetencyMatrixResolver, CompetencyMatrixRowResolver } from './resolvers/competency-matrix.resolver';

/** Assessments of trainees on the framework's behaviours, competency profiles and the program matrix. */
@Module({
  imports: [
    DatabaseModule.forFeature([AssessmentEntity]),
    DiscoveryModule,
    AuditModule,
    IdentityModule,
    FrameworksModule,
    ProgramsModule,
  ],
  providers: [
    AssessmentService,
    CompetencyStandingService,
    CompetencyAccessService,
    EvidenceRegistry,
    AssessmentResolver,
    CompetencyProfileResolver,
    CompetencyMatrixResolver,
    CompetencyMatrixRowResolver,
  ],
  exports: [AssessmentService, CompetencyStandingService, EvidenceRegistry],
})
export class CompetencyModule {}
