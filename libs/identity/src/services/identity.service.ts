import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Errors,
  isAdmin,
  Locale,
  orderByKeys,
  paginate,
  plainRows,
  preparedQuery,
  SystemRole,
  TransactionContext,
  keysetBy,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { Organization } from '../models/organization.model';
import { OrganizationKind, OrganizationSector } from '../identity.enums';
import { User, UserDisabled } from '../models/user.model';
import { UserStatus } from '../identity.enums';
import { CannotDisableSelfError, EmailAlreadyUsedError, OrganizationNotFoundError } from '../identity.errors';
import { CreateOrganizationInput, UpdateOrganizationInput } from '../dto/organization.input';
import { CreateUserInput, DisableUserInput, UpdateUserInput } from '../dto/user.input';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { normaliseEmail, toOrganization, toUser } from '../identity.mapper';
import { UserVisibilityRules } from './user-visibility';

const USER_NOUN = { ja: 'ユーザー', en: 'User' };

/** An authenticated caller's account and active program memberships (program id → roles). */
export interface ActorAccount {
  user: User;
  programRoles: Map<string, string[]>;
}

interface ActorAccountRow {
  id: string;
  email: string;
  displayName: string;
  organizationId: string;
  locale: Locale;
  systemRole: SystemRole;
  status: UserStatus;
  createdAt: Date;
  programRoles: [string, string][];
}

const ACTOR_SQL = `SELECT u.id, u.email, u."displayName", u."organizationId", u.locale, u."systemRole", u.status, u."createdAt",
  COALESCE((SELECT json_agg(json_build_array(m."programId", m.role)) FROM program_member m
            WHERE m."userId" = u.id AND m.status = 'ACTIVE'), '[]'::json) AS "programRoles"
FROM user_account u WHERE u.id = $1 AND u.status = 'ACTIVE'`;
const ORGANIZATION_NOUN = { ja: '組織', en: 'Organisation' };
const AUDITED_USER_FIELDS: (keyof UserAccountEntity)[] = [
  'email',
  'displayName',
  'organizationId',
  'locale',
  'systemRole',
  'status',
];

/**
 * Organisations and accounts. Organisations are a directory any signed-in user may read; accounts are visible to
 * admins, to the person themself, to colleagues of the same organisation and to whoever a registered
 * UserVisibilityRule allows (people of the same program).
 */
