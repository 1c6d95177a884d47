import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { ProgramsService } from './services/programs.service';
import { ProgramMembersService } from './services/program-members.service';
import { MentorshipsService } from './services/mentorships.service';
import { Mentorship, Program, ProgramMember } from './models/program.model';

@Injectable()
export class ProgramsLoaders {
  constructor(
    private readonly programs: ProgramsService,
    private readonly memberService: ProgramMembersService,
    private readonly mentorshipService: MentorshipsService,
  ) {}

  program(context: RequestContext, id: string): Promise<Program | null> {
    return context.loaders
      .get<string, Program | null>('programs.programById', (ids) => this.programs.programsByIds(ids))
      .load(id);
  }

  members(context: RequestContext, programId: string): Promise<ProgramMember[]> {
    return context.loaders
      .get<string, ProgramMember[]>('programs.membersByProgramId', (ids) => this.memberService.membersByProgramIds(ids))
      .load(programId);
  }

  mentorships(context: RequestContext, programId: string): Promise<Mentorship[]> {
    return context.loaders
      .get<string, Mentorship[]>('programs.mentorshipsByProgramId', (ids) =>
        this.mentorshipService.mentorshipsByProgramIds(ids),
      )
      .load(programId);
  }
}
