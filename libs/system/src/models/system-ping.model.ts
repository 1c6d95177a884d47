import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SystemPingStatus } from '../system.enums';

@ObjectType({ description: 'A round trip api → queue → worker → database, to prove the job pipeline works' })
export class SystemPing {
  @Field(() => ID)
  id: string;
  @Field(() => SystemPingStatus)
  status: SystemPingStatus;
  @Field()
  requestedAt: Date;
  @Field(() => Date, { nullable: true })
  processedAt: Date | null;
}
