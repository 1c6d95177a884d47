import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { CompetencyFrameworkEntity } from './entities/competency-framework.entity';
import { CompetencyStepEntity } from './entities/competency-step.entity';
import { BehaviourEntity } from './entities/behaviour.entity';
import { FrameworkService } from './services/framework.service';
import { FrameworkAuthoringService } from './services/framework-authoring.service';
import { FrameworksLoaders } from './frameworks.loaders';
import { CompetencyFrameworkResolver, CompetencyStepResolver } from './resolvers/framework.resolver';

/**
 * The framework catalogue (STEP0–3 behaviours): versions, import/export, publish/retire, DRAFT edits. It sits below
 * programs (a program is pinned to a framework) and competency (assessments rate its behaviours).
 */
@Module({
  imports: [DatabaseModule.forFeature([CompetencyFrameworkEntity, CompetencyStepEntity, BehaviourEntity]), AuditModule],
  providers: [
    FrameworkService,
    FrameworkAuthoringService,
    FrameworksLoaders,
    CompetencyFrameworkResolver,
    CompetencyStepResolver,
  ],
  exports: [FrameworkService, FrameworksLoaders],
})
export class FrameworksModule {}
