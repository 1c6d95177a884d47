import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor, ConnectionShape, Ctx, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityService } from '../services/identity.service';
import { IdentityLoaders } from '../identity.loaders';
import { User, UserConnection, UserDisabled } from '../models/user.model';
import { Organization } from '../models/organization.model';
import { CreateUserInput, DisableUserInput, UpdateUserInput, UsersArgs } from '../dto/user.input';
import { CreateUserResult, DisableUserResult, UpdateUserResult } from '../identity.results';
import { CannotDisableSelfError, EmailAlreadyUsedError, OrganizationNotFoundError } from '../identity.errors';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor, @Ctx() context: RequestContext): Promise<User> {
    return this.loaders.me(context, actor);
  }

  @Query(() => User, { description: 'A user: admins see everyone, others themselves and colleagues' })
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<User> {
    return this.identity.user(actor, id);
  }

  @Query(() => UserConnection, { description: 'Accounts of one organisation, by email' })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<ConnectionShape<User>> {
    return this.identity.usersOf(actor, args.organizationId, args);
  }

  @Mutation(() => CreateUserResult, { description: 'Create an account (admins)' })
  createUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateUserInput,
  ): Promise<User | EmailAlreadyUsedError | OrganizationNotFoundError> {
    return this.identity.createUser(actor, input);
  }

  @Mutation(() => UpdateUserResult, { description: 'Update an account: admins any field, users their name and locale' })
  updateUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateUserInput,
  ): Promise<User | OrganizationNotFoundError> {
    return this.identity.updateUser(actor, input);
  }

  @Mutation(() => DisableUserResult, { description: 'Disable an account and end its sessions (admins)' })
  disableUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: DisableUserInput,
  ): Promise<UserDisabled | CannotDisableSelfError> {
    return this.identity.disableUser(actor, input);
  }

  @ResolveField(() => Organization)
  async organization(user: User, _args: unknown, context: RequestContext): Promise<Organization | null> {
    return this.loaders.organization(context, user.organizationId);
  }
}
