import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { MemberStatus, MentorshipStatus, ProgramRole, ProgramStatus } from '../programs.enums';

@ObjectType({ description: 'A training program (育成プログラム) of one fiscal year: off-JT plus accompanied OJT' })
export class Program {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => Int, { description: 'Japanese fiscal year (April–March), e.g. 2025 = 令和7年度' })
  fiscalYear: number;
  @Field({ description: 'Region, e.g. 近畿, 大阪府' })
  region: string;
  @Field(() => ID, { description: 'The organisation running the program (実証機関)' })
  operatorOrganizationId: string;
  @Field({ description: 'First day, YYYY-MM-DD' })
  startsOn: string;
  @Field({ description: 'Last day, YYYY-MM-DD' })
  endsOn: string;
  @Field(() => ID, { description: 'The competency framework version the program is pinned to' })
  frameworkId: string;
  @Field(() => ProgramStatus)
  status: ProgramStatus;
  @Field()
  createdAt: Date;
}

export const ProgramConnection = Connection(Program);

@ObjectType({ description: 'A person taking part in a program in one role' })
export class ProgramMember {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  userId: string;
  @Field(() => ProgramRole)
  role: ProgramRole;
  @Field(() => MemberStatus)
  status: MemberStatus;
  @Field()
  joinedAt: Date;
  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;
}

@ObjectType({ description: 'A mentor accompanying a trainee in a program (伴走支援のペア)' })
export class Mentorship {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => ID)
  mentorId: string;
  @Field(() => ID)
  traineeId: string;
  @Field(() => MentorshipStatus)
  status: MentorshipStatus;
  @Field()
  startedAt: Date;
  @Field(() => Date, { nullable: true })
  endedAt: Date | null;
}
