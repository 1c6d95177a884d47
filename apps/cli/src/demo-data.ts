import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Locale, SystemRole } from '@banso/core';
import { IdentityService, Organization, OrganizationKind, OrganizationSector, User } from '@banso/identity';
import { MentorshipsService, ProgramMembersService, ProgramRole, ProgramsService } from '@banso/programs';

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
