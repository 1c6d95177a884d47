import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import { CompetencyMatrix, CompetencyMatrixRow } from '../models/competency.model';
import { CompetencyStandingService } from '../services/competency-standing.service';

@Resolver(() => CompetencyMatrix)
export class CompetencyMatrixResolver {
  constructor(private readonly standing: CompetencyStandingService) {}

  @Query(() => CompetencyMatrix, {
    description: 'Trainees × behaviours with current levels (owners: all trainees; mentors: their mentees)',
  })
  competencyMatrix(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }, ParseIdPipe) programId: string,
  ): Promise<CompetencyMatrix> {
    return this.standing.competencyMatrix(actor, programId);
  }
}

@Resolver(() => CompetencyMatrixRow)
export class CompetencyMatrixRowResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  trainee(row: CompetencyMatrixRow, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, row.traineeId);
  }
}
