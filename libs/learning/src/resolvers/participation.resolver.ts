import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import {
  LearningActivity,
  MyLearningEntry,
  Participation,
  ProgramAttendance,
  TraineeLearningSummary,
} from '../models/learning-activity.model';
import {
  AcknowledgeHandbookInput,
  CancelRegistrationInput,
  CheckInInput,
  RecordAttendanceInput,
  RecordLearningProgressInput,
  RegisterForActivityInput,
} from '../dto/participation.input';
import {
  AcknowledgeHandbookResult,
  CancelRegistrationResult,
  CheckInResult,
  RecordAttendanceResult,
  RecordLearningProgressResult,
  RegisterForActivityResult,
} from '../learning.results';
import { ParticipationService } from '../services/participation.service';
import { AttendanceService } from '../services/attendance.service';
import { LearningProgressService } from '../services/learning-progress.service';
import { LearningReadingService } from '../services/learning-reading.service';
import { LearningLoaders } from '../learning.loaders';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(
    private readonly participation: ParticipationService,
    private readonly attendance: AttendanceService,
    private readonly progress: LearningProgressService,
    private readonly reading: LearningReadingService,
    private readonly loaders: LearningLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => [MyLearningEntry], { description: "The program's activities with your participation (マイ研修)" })
  myLearning(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<MyLearningEntry[]> {
    return this.reading.myLearning(actor, programId);
  }

  @Query(() => ProgramAttendance, { description: 'Owners: off-JT attendance of a program (受講状況)' })
  programAttendance(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<ProgramAttendance> {
    return this.reading.programAttendance(actor, programId);
  }

  @Mutation(() => RegisterForActivityResult, {
    description: 'Register (参加登録): a seat while they last, else the waitlist in arrival order',
  })
  registerForActivity(@CurrentActor() actor: Actor, @Args('input') input: RegisterForActivityInput) {
    return this.participation.registerForActivity(actor, input);
  }

  @Mutation(() => CancelRegistrationResult, { description: 'Give up a seat or a waitlist place' })
  cancelRegistration(@CurrentActor() actor: Actor, @Args('input') input: CancelRegistrationInput) {
    return this.participation.cancelRegistration(actor, input);
  }

  @Mutation(() => RecordAttendanceResult, { description: 'Owners: record attendance (出欠) for many people at once' })
  recordAttendance(@CurrentActor() actor: Actor, @Args('input') input: RecordAttendanceInput) {
    return this.attendance.recordAttendance(actor, input);
  }

  @Mutation(() => CheckInResult, { description: 'Trainees: check in to a session with the code shown in the room' })
  checkIn(@CurrentActor() actor: Actor, @Args('input') input: CheckInInput) {
    return this.attendance.checkIn(actor, input);
  }

  @Mutation(() => RecordLearningProgressResult, { description: 'Trainees: record e-learning progress' })
  recordLearningProgress(@CurrentActor() actor: Actor, @Args('input') input: RecordLearningProgressInput) {
    return this.progress.recordLearningProgress(actor, input);
  }

  @Mutation(() => AcknowledgeHandbookResult, { description: 'Trainees: confirm having read a handbook (読了確認)' })
  acknowledgeHandbook(@CurrentActor() actor: Actor, @Args('input') input: AcknowledgeHandbookInput) {
    return this.progress.acknowledgeHandbook(actor, input);
  }

  @ResolveField(() => User, { nullable: true })
  user(participation: Participation, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, participation.userId);
  }

  @ResolveField(() => LearningActivity, { nullable: true })
  activity(participation: Participation, _args: unknown, context: RequestContext): Promise<LearningActivity | null> {
    return this.loaders.activity(context, participation.activityId);
  }
}

@Resolver(() => TraineeLearningSummary)
export class TraineeLearningSummaryResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  trainee(summary: TraineeLearningSummary, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, summary.traineeId);
  }
}
