import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Locale, SystemRole } from '@banso/core';
import { IdentityService, Organization, OrganizationKind, OrganizationSector, User } from '@banso/identity';
import { MentorshipsService, ProgramMembersService, ProgramRole, ProgramsService } from '@banso/programs';
import { AdvisorService, newVerificationCode } from '@banso/certification';

export const DEMO_PASSWORD = 'banso-demo-2025';

export interface DemoLogin {
  email: string;
  displayName: string;
  role: string;
}

function unwrap<T extends object>(value: T | { code: string; message: string }, what: string): T {
  if ('code' in value && 'message' in value && typeof value.code === 'string') {
    throw new Error(`demo data: ${what} failed: ${value.message}`);
  }
  return value as T;
}

/**
 * Loads a realistic demo program (Japanese names): an operator agency, a chamber of commerce and a regional bank; an
 * owner, two mentors and four trainees; one active program with members and pairings. Goes through the services,
 * so every rule and the audit trail apply. Skips when the demo owner already exists.
 */
export async function loadDemoData(app: INestApplicationContext, adminEmail: string): Promise<DemoLogin[]> {
  const identity = app.get(IdentityService);
  const programs = app.get(ProgramsService);
  const members = app.get(ProgramMembersService);
  const mentorships = app.get(MentorshipsService);
  const advisors = app.get(AdvisorService);
  const dataSource = app.get(DataSource);
  const { user: admin } = await identity.ensureAdmin(adminEmail, DEMO_PASSWORD, 'システム管理者', 'Banso 運営事務局');
  const actor: Actor = {
    userId: admin.id,
    organizationId: admin.organizationId,
    systemRole: SystemRole.ADMIN,
    locale: Locale.JA,
    requestId: 'demo-seed',
  };

  const logins: DemoLogin[] = [{ email: admin.email, displayName: admin.displayName, role: 'ADMIN' }];
  const people: { email: string; displayName: string; org: string; role: ProgramRole; label: string }[] = [
    {
      email: 'owner@banso.example',
      displayName: '佐藤 美咲',
      org: 'agency',
      role: ProgramRole.OWNER,
      label: 'program owner',
    },
    {
      email: 'mentor.tanaka@banso.example',
      displayName: '田中 健一',
      org: 'agency',
      role: ProgramRole.MENTOR,
      label: 'mentor',
    },
    {
      email: 'mentor.suzuki@banso.example',
      displayName: '鈴木 由美',
      org: 'bank',
      role: ProgramRole.MENTOR,
      label: 'mentor',
    },
    {
      email: 'trainee.takahashi@banso.example',
      displayName: '高橋 翔',
      org: 'chamber',
      role: ProgramRole.TRAINEE,
      label: 'trainee',
    },
    {
      email: 'trainee.ito@banso.example',
      displayName: '伊藤 さくら',
      org: 'chamber',
      role: ProgramRole.TRAINEE,
      label: 'trainee',
    },
    {
      email: 'trainee.watanabe@banso.example',
      displayName: '渡辺 大輔',
      org: 'bank',
      role: ProgramRole.TRAINEE,
      label: 'trainee',
    },
    {
      email: 'trainee.yamamoto@banso.example',
      displayName: '山本 恵',
      org: 'bank',
      role: ProgramRole.TRAINEE,
      label: 'trainee',
    },
  ];
  for (const person of people)
    logins.push({ email: person.email, displayName: person.displayName, role: person.label });

  const existing = await dataSource.query<unknown[]>(`SELECT 1 FROM user_account WHERE email = $1`, [people[0].email]);
  if (existing.length) return logins;

  const orgs: Record<string, Organization> = {
    agency: await identity.createOrganization(actor, {
      name: 'おおさか中核人材活用推進機構',
      kind: OrganizationKind.PUBLIC_AGENCY,
      sector: OrganizationSector.PUBLIC,
      prefecture: '大阪府',
    }),
    chamber: await identity.createOrganization(actor, {
      name: 'なにわ商工会議所',
      kind: OrganizationKind.CHAMBER_OF_COMMERCE,
      sector: OrganizationSector.PUBLIC,
      prefecture: '大阪府',
    }),
    bank: await identity.createOrganization(actor, {
      name: 'みおつくし銀行',
      kind: OrganizationKind.REGIONAL_BANK,
      sector: OrganizationSector.PRIVATE,
      prefecture: '大阪府',
    }),
  };

  const users: User[] = [];
  for (const person of people) {
    const created = await identity.createUser(actor, {
      email: person.email,
      displayName: person.displayName,
      organizationId: orgs[person.org].id,
      password: DEMO_PASSWORD,
      locale: Locale.JA,
    });
    users.push(unwrap(created, `create user ${person.email}`));
  }

  // First (so the FY2025 program is the owner's newest): the FY2024 program where 田中 was certified.
  await certifyTanakaInFy2024(dataSource, actor, programs, members, users[0], users[1], orgs.agency.id);

  const program = unwrap(
    await programs.createProgram(actor, {
      name: '令和7年度 中核人材確保支援 担い手育成プログラム（大阪）',
      fiscalYear: 2025,
      region: '大阪府',
      operatorOrganizationId: orgs.agency.id,
      startsOn: '2025-06-01',
      endsOn: '2026-02-28',
    }),
    'create program',
  );
  for (const [index, person] of people.entries()) {
    unwrap(
      await members.addProgramMember(actor, { programId: program.id, userId: users[index].id, role: person.role }),
      `add member ${person.email}`,
    );
  }
  unwrap(await programs.activateProgram(actor, { programId: program.id }), 'activate program');
  const [, tanaka, suzuki, takahashi, ito, watanabe, yamamoto] = users;
  // The mentor cascade: 田中 mentors as a certified MENTOR; 鈴木 (no certificate) as a designated external advisor.
  unwrap(
    await advisors.designateAdvisor(actor, {
      programId: program.id,
      userId: suzuki.id,
      reason: '地域金融機関で事業承継・人材確保の支援経験10年。認定メンターの不足を補う外部アドバイザー',
    }),
    'designate advisor',
  );
  const pairs: [User, User][] = [
    [tanaka, takahashi],
    [tanaka, ito],
    [suzuki, watanabe],
    [suzuki, yamamoto],
  ];
  for (const [mentor, trainee] of pairs) {
    unwrap(
      await mentorships.assignMentor(actor, { programId: program.id, mentorId: mentor.id, traineeId: trainee.id }),
      'assign mentor',
    );
  }
  return logins;
}

