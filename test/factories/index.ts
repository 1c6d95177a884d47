import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Every factory-made account has this password (hashed once per test file with the production parameters). */
export const TEST_PASSWORD = 'correct-horse-battery-staple';

let passwordHash: Promise<string> | undefined;
function hashedTestPassword(): Promise<string> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19 * 1024,
    timeCost: 2,
    parallelism: 1,
  });
  return passwordHash;
}

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface OrganizationRow {
  id: string;
  name: string;
}

export interface UserRow {
  id: string;
  email: string;
  organizationId: string;
  displayName: string;
}

export interface ProgramRow {
  id: string;
  name: string;
}

type Kind = 'CHAMBER_OF_COMMERCE' | 'REGIONAL_BANK' | 'PUBLIC_AGENCY' | 'SHOKOKAI' | 'OTHER';

/** Builds the people and programs of a test story straight in the database (fast, no API round trips). */
export class Factory {
  constructor(private readonly dataSource: DataSource) {}

  async organization(overrides: { name?: string; kind?: Kind; prefecture?: string } = {}): Promise<OrganizationRow> {
    const [row] = await this.dataSource.query<OrganizationRow[]>(
      `INSERT INTO organization (name, kind, sector, prefecture) VALUES ($1, $2, 'PUBLIC', $3) RETURNING id, name`,
      [
        overrides.name ?? unique('なにわ商工会議所'),
        overrides.kind ?? 'CHAMBER_OF_COMMERCE',
        overrides.prefecture ?? '大阪府',
      ],
    );
    return row;
  }

  async user(
    overrides: {
      organizationId?: string;
      email?: string;
      displayName?: string;
      systemRole?: 'ADMIN' | 'USER';
      locale?: 'ja' | 'en';
      status?: 'ACTIVE' | 'DISABLED';
    } = {},
  ): Promise<UserRow> {
    const organizationId = overrides.organizationId ?? (await this.organization()).id;
    const [row] = await this.dataSource.query<UserRow[]>(
      `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash", "systemRole", locale, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, email, "organizationId", "displayName"`,
      [
        (overrides.email ?? `${unique('user')}@banso.test`).toLowerCase(),
        overrides.displayName ?? '山田 太郎',
        organizationId,
        await hashedTestPassword(),
        overrides.systemRole ?? 'USER',
        overrides.locale ?? 'ja',
        overrides.status ?? 'ACTIVE',
      ],
    );
    return row;
  }

  admin(overrides: { organizationId?: string; locale?: 'ja' | 'en' } = {}): Promise<UserRow> {
    return this.user({ ...overrides, systemRole: 'ADMIN', displayName: '管理者' });
  }

  async program(
    overrides: {
      operatorOrganizationId?: string;
      status?: 'DRAFT' | 'ACTIVE' | 'CLOSED';
      fiscalYear?: number;
      name?: string;
      /** Defaults to the framework installed by the migrations (CORE_TALENT_SUPPORT v1). */
      frameworkId?: string;
    } = {},
  ): Promise<ProgramRow> {
    const operator = overrides.operatorOrganizationId ?? (await this.organization({ kind: 'PUBLIC_AGENCY' })).id;
    const [row] = await this.dataSource.query<ProgramRow[]>(
      `INSERT INTO program (name, "fiscalYear", region, "operatorOrganizationId", "startsOn", "endsOn", status,
                            "frameworkId")
       VALUES ($1, $2, '大阪府', $3, '2025-06-01', '2026-02-28', $4,
               COALESCE($5, (SELECT id FROM competency_framework WHERE code = 'CORE_TALENT_SUPPORT' AND version = 1)))
       RETURNING id, name`,
      [
        overrides.name ?? unique('担い手育成プログラム'),
        overrides.fiscalYear ?? 2025,
        operator,
        overrides.status ?? 'ACTIVE',
        overrides.frameworkId ?? null,
      ],
    );
    // What the program-created hook gives a program made through the API: the default certification rules.
    await this.dataSource.query(`SELECT certification_default_rules($1)`, [row.id]);
    return row;
  }

