import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, IsNull, Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Errors,
  groupByKeys,
  IllegalTransitionError,
  isAdmin,
  orderByKeys,
  paginate,
  UnitOfWork,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { FrameworkService } from '@banso/frameworks';
import { IdentityService, OrganizationNotFoundError, User, UserStatus } from '@banso/identity';
import { ProgramEntity } from '../entities/program.entity';
import { ProgramMemberEntity } from '../entities/program-member.entity';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { Mentorship, Program, ProgramMember } from '../models/program.model';
import { MemberStatus, ProgramRole, ProgramStatus } from '../programs.enums';
import {
  AlreadyEndedError,
  AlreadyPairedError,
  AlreadyProgramMemberError,
  FrameworkNotPublishedError,
  NotAProgramMemberError,
  PROGRAM_NOUN,
  ProgramClosedError,
  SelfMentorshipError,
  UserNotFoundError,
} from '../programs.errors';
import {
  AddProgramMemberInput,
  AssignMentorInput,
  CreateProgramInput,
  EndMentorshipInput,
  ProgramIdInput,
  UpdateProgramInput,
  WithdrawProgramMemberInput,
  ProgramMemberCandidatesArgs,
} from '../dto/program.input';
import { ProgramAccessService } from './program-access.service';
import { toMember, toMentorship, toProgram } from '../programs.mapper';

const PROGRAM_FIELDS: (keyof ProgramEntity)[] = [
  'name',
  'fiscalYear',
  'region',
  'operatorOrganizationId',
  'startsOn',
  'endsOn',
  'frameworkId',
  'status',
];

/** Allowed lifecycle moves: DRAFT → ACTIVE → CLOSED. */
const NEXT_STATUS: Record<ProgramStatus, ProgramStatus[]> = {
  [ProgramStatus.DRAFT]: [ProgramStatus.ACTIVE],
  [ProgramStatus.ACTIVE]: [ProgramStatus.CLOSED],
  [ProgramStatus.CLOSED]: [],
};

const MEMBER_NOUN = { ja: 'プログラム参加者', en: 'program member' };
const MENTORSHIP_NOUN = { ja: 'メンターのペア', en: 'mentorship' };

function assertDateRange(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw Errors.badInput('input.endsOn', {
      ja: '終了日は開始日以降にしてください',
      en: 'must not be before startsOn',
    });
  }
}

