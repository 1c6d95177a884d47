import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Ctx,
  CurrentActor,
  IllegalTransitionError,
  ParseIdPipe,
  RequestContext,
} from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import { NotAProgramMemberError, Program, ProgramClosedError } from '@banso/programs';
import {
  Assessment,
  AssessmentConnection,
  Behaviour,
  CompetencyFramework,
  CompetencyFrameworkConnection,
  CompetencyMatrix,
  CompetencyMatrixRow,
  CompetencyProfile,
  CompetencyStep,
  FrameworkStatus,
} from './competency.model';
import {
  BehaviourCodeTakenError,
  BehaviourNotInFrameworkError,
  EvidenceNotFoundError,
  FrameworkNotEditableError,
  FrameworkVersionTakenError,
  InvalidFrameworkDocumentError,
} from './competency.errors';
import {
  AddBehaviourResult,
  ImportFrameworkResult,
  PublishFrameworkResult,
  RecordMentorAssessmentResult,
  RecordSelfAssessmentResult,
  RemoveBehaviourResult,
  RetireFrameworkResult,
  UpdateBehaviourResult,
  UpdateCompetencyStepResult,
  UpdateFrameworkResult,
} from './competency.results';
import {
  AddBehaviourInput,
  CreateFrameworkDraftInput,
  FrameworkIdInput,
  ImportFrameworkInput,
  RemoveBehaviourInput,
  UpdateBehaviourInput,
  UpdateCompetencyStepInput,
  UpdateFrameworkInput,
} from './dto/framework.input';
import { RecordMentorAssessmentInput, RecordSelfAssessmentInput } from './dto/assessment.input';
import { FrameworkService } from './framework.service';
import { FrameworkAuthoringService } from './framework-authoring.service';
import { CompetencyService } from './competency.service';
import { CompetencyLoaders } from './competency.loaders';

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

@ArgsType()
export class AssessmentHistoryArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  traineeId: string;

  @Field(() => ID, { nullable: true, description: 'Only ratings of this behaviour' })
  @IsOptional()
  @IsUUID()
  behaviourId?: string;
}

@Resolver(() => CompetencyFramework)
export class CompetencyFrameworkResolver {
  constructor(
    private readonly frameworks: FrameworkService,
    private readonly authoring: FrameworkAuthoringService,
    private readonly loaders: CompetencyLoaders,
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
  steps(@Parent() framework: CompetencyFramework, @Ctx() context: RequestContext): Promise<CompetencyStep[]> {
    return this.loaders.steps(context, framework.id);
  }

  @ResolveField(() => [Behaviour], { description: 'Every behaviour (per STEP and cross-cutting), in order' })
  behaviours(@Parent() framework: CompetencyFramework, @Ctx() context: RequestContext): Promise<Behaviour[]> {
    return this.loaders.behaviours(context, framework.id);
  }

  @ResolveField(() => [Behaviour], { description: 'Behaviours that apply across all STEPs (全STEP共通)' })
  crossCuttingBehaviours(
    @Parent() framework: CompetencyFramework,
    @Ctx() context: RequestContext,
  ): Promise<Behaviour[]> {
    return this.loaders.crossCuttingBehaviours(context, framework.id);
  }
}

@Resolver(() => CompetencyStep)
export class CompetencyStepResolver {
  constructor(private readonly loaders: CompetencyLoaders) {}

  @ResolveField(() => [Behaviour], { description: 'Behaviours (特性・マインド／行動例) of this STEP' })
  behaviours(@Parent() step: CompetencyStep, @Ctx() context: RequestContext): Promise<Behaviour[]> {
    return this.loaders.stepBehaviours(context, step);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly competency: CompetencyService,
    private readonly loaders: CompetencyLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Mutation(() => RecordSelfAssessmentResult, { description: 'A trainee rates themself on a behaviour (自己評価)' })
  recordSelfAssessment(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordSelfAssessmentInput,
  ): Promise<Assessment | BehaviourNotInFrameworkError | ProgramClosedError> {
    return this.competency.recordSelfAssessment(actor, input);
  }

  @Mutation(() => RecordMentorAssessmentResult, {
    description: 'A paired mentor (or an owner) rates a trainee on a behaviour; a correction is a new rating',
  })
  recordMentorAssessment(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordMentorAssessmentInput,
  ): Promise<
    Assessment | BehaviourNotInFrameworkError | EvidenceNotFoundError | NotAProgramMemberError | ProgramClosedError
  > {
    return this.competency.recordMentorAssessment(actor, input);
  }

  @Query(() => AssessmentConnection, { description: "A trainee's ratings in a program, newest first" })
  assessmentHistory(
    @CurrentActor() actor: Actor,
    @Args() args: AssessmentHistoryArgs,
  ): Promise<ConnectionShape<Assessment>> {
    return this.competency.assessmentHistory(actor, args);
  }

  @ResolveField(() => Behaviour, { nullable: true })
  behaviour(@Parent() assessment: Assessment, @Ctx() context: RequestContext): Promise<Behaviour | null> {
    return this.loaders.behaviour(context, assessment.behaviourId);
  }

  @ResolveField(() => User, { nullable: true })
  assessor(@Parent() assessment: Assessment, @Ctx() context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, assessment.assessorId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(@Parent() assessment: Assessment, @Ctx() context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, assessment.traineeId);
  }
}

@Resolver(() => CompetencyProfile)
export class CompetencyProfileResolver {
  constructor(
    private readonly competency: CompetencyService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => CompetencyProfile, {
    description: "Where a trainee stands on every behaviour (yourself, your mentees, or your program's trainees)",
  })
  competencyProfile(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
    @Args('traineeId', { type: () => ID }, ParseIdPipe) traineeId: string,
  ): Promise<CompetencyProfile> {
    return this.competency.competencyProfile(actor, programId, traineeId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(@Parent() profile: CompetencyProfile, @Ctx() context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, profile.traineeId);
  }
}

@Resolver(() => CompetencyMatrix)
export class CompetencyMatrixResolver {
  constructor(private readonly competency: CompetencyService) {}

  @Query(() => CompetencyMatrix, {
    description: 'Trainees × behaviours with current levels (owners: all trainees; mentors: their mentees)',
  })
  competencyMatrix(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<CompetencyMatrix> {
    return this.competency.competencyMatrix(actor, programId);
  }
}

@Resolver(() => CompetencyMatrixRow)
export class CompetencyMatrixRowResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  trainee(@Parent() row: CompetencyMatrixRow, @Ctx() context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, row.traineeId);
  }
}

@Resolver(() => Program)
export class ProgramFrameworkResolver {
  constructor(private readonly loaders: CompetencyLoaders) {}

  @ResolveField(() => CompetencyFramework, {
    nullable: true,
    description: 'The competency framework version the program is pinned to',
  })
  framework(@Parent() program: Program, @Ctx() context: RequestContext): Promise<CompetencyFramework | null> {
    return this.loaders.framework(context, program.frameworkId);
  }
}
