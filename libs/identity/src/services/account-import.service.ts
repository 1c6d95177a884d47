import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TransactionContext } from '@banso/core';
import { AuditActor, AuditService } from '@banso/audit';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { OrganizationKind, OrganizationSector, UserStatus } from '../identity.enums';
import { PasswordSetupLink } from '../models/user.model';
import { PasswordService } from './password.service';
import { PasswordSetupService } from './password-setup.service';

/** An account as a bulk import sees it. */
export interface ImportedAccount {
  id: string;
  email: string;
  displayName: string;
  organizationId: string;
  status: UserStatus;
}

/** An organisation as a bulk import sees it. */
export interface ImportedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** Support organisations that are public bodies; the others (banks, firms, professionals, NPOs) are private. */
const PUBLIC_KINDS = new Set<OrganizationKind>([
  OrganizationKind.PRO_TALENT_HUB,
  OrganizationKind.YOROZU_SUPPORT_CENTER,
  OrganizationKind.PUBLIC_AGENCY,
  OrganizationKind.SHOKOKAI,
  OrganizationKind.CHAMBER_OF_COMMERCE,
  OrganizationKind.MUNICIPALITY,
]);

export function sectorOfKind(kind: OrganizationKind): OrganizationSector {
  return PUBLIC_KINDS.has(kind) ? OrganizationSector.PUBLIC : OrganizationSector.PRIVATE;
}

/**
 * Bulk reads and writes of accounts and organisations for imports (the program roster): one statement per read or
 * write whatever the number of rows. Authorization is the calling use case's; writes join its transaction and are
 * audited one event per created record.
 */
@Injectable()
export class AccountImportService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly transaction: TransactionContext,
    private readonly passwords: PasswordService,
    private readonly links: PasswordSetupService,
    private readonly audit: AuditService,
  ) {}

  /** Accounts with these (normalised) emails, one query. */
  async accountsByEmails(emails: string[]): Promise<ImportedAccount[]> {
    if (!emails.length) return [];
    return this.users.find({
      select: { id: true, email: true, displayName: true, organizationId: true, status: true },
      where: { email: In(emails) },
    });
  }

  /** Organisations with these exact names or ids, one query (names are not unique: the oldest comes first). */
  async organizationsByNamesOrIds(names: string[], ids: string[]): Promise<ImportedOrganization[]> {
    if (!names.length && !ids.length) return [];
    return this.organizations.find({
      select: { id: true, name: true, kind: true },
      where: [{ name: In(names) }, { id: In(ids) }],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Creates the organisations in one statement (sector follows the kind); returns them in the given order. */
  async createOrganizations(
    actor: AuditActor,
    rows: { name: string; kind: OrganizationKind; prefecture: string | null }[],
  ): Promise<ImportedOrganization[]> {
    if (!rows.length) return [];
    const values = rows.map((row) => ({ ...row, sector: sectorOfKind(row.kind) }));
    const inserted = await this.transaction.manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values(values)
      .returning(['id', 'name', 'kind'])
      .execute();
    const created = inserted.raw as ImportedOrganization[];
    await this.audit.recordMany(
      actor,
      created.map((row, index) => ({
        action: 'organization.create',
        entityType: 'Organization',
        entityId: row.id,
        changes: [
          { field: 'name', from: null, to: values[index].name },
          { field: 'kind', from: null, to: values[index].kind },
          { field: 'sector', from: null, to: values[index].sector },
          { field: 'prefecture', from: null, to: values[index].prefecture },
        ],
      })),
    );
    return created;
  }

  /**
   * Creates accounts without a password in one statement (an email taken meanwhile fails the statement, so the
   * whole import rolls back) and returns them with a one-time set-password link each.
   */
  async createAccounts(
    actor: AuditActor,
    rows: { email: string; displayName: string; organizationId: string }[],
  ): Promise<{ account: ImportedAccount; link: PasswordSetupLink }[]> {
    if (!rows.length) return [];
    const inserted = await this.transaction.manager
      .createQueryBuilder()
      .insert()
      .into(UserAccountEntity)
      .values(rows.map((row) => ({ ...row, passwordHash: this.passwords.unusableHash() })))
      .returning(['id', 'email', 'displayName', 'organizationId', 'status', 'passwordHash'])
      .execute();
    const created = inserted.raw as (ImportedAccount & { passwordHash: string })[];
    await this.audit.recordMany(
      actor,
      created.map((row) => ({
        action: 'user.create',
        entityType: 'UserAccount',
        entityId: row.id,
        changes: [
          { field: 'email', from: null, to: row.email },
          { field: 'displayName', from: null, to: row.displayName },
          { field: 'organizationId', from: null, to: row.organizationId },
        ],
      })),
    );
    return Promise.all(
      created.map(async ({ passwordHash, ...account }) => ({
        account,
        link: await this.links.linkFor({ id: account.id, passwordHash }),
      })),
    );
  }
}
