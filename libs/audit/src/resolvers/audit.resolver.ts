import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionArgs, ConnectionShape, RequireSystemRole, SystemRole } from '@banso/core';
import { AuditService } from '../services/audit.service';
import { AuditEvent, AuditEventConnection } from '../models/audit-event.model';

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field({ description: 'Entity type, e.g. Program, UserAccount, Organization' })
  @IsString()
  @MaxLength(60)
  entityType: string;

  @Field(() => ID)
  @IsUUID()
  entityId: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Audit trail of one record, newest first (admins only)' })
  @RequireSystemRole(SystemRole.ADMIN)
  auditEvents(@Args() args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    return this.audit.eventsFor(args.entityType, args.entityId, args);
  }
}
