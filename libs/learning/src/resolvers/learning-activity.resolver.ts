import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionShape, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { Behaviour, FrameworksLoaders } from '@banso/frameworks';
import {
  ActivitySeats,
  CheckInCode,
  LearningActivity,
  LearningActivityConnection,
  Participation,
} from '../models/learning-activity.model';
import {
  CancelLearningActivityInput,
  CreateLearningActivityInput,
  LearningActivitiesArgs,
  UpdateLearningActivityInput,
} from '../dto/activity.input';
import {
  CancelLearningActivityResult,
  CreateLearningActivityResult,
  UpdateLearningActivityResult,
} from '../learning.results';
import { LearningActivityService } from '../services/learning-activity.service';
import { LearningReadingService } from '../services/learning-reading.service';
import { AttendanceService } from '../services/attendance.service';
import { LearningLoaders } from '../learning.loaders';
import { CaseStudy, RubricCriterion } from '../models/case-study.model';
import { toRubric } from '../learning.mapper';

@Resolver(() => LearningActivity)
export class LearningActivityResolver {
  constructor(
    private readonly activities: LearningActivityService,
    private readonly reading: LearningReadingService,
    private readonly attendance: AttendanceService,
    private readonly loaders: LearningLoaders,
    private readonly frameworksLoaders: FrameworksLoaders,
  ) {}

  @Query(() => LearningActivity, { description: 'An off-JT activity of a program you belong to' })
  learningActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<LearningActivity> {
    return this.reading.learningActivity(actor, id);
  }

  @Query(() => LearningActivityConnection, { description: 'Off-JT activities of a program, in schedule order' })
  learningActivities(
    @CurrentActor() actor: Actor,
    @Args() args: LearningActivitiesArgs,
  ): Promise<ConnectionShape<LearningActivity>> {
    return this.reading.learningActivities(actor, args);
  }

  @Query(() => [Participation], { description: 'Owners: everyone registered, waitlisted or recorded for an activity' })
  activityParticipations(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }, ParseIdPipe) activityId: string,
  ): Promise<Participation[]> {
    return this.reading.activityParticipations(actor, activityId);
  }

  @Query(() => CheckInCode, { description: 'Owners: the check-in code (出席コード) to show in the room' })
  activityCheckInCode(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }, ParseIdPipe) activityId: string,
  ): Promise<CheckInCode> {
    return this.attendance.activityCheckInCode(actor, activityId);
  }

  @Mutation(() => CreateLearningActivityResult, { description: 'Owners: add an off-JT activity to a program' })
  createLearningActivity(@CurrentActor() actor: Actor, @Args('input') input: CreateLearningActivityInput) {
    return this.activities.createLearningActivity(actor, input);
  }

  @Mutation(() => UpdateLearningActivityResult, { description: 'Owners: edit a scheduled activity' })
  updateLearningActivity(@CurrentActor() actor: Actor, @Args('input') input: UpdateLearningActivityInput) {
    return this.activities.updateLearningActivity(actor, input);
  }

  @Mutation(() => CancelLearningActivityResult, {
    description: 'Owners: cancel (中止) an activity; everyone registered or waitlisted is notified',
  })
  cancelLearningActivity(@CurrentActor() actor: Actor, @Args('input') input: CancelLearningActivityInput) {
    return this.activities.cancelLearningActivity(actor, input);
  }

  @ResolveField(() => [ID], { description: 'Behaviours of the program framework the activity trains, in order' })
  behaviourIds(activity: LearningActivity, _args: unknown, context: RequestContext): Promise<string[]> {
    return this.loaders.behaviourIds(context, activity.id);
  }

  @ResolveField(() => [Behaviour], { description: 'Targeted behaviours (対象となる行動)' })
  async behaviours(activity: LearningActivity, _args: unknown, context: RequestContext): Promise<Behaviour[]> {
    const ids = await this.loaders.behaviourIds(context, activity.id);
    const behaviours = await Promise.all(ids.map((id) => this.frameworksLoaders.behaviour(context, id)));
    return behaviours.filter((behaviour): behaviour is Behaviour => behaviour !== null);
  }

  @ResolveField(() => CaseStudy, { nullable: true, description: 'The case study worked on (CASE_STUDY, WORKSHOP)' })
  caseStudy(activity: LearningActivity, _args: unknown, context: RequestContext): Promise<CaseStudy | null> {
    return activity.caseStudyId ? this.loaders.caseStudy(context, activity.caseStudyId) : Promise.resolve(null);
  }

  @ResolveField(() => [RubricCriterion], { description: 'The rubric case work is reviewed with (default or own)' })
  rubric(activity: LearningActivity, _args: unknown, context: RequestContext): RubricCriterion[] {
    return toRubric(activity.storedRubric, context.locale);
  }

  @ResolveField(() => ActivitySeats, { description: 'Seats taken and free, and the waitlist length' })
  seats(activity: LearningActivity, _args: unknown, context: RequestContext): Promise<ActivitySeats> {
    return this.loaders.seats(context, activity.id);
  }
}
