import { OjtCertificationEvidenceService } from './services/ojt-certification-evidence.service';
import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { ProgramsModule } from '@banso/programs';
import { NotificationModule } from '@banso/notification';
import { CompetencyModule } from '@banso/competency';
import { ClientCompanyEntity } from './entities/client-company.entity';
import { SupportCaseEntity } from './entities/support-case.entity';
import {
  SupportCaseHandOffEntity,
  SupportCaseMilestoneEntity,
  SupportCaseRevisionEntity,
  SupportCaseStepMoveEntity,
} from './entities/case-history.entity';
import { OjtVisitEntity, OjtVisitMentorEntity, OjtVisitSecondMentorEntity } from './entities/ojt-visit.entity';
import { HypothesisEntity, PostBriefEntity, PreBriefEntity } from './entities/brief.entity';
import { NextActionEntity } from './entities/next-action.entity';
import { VisitFeedbackEntity } from './entities/visit-feedback.entity';
import { OjtAccessService } from './services/ojt-access.service';
import { ClientCompanyService } from './services/client-company.service';
import { SupportCaseService } from './services/support-case.service';
import { VisitService } from './services/visit.service';
import { BriefService } from './services/brief.service';
import { NextActionService } from './services/next-action.service';
import { VisitFeedbackService } from './services/visit-feedback.service';
import { VisitEvidenceVerifier } from './services/visit-evidence.verifier';
import { OjtBatchService } from './services/ojt-batch.service';
import { OjtReadingService } from './services/ojt-reading.service';
import { ReminderScheduler } from './services/reminder-scheduler';
import { ReminderService } from './services/reminder.service';
import { FeedbackPendingProcessor, PostBriefOverdueProcessor } from './jobs/reminder.handlers';
import { OjtLoaders } from './ojt.loaders';
import { ClientCompanyResolver } from './resolvers/client-company.resolver';
import { CaseHandOffResolver, SupportCaseResolver } from './resolvers/support-case.resolver';
import {
  NextActionResolver,
  OjtVisitResolver,
  PreBriefResolver,
  VisitFeedbackResolver,
} from './resolvers/visit.resolver';
import { OjtReadingResolver } from './resolvers/reading.resolver';

/** Accompanied OJT: client companies, support cases, visits with pre/post-briefs, feedback and reminders. */
@Module({
  imports: [
    DatabaseModule.forFeature([
      ClientCompanyEntity,
      SupportCaseEntity,
      SupportCaseRevisionEntity,
      SupportCaseStepMoveEntity,
      SupportCaseMilestoneEntity,
      SupportCaseHandOffEntity,
      OjtVisitEntity,
      OjtVisitMentorEntity,
      OjtVisitSecondMentorEntity,
      PreBriefEntity,
      HypothesisEntity,
      PostBriefEntity,
      NextActionEntity,
      VisitFeedbackEntity,
    ]),
    AuditModule,
    IdentityModule,
    ProgramsModule,
    NotificationModule,
    CompetencyModule,
  ],
  providers: [
    OjtAccessService,
    OjtCertificationEvidenceService,
    ClientCompanyService,
    SupportCaseService,
    VisitService,
    BriefService,
    NextActionService,
    VisitFeedbackService,
    VisitEvidenceVerifier,
    OjtBatchService,
    OjtReadingService,
    ReminderScheduler,
    ReminderService,
    PostBriefOverdueProcessor,
    FeedbackPendingProcessor,
    OjtLoaders,
    ClientCompanyResolver,
    SupportCaseResolver,
    CaseHandOffResolver,
    OjtVisitResolver,
    PreBriefResolver,
    NextActionResolver,
    VisitFeedbackResolver,
    OjtReadingResolver,
  ],
  exports: [
    ClientCompanyService,
    SupportCaseService,
    OjtReadingService,
    ReminderService,
    OjtCertificationEvidenceService,
  ],
})
export class OjtModule {}
