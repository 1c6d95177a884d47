import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Actor, Errors, groupByKeys, InTransaction } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { Mentorship } from '../models/program.model';
import { ProgramRole, ProgramStatus } from '../programs.enums';
import {
  AlreadyEndedError,
  AlreadyPairedError,
  NotAProgramMemberError,
  ProgramClosedError,
  SelfMentorshipError,
} from '../programs.errors';
import { AssignMentorInput, EndMentorshipInput } from '../dto/program.input';
import { ProgramAccessService } from './program-access.service';
import { toMentorship } from '../programs.mapper';

const MENTORSHIP_NOUN = { ja: 'メンターのペア', en: 'mentorship' };

/** Mentor pairings (メンターのペア) within a program: assigning and ending them. Owners and admins only. */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectRepository(MentorshipEntity) private readonly mentorships: Repository<MentorshipEntity>,
    private readonly access: ProgramAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Pairs a mentor with a trainee. Both must be active members in those roles. Until certification exists any
   * MENTOR member is eligible.
   */
  @InTransaction()
  async assignMentor(
    actor: Actor,
    input: AssignMentorInput,
  ): Promise<Mentorship | ProgramClosedError | NotAProgramMemberError | AlreadyPairedError | SelfMentorshipError> {
    const program = await this.access.lockManagedProgram(actor, input.programId);
    if (input.mentorId === input.traineeId) return new SelfMentorshipError(actor.locale);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const required: [string, string, ProgramRole][] = [
      ['input.mentorId', input.mentorId, ProgramRole.MENTOR],
      ['input.traineeId', input.traineeId, ProgramRole.TRAINEE],
    ];
    for (const [field, userId, role] of required) {
      if (!(await this.access.hasActiveRole(userId, input.programId, role))) {
        return new NotAProgramMemberError(actor.locale, field, role);
      }
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

  /** Batch read for the DataLoader: each program's pairings, oldest first. */
  async mentorshipsByProgramIds(programIds: readonly string[]): Promise<Mentorship[][]> {
    const rows = await this.mentorships.find({
      where: { programId: In([...programIds]) },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(programIds, rows.map(toMentorship), (m) => m.programId);
  }
}
