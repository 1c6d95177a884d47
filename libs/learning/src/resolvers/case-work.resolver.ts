import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionShape, CurrentActor, ParseIdPipe } from '@banso/core';
import { CaseStudy, CaseStudyConnection, CaseSubmission, MyCaseWork } from '../models/case-study.model';
import {
  CaseStudiesArgs,
  CloseCaseSubmissionsInput,
  CreateCaseStudyInput,
  ReviewCaseWorkInput,
  SetUpCaseWorkInput,
  SubmitCaseWorkInput,
} from '../dto/case-study.input';
import {
  CloseCaseSubmissionsResult,
  CreateCaseStudyResult,
  ReviewCaseWorkResult,
  SetUpCaseWorkResult,
  SubmitCaseWorkResult,
} from '../learning.results';
import { CaseStudyService } from '../services/case-study.service';
import { CaseWorkService } from '../services/case-work.service';

@Resolver(() => CaseSubmission)
export class CaseWorkResolver {
  constructor(
    private readonly library: CaseStudyService,
    private readonly caseWork: CaseWorkService,
  ) {}

  @Query(() => CaseStudyConnection, { description: 'The case library of a program (事例集), newest first' })
  caseStudies(@CurrentActor() actor: Actor, @Args() args: CaseStudiesArgs): Promise<ConnectionShape<CaseStudy>> {
    return this.library.listCaseStudies(actor, args);
  }

  @Query(() => [CaseSubmission], { description: 'Owners and mentors: every submission of an activity with reviews' })
  caseSubmissions(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }, ParseIdPipe) activityId: string,
  ): Promise<CaseSubmission[]> {
    return this.caseWork.caseSubmissions(actor, activityId);
  }

  @Query(() => MyCaseWork, { description: 'Trainees: your case work in an activity and the peer reviews you owe' })
  myCaseWork(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }, ParseIdPipe) activityId: string,
  ): Promise<MyCaseWork> {
    return this.caseWork.myCaseWork(actor, activityId);
  }

  @Mutation(() => CreateCaseStudyResult, { description: 'Owners: add a past support case to the library' })
  createCaseStudy(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseStudyInput) {
    return this.library.createCaseStudy(actor, input);
  }

  @Mutation(() => SetUpCaseWorkResult, {
    description: 'Owners: attach a case study, the rubric and peer review to a CASE_STUDY or WORKSHOP activity',
  })
  setUpCaseWork(@CurrentActor() actor: Actor, @Args('input') input: SetUpCaseWorkInput) {
    return this.caseWork.setUpCaseWork(actor, input);
  }

  @Mutation(() => SubmitCaseWorkResult, { description: 'Trainees: save a draft or submit your case work (課題提出)' })
  submitCaseWork(@CurrentActor() actor: Actor, @Args('input') input: SubmitCaseWorkInput) {
    return this.caseWork.submitCaseWork(actor, input);
  }

  @Mutation(() => CloseCaseSubmissionsResult, {
    description: 'Owners: close submissions; peers are allocated to the final submissions when enabled',
  })
  closeCaseSubmissions(@CurrentActor() actor: Actor, @Args('input') input: CloseCaseSubmissionsInput) {
    return this.caseWork.closeCaseSubmissions(actor, input);
  }

  @Mutation(() => ReviewCaseWorkResult, { description: 'Mentors and allocated peers: review a final submission' })
  reviewCaseWork(@CurrentActor() actor: Actor, @Args('input') input: ReviewCaseWorkInput) {
    return this.caseWork.reviewCaseWork(actor, input);
  }
}
