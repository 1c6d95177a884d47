import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Errors,
  IllegalTransitionError,
  InTransaction,
  isAdmin,
  keysetBy,
  Lifecycle,
  orderByKeys,
  paginate,
  plainRows,
  TransactionContext,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { FrameworkService } from '@banso/frameworks';
import { IdentityService, OrganizationNotFoundError, User } from '@banso/identity';
import { ProgramEntity } from '../entities/program.entity';
import { Program } from '../models/program.model';
import { MemberStatus, ProgramStatus } from '../programs.enums';
import { FrameworkNotPublishedError, PROGRAM_NOUN, ProgramClosedError } from '../programs.errors';
import {
  CreateProgramInput,
  ProgramIdInput,
  ProgramMemberCandidatesArgs,
  UpdateProgramInput,
} from '../dto/program.input';
import { ProgramAccessService } from './program-access.service';
import { ProgramHooks } from './program-hooks';
import { toProgram } from '../programs.mapper';

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
const PROGRAM_LIFECYCLE = new Lifecycle<ProgramStatus>(PROGRAM_NOUN, {
  [ProgramStatus.DRAFT]: [ProgramStatus.ACTIVE],
  [ProgramStatus.ACTIVE]: [ProgramStatus.CLOSED],
  [ProgramStatus.CLOSED]: [],
});

function assertDateRange(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw Errors.badInput('input.endsOn', {
      ja: '終了日は開始日以降にしてください',
      en: 'must not be before startsOn',
    });
  }
}

/**
 * Programs themselves: creating, editing, the DRAFT → ACTIVE → CLOSED lifecycle and reading. Members live in
 * ProgramMembersService, pairings in MentorshipsService. Authorization through ProgramAccessService.
 */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    private readonly access: ProgramAccessService,
    private readonly identity: IdentityService,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworkService,
    private readonly hooks: ProgramHooks,
  ) {}

  // ---- programs -----------------------------------------------------------------------------------------------

  @InTransaction()
  async createProgram(
    actor: Actor,
    input: CreateProgramInput,
  ): Promise<Program | OrganizationNotFoundError | FrameworkNotPublishedError> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    assertDateRange(input.startsOn, input.endsOn);
    if (!(await this.identity.organizationExists(input.operatorOrganizationId))) {
      return new OrganizationNotFoundError(actor.locale);
    }
    const frameworkId = await this.frameworks.frameworkForNewProgram(input.frameworkId ?? null);
    if (!frameworkId) return new FrameworkNotPublishedError(actor.locale);
    const program = await this.audit.insertAudited(
      actor,
      ProgramEntity,
      {
        name: input.name.trim(),
        fiscalYear: input.fiscalYear,
        region: input.region.trim(),
        operatorOrganizationId: input.operatorOrganizationId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        frameworkId,
        status: ProgramStatus.DRAFT,
      },
      { action: 'program.create', entityType: 'Program', fields: PROGRAM_FIELDS },
      toProgram,
    );
    // Domains above (certification: the default rules) set up what every program has, in this transaction.
    await this.hooks.programCreated({ id: program.id, frameworkId });
    return program;
  }

  async updateProgram(actor: Actor, input: UpdateProgramInput): Promise<Program | ProgramClosedError> {
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockManagedProgram(actor, input.programId);
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
      await this.audit.record(actor, {
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
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockManagedProgram(actor, programId);
      const illegal = PROGRAM_LIFECYCLE.check(actor.locale, before.status, target);
      if (illegal) return illegal;
      await manager.update(ProgramEntity, { id: programId }, { status: target });
      const after = { ...before, status: target };
      await this.audit.record(actor, {
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
    return paginate(query, args, keysetBy<ProgramEntity>('program', 'createdAt', 'DESC'), toProgram);
  }

  // ---- batch reads for DataLoaders ----------------------------------------------------------------------------

  async programsByIds(ids: readonly string[]): Promise<(Program | null)[]> {
    const rows = await plainRows(this.programs.manager.connection, ProgramEntity, 'program').byIds(ids);
    return orderByKeys(ids, rows.map(toProgram), (p) => p.id);
  }
}
