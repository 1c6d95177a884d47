import { registerEnumType } from '@nestjs/graphql';

export enum ProgramStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(ProgramStatus, { name: 'ProgramStatus', description: 'DRAFT → ACTIVE → CLOSED' });

export enum ProgramRole {
  OWNER = 'OWNER',
  MENTOR = 'MENTOR',
  TRAINEE = 'TRAINEE',
}
registerEnumType(ProgramRole, {
  name: 'ProgramRole',
  description: 'OWNER = 実証機関の担当者, MENTOR = メンター／担い手サポーター, TRAINEE = 担い手候補者',
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

export enum MentorshipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(MentorshipStatus, { name: 'MentorshipStatus' });

export enum RosterFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(RosterFileFormat, {
  name: 'RosterFileFormat',
  description: 'CSV (UTF-8 with or without BOM, or Shift_JIS) or XLSX (the first sheet)',
});

export enum RosterColumn {
  ORGANIZATION_NAME = 'ORGANIZATION_NAME',
  ORGANIZATION_KIND = 'ORGANIZATION_KIND',
  PREFECTURE = 'PREFECTURE',
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  ROLE = 'ROLE',
  MENTOR_EMAIL = 'MENTOR_EMAIL',
}
registerEnumType(RosterColumn, {
  name: 'RosterColumn',
  description:
    'Columns of a roster file: 組織名, 組織種別, 都道府県, 氏名, メールアドレス, 役割, メンターのメールアドレス',
});

export enum RosterAction {
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  ACCOUNT_CREATED = 'ACCOUNT_CREATED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_REACTIVATED = 'MEMBER_REACTIVATED',
  ROLE_ADDED = 'ROLE_ADDED',
  PAIRING_ADDED = 'PAIRING_ADDED',
}
registerEnumType(RosterAction, {
  name: 'RosterAction',
  description:
    'What a roster row does: ORGANIZATION_CREATED 組織を作成, ACCOUNT_CREATED アカウントを作成, MEMBER_ADDED 参加者に追加, ' +
    'MEMBER_REACTIVATED 退出済みの参加者を復帰, ROLE_ADDED 既存の参加者に役割を追加, PAIRING_ADDED メンターと組み合わせ. ' +
    'A row with no action changes nothing.',
});
