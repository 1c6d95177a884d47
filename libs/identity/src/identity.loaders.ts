import { Injectable } from '@nestjs/common';
import { Actor, Errors, RequestContext } from '@banso/core';
import { IdentityService } from './services/identity.service';
import { Organization } from './models/organization.model';
import { User } from './models/user.model';

/** Per-request loaders for users and organisations, used by every domain's field resolvers. */
@Injectable()
export class IdentityLoaders {
  constructor(private readonly identity: IdentityService) {}

  user(context: RequestContext, id: string): Promise<User | null> {
    return this.users(context).load(id);
  }

  /** The caller's own account: the auth guard primed it, so this reads nothing. */
  async me(context: RequestContext, actor: Actor): Promise<User> {
    const user = await this.users(context).load(actor.userId);
    if (!user) throw Errors.notFound({ ja: 'ユーザー', en: 'User' });
    return user;
  }

  /** Seeds the request's user loader with a row already read (the caller's account). */
  prime(context: RequestContext, user: User): void {
    this.users(context).prime(user.id, user);
  }

  private users(context: RequestContext) {
    return context.loaders.get<string, User | null>('identity.userById', (ids) => this.identity.usersByIds(ids));
  }

  organization(context: RequestContext, id: string): Promise<Organization | null> {
    return context.loaders
      .get<string, Organization | null>('identity.organizationById', (ids) => this.identity.organizationsByIds(ids))
      .load(id);
  }
}