/**
 * The cascade shows: 田中 was a trainee of the FY2024 program (令和6年度, now CLOSED) and was certified there as
 * SUPPORTER and then MENTOR in March 2025 (valid 24 months). Those certificates are carried over as records of that
 * year (the FY2024 evidence itself is not part of the demo), so FY2025 accepts him as a mentor.
 */
async function certifyTanakaInFy2024(
  dataSource: DataSource,
  actor: Actor,
  programs: ProgramsService,
  members: ProgramMembersService,
  owner: User,
  tanaka: User,
  operatorOrganizationId: string,
): Promise<void> {
  const fy2024 = unwrap(
    await programs.createProgram(actor, {
      name: '令和6年度 中核人材確保支援 担い手育成プログラム（大阪）',
      fiscalYear: 2024,
      region: '大阪府',
      operatorOrganizationId,
      startsOn: '2024-06-01',
      endsOn: '2025-02-28',
    }),
    'create FY2024 program',
  );
  unwrap(
    await members.addProgramMember(actor, { programId: fy2024.id, userId: owner.id, role: ProgramRole.OWNER }),
    'add FY2024 owner',
  );
  unwrap(
    await members.addProgramMember(actor, { programId: fy2024.id, userId: tanaka.id, role: ProgramRole.TRAINEE }),
    'add FY2024 trainee',
  );
  for (const [kind, issuedAt] of [
    ['SUPPORTER', '2025-02-20T10:00:00+09:00'],
    ['MENTOR', '2025-03-14T10:00:00+09:00'],
  ] as const) {
    await dataSource.query(
      `INSERT INTO certificate ("programId", "userId", kind, status, "verificationCode", "issuedAt", "expiresAt",
                                "issuedById", evidence, "mentorIds")
       VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $5::timestamptz + interval '24 months', $6, '[]', '{}')`,
      [fy2024.id, tanaka.id, kind, newVerificationCode(), issuedAt, owner.id],
    );
  }
  unwrap(await programs.activateProgram(actor, { programId: fy2024.id }), 'activate FY2024 program');
  unwrap(await programs.closeProgram(actor, { programId: fy2024.id }), 'close FY2024 program');
}