/** Programs, their members and mentor pairings. Authorization through ProgramAccessService. */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramMemberEntity) private readonly members: Repository<ProgramMemberEntity>,
    @InjectRepository(MentorshipEntity) private readonly mentorships: Repository<MentorshipEntity>,
    private readonly access: ProgramAccessService,
    private readonly identity: IdentityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworkService,
  ) {}

  // ---- programs -----------------------------------------------------------------------------------------------

  async createProgram(
    actor: Actor,
    input: CreateProgramInput,
  ): Promise<Program | OrganizationNotFoundError | FrameworkNotPublishedError> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    assertDateRange(input.startsOn, input.endsOn);
    if (!(await this.identity.organizationExists(input.operatorOrganizationId))) {
      return new OrganizationNotFoundError(actor.locale);
    }
    return this.unitOfWork.run(async ({ manager }) => {
      const frameworkId = await this.frameworks.frameworkForNewProgram(manager, input.frameworkId ?? null);
      if (!frameworkId) return new FrameworkNotPublishedError(actor.locale);
      const entity = manager.create(ProgramEntity, {
        name: input.name.trim(),
        fiscalYear: input.fiscalYear,
        region: input.region.trim(),
        operatorOrganizationId: input.operatorOrganizationId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        frameworkId,
        status: ProgramStatus.DRAFT,
      });
      await manager.insert(ProgramEntity, entity);
      await this.audit.record(manager, actor, {
        action: 'program.create',
        entityType: 'Program',
        entityId: entity.id,
        changes: changedFields(null, entity, PROGRAM_FIELDS),
      });
      const created = await manager.findOneByOrFail(ProgramEntity, { id: entity.id });
      return toProgram(created);
    });
  }

  async updateProgram(actor: Actor, input: UpdateProgramInput): Promise<Program | ProgramClosedError> {
    await this.access.assertCanManage(actor, input.programId);
    return this.unitOfWork.run(async ({ manager }) => {
      const before = await this.lockProgram(manager, input.programId);
      if (before.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
      const after: ProgramEntity = {
        ...before,
        name: input.name?.trim() ?? before.name,
        fiscalYear: input.fiscalYear ?? before.fiscalYear,
        region: input.region?.trim() ?? before.region,
        startsOn: input.startsOn ?? before.startsOn,
        endsOn: input.endsOn ?? before.endsOn,
      };
      assertDateRange(after.startsOn, after.endsOn);
      await manager.update(
        ProgramEntity,
        { id: before.id },
        {
          name: after.name,
          fiscalYear: after.fiscalYear,
          region: after.region,
          startsOn: after.startsOn,
          endsOn: after.endsOn,
        },
      );
      await this.audit.record(manager, actor, {
        action: 'program.update',
        entityType: 'Program',
        entityId: before.id,
        changes: changedFields(before, after, PROGRAM_FIELDS),
      });
      return toProgram(after);
    });
  }

  activateProgram(actor: Actor, input: ProgramIdInput): Promise<Program | IllegalTransitionError> {
    return this.transition(actor, input.programId, ProgramStatus.ACTIVE, 'program.activate');
  }

  closeProgram(actor: Actor, input: ProgramIdInput): Promise<Program | IllegalTransitionError> {
    return this.transition(actor, input.programId, ProgramStatus.CLOSED, 'program.close');
  }

  private async transition(
    actor: Actor,
    programId: string,
    target: ProgramStatus,
    action: string,
  ): Promise<Program | IllegalTransitionError> {
    await this.access.assertCanManage(actor, programId);
    return this.unitOfWork.run(async ({ manager }) => {
      const before = await this.lockProgram(manager, programId);
      const allowed = NEXT_STATUS[before.status];
      if (!allowed.includes(target)) {
        return new IllegalTransitionError(actor.locale, PROGRAM_NOUN, before.status, target, allowed);
      }
      await manager.update(ProgramEntity, { id: programId }, { status: target });
      const after = { ...before, status: target };
      await this.audit.record(manager, actor, {
        action,
        entityType: 'Program',
        entityId: programId,
        changes: changedFields(before, after, ['status']),
      });
      return toProgram(after);
    });
  }

  async program(actor: Actor, id: string): Promise<Program> {
    const access = await this.access.access(actor, id);
    const entity = access.canRead ? await this.programs.findOneBy({ id }) : null;
    if (!entity) throw Errors.notFound(PROGRAM_NOUN);
    return toProgram(entity);
  }

  /**
   * Accounts an owner may add to the program, found by part of their name or email across organisations (active
   * accounts only). Owners and admins only: they need to find people outside their own organisation.
   */
  async memberCandidates(actor: Actor, args: ProgramMemberCandidatesArgs): Promise<User[]> {
    await this.access.assertCanManage(actor, args.programId);
    return this.identity.searchActiveUsers(args.search, args.first ?? 20);
  }

  /** Admins see every program; everyone else the programs they take part in. */
  async listPrograms(
    actor: Actor,
    args: ConnectionArgs & { fiscalYear?: number },
    onlyMine = false,
  ): Promise<ConnectionShape<Program>> {
    const query = this.programs.createQueryBuilder('program');
    if (args.fiscalYear !== undefined)
      query.andWhere('program.fiscalYear = :fiscalYear', { fiscalYear: args.fiscalYear });
    if (onlyMine || !isAdmin(actor)) {
      query.andWhere(
        new Brackets((where) =>
          where.where(
            `EXISTS (SELECT 1 FROM program_member m WHERE m."programId" = program.id AND m."userId" = :userId AND m.status = :active)`,
            { userId: actor.userId, active: MemberStatus.ACTIVE },
          ),
        ),
      );
    }
    return paginate(
      query,
      args,
      {
        column: 'program.createdAt',
        value: (p) => p.createdAt,
        direction: 'DESC',
        idColumn: 'program.id',
        id: (p) => p.id,
      },
      toProgram,
    );
  }

  // ---- members ------------------------------------------------------------------------------------------------

  async addProgramMember(
    actor: Actor,
    input: AddProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyProgramMemberError | UserNotFoundError> {
    await this.access.assertCanManage(actor, input.programId);
    const [user] = await this.identity.usersByIds([input.userId]);
    if (!user || user.status !== UserStatus.ACTIVE) return new UserNotFoundError(actor.locale, 'input.userId');
    return this.unitOfWork.run(async ({ manager }) => {
      const program = await this.lockProgram(manager, input.programId);
      if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
      const existing = await manager.findOne(ProgramMemberEntity, {
        where: { programId: input.programId, userId: input.userId, role: input.role },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.status === MemberStatus.ACTIVE) return new AlreadyProgramMemberError(actor.locale, input.role);
      let member: ProgramMemberEntity;
      if (existing) {
        member = { ...existing, status: MemberStatus.ACTIVE, withdrawnAt: null };
        await manager.update(
          ProgramMemberEntity,
          { id: existing.id },
          { status: MemberStatus.ACTIVE, withdrawnAt: null },
        );
      } else {
        const inserted = manager.create(ProgramMemberEntity, {
          programId: input.programId,
          userId: input.userId,
          role: input.role,
        });
        await manager.insert(ProgramMemberEntity, inserted);
        member = await manager.findOneByOrFail(ProgramMemberEntity, { id: inserted.id });
      }
      await this.audit.record(manager, actor, {
        action: 'program.addMember',
        entityType: 'ProgramMember',
        entityId: member.id,
        changes: changedFields(existing ?? null, member, ['programId', 'userId', 'role', 'status']),
      });
      return toMember(member);
    });
  }

  /** Withdraws a member; their open pairings in the program (as mentor or trainee) end with them. */
  async withdrawProgramMember(
    actor: Actor,
    input: WithdrawProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyEndedError> {
    const existing = await this.members.findOneBy({ id: input.memberId });
    if (!existing) throw Errors.notFound(MEMBER_NOUN);
    await this.access.assertCanManage(actor, existing.programId, MEMBER_NOUN);
    return this.unitOfWork.run(async ({ manager }) => {
      const program = await this.lockProgram(manager, existing.programId);
      if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
      const before = await manager.findOneOrFail(ProgramMemberEntity, {
        where: { id: input.memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (before.status !== MemberStatus.ACTIVE) return new AlreadyEndedError(actor.locale);
      const after = { ...before, status: MemberStatus.WITHDRAWN, withdrawnAt: new Date() };
      await manager.update(
        ProgramMemberEntity,
        { id: before.id },
        { status: after.status, withdrawnAt: after.withdrawnAt },
      );
      if (before.role !== ProgramRole.OWNER) {
        const column = before.role === ProgramRole.MENTOR ? 'mentorId' : 'traineeId';
        await manager.update(
          MentorshipEntity,
          { programId: before.programId, [column]: before.userId, endedAt: IsNull() },
          { endedAt: after.withdrawnAt },
        );
      }
      await this.audit.record(manager, actor, {
        action: 'program.withdrawMember',
        entityType: 'ProgramMember',
        entityId: before.id,
        changes: changedFields(before, after, ['status', 'withdrawnAt']),
      });
      return toMember(after);
    });
  }

  // ---- mentorships --------------------------------------------------------------------------------------------

  /**
   * Pairs a mentor with a trainee. Both must be active members in those roles. Until certification exists any
   * MENTOR member is eligible.
   */
  async assignMentor(
    actor: Actor,
    input: AssignMentorInput,
  ): Promise<Mentorship | ProgramClosedError | NotAProgramMemberError | AlreadyPairedError | SelfMentorshipError> {
    await this.access.assertCanManage(actor, input.programId);
    if (input.mentorId === input.traineeId) return new SelfMentorshipError(actor.locale);
    return this.unitOfWork.run(async ({ manager }) => {
      const program = await this.lockProgram(manager, input.programId);
      if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
      const required: [string, string, ProgramRole][] = [
        ['input.mentorId', input.mentorId, ProgramRole.MENTOR],
        ['input.traineeId', input.traineeId, ProgramRole.TRAINEE],
      ];
      for (const [field, userId, role] of required) {
        const where = { programId: input.programId, userId, role, status: MemberStatus.ACTIVE };
        if (!(await manager.exists(ProgramMemberEntity, { where }))) {
          return new NotAProgramMemberError(actor.locale, field, role);
        }
      }
      const paired = await manager.exists(MentorshipEntity, {
        where: { programId: input.programId, mentorId: input.mentorId, traineeId: input.traineeId, endedAt: IsNull() },
      });
      if (paired) return new AlreadyPairedError(actor.locale);
      const entity = manager.create(MentorshipEntity, {
        programId: input.programId,
        mentorId: input.mentorId,
        traineeId: input.traineeId,
      });
      await manager.insert(MentorshipEntity, entity);
      const created = await manager.findOneByOrFail(MentorshipEntity, { id: entity.id });
      await this.audit.record(manager, actor, {
        action: 'program.assignMentor',
        entityType: 'Mentorship',
        entityId: created.id,
        changes: changedFields(null, created, ['programId', 'mentorId', 'traineeId']),
      });
      return toMentorship(created);
    });
  }

  async endMentorship(
    actor: Actor,
    input: EndMentorshipInput,
  ): Promise<Mentorship | ProgramClosedError | AlreadyEndedError> {
    const existing = await this.mentorships.findOneBy({ id: input.mentorshipId });
    if (!existing) throw Errors.notFound(MENTORSHIP_NOUN);
    await this.access.assertCanManage(actor, existing.programId, MENTORSHIP_NOUN);
    return this.unitOfWork.run(async ({ manager }) => {
      const program = await this.lockProgram(manager, existing.programId);
      if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
      const before = await manager.findOneOrFail(MentorshipEntity, {
        where: { id: input.mentorshipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (before.endedAt) return new AlreadyEndedError(actor.locale);
      const after = { ...before, endedAt: new Date() };
      await manager.update(MentorshipEntity, { id: before.id }, { endedAt: after.endedAt });
      await this.audit.record(manager, actor, {
        action: 'program.endMentorship',
        entityType: 'Mentorship',
        entityId: before.id,
        changes: changedFields(before, after, ['endedAt']),
      });
      return toMentorship(after);
    });
  }

  /** Reads the program and locks its row, so a concurrent closeProgram waits for the change in progress. */
  private lockProgram(manager: EntityManager, programId: string): Promise<ProgramEntity> {
    return manager.findOneOrFail(ProgramEntity, { where: { id: programId }, lock: { mode: 'pessimistic_write' } });
  }

  // ---- batch reads for DataLoaders ----------------------------------------------------------------------------

  async programsByIds(ids: readonly string[]): Promise<(Program | null)[]> {
    const rows = await this.programs.findBy({ id: In([...ids]) });
    return orderByKeys(ids, rows.map(toProgram), (p) => p.id);
  }

  async membersByProgramIds(programIds: readonly string[]): Promise<ProgramMember[][]> {
    const rows = await this.members.find({
      where: { programId: In([...programIds]) },
      order: { joinedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(programIds, rows.map(toMember), (m) => m.programId);
  }

  async mentorshipsByProgramIds(programIds: readonly string[]): Promise<Mentorship[][]> {
    const rows = await this.mentorships.find({
      where: { programId: In([...programIds]) },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(programIds, rows.map(toMentorship), (m) => m.programId);
  }
}
