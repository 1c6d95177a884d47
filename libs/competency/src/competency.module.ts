import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@banso/audit';
import { FrameworksModule } from '@banso/frameworks';
import { IdentityModule } from '@banso/identity';
import { ProgramsModule } from '@banso/programs';
import { AssessmentEntity } from './entities/assessment.entity';
import { CompetencyService } from './services/competency.service';
import { EvidenceRegistry } from './services/evidence.registry';
import {
  AssessmentResolver,
  CompetencyMatrixResolver,
  CompetencyMatrixRowResolver,
  CompetencyProfileResolver,
} from './resolvers/competency.resolver';

/** Assessments of trainees on the framework's behaviours, competency profiles and the program matrix. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssessmentEntity]),
    DiscoveryModule,
    AuditModule,
    IdentityModule,
    FrameworksModule,
    ProgramsModule,
  ],
  providers: [
    CompetencyService,
    EvidenceRegistry,
    AssessmentResolver,
    CompetencyProfileResolver,
    CompetencyMatrixResolver,
    CompetencyMatrixRowResolver,
  ],
  exports: [CompetencyService, EvidenceRegistry],
})
export class CompetencyModule {}
