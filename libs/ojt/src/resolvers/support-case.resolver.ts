import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, Organization, User } from '@banso/identity';
import { Program, ProgramsLoaders } from '@banso/programs';
import {
  CaseHandOff,
  CaseMilestone,
  CaseStepMove,
  ManagementIssuesRevision,
  SupportCase,
  TalentRequirementRevision,
} from '../models/support-case.model';
import { ClientCompany } from '../models/client-company.model';
import { NextAction, OjtVisit } from '../models/visit.model';
import { CaseTimelineEntry } from '../models/reading.model';
import {
  HandOffSupportCaseInput,
  MoveSupportCaseToStepInput,
  OpenSupportCaseInput,
  RecordCaseMilestoneInput,
  SetManagementIssuesInput,
  SetTalentRequirementInput,
} from '../dto/case.input';
import {
  HandOffSupportCaseResult,
  MoveSupportCaseToStepResult,
  OpenSupportCaseResult,
  RecordCaseMilestoneResult,
  SetManagementIssuesResult,
  SetTalentRequirementResult,
} from '../ojt.results';
import { SupportCaseService } from '../services/support-case.service';
import { OjtLoaders } from '../ojt.loaders';

@Resolver(() => SupportCase)
export class SupportCaseResolver {
  constructor(
    private readonly cases: SupportCaseService,
    private readonly loaders: OjtLoaders,
    private readonly identityLoaders: IdentityLoaders,
    private readonly programsLoaders: ProgramsLoaders,
  ) {}

  @Query(() => SupportCase, { description: 'A support case you may see, with its timeline' })
  supportCase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.cases.supportCase(actor, id);
  }

  @Mutation(() => OpenSupportCaseResult, { description: 'Open a support case (案件) for a client company' })
  openSupportCase(@CurrentActor() actor: Actor, @Args('input') input: OpenSupportCaseInput) {
    return this.cases.openSupportCase(actor, input);
  }

  @Mutation(() => SetManagementIssuesResult, { description: 'Set the management issues (経営課題の棚卸, STEP1)' })
  setManagementIssues(@CurrentActor() actor: Actor, @Args('input') input: SetManagementIssuesInput) {
    return this.cases.setManagementIssues(actor, input);
  }

  @Mutation(() => SetTalentRequirementResult, { description: 'Set the talent requirement (人材要件)' })
  setTalentRequirement(@CurrentActor() actor: Actor, @Args('input') input: SetTalentRequirementInput) {
    return this.cases.setTalentRequirement(actor, input);
  }

  @Mutation(() => MoveSupportCaseToStepResult, { description: 'Move the case to another STEP, forward or back' })
  moveSupportCaseToStep(@CurrentActor() actor: Actor, @Args('input') input: MoveSupportCaseToStepInput) {
    return this.cases.moveSupportCaseToStep(actor, input);
  }

  @Mutation(() => RecordCaseMilestoneResult, { description: 'Record a milestone (求人化, マッチング …) once' })
  recordCaseMilestone(@CurrentActor() actor: Actor, @Args('input') input: RecordCaseMilestoneInput) {
    return this.cases.recordCaseMilestone(actor, input);
  }

  @Mutation(() => HandOffSupportCaseResult, { description: 'Hand the case off (トスアップ) to another organisation' })
  handOffSupportCase(@CurrentActor() actor: Actor, @Args('input') input: HandOffSupportCaseInput) {
    return this.cases.handOffSupportCase(actor, input);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<ClientCompany | null> {
    return this.loaders.company(context, supportCase.clientCompanyId);
  }

  @ResolveField(() => User, { nullable: true })
  leadTrainee(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, supportCase.leadTraineeId);
  }

  @ResolveField(() => Program, { nullable: true })
  program(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<Program | null> {
    return this.programsLoaders.program(context, supportCase.programId);
  }

  @ResolveField(() => [OjtVisit], { description: 'Visits in number order' })
  visits(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<OjtVisit[]> {
    return this.loaders.caseVisits(context, supportCase.id);
  }

  @ResolveField(() => [NextAction], { description: 'Every next action of the case, open or closed' })
  nextActions(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<NextAction[]> {
    return this.loaders.caseNextActions(context, supportCase.id);
  }

  @ResolveField(() => [CaseStepMove])
  stepMoves(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<CaseStepMove[]> {
    return this.loaders.stepMoves(context, supportCase.id);
  }

  @ResolveField(() => [CaseMilestone])
  milestones(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<CaseMilestone[]> {
    return this.loaders.milestones(context, supportCase.id);
  }

  @ResolveField(() => [CaseHandOff])
  handOffs(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<CaseHandOff[]> {
    return this.loaders.handOffs(context, supportCase.id);
  }

  @ResolveField(() => [ManagementIssuesRevision], { description: 'Every version of the management issues' })
  managementIssueHistory(
    supportCase: SupportCase,
    _args: unknown,
    context: RequestContext,
  ): Promise<ManagementIssuesRevision[]> {
    return this.loaders.managementIssueHistory(context, supportCase.id);
  }

  @ResolveField(() => [TalentRequirementRevision], { description: 'Every version of the talent requirement' })
  talentRequirementHistory(
    supportCase: SupportCase,
    _args: unknown,
    context: RequestContext,
  ): Promise<TalentRequirementRevision[]> {
    return this.loaders.talentRequirementHistory(context, supportCase.id);
  }

  @ResolveField(() => [CaseTimelineEntry], {
    description: 'Visits, STEP moves, milestones and hand-offs in time order',
  })
  timeline(supportCase: SupportCase, _args: unknown, context: RequestContext): Promise<CaseTimelineEntry[]> {
    return this.loaders.timeline(context, supportCase.id);
  }
}

@Resolver(() => CaseHandOff)
export class CaseHandOffResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => Organization, { nullable: true })
  fromOrganization(handOff: CaseHandOff, _args: unknown, context: RequestContext): Promise<Organization | null> {
    return this.identityLoaders.organization(context, handOff.fromOrganizationId);
  }

  @ResolveField(() => Organization, { nullable: true })
  toOrganization(handOff: CaseHandOff, _args: unknown, context: RequestContext): Promise<Organization | null> {
    return this.identityLoaders.organization(context, handOff.toOrganizationId);
  }
}
