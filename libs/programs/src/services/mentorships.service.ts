import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { Actor, Errors, groupByKeys, InTransaction } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { Mentorship } from '../models/program.model';
import { ProgramRole, ProgramStatus } from '../programs.enums';
import {
  AlreadyEndedError,
  AlreadyPairedError,
  MentorNotCertifiedError,
  NotAProgramMemberError,
  ProgramClosedError,
  SelfMentorshipError,
} from '../programs.errors';
import { AssignMentorInput, EndMentorshipInput } from '../dto/program.input';
import { ProgramAccessService } from './program-access.service';
import { ProgramHooks } from './program-hooks';
import { toMentorship } from '../programs.mapper';

const MENTORSHIP_NOUN = { ja: 'メンターのペア', en: 'mentorship' };

/** Mentor pairings (メンターのペア) within a program: assigning and ending them. Owners and admins only. */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectRepository(MentorshipEntity) private readonly mentorships: Repository<MentorshipEntity>,
    private readonly access: ProgramAccessService,
    private readonly audit: AuditService,
    private readonly hooks: ProgramHooks,
  ) {}

  /**
   * Pairs a mentor with a trainee. Both must be active members (the mentor as MENTOR or OWNER). The mentor cascade:
   * a program owner may always mentor; anyone else only when a registered eligibility rule allows it
   * (certification: an ACTIVE MENTOR certificate or a designation as external advisor).
   */
  @InTransaction()
  async assignMentor(
    actor: Actor,
    input: AssignMentorInput,
  ): Promise<
    | Mentorship
    | ProgramClosedError
    | NotAProgramMemberError
    | AlreadyPairedError
    | SelfMentorshipError
    | MentorNotCertifiedError
  > {
    const program = await this.access.lockManagedProgram(actor, input.programId);
    if (input.mentorId === input.traineeId) return new SelfMentorshipError(actor.locale);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const mentorRoles = await this.access.rolesOf(input.mentorId, input.programId);
    const isOwner = mentorRoles.includes(ProgramRole.OWNER);
    if (!isOwner && !mentorRoles.includes(ProgramRole.MENTOR)) {
      return new NotAProgramMemberError(actor.locale, 'input.mentorId', ProgramRole.MENTOR);
    }
    if (!(await this.access.hasActiveRole(input.traineeId, input.programId, ProgramRole.TRAINEE))) {
      return new NotAProgramMemberError(actor.locale, 'input.traineeId', ProgramRole.TRAINEE);
    }
    if (!isOwner && !(await this.hooks.mayMentor(input.programId, input.mentorId))) {
      return new MentorNotCertifiedError(actor.locale, input.mentorId);
    }
    if (await this.access.isPaired(input.programId, input.mentorId, input.traineeId)) {
      return new AlreadyPairedError(actor.locale);
    }
    return this.audit.insertAudited(
      actor,
      MentorshipEntity,
      { programId: input.programId, mentorId: input.mentorId, traineeId: input.traineeId },
      { action: 'program.assignMentor', entityType: 'Mentorship', fields: ['programId', 'mentorId', 'traineeId'] },
      toMentorship,
    );
  }

  @InTransaction()
  async endMentorship(
    actor: Actor,
    input: EndMentorshipInput,
  ): Promise<Mentorship | ProgramClosedError | AlreadyEndedError> {
    const before = await this.mentorships.findOne({
      where: { id: input.mentorshipId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!before) throw Errors.notFound(MENTORSHIP_NOUN);
    const program = await this.access.lockManagedProgram(actor, before.programId, MENTORSHIP_NOUN);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    if (before.endedAt) return new AlreadyEndedError(actor.locale);
    const after = { ...before, endedAt: new Date() };
    await this.mentorships.update({ id: before.id }, { endedAt: after.endedAt });
    await this.audit.record(actor, {
      action: 'program.endMentorship',
      entityType: 'Mentorship',
      entityId: before.id,
      changes: changedFields(before, after, ['endedAt']),
    });
    return toMentorship(after);
  }

  /**
   * The cascade (called by certification when a MENTOR certificate expires or is revoked, in its transaction): ends
   * every open pairing of the mentor in a program where they may no longer mentor — not an owner there and no
   * registered rule allows them. Visits keep their history. Returns the pairings it ended (audited, no actor).
   */
  async endIneligibleMentorships(mentorId: string): Promise<Mentorship[]> {
    const open = await this.mentorships.find({ where: { mentorId, endedAt: IsNull() } });
    const ended: Mentorship[] = [];
    for (const pairing of open) {
      const roles = await this.access.rolesOf(mentorId, pairing.programId);
      if (roles.includes(ProgramRole.OWNER) || (await this.hooks.mayMentor(pairing.programId, mentorId))) continue;
      const after = { ...pairing, endedAt: new Date() };
      await this.mentorships.update({ id: pairing.id }, { endedAt: after.endedAt });
      await this.audit.record(null, {
        action: 'program.endMentorship',
        entityType: 'Mentorship',
        entityId: pairing.id,
        changes: changedFields(pairing, after, ['endedAt']),
      });
      ended.push(toMentorship(after));
    }
    return ended;
  }

  /** Batch read for the DataLoader: each program's pairings, oldest first. */
  async mentorshipsByProgramIds(programIds: readonly string[]): Promise<Mentorship[][]> {
    const rows = await this.mentorships.find({
      where: { programId: In([...programIds]) },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(programIds, rows.map(toMentorship), (m) => m.programId);
  }
}
