import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';

@ObjectType({ description: 'One changed field of an audited record; values are JSON text' })
export class FieldChange {
  @Field()
  field: string;
  @Field(() => String, { nullable: true, description: 'Value before, as JSON (null when created)' })
  from: string | null;
  @Field(() => String, { nullable: true, description: 'Value after, as JSON (null when removed)' })
  to: string | null;
}

@ObjectType({ description: 'Who changed what and when (監査ログ). Written in the same transaction as the change.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { nullable: true, description: 'The user who made the change; null for system jobs and the CLI' })
  actorId: string | null;
  @Field({ description: 'What was done, e.g. program.activate' })
  action: string;
  @Field()
  entityType: string;
  @Field(() => ID)
  entityId: string;
  @Field(() => [FieldChange])
  changes: FieldChange[];
  @Field(() => String, { nullable: true, description: 'Request id, to match the api logs' })
  requestId: string | null;
  @Field()
  occurredAt: Date;
}

export const AuditEventConnection = Connection(AuditEvent);
