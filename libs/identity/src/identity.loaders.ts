import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { IdentityService } from './services/identity.service';
import { Organization } from './models/organization.model';
import { User } from './models/user.model';

/** Per-request loaders for users and organisations, used by every domain's field resolvers. */
@Injectable()
export class IdentityLoaders {
  constructor(private readonly identity: IdentityService) {}

  user(context: RequestContext, id: string): Promise<User | null> {
    return context.loaders
      .get<string, User | null>('identity.userById', (ids) => this.identity.usersByIds(ids))
      .load(id);
  }

  organization(context: RequestContext, id: string): Promise<Organization | null> {
    return context.loaders
      .get<string, Organization | null>('identity.organizationById', (ids) => this.identity.organizationsByIds(ids))
      .load(id);
  }
}
