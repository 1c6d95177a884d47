import { registerEnumType } from '@nestjs/graphql';

/** Kinds of support organisation (経営支援機関) taking part in a network. */
export enum OrganizationKind {
  PRO_TALENT_HUB = 'PRO_TALENT_HUB',
  YOROZU_SUPPORT_CENTER = 'YOROZU_SUPPORT_CENTER',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  SHOKOKAI = 'SHOKOKAI',
  CHAMBER_OF_COMMERCE = 'CHAMBER_OF_COMMERCE',
  REGIONAL_BANK = 'REGIONAL_BANK',
  SHINKIN_BANK = 'SHINKIN_BANK',
  TAX_ACCOUNTANT = 'TAX_ACCOUNTANT',
  SME_CONSULTANT = 'SME_CONSULTANT',
  NPO = 'NPO',
  MUNICIPALITY = 'MUNICIPALITY',
  TALENT_FIRM = 'TALENT_FIRM',
  UNIVERSITY = 'UNIVERSITY',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description:
    'プロ人材拠点, よろず支援拠点, 外郭団体, 商工会, 商工会議所, 地域銀行, 信用金庫, 税理士, 診断士, NPO, 自治体, 人材会社, 大学, その他',
});

export enum OrganizationSector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(OrganizationSector, { name: 'OrganizationSector', description: '公的 (PUBLIC) or 民間 (PRIVATE)' });

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'A DISABLED account can no longer log in' });
