import { Args, ArgsType, Field, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  CurrentActor,
  IllegalTransitionError,
  ParseIdPipe,
  RequestContext,
} from '@banso/core';
import {
  Behaviour,
  CompetencyFramework,
  CompetencyFrameworkConnection,
  CompetencyStep,
} from '../models/framework.model';
import { FrameworkStatus } from '../frameworks.enums';
import {
  BehaviourCodeTakenError,
  FrameworkNotEditableError,
  FrameworkVersionTakenError,
  InvalidFrameworkDocumentError,
} from '../frameworks.errors';
import {
  AddBehaviourResult,
  ImportFrameworkResult,
  PublishFrameworkResult,
  RemoveBehaviourResult,
  RetireFrameworkResult,
  UpdateBehaviourResult,
  UpdateCompetencyStepResult,
  UpdateFrameworkResult,
} from '../frameworks.results';
import {
  AddBehaviourInput,
  CreateFrameworkDraftInput,
  FrameworkIdInput,
  ImportFrameworkInput,
  RemoveBehaviourInput,
  UpdateBehaviourInput,
  UpdateCompetencyStepInput,
  UpdateFrameworkInput,
} from '../dto/framework.input';
import { FrameworkService } from '../services/framework.service';
import { FrameworkAuthoringService } from '../services/framework-authoring.service';
import { FrameworksLoaders } from '../frameworks.loaders';

@ArgsType()
export class CompetencyFrameworksArgs extends ConnectionArgs {
  @Field(() => FrameworkStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FrameworkStatus)
  status?: FrameworkStatus;
}

@ArgsType()
export class CompetencyFrameworkArgs {
  @Field(() => ID, { nullable: true, description: 'Leave out for the latest PUBLISHED framework' })
  @IsOptional()
  @IsUUID()
  id?: string;
}

@Resolver(() => CompetencyFramework)
export class CompetencyFrameworkResolver {
  constructor(
    private readonly frameworks: FrameworkService,
    private readonly authoring: FrameworkAuthoringService,
    private readonly loaders: FrameworksLoaders,
  ) {}

  @Query(() => CompetencyFramework, {
    description: 'A competency framework; without id the latest PUBLISHED one (the default for new programs)',
  })
  competencyFramework(
    @CurrentActor() actor: Actor,
    @Args() args: CompetencyFrameworkArgs,
  ): Promise<CompetencyFramework> {
    return this.frameworks.framework(actor, args.id);
  }

  @Query(() => CompetencyFrameworkConnection, { description: 'Framework versions, newest first' })
  competencyFrameworks(
    @CurrentActor() actor: Actor,
    @Args() args: CompetencyFrameworksArgs,
  ): Promise<ConnectionShape<CompetencyFramework>> {
    return this.frameworks.listFrameworks(actor, args);
  }

  @Query(() => String, { description: 'A framework as a JSON document (same shape importFramework takes)' })
  exportFramework(@Args('frameworkId', { type: () => ID }, ParseIdPipe) frameworkId: string): Promise<string> {
    return this.frameworks.exportFramework(frameworkId);
  }

  @Mutation(() => CompetencyFramework, { description: 'Copy a framework into its next DRAFT version (admins)' })
  createFrameworkDraft(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFrameworkDraftInput,
  ): Promise<CompetencyFramework> {
    return this.authoring.createFrameworkDraft(actor, input);
  }

  @Mutation(() => ImportFrameworkResult, { description: 'Import a framework JSON document as a DRAFT (admins)' })
  importFramework(
    @CurrentActor() actor: Actor,
    @Args('input') input: ImportFrameworkInput,
  ): Promise<CompetencyFramework | InvalidFrameworkDocumentError | FrameworkVersionTakenError> {
    return this.authoring.importFramework(actor, input);
  }

  @Mutation(() => PublishFrameworkResult, { description: 'DRAFT → PUBLISHED; it becomes immutable (admins)' })
  publishFramework(
    @CurrentActor() actor: Actor,
    @Args('input') input: FrameworkIdInput,
  ): Promise<CompetencyFramework | IllegalTransitionError> {
    return this.authoring.publishFramework(actor, input);
  }

  @Mutation(() => RetireFrameworkResult, { description: 'PUBLISHED → RETIRED: no longer offered to new programs' })
  retireFramework(
    @CurrentActor() actor: Actor,
    @Args('input') input: FrameworkIdInput,
  ): Promise<CompetencyFramework | IllegalTransitionError> {
    return this.authoring.retireFramework(actor, input);
  }

  @Mutation(() => UpdateFrameworkResult, { description: 'Rename a DRAFT framework or change its proficient level' })
  updateFramework(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFrameworkInput,
  ): Promise<CompetencyFramework | FrameworkNotEditableError> {
    return this.authoring.updateFramework(actor, input);
  }

  @Mutation(() => UpdateCompetencyStepResult, { description: 'Edit a STEP of a DRAFT framework' })
  updateCompetencyStep(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCompetencyStepInput,
  ): Promise<CompetencyStep | FrameworkNotEditableError> {
    return this.authoring.updateCompetencyStep(actor, input);
  }

  @Mutation(() => AddBehaviourResult, { description: 'Add a behaviour to a DRAFT framework' })
  addBehaviour(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddBehaviourInput,
  ): Promise<Behaviour | FrameworkNotEditableError | BehaviourCodeTakenError> {
    return this.authoring.addBehaviour(actor, input);
  }

  @Mutation(() => UpdateBehaviourResult, { description: 'Edit a behaviour of a DRAFT framework' })
  updateBehaviour(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateBehaviourInput,
  ): Promise<Behaviour | FrameworkNotEditableError> {
    return this.authoring.updateBehaviour(actor, input);
  }

  @Mutation(() => RemoveBehaviourResult, { description: 'Remove a behaviour from a DRAFT framework' })
  removeBehaviour(
    @CurrentActor() actor: Actor,
    @Args('input') input: RemoveBehaviourInput,
  ): Promise<CompetencyFramework | FrameworkNotEditableError> {
    return this.authoring.removeBehaviour(actor, input);
  }

  @ResolveField(() => [CompetencyStep], { description: 'STEP0–3 in order' })
  steps(framework: CompetencyFramework, _args: unknown, context: RequestContext): Promise<CompetencyStep[]> {
    return this.loaders.steps(context, framework.id);
  }

  @ResolveField(() => [Behaviour], { description: 'Every behaviour (per STEP and cross-cutting), in order' })
  behaviours(framework: CompetencyFramework, _args: unknown, context: RequestContext): Promise<Behaviour[]> {
    return this.loaders.behaviours(context, framework.id);
  }

  @ResolveField(() => [Behaviour], { description: 'Behaviours that apply across all STEPs (全STEP共通)' })
  crossCuttingBehaviours(
    framework: CompetencyFramework,
    _args: unknown,
    context: RequestContext,
  ): Promise<Behaviour[]> {
    return this.loaders.crossCuttingBehaviours(context, framework.id);
  }
}

@Resolver(() => CompetencyStep)
export class CompetencyStepResolver {
  constructor(private readonly loaders: FrameworksLoaders) {}

  @ResolveField(() => [Behaviour], { description: 'Behaviours (特性・マインド／行動例) of this STEP' })
  behaviours(step: CompetencyStep, _args: unknown, context: RequestContext): Promise<Behaviour[]> {
    return this.loaders.stepBehaviours(context, step);
  }
}
