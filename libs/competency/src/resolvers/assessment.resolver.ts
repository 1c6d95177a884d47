import { Args, ArgsType, Field, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Actor, ConnectionArgs, ConnectionShape, CurrentActor, RequestContext } from '@banso/core';
import { Behaviour, FrameworksLoaders } from '@banso/frameworks';
import { IdentityLoaders, User } from '@banso/identity';
import { NotAProgramMemberError, ProgramClosedError } from '@banso/programs';
import { Assessment, AssessmentConnection } from '../models/competency.model';
import { BehaviourNotInFrameworkError, EvidenceNotFoundError } from '../competency.errors';
import { RecordMentorAssessmentResult, RecordSelfAssessmentResult } from '../competency.results';
import { RecordMentorAssessmentInput, RecordSelfAssessmentInput } from '../dto/assessment.input';
import { AssessmentService } from '../services/assessment.service';

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
    private readonly assessments: AssessmentService,
    private readonly loaders: FrameworksLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Mutation(() => RecordSelfAssessmentResult, { description: 'A trainee rates themself on a behaviour (自己評価)' })
  recordSelfAssessment(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordSelfAssessmentInput,
  ): Promise<Assessment | BehaviourNotInFrameworkError | ProgramClosedError> {
    return this.assessments.recordSelfAssessment(actor, input);
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
    return this.assessments.recordMentorAssessment(actor, input);
  }

  @Query(() => AssessmentConnection, { description: "A trainee's ratings in a program, newest first" })
  assessmentHistory(
    @CurrentActor() actor: Actor,
    @Args() args: AssessmentHistoryArgs,
  ): Promise<ConnectionShape<Assessment>> {
    return this.assessments.assessmentHistory(actor, args);
  }

  @ResolveField(() => Behaviour, { nullable: true })
  behaviour(assessment: Assessment, _args: unknown, context: RequestContext): Promise<Behaviour | null> {
    return this.loaders.behaviour(context, assessment.behaviourId);
  }

  @ResolveField(() => User, { nullable: true })
  assessor(assessment: Assessment, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, assessment.assessorId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(assessment: Assessment, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, assessment.traineeId);
  }
}
