import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Locale, SystemRole } from '@banso/core';
import { UserStatus } from '../identity.enums';

@ObjectType({ description: 'A person using Banso: trainee, mentor, program owner or admin' })
export class User {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Login email, stored in lower case' })
  email: string;
  @Field()
  displayName: string;
  @Field(() => ID)
  organizationId: string;
  @Field(() => Locale)
  locale: Locale;
  @Field(() => SystemRole)
  systemRole: SystemRole;
  @Field(() => UserStatus)
  status: UserStatus;
  @Field()
  createdAt: Date;
}

export const UserConnection = Connection(User);

@ObjectType({ description: 'Tokens issued at login or refresh' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken: string;
  @Field({ description: 'Single-use token to obtain a new pair; rotated on every use' })
  refreshToken: string;
  @Field({ description: 'When the access token expires' })
  accessTokenExpiresAt: Date;
  @Field(() => User)
  user: User;

  constructor(values: AuthPayload) {
    Object.assign(this, values);
  }
}

@ObjectType({ description: 'The password was changed; every other session was logged out' })
export class PasswordChanged {
  @Field(() => ID)
  userId: string;

  constructor(userId: string) {
    this.userId = userId;
  }
}

@ObjectType({ description: 'The account was disabled: it can no longer log in and its sessions were revoked' })
export class UserDisabled {
  @Field(() => User)
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

@ObjectType({ description: 'A one-time link with which a person sets their own password (パスワード設定リンク)' })
export class PasswordSetupLink {
  @Field(() => ID)
  userId: string;
  @Field({ description: 'Put it in the link (/set-password#<token>); it works once, until expiresAt' })
  token: string;
  @Field()
  expiresAt: Date;

  constructor(values: PasswordSetupLink) {
    Object.assign(this, values);
  }
}