  /**
   * A MENTOR member is also designated external advisor (unless `advisor: false`), so the mentor cascade lets
   * stories pair them; a story about certification passes `{ advisor: false }` and certifies its mentors.
   */
  async member(
    programId: string,
    userId: string,
    role: 'OWNER' | 'MENTOR' | 'TRAINEE',
    options: { advisor?: boolean } = {},
  ): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO program_member ("programId", "userId", role) VALUES ($1, $2, $3) RETURNING id`,
      [programId, userId, role],
    );
    if (role === 'MENTOR' && options.advisor !== false) await this.advisor(programId, userId);
    return row.id;
  }

  /** Designates the person external advisor of the program (may mentor without a MENTOR certificate). */
  async advisor(programId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO certification_advisor ("programId", "userId", reason, "designatedById") VALUES ($1, $2, $3, $2)
       ON CONFLICT ("programId", "userId") DO NOTHING`,
      [programId, userId, 'test fixture: experienced mentor'],
    );
  }

  async pair(programId: string, mentorId: string, traineeId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO mentorship ("programId", "mentorId", "traineeId") VALUES ($1, $2, $3) RETURNING id`,
      [programId, mentorId, traineeId],
    );
    return row.id;
  }

  /**
   * The usual cast of a program: an owner, a mentor paired with a trainee, an unpaired mentor, an outsider trainee
   * of another program, an owner of another program and an admin.
   */
  async cohort(): Promise<Cohort> {
    const operator = await this.organization({ name: unique('おおさか中核人材機構'), kind: 'PUBLIC_AGENCY' });
    const chamber = await this.organization({ name: unique('なにわ商工会議所') });
    const program = await this.program({ operatorOrganizationId: operator.id });
    const otherProgram = await this.program({ operatorOrganizationId: operator.id });
    const admin = await this.admin({ organizationId: operator.id });
    const owner = await this.user({ organizationId: operator.id, displayName: '佐藤 美咲' });
    const mentor = await this.user({ organizationId: operator.id, displayName: '田中 健一' });
    const otherMentor = await this.user({ organizationId: operator.id, displayName: '鈴木 由美' });
    const trainee = await this.user({ organizationId: chamber.id, displayName: '高橋 翔' });
    const otherTrainee = await this.user({ organizationId: chamber.id, displayName: '伊藤 さくら' });
    const otherOwner = await this.user({ organizationId: operator.id, displayName: '小林 誠' });
    await this.member(program.id, owner.id, 'OWNER');
    await this.member(program.id, mentor.id, 'MENTOR');
    await this.member(program.id, otherMentor.id, 'MENTOR');
    await this.member(program.id, trainee.id, 'TRAINEE');
    await this.pair(program.id, mentor.id, trainee.id);
    await this.member(otherProgram.id, otherOwner.id, 'OWNER');
    await this.member(otherProgram.id, otherTrainee.id, 'TRAINEE');
    return {
      operator,
      chamber,
      program,
      otherProgram,
      admin,
      owner,
      mentor,
      otherMentor,
      trainee,
      otherTrainee,
      otherOwner,
    };
  }
}

export interface Cohort {
  operator: OrganizationRow;
  chamber: OrganizationRow;
  program: ProgramRow;
  otherProgram: ProgramRow;
  admin: UserRow;
  owner: UserRow;
  /** Paired with `trainee` in `program`. */
  mentor: UserRow;
  /** A MENTOR member of `program` not paired with `trainee`. */
  otherMentor: UserRow;
  trainee: UserRow;
  /** A TRAINEE of `otherProgram`, same organisation as `trainee`. */
  otherTrainee: UserRow;
  /** OWNER of `otherProgram` only. */
  otherOwner: UserRow;
}
