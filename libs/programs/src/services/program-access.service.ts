import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { Actor, Errors, isAdmin, LocalizedText, plainQuery } from '@banso/core';
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
    const roles = await this.actorRolesIn(actor, programId);
    return {
      programId,
      admin,
      roles,
      canManage: admin || roles.includes(ProgramRole.OWNER),
      canRead: admin || roles.length > 0,
    };
  }

  /** The caller's roles in a program: from the actor when the request read them with the account, else one query. */
  private async actorRolesIn(actor: Actor, programId: string): Promise<ProgramRole[]> {
    if (!actor.programRoles) return this.rolesOf(actor.userId, programId);
    return (actor.programRoles.get(programId) ?? []) as ProgramRole[];
  }

  /**
   * Throws NOT_FOUND unless the program exists and the caller may read it. For a record reached by its own id (a
   * member, a pairing, a visit) pass its noun: an outsider then gets the same NOT_FOUND as for an id that does not
   * exist, so the answer never tells that the record is there.
   */
  async assertCanRead(actor: Actor, programId: string, noun: LocalizedText = PROGRAM_NOUN): Promise<ProgramAccess> {
    const access = await this.access(actor, programId);
    // An active membership proves the program exists (program_member references it); only admins need a look-up.
    if (!access.canRead || (!access.roles.length && !(await this.programs.exists({ where: { id: programId } })))) {
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
   * For a use case that changes a program or what hangs off it: locks the program row (until the transaction ends,
   * so closeProgram waits for the change in progress) and checks on it that the caller manages the program: one read
   * of the row. NOT_FOUND for outsiders (see assertCanRead), FORBIDDEN for members who are not owners.
   */
  async lockManagedProgram(
    actor: Actor,
    programId: string,
    noun: LocalizedText = PROGRAM_NOUN,
  ): Promise<ProgramEntity> {
    const program = await this.programs.findOne({ where: { id: programId }, lock: { mode: 'pessimistic_write' } });
    const access = program ? await this.access(actor, programId) : null;
    if (!program || !access?.canRead) throw Errors.notFound(noun);
    if (!access.canManage) throw Errors.forbidden();
    return program;
  }

  /**
   * For writers of other domains, inside their transaction: whether the program is CLOSED. Takes a share lock on the
   * program row until commit, so closeProgram (which locks it for update) waits for the write in progress, while
   * concurrent writers do not wait for each other.
   */
  async isClosedForWrite(programId: string): Promise<boolean> {
    const [program] = await plainQuery<{ status: ProgramStatus }>(
      this.programs.manager.connection,
      'SELECT status FROM program WHERE id = $1 FOR SHARE',
      [programId],
    );
    return program?.status === ProgramStatus.CLOSED;
  }

  async hasActiveRole(userId: string, programId: string, role: ProgramRole): Promise<boolean> {
    const [row] = await plainQuery<{ found: boolean }>(
      this.members.manager.connection,
      `SELECT EXISTS (SELECT 1 FROM program_member WHERE "programId" = $1 AND "userId" = $2 AND role = $3
                                                     AND status = $4) AS found`,
      [programId, userId, role, MemberStatus.ACTIVE],
    );
    return row.found;
  }

  /** Whether the user is or was (withdrawn, completed) a member of the program in that role. */
  async hasBeenMember(userId: string, programId: string, role: ProgramRole): Promise<boolean> {
    const [row] = await plainQuery<{ found: boolean }>(
      this.members.manager.connection,
      `SELECT EXISTS (SELECT 1 FROM program_member WHERE "programId" = $1 AND "userId" = $2 AND role = $3) AS found`,
      [programId, userId, role],
    );
    return row.found;
  }

  /** Which of the given users are active members of the program (any role), in one query. */
  async activeMembersAmong(programId: string, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await this.members.find({
      select: { userId: true },
      where: { programId, userId: In(userIds), status: MemberStatus.ACTIVE },
    });
    return new Set(rows.map((row) => row.userId));
  }

  /**
   * Which of the given users may accompany the trainee's visits: mentors currently paired with them and the
   * program's active owners, in one query.
   */
  async mayAccompany(programId: string, traineeId: string, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await this.members.query<{ id: string }[]>(
      `SELECT u.id FROM unnest($3::uuid[]) AS u(id)
       WHERE EXISTS (SELECT 1 FROM mentorship m WHERE m."programId" = $1 AND m."mentorId" = u.id
                       AND m."traineeId" = $2 AND m."endedAt" IS NULL)
          OR EXISTS (SELECT 1 FROM program_member pm WHERE pm."programId" = $1 AND pm."userId" = u.id
                       AND pm.role = $4 AND pm.status = $5)`,
      [programId, traineeId, userIds, ProgramRole.OWNER, MemberStatus.ACTIVE],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Whether the mentor is currently paired with the trainee in the program. */
  async isPaired(programId: string, mentorId: string, traineeId: string): Promise<boolean> {
    const [row] = await plainQuery<{ found: boolean }>(
      this.mentorships.manager.connection,
      `SELECT EXISTS (SELECT 1 FROM mentorship WHERE "programId" = $1 AND "mentorId" = $2 AND "traineeId" = $3
                                                 AND "endedAt" IS NULL) AS found`,
      [programId, mentorId, traineeId],
    );
    return row.found;
  }

  /** Trainees the mentor currently accompanies in the program. */
  async menteesOf(programId: string, mentorId: string): Promise<string[]> {
    const rows = await this.mentorships.find({
      select: { traineeId: true },
      where: { programId, mentorId, endedAt: IsNull() },
    });
    return rows.map((row) => row.traineeId);
  }

  /**
   * SQL condition (for a query of another domain) that the mentor `:mentorParam` is currently paired with the trainee
   * in the program given by the two column expressions. Keeps the mentorship table's SQL in this domain.
   */
  mentorPairedCondition(programColumn: string, traineeColumn: string, mentorParam: string): string {
    return `EXISTS (SELECT 1 FROM mentorship pairing WHERE pairing."programId" = ${programColumn}
      AND pairing."traineeId" = ${traineeColumn} AND pairing."mentorId" = :${mentorParam} AND pairing."endedAt" IS NULL)`;
  }

  /** The caller's active memberships (program id → roles): from the actor when it carries them, else one query. */
  async actorMemberships(actor: Actor): Promise<ReadonlyMap<string, readonly ProgramRole[]>> {
    if (actor.programRoles) return actor.programRoles as ReadonlyMap<string, readonly ProgramRole[]>;
    return this.membershipsOf(actor.userId);
  }

  /** Program ids where the user is an active member, with their roles. */
  async membershipsOf(userId: string): Promise<Map<string, ProgramRole[]>> {
    const rows = await this.members.find({ where: { userId, status: MemberStatus.ACTIVE } });
    const result = new Map<string, ProgramRole[]>();
    for (const row of rows) result.set(row.programId, [...(result.get(row.programId) ?? []), row.role]);
    return result;
  }
}
