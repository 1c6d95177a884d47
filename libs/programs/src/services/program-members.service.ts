import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { Actor, Errors, groupByKeys, InTransaction, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { IdentityService, UserStatus } from '@banso/identity';
import { ProgramMemberEntity } from '../entities/program-member.entity';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { ProgramMember } from '../models/program.model';
import { MemberStatus, ProgramRole, ProgramStatus } from '../programs.enums';
import {
  AlreadyEndedError,
  AlreadyProgramMemberError,
  ProgramClosedError,
  UserNotFoundError,
} from '../programs.errors';
import { AddProgramMemberInput, WithdrawProgramMemberInput } from '../dto/program.input';
import { ProgramAccessService } from './program-access.service';
import { toMember } from '../programs.mapper';

const MEMBER_NOUN = { ja: 'プログラム参加者', en: 'program member' };

/** Who takes part in a program (OWNER, MENTOR, TRAINEE): adding and withdrawing members. Owners and admins only. */
@Injectable()
export class ProgramMembersService {
  constructor(
    @InjectRepository(ProgramMemberEntity) private readonly members: Repository<ProgramMemberEntity>,
    private readonly access: ProgramAccessService,
    private readonly identity: IdentityService,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
  ) {}

  @InTransaction()
  async addProgramMember(
    actor: Actor,
    input: AddProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyProgramMemberError | UserNotFoundError> {
    const program = await this.access.lockManagedProgram(actor, input.programId);
    const [user] = await this.identity.usersByIds([input.userId]);
    if (!user || user.status !== UserStatus.ACTIVE) return new UserNotFoundError(actor.locale, 'input.userId');
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const existing = await this.members.findOne({
      where: { programId: input.programId, userId: input.userId, role: input.role },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.status === MemberStatus.ACTIVE) return new AlreadyProgramMemberError(actor.locale, input.role);
    if (!existing) {
      return this.audit.insertAudited(
        actor,
        ProgramMemberEntity,
        { programId: input.programId, userId: input.userId, role: input.role },
        { action: 'program.addMember', entityType: 'ProgramMember', fields: ['programId', 'userId', 'role', 'status'] },
        toMember,
      );
    }
    const member = { ...existing, status: MemberStatus.ACTIVE, withdrawnAt: null };
    await this.members.update({ id: existing.id }, { status: MemberStatus.ACTIVE, withdrawnAt: null });
    await this.audit.record(actor, {
      action: 'program.addMember',
      entityType: 'ProgramMember',
      entityId: member.id,
      changes: changedFields(existing, member, ['programId', 'userId', 'role', 'status']),
    });
    return toMember(member);
  }

  /** Withdraws a member; their open pairings in the program (as mentor or trainee) end with them. */
  @InTransaction()
  async withdrawProgramMember(
    actor: Actor,
    input: WithdrawProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyEndedError> {
    const before = await this.members.findOne({ where: { id: input.memberId }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw Errors.notFound(MEMBER_NOUN);
    const program = await this.access.lockManagedProgram(actor, before.programId, MEMBER_NOUN);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    if (before.status !== MemberStatus.ACTIVE) return new AlreadyEndedError(actor.locale);
    const manager = this.transaction.manager;
    const after = { ...before, status: MemberStatus.WITHDRAWN, withdrawnAt: new Date() };
    await this.members.update({ id: before.id }, { status: after.status, withdrawnAt: after.withdrawnAt });
    if (before.role !== ProgramRole.OWNER) {
      const column = before.role === ProgramRole.MENTOR ? 'mentorId' : 'traineeId';
      await manager.update(
        MentorshipEntity,
        { programId: before.programId, [column]: before.userId, endedAt: IsNull() },
        { endedAt: after.withdrawnAt },
      );
    }
    await this.audit.record(actor, {
      action: 'program.withdrawMember',
      entityType: 'ProgramMember',
      entityId: before.id,
      changes: changedFields(before, after, ['status', 'withdrawnAt']),
    });
    return toMember(after);
  }

  /** Batch read for the DataLoader: each program's members, in the order they joined. */
  async membersByProgramIds(programIds: readonly string[]): Promise<ProgramMember[][]> {
    const rows = await this.members.find({
      where: { programId: In([...programIds]) },
      order: { joinedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(programIds, rows.map(toMember), (m) => m.programId);
  }
}
