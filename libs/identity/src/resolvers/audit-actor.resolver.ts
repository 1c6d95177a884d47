import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@banso/core';
import { AuditEvent } from '@banso/audit';
import { IdentityLoaders } from '../identity.loaders';
import { User } from '../models/user.model';

/** Names who made an audited change (audit sits below identity, so identity contributes the field). */
@Resolver(() => AuditEvent)
export class AuditActorResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true, description: 'Who made the change; null for system jobs and the CLI' })
  actor(@Parent() event: AuditEvent, @Ctx() context: RequestContext): Promise<User | null> | null {
    return event.actorId ? this.loaders.user(context, event.actorId) : null;
  }
}
