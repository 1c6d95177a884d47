import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, ConnectionShape, CurrentActor, ParseIdPipe, RequestContext } from '@banso/core';
import { IdentityLoaders, Organization } from '@banso/identity';
import { ClientCompany, ClientCompanyConnection } from '../models/client-company.model';
import { CreateClientCompanyInput } from '../dto/company.input';
import { ClientCompanyService } from '../services/client-company.service';

@Resolver(() => ClientCompany)
export class ClientCompanyResolver {
  constructor(
    private readonly companies: ClientCompanyService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => ClientCompany, {
    description: 'A client company of your organisation, or of a case you take part in (others: NOT_FOUND)',
  })
  clientCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<ClientCompany> {
    return this.companies.clientCompany(actor, id);
  }

  @Query(() => ClientCompanyConnection, { description: "Your organisation's client companies, newest first" })
  clientCompanies(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<ConnectionShape<ClientCompany>> {
    return this.companies.listClientCompanies(actor, args);
  }

  @Mutation(() => ClientCompany, { description: 'Register a client company (支援先企業) of your own organisation' })
  createClientCompany(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateClientCompanyInput,
  ): Promise<ClientCompany> {
    return this.companies.createClientCompany(actor, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(company: ClientCompany, _args: unknown, context: RequestContext): Promise<Organization | null> {
    return this.identityLoaders.organization(context, company.organizationId);
  }
}
