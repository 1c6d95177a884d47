import { OrganizationEntity } from './entities/organization.entity';
import { Organization } from './models/organization.model';
import { UserAccountEntity } from './entities/user-account.entity';
import { User } from './models/user.model';

export function toUser(entity: UserAccountEntity): User {
  const user = new User();
  user.id = entity.id;
  user.email = entity.email;
  user.displayName = entity.displayName;
  user.organizationId = entity.organizationId;
  user.locale = entity.locale;
  user.systemRole = entity.systemRole;
  user.status = entity.status;
  user.createdAt = entity.createdAt;
  return user;
}

export function toOrganization(entity: OrganizationEntity): Organization {
  const organization = new Organization();
  organization.id = entity.id;
  organization.name = entity.name;
  organization.kind = entity.kind;
  organization.sector = entity.sector;
  organization.prefecture = entity.prefecture;
  organization.createdAt = entity.createdAt;
  return organization;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
