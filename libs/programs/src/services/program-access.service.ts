import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Actor, Errors, isAdmin, LocalizedText } from '@banso/core';
import { ProgramEntity } from '../entities/program.entity';
import { ProgramMemberEntity } from '../entities/program-member.entity';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { MemberStatus, ProgramRole, ProgramStatus } from '../programs.enums';
import { PROGRAM_NOUN } from '../programs.errors';

/** What the caller may do in one program. */
export interface ProgramAccess {
  programId: string;
  admin: boolean;
  roles: ProgramRole[];
  /** Admin or OWNER: manages and reads everything in the program. */
  canManage: boolean;
  /** Any active member, or admin. */
  canRead: boolean;
}

/**
 * The program-level authorization rules of DESIGN.md, shared by every domain: admins everything; owners manage
 * their programs; mentors and trainees read their own programs. A program the caller cannot see is NOT_FOUND.
 */
@Injectable()
export class ProgramAccessService {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramMemberEntity) private readonly members: Repository<ProgramMemberEntity>,
    @InjectRepository(MentorshipEntity) private readonly mentorships: Repository<MentorshipEntity>,
  ) {}

  async shareAProgram(userId: string, otherUserId: string): Promise<boolean> {
    const rows = await this.members.query<unknown[]>(
      `SELECT 1 FROM program_member mine JOIN program_member theirs ON theirs."programId" = mine."programId"
       WHERE mine."userId" = $1 AND theirs."userId" = $2 AND mine.status = 'ACTIVE' AND theirs.status = 'ACTIVE' LIMIT 1`,
      [userId, otherUserId],
    );
    return rows.length > 0;
  }

  async rolesOf(userId: string, programId: string): Promise<ProgramRole[]> {
    const rows = await this.members.find({
      select: { role: true },
      where: { programId, userId, status: MemberStatus.ACTIVE },
    });
    return rows.map((row) => row.role);
  }

  async access(actor: Actor, programId: string): Promise<ProgramAccess> {
    const admin = isAdmin(actor);
    const roles = await this.rolesOf(actor.userId, programId);
    return {
      programId,
      admin,
      roles,
      canManage: admin || roles.includes(ProgramRole.OWNER),
      canRead: admin || roles.length > 0,
    };
  }

  /**
   * Throws NOT_FOUND unless the program exists and the caller may read it. For a record reached by its own id (a
   * member, a pairing, a visit) pass its noun: an outsider then gets the same NOT_FOUND as for an id that does not
   * exist, so the answer never tells that the record is there.
   */
  async assertCanRead(actor: Actor, programId: string, noun: LocalizedText = PROGRAM_NOUN): Promise<ProgramAccess> {
    const access = await this.access(actor, programId);
    if (!access.canRead || !(await this.programs.exists({ where: { id: programId } }))) {
      throw Errors.notFound(noun);
    }
    return access;
  }

  /** NOT_FOUND for outsiders (see assertCanRead), FORBIDDEN for members who are not owners. */
  async assertCanManage(actor: Actor, programId: string, noun: LocalizedText = PROGRAM_NOUN): Promise<ProgramAccess> {
    const access = await this.assertCanRead(actor, programId, noun);
    if (!access.canManage) throw Errors.forbidden();
    return access;
  }

  /**
   * For writers of other domains, inside their transaction: whether the program is CLOSED. Takes a share lock on the
   * program row until commit, so closeProgram (which locks it for update) waits for the write in progress, while
   * concurrent writers do not wait for each other.
   */
  async isClosedForWrite(manager: EntityManager, programId: string): Promise<boolean> {
    const program = await manager.findOne(ProgramEntity, {
      select: { id: true, status: true },
      where: { id: programId },
      lock: { mode: 'pessimistic_read' },
    });
    return program?.status === ProgramStatus.CLOSED;
  }

  async hasActiveRole(userId: string, programId: string, role: ProgramRole): Promise<boolean> {
    return this.members.exists({ where: { programId, userId, role, status: MemberStatus.ACTIVE } });
  }

  /** Whether the mentor is currently paired with the trainee in the program. */
  async isPaired(programId: string, mentorId: string, traineeId: string): Promise<boolean> {
    return this.mentorships.exists({ where: { programId, mentorId, traineeId, endedAt: IsNull() } });
  }

  /** Trainees the mentor currently accompanies in the program. */
  async menteesOf(programId: string, mentorId: string): Promise<string[]> {
    const rows = await this.mentorships.find({
      select: { traineeId: true },
      where: { programId, mentorId, endedAt: IsNull() },
    });
    return rows.map((row) => row.traineeId);
  }

  /** The mentor's current mentees in each of the given programs, in one query. */
  async menteesByProgram(mentorId: string, programIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (!programIds.length) return result;
    const rows = await this.mentorships.find({
      select: { programId: true, traineeId: true },
      where: { programId: In(programIds), mentorId, endedAt: IsNull() },
    });
    for (const row of rows) result.set(row.programId, [...(result.get(row.programId) ?? []), row.traineeId]);
    return result;
  }

  /** Program ids where the user is an active member, with their roles. */
  async membershipsOf(userId: string): Promise<Map<string, ProgramRole[]>> {
    const rows = await this.members.find({ where: { userId, status: MemberStatus.ACTIVE } });
    const result = new Map<string, ProgramRole[]>();
    for (const row of rows) result.set(row.programId, [...(result.get(row.programId) ?? []), row.role]);
    return result;
  }
}
