import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import { CompetencyProfile } from '../models/competency.model';
import { CompetencyStandingService } from '../services/competency-standing.service';

@Resolver(() => CompetencyProfile)
export class CompetencyProfileResolver {
  constructor(
    private readonly standing: CompetencyStandingService,
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
    return this.standing.competencyProfile(actor, programId, traineeId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(profile: CompetencyProfile, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, profile.traineeId);
  }
}
