import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Actor, ConnectionArgs, ConnectionShape, Ctx, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { Behaviour, FrameworksLoaders } from '@banso/frameworks';
import { IdentityLoaders, User } from '@banso/identity';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import {
  Assessment,
  AssessmentConnection,
  CompetencyMatrix,
  CompetencyMatrixRow,
  CompetencyProfile,
} from '../models/competency.model';
import { BehaviourNotInFrameworkError, EvidenceNotFoundError } from '../competency.errors';
import { RecordMentorAssessmentResult, RecordSelfAssessmentResult } from '../competency.results';
import { RecordMentorAssessmentInput, RecordSelfAssessmentInput } from '../dto/assessment.input';
import { CompetencyService } from '../services/competency.service';

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

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly competency: CompetencyService,
    private readonly loaders: FrameworksLoaders,
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
