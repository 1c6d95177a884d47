import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { ProgramsModule } from '@banso/programs';
import { FrameworksModule } from '@banso/frameworks';
import { CompetencyModule } from '@banso/competency';
import { NotificationModule } from '@banso/notification';
import { LearningActivityBehaviourEntity, LearningActivityEntity } from './entities/learning-activity.entity';
import { ParticipationEntity } from './entities/participation.entity';
import {
  CasePeerAssignmentEntity,
  CaseReviewEntity,
  CaseStudyEntity,
  CaseSubmissionEntity,
  CaseSubmissionRevisionEntity,
} from './entities/case-study.entity';
import { LearningAccessService } from './services/learning-access.service';
import { WaitlistService } from './services/waitlist.service';
import { LearningActivityService } from './services/learning-activity.service';
import { ParticipationService } from './services/participation.service';
import { AttendanceService } from './services/attendance.service';
import { CheckInThrottleService } from './services/check-in-throttle.service';
import { LearningProgressService } from './services/learning-progress.service';
import { LearningReadingService } from './services/learning-reading.service';
import { CaseSubmissionEvidenceVerifier, ParticipationEvidenceVerifier } from './services/learning-evidence.verifiers';
import { CaseStudyService } from './services/case-study.service';
import { CaseWorkService } from './services/case-work.service';
import { LearningLoaders } from './learning.loaders';
import { SessionReminderService } from './services/session-reminder.service';
import { SessionReminderProcessor } from './jobs/session-reminder.handler';
import { CaseWorkResolver } from './resolvers/case-work.resolver';
import { LearningActivityResolver } from './resolvers/learning-activity.resolver';
import { ParticipationResolver, TraineeLearningSummaryResolver } from './resolvers/participation.resolver';

/**
 * Off-JT learning: activities, registration with a waitlist, attendance and check-in, e-learning, handbooks, and
 * case-study workshops (case library, submissions, mentor and peer reviews against a rubric).
 */
@Module({
  imports: [
    DatabaseModule.forFeature([
      LearningActivityEntity,
      LearningActivityBehaviourEntity,
      ParticipationEntity,
      CaseStudyEntity,
      CaseSubmissionEntity,
      CaseSubmissionRevisionEntity,
      CaseReviewEntity,
      CasePeerAssignmentEntity,
    ]),
    AuditModule,
    IdentityModule,
    ProgramsModule,
    FrameworksModule,
    CompetencyModule,
    NotificationModule,
  ],
  providers: [
    LearningAccessService,
    WaitlistService,
    LearningActivityService,
    ParticipationService,
    AttendanceService,
    CheckInThrottleService,
    LearningProgressService,
    LearningReadingService,
    ParticipationEvidenceVerifier,
    CaseSubmissionEvidenceVerifier,
    CaseStudyService,
    CaseWorkService,
    SessionReminderService,
    SessionReminderProcessor,
    LearningLoaders,
    LearningActivityResolver,
    ParticipationResolver,
    TraineeLearningSummaryResolver,
    CaseWorkResolver,
  ],
  exports: [LearningReadingService, SessionReminderService],
})
export class LearningModule {}
