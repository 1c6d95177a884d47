import { registerEnumType } from '@nestjs/graphql';
import { Locale } from '../i18n/locale';

export enum SystemRole {
  ADMIN = 'ADMIN',
  USER = 'USER',
}
registerEnumType(SystemRole, {
  name: 'SystemRole',
  description: 'System-wide role: ADMIN manages organisations, accounts and frameworks; USER is everyone else',
});

/** Who is calling: passed from resolvers to services, used for authorization and the audit trail. */
export interface Actor {
  userId: string;
  organizationId: string;
  systemRole: SystemRole;
  locale: Locale;
  requestId: string;
}

export function isAdmin(actor: Actor): boolean {
  return actor.systemRole === SystemRole.ADMIN;
}
