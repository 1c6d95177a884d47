import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { Actor, Errors, InTransaction, Locale, localize, LocalizedText, TransactionContext } from '@banso/core';
import { AuditService } from '@banso/audit';
import {
  AccountImportService,
  ImportedAccount,
  ImportedOrganization,
  OrganizationKind,
  UserStatus,
} from '@banso/identity';
import { ProgramMemberEntity } from '../entities/program-member.entity';
import { MentorshipEntity } from '../entities/mentorship.entity';
import { MemberStatus, ProgramRole, ProgramStatus, RosterAction, RosterColumn } from '../programs.enums';
import { ProgramClosedError, RosterFileUnreadableError } from '../programs.errors';
import { ImportProgramRosterInput } from '../dto/program.input';
import { RosterImportReport, RosterPasswordSetupLink, RosterProblem, RosterRow } from '../models/roster.model';
import { ProgramAccessService } from './program-access.service';
import {
  KIND_LABELS,
  MAX_ROSTER_ROWS,
  PREFECTURES,
  readRosterFile,
  ROLE_LABELS,
  ROSTER_COLUMN_LABEL,
  RosterFileRow,
} from './roster-file';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One row read and checked cell by cell. */
interface ParsedRow {
  rowNumber: number;
  organizationName: string;
  kind: OrganizationKind | null;
  prefecture: string | null;
  displayName: string;
  email: string;
  role: ProgramRole | null;
  mentorEmails: string[];
}

function kindOf(value: string): OrganizationKind | null {
  const upper = value.toUpperCase();
  if ((Object.values(OrganizationKind) as string[]).includes(upper)) return upper as OrganizationKind;
  const entry = Object.entries(KIND_LABELS).find(([, label]) => label === value);
  return entry ? (entry[0] as OrganizationKind) : null;
}

function roleOf(value: string): ProgramRole | null {
  const upper = value.toUpperCase();
  if ((Object.values(ProgramRole) as string[]).includes(upper)) return upper as ProgramRole;
  const entry = Object.entries(ROLE_LABELS).find(([, label]) => label === value);
  return entry ? (entry[0] as ProgramRole) : null;
}

/** What a valid roster would write. */
interface RosterPlan {
  rows: RosterRow[];
  newOrganizations: { name: string; kind: OrganizationKind; prefecture: string | null }[];
  newAccounts: ParsedRow[];
  newMemberships: { email: string; role: ProgramRole }[];
  reactivations: string[];
  newPairings: { mentorEmail: string; traineeEmail: string }[];
}

/** Collects the problems of one import, each with its row, column and reason in both languages. */
class Problems {
  readonly list: RosterProblem[] = [];

  constructor(private readonly locale: Locale) {}

  add(rowNumber: number, column: RosterColumn | null, code: string, text: LocalizedText): void {
    const label = column ? ROSTER_COLUMN_LABEL[column] : null;
    const where = {
      ja: label ? `${rowNumber}行目「${label.ja}」: ` : `${rowNumber}行目: `,
      en: label ? `Row ${rowNumber}, ${label.en}: ` : `Row ${rowNumber}: `,
    };
    const messageJa = where.ja + text.ja;
    const messageEn = where.en + text.en;
    this.list.push(
      Object.assign(new RosterProblem(), {
        rowNumber,
        column,
        code,
        messageJa,
        messageEn,
        message: localize({ ja: messageJa, en: messageEn }, this.locale),
      }),
    );
  }

  rowsWithProblems(): Set<number> {
    return new Set(this.list.map((problem) => problem.rowNumber));
  }
}

