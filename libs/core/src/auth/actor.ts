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
  /**
   * The caller's active program memberships (program id → OWNER / MENTOR / TRAINEE), read in the same statement as
   * the account when the request was authenticated. Absent for actors made outside a request (worker, cli, tests
   * calling services): the programs domain then asks the database.
   */
  programRoles?: ReadonlyMap<string, readonly string[]>;
}

export function isAdmin(actor: Actor): boolean {
  return actor.systemRole === SystemRole.ADMIN;
}
