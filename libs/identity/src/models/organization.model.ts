import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { OrganizationKind, OrganizationSector } from '../identity.enums';

@ObjectType({ description: 'A support organisation (経営支援機関) that supporters belong to' })
export class Organization {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => OrganizationKind)
  kind: OrganizationKind;
  @Field(() => OrganizationSector)
  sector: OrganizationSector;
  @Field(() => String, { nullable: true, description: 'Prefecture (都道府県), e.g. 大阪府' })
  prefecture: string | null;
  @Field()
  createdAt: Date;
}

export const OrganizationConnection = Connection(Organization);
