import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, RequireSystemRole, SystemRole } from '@banso/core';
import { SystemPing } from '../models/system-ping.model';
import { SystemPingService } from '../services/system-ping.service';

@Resolver(() => SystemPing)
export class SystemPingResolver {
  constructor(private readonly pings: SystemPingService) {}

  @Mutation(() => SystemPing, { description: 'Enqueue a ping job for the worker (admins)' })
  @RequireSystemRole(SystemRole.ADMIN)
  requestSystemPing(@CurrentActor() actor: Actor): Promise<SystemPing> {
    return this.pings.request(actor);
  }

  @Query(() => SystemPing, { description: 'Status of a ping (admins)' })
  @RequireSystemRole(SystemRole.ADMIN)
  systemPing(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<SystemPing> {
    return this.pings.find(id);
  }
}
