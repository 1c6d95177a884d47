import { MentorshipEntity } from './entities/mentorship.entity';
import { ProgramEntity } from './entities/program.entity';
import { ProgramMemberEntity } from './entities/program-member.entity';
import { Mentorship, Program, ProgramMember } from './models/program.model';
import { MentorshipStatus } from './programs.enums';

export function toProgram(entity: ProgramEntity): Program {
  return Object.assign(new Program(), {
    id: entity.id,
    name: entity.name,
    fiscalYear: entity.fiscalYear,
    region: entity.region,
    operatorOrganizationId: entity.operatorOrganizationId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    frameworkId: entity.frameworkId,
    status: entity.status,
    createdAt: entity.createdAt,
  });
}

export function toMember(entity: ProgramMemberEntity): ProgramMember {
  return Object.assign(new ProgramMember(), {
    id: entity.id,
    programId: entity.programId,
    userId: entity.userId,
    role: entity.role,
    status: entity.status,
    joinedAt: entity.joinedAt,
    withdrawnAt: entity.withdrawnAt,
  });
}

export function toMentorship(entity: MentorshipEntity): Mentorship {
  return Object.assign(new Mentorship(), {
    id: entity.id,
    programId: entity.programId,
    mentorId: entity.mentorId,
    traineeId: entity.traineeId,
    status: entity.endedAt ? MentorshipStatus.ENDED : MentorshipStatus.ACTIVE,
    startedAt: entity.startedAt,
    endedAt: entity.endedAt,
  });
}
