import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';

@ObjectType({ description: 'A client company (支援先企業) of a support organisation' })
export class ClientCompany {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { description: 'The support organisation whose client it is' })
  organizationId: string;
  @Field()
  name: string;
  @Field({ description: 'Industry (業種), e.g. 製造業' })
  industry: string;
  @Field(() => Int, { nullable: true, description: 'Number of employees (従業員数)' })
  employeeCount: number | null;
  @Field({ description: 'Prefecture (都道府県)' })
  prefecture: string;
  @Field(() => String, { nullable: true })
  notes: string | null;
  @Field()
  createdAt: Date;
}

export const ClientCompanyConnection = Connection(ClientCompany);
