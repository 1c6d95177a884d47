import { registerEnumType } from '@nestjs/graphql';

export enum ProgramStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(ProgramStatus, { name: 'ProgramStatus', description: 'DRAFT → ACTIVE → CLOSED' });

export enum ProgramRole {
  OWNER = 'OWNER',
  MENTOR = 'MENTOR',
  TRAINEE = 'TRAINEE',
}
registerEnumType(ProgramRole, {
  name: 'ProgramRole',
  description: 'OWNER = 実証機関の担当者, MENTOR = メンター／担い手サポーター, TRAINEE = 担い手候補者',
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

export enum MentorshipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(MentorshipStatus, { name: 'MentorshipStatus' });