@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly transaction: TransactionContext,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly visibility: UserVisibilityRules,
  ) {}

  // ---- organisations ------------------------------------------------------------------------------------------

  async createOrganization(actor: Actor, input: CreateOrganizationInput): Promise<Organization> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    return this.transaction.run(async (manager) => {
      const entity = manager.create(OrganizationEntity, {
        name: input.name.trim(),
        kind: input.kind,
        sector: input.sector,
        prefecture: input.prefecture?.trim() || null,
      });
      await manager.insert(OrganizationEntity, entity);
      await this.audit.record(actor, {
        action: 'organization.create',
        entityType: 'Organization',
        entityId: entity.id,
        changes: changedFields(null, entity, ['name', 'kind', 'sector', 'prefecture']),
      });
      return toOrganization(entity);
    });
  }

  async updateOrganization(actor: Actor, input: UpdateOrganizationInput): Promise<Organization> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    return this.transaction.run(async (manager) => {
      const before = await manager.findOne(OrganizationEntity, {
        where: { id: input.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw Errors.notFound(ORGANIZATION_NOUN);
      const after: OrganizationEntity = {
        ...before,
        name: input.name?.trim() ?? before.name,
        kind: input.kind ?? before.kind,
        sector: input.sector ?? before.sector,
        prefecture: input.prefecture === undefined ? before.prefecture : input.prefecture?.trim() || null,
      };
      await manager.update(
        OrganizationEntity,
        { id: before.id },
        { name: after.name, kind: after.kind, sector: after.sector, prefecture: after.prefecture },
      );
      await this.audit.record(actor, {
        action: 'organization.update',
        entityType: 'Organization',
        entityId: before.id,
        changes: changedFields(before, after, ['name', 'kind', 'sector', 'prefecture']),
      });
      return toOrganization(after);
    });
  }

  async organization(id: string): Promise<Organization> {
    const entity = await this.organizations.findOne({ where: { id } });
    if (!entity) throw Errors.notFound(ORGANIZATION_NOUN);
    return toOrganization(entity);
  }

  listOrganizations(args: ConnectionArgs): Promise<ConnectionShape<Organization>> {
    return paginate(
      this.organizations.createQueryBuilder('organization'),
      args,
      keysetBy('organization', 'name', 'ASC'),
      toOrganization,
    );
  }

  async organizationsByIds(ids: readonly string[]): Promise<(Organization | null)[]> {
    const rows = await plainRows(this.organizations.manager.connection, OrganizationEntity, 'org').byIds(ids);
    return orderByKeys(ids, rows.map(toOrganization), (o) => o.id);
  }

  async organizationExists(id: string): Promise<boolean> {
    return this.organizations.exists({ where: { id } });
  }

  // ---- users --------------------------------------------------------------------------------------------------

  async createUser(
    actor: Actor,
    input: CreateUserInput,
  ): Promise<User | EmailAlreadyUsedError | OrganizationNotFoundError> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    const email = normaliseEmail(input.email);
    if (!(await this.organizationExists(input.organizationId))) return new OrganizationNotFoundError(actor.locale);
    // Checked here to spare an argon2 hash (19 MiB) on a duplicate; ON CONFLICT below still settles a race.
    if (await this.users.exists({ where: { email } })) return new EmailAlreadyUsedError(actor.locale, email);
    // Without a password the account gets an unguessable one nobody knows; the person sets theirs through a link.
    const passwordHash = await this.passwords.hash(input.password ?? randomBytes(32).toString('base64url'));
    return this.transaction.run(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserAccountEntity)
        .values({
          email,
          displayName: input.displayName.trim(),
          organizationId: input.organizationId,
          passwordHash,
          locale: input.locale ?? undefined,
          systemRole: input.systemRole ?? SystemRole.USER,
        })
        .orIgnore()
        .returning('*')
        .execute();
      const row = (inserted.raw as UserAccountEntity[])[0];
      if (!row) return new EmailAlreadyUsedError(actor.locale, email);
      await this.audit.record(actor, {
        action: 'user.create',
        entityType: 'UserAccount',
        entityId: row.id,
        changes: changedFields(null, row, AUDITED_USER_FIELDS),
      });
      return toUser(row);
    });
  }

  async updateUser(actor: Actor, input: UpdateUserInput): Promise<User | OrganizationNotFoundError> {
    const self = actor.userId === input.userId;
    if (!isAdmin(actor)) {
      if (!self) throw Errors.forbidden();
      if (input.organizationId !== undefined || input.systemRole !== undefined) throw Errors.forbidden();
    }
    const before = await this.users.findOne({ where: { id: input.userId } });
    if (!before) throw Errors.notFound(USER_NOUN);
    if (input.organizationId && !(await this.organizationExists(input.organizationId))) {
      return new OrganizationNotFoundError(actor.locale);
    }
    const after: UserAccountEntity = {
      ...before,
      displayName: input.displayName?.trim() ?? before.displayName,
      locale: input.locale ?? before.locale,
      organizationId: input.organizationId ?? before.organizationId,
      systemRole: input.systemRole ?? before.systemRole,
    };
    return this.transaction.run(async (manager) => {
      const changes = changedFields(before, after, AUDITED_USER_FIELDS);
      await manager.update(
        UserAccountEntity,
        { id: before.id },
        {
          displayName: after.displayName,
          locale: after.locale,
          organizationId: after.organizationId,
          systemRole: after.systemRole,
        },
      );
      await this.audit.record(actor, {
        action: 'user.update',
        entityType: 'UserAccount',
        entityId: before.id,
        changes,
      });
      return toUser(after);
    });
  }

  async disableUser(actor: Actor, input: DisableUserInput): Promise<UserDisabled | CannotDisableSelfError> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    if (input.userId === actor.userId) return new CannotDisableSelfError(actor.locale);
    const before = await this.users.findOne({ where: { id: input.userId } });
    if (!before) throw Errors.notFound(USER_NOUN);
    return this.transaction.run(async (manager) => {
      await manager.update(UserAccountEntity, { id: before.id }, { status: UserStatus.DISABLED });
      await this.tokens.revokeAllForUser(before.id);
      const after = { ...before, status: UserStatus.DISABLED };
      await this.audit.record(actor, {
        action: 'user.disable',
        entityType: 'UserAccount',
        entityId: before.id,
        changes: changedFields(before, after, ['status']),
      });
      return new UserDisabled(toUser(after));
    });
  }

  /** The account as the caller may see it; NOT_FOUND when hidden from them (no existence leak). */
  async user(actor: Actor, id: string): Promise<User> {
    const entity = await this.users.findOne({ where: { id } });
    if (!entity || !(await this.canSeeUser(actor, entity))) throw Errors.notFound(USER_NOUN);
    return toUser(entity);
  }

  async usersOf(actor: Actor, organizationId: string, args: ConnectionArgs): Promise<ConnectionShape<User>> {
    if (!isAdmin(actor) && actor.organizationId !== organizationId) throw Errors.forbidden();
    return paginate(
      this.users.createQueryBuilder('account').where('account.organizationId = :organizationId', { organizationId }),
      args,
      keysetBy('account', 'email', 'ASC'),
      toUser,
    );
  }

  /**
   * Active accounts whose name or email contains the search text (case-insensitive), by name. No visibility
   * filter: the caller decides who may search (programs: owners adding members).
   */
  async searchActiveUsers(search: string, limit: number): Promise<User[]> {
    const pattern = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.users
      .createQueryBuilder('account')
      .where('account.status = :active', { active: UserStatus.ACTIVE })
      .andWhere('(account.displayName ILIKE :pattern OR account.email ILIKE :pattern)', { pattern })
      .orderBy('account.displayName', 'ASC')
      .addOrderBy('account.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toUser);
  }

  /** Batch read for DataLoaders: users in key order, no visibility filter (callers already hold a visible parent). */
  async usersByIds(ids: readonly string[]): Promise<(User | null)[]> {
    const rows = await plainRows(this.users.manager.connection, UserAccountEntity, 'account').byIds(ids);
    return orderByKeys(ids, rows.map(toUser), (u) => u.id);
  }

  /** The active account behind an access token, for the auth guard. */
  async activeAccount(id: string): Promise<User | null> {
    const entity = await this.users.findOne({ where: { id, status: UserStatus.ACTIVE } });
    return entity ? toUser(entity) : null;
  }

  /**
   * The active account behind an access token with its active program memberships, in one prepared statement (the
   * auth guard runs it on every authenticated request). Memberships are read from the programs domain's table here,
   * not through its service, because programs depends on identity and this is the one statement per request.
   */
  async actorAccount(id: string): Promise<ActorAccount | null> {
    const [row] = await preparedQuery<ActorAccountRow>(
      this.users.manager.connection,
      'identity.actorAccount',
      ACTOR_SQL,
      [id],
    );
    if (!row) return null;
    const user = new User();
    user.id = row.id;
    user.email = row.email;
    user.displayName = row.displayName;
    user.organizationId = row.organizationId;
    user.locale = row.locale;
    user.systemRole = row.systemRole;
    user.status = row.status;
    user.createdAt = row.createdAt;
    const programRoles = new Map<string, string[]>();
    for (const [programId, role] of row.programRoles) {
      const roles = programRoles.get(programId);
      if (roles) roles.push(role);
      else programRoles.set(programId, [role]);
    }
    return { user, programRoles };
  }

  private async canSeeUser(actor: Actor, entity: UserAccountEntity): Promise<boolean> {
    if (isAdmin(actor) || actor.userId === entity.id || actor.organizationId === entity.organizationId) return true;
    return this.visibility.anyAllows(actor, entity.id);
  }

  /** Used by the CLI: creates an admin or leaves an existing account with that email untouched. */
  async ensureAdmin(
    email: string,
    password: string,
    displayName: string,
    organizationName: string,
  ): Promise<{ user: User; created: boolean }> {
    const normalised = normaliseEmail(email);
    const existing = await this.users.findOne({ where: { email: normalised } });
    if (existing) return { user: toUser(existing), created: false };
    const passwordHash = await this.passwords.hash(password);
    return this.transaction.run(async (manager) => {
      let organization = await manager.findOne(OrganizationEntity, { where: { name: organizationName } });
      if (!organization) {
        organization = manager.create(OrganizationEntity, {
          name: organizationName,
          kind: OrganizationKind.OTHER,
          sector: OrganizationSector.PUBLIC,
          prefecture: null,
        });
        await manager.insert(OrganizationEntity, organization);
      }
      const user = manager.create(UserAccountEntity, {
        email: normalised,
        displayName,
        organizationId: organization.id,
        passwordHash,
        systemRole: SystemRole.ADMIN,
      });
      await manager.insert(UserAccountEntity, user);
      await this.audit.record(null, {
        action: 'user.createAdmin',
        entityType: 'UserAccount',
        entityId: user.id,
        changes: changedFields(null, user, AUDITED_USER_FIELDS),
      });
      const created = await manager.findOneOrFail(UserAccountEntity, { where: { id: user.id } });
      return { user: toUser(created), created: true };
    });
  }
}
