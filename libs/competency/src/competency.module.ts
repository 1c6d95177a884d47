import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { ProgramFrameworks, ProgramsModule } from '@banso/programs';
import { CompetencyFrameworkEntity } from './competency-framework.entity';
import { CompetencyStepEntity } from './competency-step.entity';
import { BehaviourEntity } from './behaviour.entity';
import { AssessmentEntity } from './assessment.entity';
import { FrameworkService } from './framework.service';
import { FrameworkAuthoringService } from './framework-authoring.service';
import { CompetencyService } from './competency.service';
import { CompetencyLoaders } from './competency.loaders';
import { EvidenceRegistry } from './evidence.registry';
import {
  AssessmentResolver,
  CompetencyFrameworkResolver,
  CompetencyMatrixResolver,
  CompetencyMatrixRowResolver,
  CompetencyProfileResolver,
  CompetencyStepResolver,
  ProgramFrameworkResolver,
} from './competency.resolver';

/** Competency frameworks (STEP0–3 behaviours), assessments, profiles and the program matrix. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CompetencyFrameworkEntity, CompetencyStepEntity, BehaviourEntity, AssessmentEntity]),
    AuditModule,
    IdentityModule,
    ProgramsModule,
  ],
  providers: [
    FrameworkService,
    FrameworkAuthoringService,
    CompetencyService,
    CompetencyLoaders,
    EvidenceRegistry,
    CompetencyFrameworkResolver,
    CompetencyStepResolver,
    AssessmentResolver,
    CompetencyProfileResolver,
    CompetencyMatrixResolver,
    CompetencyMatrixRowResolver,
    ProgramFrameworkResolver,
  ],
  exports: [CompetencyService, FrameworkService, CompetencyLoaders, EvidenceRegistry],
})
export class CompetencyModule implements OnModuleInit {
  constructor(
    private readonly programFrameworks: ProgramFrameworks,
    private readonly frameworks: FrameworkService,
  ) {}

  /** New programs are pinned to a PUBLISHED framework chosen by this lib (programs does not import competency). */
  onModuleInit(): void {
    this.programFrameworks.use((manager, requestedId) => this.frameworks.frameworkForNewProgram(manager, requestedId));
  }
}