/**
 * The program roster import (名簿の取り込み): owners and admins set up a cohort from a spreadsheet. One transaction:
 * the program row is locked, everything the file names is read in four statements (accounts by email, organisations
 * by name, the program's memberships and pairings of those people), every row is checked, and only a real run
 * without a single problem writes (one statement per kind of record, audited). Idempotent on emails: what exists is
 * matched, not created again, so a second run of the same file changes nothing. An import only adds: it never
 * withdraws members, ends pairings, or changes existing accounts and organisations.
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectRepository(ProgramMemberEntity) private readonly members: Repository<ProgramMemberEntity>,
    @InjectRepository(MentorshipEntity) private readonly mentorships: Repository<MentorshipEntity>,
    private readonly access: ProgramAccessService,
    private readonly accounts: AccountImportService,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
  ) {}

  @InTransaction()
  async importRoster(
    actor: Actor,
    input: ImportProgramRosterInput,
  ): Promise<RosterImportReport | ProgramClosedError | RosterFileUnreadableError> {
    const program = await this.access.lockManagedProgram(actor, input.programId);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const content = await readRosterFile(Buffer.from(input.file, 'base64'), input.format);
    if (!content.ok) return new RosterFileUnreadableError(actor.locale, content.reason);
    if (content.rows.length > MAX_ROSTER_ROWS) {
      throw Errors.badInput('input.file', {
        ja: `名簿は${MAX_ROSTER_ROWS}行以内にしてください（${content.rows.length}行）`,
        en: `must hold at most ${MAX_ROSTER_ROWS} rows (it has ${content.rows.length})`,
      });
    }
    const problems = new Problems(actor.locale);
    for (const column of content.missingColumns) {
      problems.add(1, column, 'MISSING_COLUMN', {
        ja: 'この列が見つかりません（テンプレートの見出しを使ってください）',
        en: 'this column is missing (use the headers of the template)',
      });
    }
    const rows = content.rows.map((row) => this.parseRow(row, problems));
    const emails = [...new Set(rows.flatMap((row) => [row.email, ...row.mentorEmails]).filter(Boolean))];
    const existing = await this.accounts.accountsByEmails(emails);
    const accountByEmail = new Map(existing.map((account) => [account.email, account]));
    const organizations = await this.accounts.organizationsByNamesOrIds(
      [...new Set(rows.map((row) => row.organizationName).filter(Boolean))],
      [...new Set(existing.map((account) => account.organizationId))],
    );
    const userIds = existing.map((account) => account.id);
    const [memberships, pairings] = userIds.length
      ? await Promise.all([
          this.members.find({ where: { programId: program.id, userId: In(userIds) } }),
          this.mentorships.find({
            select: { mentorId: true, traineeId: true },
            where: { programId: program.id, traineeId: In(userIds), endedAt: IsNull() },
          }),
        ])
      : [[], []];
    const planned = this.plan(rows, problems, { accountByEmail, organizations, memberships, pairings });
    // Row by row, as the spreadsheet reads (a stable sort keeps each row's cell problems before its cross-row ones).
    problems.list.sort((a, b) => a.rowNumber - b.rowNumber);
    const report = Object.assign(new RosterImportReport(), {
      dryRun: input.dryRun,
      applied: false,
      rows: planned.rows,
      problems: problems.list,
      passwordSetupLinks: [] as RosterPasswordSetupLink[],
      summary: {
        rows: rows.length,
        organizationsCreated: planned.newOrganizations.length,
        accountsCreated: planned.newAccounts.length,
        membershipsAdded: planned.newMemberships.length + planned.reactivations.length,
        pairingsAdded: planned.newPairings.length,
        unchangedRows: planned.rows.filter((row) => !row.actions.length).length,
      },
    });
    if (input.dryRun || problems.list.length) return report;
    report.applied = true;
    report.passwordSetupLinks = await this.apply(actor, program.id, planned, accountByEmail, organizations);
    return report;
  }

  private parseRow(row: RosterFileRow, problems: Problems): ParsedRow {
    const { cells, rowNumber } = row;
    const required = (column: RosterColumn): boolean => {
      if (cells[column]) return true;
      problems.add(rowNumber, column, 'REQUIRED', { ja: '入力してください', en: 'is required' });
      return false;
    };
    const tooLong = (column: RosterColumn, max: number): boolean => {
      if (cells[column].length <= max) return false;
      problems.add(rowNumber, column, 'TOO_LONG', {
        ja: `${max}文字以内にしてください`,
        en: `must be at most ${max} characters`,
      });
      return true;
    };
    const parsed: ParsedRow = {
      rowNumber,
      organizationName: '',
      kind: null,
      prefecture: null,
      displayName: '',
      email: '',
      role: null,
      mentorEmails: [],
    };
    if (required(RosterColumn.ORGANIZATION_NAME) && !tooLong(RosterColumn.ORGANIZATION_NAME, 200)) {
      parsed.organizationName = cells.ORGANIZATION_NAME;
    }
    if (required(RosterColumn.ORGANIZATION_KIND)) {
      parsed.kind = kindOf(cells.ORGANIZATION_KIND);
      if (!parsed.kind) {
        problems.add(rowNumber, RosterColumn.ORGANIZATION_KIND, 'UNKNOWN_ORGANIZATION_KIND', {
          ja: `「${cells.ORGANIZATION_KIND}」は組織種別にありません（${Object.values(KIND_LABELS).join('、')}）`,
          en: `"${cells.ORGANIZATION_KIND}" is not an organisation kind (${Object.keys(KIND_LABELS).join(', ')})`,
        });
      }
    }
    if (cells.PREFECTURE) {
      if (PREFECTURES.includes(cells.PREFECTURE)) parsed.prefecture = cells.PREFECTURE;
      else {
        problems.add(rowNumber, RosterColumn.PREFECTURE, 'UNKNOWN_PREFECTURE', {
          ja: `「${cells.PREFECTURE}」は都道府県名ではありません（例: 大阪府）`,
          en: `"${cells.PREFECTURE}" is not a prefecture (e.g. 大阪府)`,
        });
      }
    }
    if (required(RosterColumn.NAME) && !tooLong(RosterColumn.NAME, 100)) parsed.displayName = cells.NAME;
    if (required(RosterColumn.EMAIL) && !tooLong(RosterColumn.EMAIL, 254)) {
      const email = cells.EMAIL.toLowerCase();
      if (EMAIL.test(email)) parsed.email = email;
      else {
        problems.add(rowNumber, RosterColumn.EMAIL, 'INVALID_EMAIL', {
          ja: `「${cells.EMAIL}」はメールアドレスの形式ではありません`,
          en: `"${cells.EMAIL}" is not a valid email address`,
        });
      }
    }
    if (required(RosterColumn.ROLE)) {
      parsed.role = roleOf(cells.ROLE);
      if (!parsed.role) {
        problems.add(rowNumber, RosterColumn.ROLE, 'UNKNOWN_ROLE', {
          ja: `「${cells.ROLE}」は役割にありません（OWNER、MENTOR、TRAINEE）`,
          en: `"${cells.ROLE}" is not a role (OWNER, MENTOR, TRAINEE)`,
        });
      }
    }
    if (cells.MENTOR_EMAIL) {
      const mentorEmails = cells.MENTOR_EMAIL.split(/[;,、；，\s]+/)
        .map((email) => email.toLowerCase())
        .filter(Boolean);
      const invalid = mentorEmails.filter((email) => !EMAIL.test(email));
      if (invalid.length) {
        problems.add(rowNumber, RosterColumn.MENTOR_EMAIL, 'INVALID_EMAIL', {
          ja: `「${invalid.join('、')}」はメールアドレスの形式ではありません`,
          en: `"${invalid.join(', ')}" is not a valid email address`,
        });
      } else parsed.mentorEmails = [...new Set(mentorEmails)];
    }
    return parsed;
  }

  /** Cross-row and database checks, and what each row does. */
  private plan(
    rows: ParsedRow[],
    problems: Problems,
    known: {
      accountByEmail: Map<string, ImportedAccount>;
      organizations: ImportedOrganization[];
      memberships: ProgramMemberEntity[];
      pairings: Pick<MentorshipEntity, 'mentorId' | 'traineeId'>[];
    },
  ): RosterPlan {
    const organizationByName = new Map<string, ImportedOrganization>();
    for (const organization of known.organizations) {
      if (!organizationByName.has(organization.name)) organizationByName.set(organization.name, organization);
    }
    const organizationById = new Map(known.organizations.map((organization) => [organization.id, organization]));
    const fileKind = new Map<string, OrganizationKind>();
    const person = new Map<string, ParsedRow>();
    const seenRole = new Set<string>();
    const fileMentors = new Set(rows.filter((row) => row.role === ProgramRole.MENTOR).map((row) => row.email));
    const membershipOf = (userId: string, role: ProgramRole) =>
      known.memberships.find((member) => member.userId === userId && member.role === role);
    const activeMentor = (email: string): boolean => {
      const account = known.accountByEmail.get(email);
      return Boolean(account && membershipOf(account.id, ProgramRole.MENTOR)?.status === MemberStatus.ACTIVE);
    };

    for (const row of rows) {
      const { rowNumber } = row;
      if (row.organizationName && row.kind) {
        const stored = organizationByName.get(row.organizationName);
        const earlier = fileKind.get(row.organizationName);
        if (stored && stored.kind !== row.kind) {
          problems.add(rowNumber, RosterColumn.ORGANIZATION_KIND, 'ORGANIZATION_KIND_MISMATCH', {
            ja: `登録済みの「${row.organizationName}」の種別は${KIND_LABELS[stored.kind]}です`,
            en: `"${row.organizationName}" is registered as ${stored.kind}`,
          });
        } else if (earlier && earlier !== row.kind) {
          problems.add(rowNumber, RosterColumn.ORGANIZATION_KIND, 'ORGANIZATION_KIND_MISMATCH', {
            ja: `前の行では「${row.organizationName}」の種別が${KIND_LABELS[earlier]}です`,
            en: `an earlier row gives "${row.organizationName}" the kind ${earlier}`,
          });
        } else fileKind.set(row.organizationName, row.kind);
      }
      if (!row.email) continue;
      const first = person.get(row.email);
      if (first) {
        if (row.displayName && first.displayName && row.displayName !== first.displayName) {
          problems.add(rowNumber, RosterColumn.NAME, 'NAME_MISMATCH', {
            ja: `同じメールアドレスの${first.rowNumber}行目と氏名が違います（${first.displayName}）`,
            en: `differs from row ${first.rowNumber} with the same email (${first.displayName})`,
          });
        }
        if (row.organizationName && first.organizationName && row.organizationName !== first.organizationName) {
          problems.add(rowNumber, RosterColumn.ORGANIZATION_NAME, 'ORGANIZATION_MISMATCH', {
            ja: `同じメールアドレスの${first.rowNumber}行目と組織が違います（${first.organizationName}）`,
            en: `differs from row ${first.rowNumber} with the same email (${first.organizationName})`,
          });
        }
      } else person.set(row.email, row);
      if (row.role) {
        const key = `${row.email}|${row.role}`;
        if (seenRole.has(key)) {
          problems.add(rowNumber, RosterColumn.EMAIL, 'DUPLICATE_ROW', {
            ja: `この人は同じ役割（${ROLE_LABELS[row.role]}）で既に前の行にあります`,
            en: `this person already appears in an earlier row with the same role (${row.role})`,
          });
        }
        seenRole.add(key);
      }
      const account = known.accountByEmail.get(row.email);
      if (account?.status === UserStatus.DISABLED) {
        problems.add(rowNumber, RosterColumn.EMAIL, 'ACCOUNT_DISABLED', {
          ja: 'このメールアドレスのアカウントは無効化されています',
          en: 'the account with this email is disabled',
        });
      } else if (account && row.organizationName) {
        const current = organizationById.get(account.organizationId);
        if (current && current.name !== row.organizationName) {
          problems.add(rowNumber, RosterColumn.ORGANIZATION_NAME, 'ACCOUNT_IN_OTHER_ORGANIZATION', {
            ja: `このメールアドレスのアカウントは「${current.name}」に所属しています`,
            en: `the account with this email belongs to "${current.name}"`,
          });
        }
      }
      if (row.mentorEmails.length && row.role && row.role !== ProgramRole.TRAINEE) {
        problems.add(rowNumber, RosterColumn.MENTOR_EMAIL, 'MENTOR_FOR_NON_TRAINEE', {
          ja: '担い手候補者（TRAINEE）の行にだけ入力できます',
          en: 'only for rows with the role TRAINEE',
        });
      }
      for (const mentorEmail of row.mentorEmails) {
        if (mentorEmail === row.email) {
          problems.add(rowNumber, RosterColumn.MENTOR_EMAIL, 'SELF_MENTORSHIP', {
            ja: '自分自身をメンターにはできません',
            en: 'a person cannot be their own mentor',
          });
        } else if (!fileMentors.has(mentorEmail) && !activeMentor(mentorEmail)) {
          problems.add(rowNumber, RosterColumn.MENTOR_EMAIL, 'UNKNOWN_MENTOR', {
            ja: `${mentorEmail} は名簿にもこのプログラムにもメンターとしていません`,
            en: `${mentorEmail} is not a mentor in the file or in this program`,
          });
        }
      }
    }

    // What each row does (also shown for rows with problems, so a dry run tells the whole story).
    const newOrganizations: RosterPlan['newOrganizations'] = [];
    const newAccounts: ParsedRow[] = [];
    const newMemberships: { email: string; role: ProgramRole }[] = [];
    const reactivations: string[] = [];
    const newPairings: { mentorEmail: string; traineeEmail: string }[] = [];
    const createdAccount = new Set<string>();
    const plannedOrganization = new Set<string>();
    const plannedMembership = new Set<string>();
    const plannedPairing = new Set<string>();
    const hasRole = new Set<string>();
    const out: RosterRow[] = [];
    for (const row of rows) {
      const actions: RosterAction[] = [];
      const account = row.email ? known.accountByEmail.get(row.email) : undefined;
      if (row.email && !account && !createdAccount.has(row.email) && row.displayName && row.organizationName) {
        createdAccount.add(row.email);
        newAccounts.push(row);
        if (
          !organizationByName.has(row.organizationName) &&
          !plannedOrganization.has(row.organizationName) &&
          row.kind
        ) {
          plannedOrganization.add(row.organizationName);
          newOrganizations.push({ name: row.organizationName, kind: row.kind, prefecture: row.prefecture });
          actions.push(RosterAction.ORGANIZATION_CREATED);
        }
        actions.push(RosterAction.ACCOUNT_CREATED);
      }
      if (row.email && row.role && !plannedMembership.has(`${row.email}|${row.role}`)) {
        plannedMembership.add(`${row.email}|${row.role}`);
        const stored = account ? membershipOf(account.id, row.role) : undefined;
        const activeElsewhere =
          hasRole.has(row.email) ||
          Boolean(
            account && known.memberships.some((m) => m.userId === account.id && m.status === MemberStatus.ACTIVE),
          );
        if (stored && stored.status !== MemberStatus.ACTIVE) {
          reactivations.push(stored.id);
          actions.push(RosterAction.MEMBER_REACTIVATED);
        } else if (!stored) {
          newMemberships.push({ email: row.email, role: row.role });
          actions.push(activeElsewhere ? RosterAction.ROLE_ADDED : RosterAction.MEMBER_ADDED);
        }
        hasRole.add(row.email);
      }
      if (row.role === ProgramRole.TRAINEE && row.email) {
        for (const mentorEmail of row.mentorEmails) {
          const key = `${mentorEmail}|${row.email}`;
          if (mentorEmail === row.email || plannedPairing.has(key)) continue;
          plannedPairing.add(key);
          const mentor = known.accountByEmail.get(mentorEmail);
          const paired =
            account && mentor && known.pairings.some((p) => p.mentorId === mentor.id && p.traineeId === account.id);
          if (paired) continue;
          newPairings.push({ mentorEmail, traineeEmail: row.email });
          if (!actions.includes(RosterAction.PAIRING_ADDED)) actions.push(RosterAction.PAIRING_ADDED);
        }
      }
      out.push(
        Object.assign(new RosterRow(), {
          rowNumber: row.rowNumber,
          email: row.email,
          displayName: row.displayName,
          role: row.role,
          organizationName: row.organizationName,
          actions,
        }),
      );
    }
    return { rows: out, newOrganizations, newAccounts, newMemberships, reactivations, newPairings };
  }

  /** Writes the plan: one statement per kind of record, each audited; returns the new accounts' links. */
  private async apply(
    actor: Actor,
    programId: string,
    planned: RosterPlan,
    accountByEmail: Map<string, ImportedAccount>,
    organizations: ImportedOrganization[],
  ): Promise<RosterPasswordSetupLink[]> {
    const organizationIdByName = new Map<string, string>();
    for (const organization of [...organizations].reverse())
      organizationIdByName.set(organization.name, organization.id);
    for (const created of await this.accounts.createOrganizations(actor, planned.newOrganizations)) {
      organizationIdByName.set(created.name, created.id);
    }
    const created = await this.accounts.createAccounts(
      actor,
      planned.newAccounts.map((row) => ({
        email: row.email,
        displayName: row.displayName,
        organizationId: organizationIdByName.get(row.organizationName)!,
      })),
    );
    for (const { account } of created) accountByEmail.set(account.email, account);
    const idOf = (email: string) => accountByEmail.get(email)!.id;
    const manager = this.transaction.manager;
    const audits: {
      action: string;
      entityType: string;
      entityId: string;
      changes: { field: string; from: null | string; to: string }[];
    }[] = [];
    if (planned.newMemberships.length) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProgramMemberEntity)
        .values(planned.newMemberships.map((m) => ({ programId, userId: idOf(m.email), role: m.role })))
        .returning(['id', 'userId', 'role'])
        .execute();
      for (const row of inserted.raw as { id: string; userId: string; role: string }[]) {
        audits.push({
          action: 'program.addMember',
          entityType: 'ProgramMember',
          entityId: row.id,
          changes: [
            { field: 'programId', from: null, to: programId },
            { field: 'userId', from: null, to: row.userId },
            { field: 'role', from: null, to: row.role },
            { field: 'status', from: null, to: MemberStatus.ACTIVE },
          ],
        });
      }
    }
    if (planned.reactivations.length) {
      await manager.update(
        ProgramMemberEntity,
        { id: In(planned.reactivations) },
        { status: MemberStatus.ACTIVE, withdrawnAt: null },
      );
      for (const id of planned.reactivations) {
        audits.push({
          action: 'program.addMember',
          entityType: 'ProgramMember',
          entityId: id,
          changes: [{ field: 'status', from: MemberStatus.WITHDRAWN, to: MemberStatus.ACTIVE }],
        });
      }
    }
    if (planned.newPairings.length) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MentorshipEntity)
        .values(
          planned.newPairings.map((p) => ({
            programId,
            mentorId: idOf(p.mentorEmail),
            traineeId: idOf(p.traineeEmail),
          })),
        )
        .returning(['id', 'mentorId', 'traineeId'])
        .execute();
      for (const row of inserted.raw as { id: string; mentorId: string; traineeId: string }[]) {
        audits.push({
          action: 'program.assignMentor',
          entityType: 'Mentorship',
          entityId: row.id,
          changes: [
            { field: 'programId', from: null, to: programId },
            { field: 'mentorId', from: null, to: row.mentorId },
            { field: 'traineeId', from: null, to: row.traineeId },
          ],
        });
      }
    }
    const changed = planned.newOrganizations.length + created.length + audits.length > 0;
    if (changed) {
      audits.push({
        action: 'program.importRoster',
        entityType: 'Program',
        entityId: programId,
        changes: [
          { field: 'organizationsCreated', from: null, to: String(planned.newOrganizations.length) },
          { field: 'accountsCreated', from: null, to: String(created.length) },
          {
            field: 'membershipsAdded',
            from: null,
            to: String(planned.newMemberships.length + planned.reactivations.length),
          },
          { field: 'pairingsAdded', from: null, to: String(planned.newPairings.length) },
        ],
      });
    }
    await this.audit.recordMany(actor, audits);
    return created.map(({ account, link }) => new RosterPasswordSetupLink({ ...link, email: account.email }));
  }
}
