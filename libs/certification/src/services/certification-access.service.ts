import { Injectable } from '@nestjs/common';
import { Actor, Errors, isAdmin } from '@banso/core';
import { ProgramAccess, ProgramAccessService, ProgramRole } from '@banso/programs';
import { FrameworkService } from '@banso/frameworks';
import { ProgramsService } from '@banso/programs';
import { CriteriaFramework } from './criteria';

/**
 * Who may see a person's certification progress in a program: owners and admins for anyone, the person themself,
 * and their current mentors. A program the caller cannot see is NOT_FOUND; another member's progress FORBIDDEN.
 */
@Injectable()
export class CertificationAccessService {
  constructor(
    private readonly programAccess: ProgramAccessService,
    private readonly programs: ProgramsService,
    private readonly frameworks: FrameworkService,
  ) {}

  async assertCanReadPerson(actor: Actor, programId: string, userId: string): Promise<ProgramAccess> {
    const access = await this.programAccess.assertCanRead(actor, programId);
    if (access.canManage || actor.userId === userId) return access;
    if (
      access.roles.includes(ProgramRole.MENTOR) &&
      (await this.programAccess.isPaired(programId, actor.userId, userId))
    ) {
      return access;
    }
    throw Errors.forbidden();
  }

  isAdmin(actor: Actor): boolean {
    return isAdmin(actor);
  }

  /** The program's framework as the criteria need it (codes, names), 3 statements. */
  async framework(frameworkId: string): Promise<CriteriaFramework> {
    const tree = await this.frameworks.tree(frameworkId);
    return {
      steps: tree.steps.map((s) => ({ id: s.id, code: s.code, title: { ja: s.titleJa, en: s.titleEn } })),
      behaviours: tree.behaviours.map((b) => ({
        id: b.id,
        code: b.code,
        stepId: b.stepId,
        name: { ja: b.nameJa, en: b.nameEn },
      })),
    };
  }

  /** The program as stored (any caller already checked), via the programs lib's batch read. */
  async program(programId: string) {
    const [program] = await this.programs.programsByIds([programId]);
    if (!program) throw Errors.notFound({ ja: 'プログラム', en: 'program' });
    return program;
  }
}
