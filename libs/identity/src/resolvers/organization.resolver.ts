import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor, ConnectionArgs, ConnectionShape, CurrentActor, ParseIdPipe } from '@banso/core';
import { IdentityService } from '../services/identity.service';
import { Organization, OrganizationConnection } from '../models/organization.model';
import { CreateOrganizationInput, UpdateOrganizationInput } from '../dto/organization.input';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => Organization, { description: 'A support organisation (directory, visible to signed-in users)' })
  organization(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Organization> {
    return this.identity.organization(id);
  }

  @Query(() => OrganizationConnection, { description: 'Support organisations, by name' })
  organizations(@Args() args: ConnectionArgs): Promise<ConnectionShape<Organization>> {
    return this.identity.listOrganizations(args);
  }

  @Mutation(() => Organization, { description: 'Register a support organisation (admins)' })
  createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.identity.createOrganization(actor, input);
  }

  @Mutation(() => Organization, { description: 'Edit a support organisation (admins)' })
  updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.identity.updateOrganization(actor, input);
  }
}
