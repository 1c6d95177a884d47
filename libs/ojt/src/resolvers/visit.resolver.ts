import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionShape, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import {
  CarriedOver,
  Hypothesis,
  NextAction,
  OjtVisit,
  OjtVisitConnection,
  PostBrief,
  PreBrief,
  VisitFeedback,
} from '../models/visit.model';
import { SupportCase } from '../models/support-case.model';
import { ClientCompany } from '../models/client-company.model';
import {
  CancelVisitInput,
  CompleteNextActionInput,
  DropNextActionInput,
  GiveVisitFeedbackInput,
  PlanVisitInput,
  RecordPostBriefInput,
  RecordPreBriefInput,
  RecordVisitInput,
  VisitsArgs,
} from '../dto/visit.input';
import {
  CancelVisitResult,
  CompleteNextActionResult,
  DropNextActionResult,
  GiveVisitFeedbackResult,
  PlanVisitResult,
  RecordPostBriefResult,
  RecordPreBriefResult,
  RecordVisitResult,
} from '../ojt.results';
import { VisitService } from '../services/visit.service';
import { BriefService } from '../services/brief.service';
import { NextActionService } from '../services/next-action.service';
import { VisitFeedbackService } from '../services/visit-feedback.service';
import { OjtReadingService } from '../services/ojt-reading.service';
import { OjtLoaders } from '../ojt.loaders';

@Resolver(() => OjtVisit)
export class OjtVisitResolver {
  constructor(
    private readonly visitService: VisitService,
    private readonly briefs: BriefService,
    private readonly feedbackService: VisitFeedbackService,
    private readonly reading: OjtReadingService,
    private readonly loaders: OjtLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => OjtVisit, { description: 'A visit you may see, with its briefs, hypotheses, next actions, feedback' })
  visit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<OjtVisit> {
    return this.reading.visit(actor, id);
  }

  @Query(() => OjtVisitConnection, { description: 'Visits you may see, filtered, in scheduled order' })
  visits(@CurrentActor() actor: Actor, @Args() args: VisitsArgs): Promise<ConnectionShape<OjtVisit>> {
    return this.reading.listVisits(actor, args);
  }

  @Mutation(() => PlanVisitResult, { description: 'Plan an accompanied visit (PLANNED)' })
  planVisit(@CurrentActor() actor: Actor, @Args('input') input: PlanVisitInput) {
    return this.visitService.planVisit(actor, input);
  }

  @Mutation(() => RecordPreBriefResult, { description: 'Record or edit the pre-brief (事前準備)' })
  recordPreBrief(@CurrentActor() actor: Actor, @Args('input') input: RecordPreBriefInput) {
    return this.briefs.recordPreBrief(actor, input);
  }

  @Mutation(() => RecordVisitResult, { description: 'Record that the visit took place (PRE_BRIEFED → VISITED)' })
  recordVisit(@CurrentActor() actor: Actor, @Args('input') input: RecordVisitInput) {
    return this.visitService.recordVisit(actor, input);
  }

  @Mutation(() => RecordPostBriefResult, { description: 'Record or edit the post-brief (事後整理)' })
  recordPostBrief(@CurrentActor() actor: Actor, @Args('input') input: RecordPostBriefInput) {
    return this.briefs.recordPostBrief(actor, input);
  }

  @Mutation(() => GiveVisitFeedbackResult, {
    description: 'Give feedback with behaviour ratings as an accompanying mentor (POST_BRIEFED → FEEDBACK_GIVEN)',
  })
  giveVisitFeedback(@CurrentActor() actor: Actor, @Args('input') input: GiveVisitFeedbackInput) {
    return this.feedbackService.giveVisitFeedback(actor, input);
  }

  @Mutation(() => CancelVisitResult, { description: 'Cancel a visit before it takes place' })
  cancelVisit(@CurrentActor() actor: Actor, @Args('input') input: CancelVisitInput) {
    return this.visitService.cancelVisit(actor, input);
  }

  @ResolveField(() => SupportCase, { nullable: true })
  supportCase(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<SupportCase | null> {
    return this.loaders.supportCase(context, visit.supportCaseId);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<ClientCompany | null> {
    return this.loaders.visitCompany(context, visit.supportCaseId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, visit.traineeId);
  }

  @ResolveField(() => [User], { description: 'Accompanying mentors' })
  mentors(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<User[]> {
    return this.loaders.mentors(context, visit);
  }

  @ResolveField(() => PreBrief, { nullable: true })
  preBrief(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<PreBrief | null> {
    return this.loaders.preBrief(context, visit.id);
  }

  @ResolveField(() => [Hypothesis], { description: 'Hypotheses of the pre-brief with their verdicts' })
  hypotheses(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<Hypothesis[]> {
    return this.loaders.hypotheses(context, visit.id);
  }

  @ResolveField(() => PostBrief, { nullable: true })
  postBrief(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<PostBrief | null> {
    return this.loaders.postBrief(context, visit.id);
  }

  @ResolveField(() => [NextAction], { description: 'Next actions raised by this visit’s post-brief' })
  nextActions(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<NextAction[]> {
    return this.loaders.visitNextActions(context, visit.id);
  }

  @ResolveField(() => VisitFeedback, { nullable: true })
  feedback(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<VisitFeedback | null> {
    return this.loaders.feedback(context, visit.id);
  }

  @ResolveField(() => CarriedOver, {
    description: 'Open next actions and REVISED or unverified hypotheses of earlier visits of the case',
  })
  carriedOver(visit: OjtVisit, _args: unknown, context: RequestContext): Promise<CarriedOver> {
    return this.loaders.carriedOver(context, visit.id);
  }
}

@Resolver(() => PreBrief)
export class PreBriefResolver {
  constructor(private readonly loaders: OjtLoaders) {}

  @ResolveField(() => [Hypothesis])
  hypotheses(brief: PreBrief, _args: unknown, context: RequestContext): Promise<Hypothesis[]> {
    return this.loaders.hypotheses(context, brief.visitId);
  }
}

@Resolver(() => NextAction)
export class NextActionResolver {
  constructor(
    private readonly nextActions: NextActionService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Mutation(() => CompleteNextActionResult, { description: 'Mark a next action done' })
  completeNextAction(@CurrentActor() actor: Actor, @Args('input') input: CompleteNextActionInput) {
    return this.nextActions.completeNextAction(actor, input);
  }

  @Mutation(() => DropNextActionResult, { description: 'Drop a next action that is no longer needed' })
  dropNextAction(@CurrentActor() actor: Actor, @Args('input') input: DropNextActionInput) {
    return this.nextActions.dropNextAction(actor, input);
  }

  @ResolveField(() => User, { nullable: true })
  owner(action: NextAction, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, action.ownerId);
  }
}

@Resolver(() => VisitFeedback)
export class VisitFeedbackResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  mentor(feedback: VisitFeedback, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, feedback.mentorId);
  }
}
