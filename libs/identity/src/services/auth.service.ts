import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, Locale, TransactionContext } from '@banso/core';
import { AuditService } from '@banso/audit';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuthPayload, PasswordChanged } from '../models/user.model';
import { UserStatus } from '../identity.enums';
import { InvalidCredentialsError, InvalidRefreshTokenError } from '../identity.errors';
import { ChangePasswordInput, LoginInput, RefreshTokenInput } from '../dto/auth.input';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { LoginThrottleService } from './login-throttle.service';
import { normaliseEmail, toUser } from '../identity.mapper';

export interface LoginContext {
  locale: Locale;
  address: string;
  requestId: string;
}

/** Logging in and out, refresh-token rotation, password changes. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly transaction: TransactionContext,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(input: LoginInput, context: LoginContext): Promise<AuthPayload | InvalidCredentialsError> {
    const email = normaliseEmail(input.email);
    const wait = await this.throttle.retryAfter(email, context.address);
    if (wait > 0) throw Errors.rateLimited(wait);

    const user = await this.users.findOne({ where: { email } });
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstDummy(input.password);
    if (!user || !valid || user.status !== UserStatus.ACTIVE) {
      await this.throttle.recordFailure(email, context.address);
      // The request's language only: the account's locale would tell the caller that the account exists.
      return new InvalidCredentialsError(context.locale);
    }
    await this.throttle.recordSuccess(email);
    return this.transaction.run(async () => {
      const issued = await this.tokens.issue(user.id);
      await this.audit.record(
        { userId: user.id, requestId: context.requestId },
        { action: 'user.login', entityType: 'UserAccount', entityId: user.id },
      );
      return new AuthPayload({ ...issued, user: toUser(user) });
    });
  }

  /** Rotates a refresh token. A token presented a second time is treated as stolen: its whole family is revoked. */
  async refresh(input: RefreshTokenInput, context: LoginContext): Promise<AuthPayload | InvalidRefreshTokenError> {
    const outcome = await this.transaction.run(async (manager) => {
      const row = await this.tokens.find(input.refreshToken);
      if (!row) return null;
      if (row.usedAt || row.revokedAt) {
        await this.tokens.revokeFamily(row.familyId);
        await this.audit.record(
          { userId: row.userId, requestId: context.requestId },
          { action: 'user.refreshTokenReused', entityType: 'UserAccount', entityId: row.userId },
        );
        return null;
      }
      if (row.expiresAt.getTime() <= Date.now()) return null;
      const user = await manager.findOne(UserAccountEntity, { where: { id: row.userId } });
      if (!user || user.status !== UserStatus.ACTIVE) return null;
      await this.tokens.markUsed(row.id);
      const issued = await this.tokens.issue(user.id, row.familyId);
      await this.audit.record(
        { userId: user.id, requestId: context.requestId },
        { action: 'user.refreshToken', entityType: 'UserAccount', entityId: user.id },
      );
      return new AuthPayload({ ...issued, user: toUser(user) });
    });
    return outcome ?? new InvalidRefreshTokenError(context.locale);
  }

  /** Revokes the refresh token's family (this device's session). Unknown tokens are accepted silently. */
  async logout(actor: Actor, input: RefreshTokenInput): Promise<boolean> {
    await this.transaction.run(async () => {
      const row = await this.tokens.find(input.refreshToken);
      if (!row || row.userId !== actor.userId) return;
      await this.tokens.revokeFamily(row.familyId);
      await this.audit.record(actor, {
        action: 'user.logout',
        entityType: 'UserAccount',
        entityId: actor.userId,
      });
    });
    return true;
  }

  /** Changes the caller's own password and ends every other session (all refresh tokens revoked). */
  async changePassword(actor: Actor, input: ChangePasswordInput): Promise<PasswordChanged | InvalidCredentialsError> {
    const user = await this.users.findOne({ where: { id: actor.userId } });
    if (!user) throw Errors.unauthenticated();
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      return new InvalidCredentialsError(actor.locale);
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.transaction.run(async (manager) => {
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash });
      await this.tokens.revokeAllForUser(user.id);
      await this.audit.record(actor, {
        action: 'user.changePassword',
        entityType: 'UserAccount',
        entityId: user.id,
        changes: [{ field: 'passwordHash', from: '[redacted]', to: '[redacted]' }],
      });
      return new PasswordChanged(user.id);
    });
  }
}
