import { Injectable } from '@nestjs/common';
import { Actor, Errors } from '@banso/core';
import {
  MemberStatus,
  Program,
  ProgramAccess,
  ProgramAccessService,
  ProgramMembersService,
  PROGRAM_NOUN,
  ProgramRole,
  ProgramsService,
} from '@banso/programs';
import { TRAINEE_NOUN } from '../competency.errors';

/**
 * Who may rate and read whose competencies (DESIGN.md): a trainee reads and self-rates only themself; a mentor
 * rates and reads the trainees they are paired with in that program; owners and admins everything in the program.
 * Outsiders get NOT_FOUND, members without the right FORBIDDEN. Also the program facts the assessments need.
 */
@Injectable()
export class CompetencyAccessService {
  constructor(
    private readonly access: ProgramAccessService,
    private readonly programs: ProgramsService,
    private readonly programMembers: ProgramMembersService,
  ) {}

  /** NOT_FOUND unless the caller may read the program (see ProgramAccessService.assertCanRead). */
  assertCanRead(actor: Actor, programId: string): Promise<ProgramAccess> {
    return this.access.assertCanRead(actor, programId);
  }

  /** Mentor paired with the trainee in the program, or owner/admin; never oneself. */
  async assertCanRate(actor: Actor, access: ProgramAccess, traineeId: string): Promise<void> {
    if (actor.userId === traineeId) throw Errors.forbidden();
    if (access.canManage || (await this.mentors(actor, access, traineeId))) return;
    throw Errors.forbidden();
  }

  /**
   * The trainee themself, their paired mentor, or an owner/admin of the program. Someone who is not (and never was) a
   * trainee of the program is NOT_FOUND for every caller, exactly like an id that does not exist: the answer never
   * tells that the person is there, and never reads their account.
   */
  async assertCanReadTrainee(actor: Actor, programId: string, traineeId: string): Promise<void> {
    const access = await this.access.assertCanRead(actor, programId);
    if (!(await this.access.hasBeenMember(traineeId, programId, ProgramRole.TRAINEE))) {
      throw Errors.notFound(TRAINEE_NOUN);
    }
    if (access.canManage) return;
    if (actor.userId === traineeId && access.roles.includes(ProgramRole.TRAINEE)) return;
    if (await this.mentors(actor, access, traineeId)) return;
    throw Errors.forbidden();
  }

  /** Whether the actor is a mentor of the program currently paired with the trainee. */
  private async mentors(actor: Actor, access: ProgramAccess, traineeId: string): Promise<boolean> {
    return access.roles.includes(ProgramRole.MENTOR) && this.access.isPaired(access.programId, actor.userId, traineeId);
  }

  async program(programId: string): Promise<Program> {
    const [program] = await this.programs.programsByIds([programId]);
    if (!program) throw Errors.notFound(PROGRAM_NOUN);
    return program;
  }

  async activeTrainees(programId: string): Promise<string[]> {
    const [members] = await this.programMembers.membersByProgramIds([programId]);
    return members
      .filter((m) => m.role === ProgramRole.TRAINEE && m.status === MemberStatus.ACTIVE)
      .map((m) => m.userId);
  }
}
