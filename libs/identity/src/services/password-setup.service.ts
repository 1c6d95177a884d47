import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import { Actor, Errors, isAdmin, Locale, TransactionContext } from '@banso/core';
import { AuditService } from '@banso/audit';
import { UserAccountEntity } from '../entities/user-account.entity';
import { PasswordChanged, PasswordSetupLink } from '../models/user.model';
import { UserStatus } from '../identity.enums';
import { InvalidPasswordSetupTokenError } from '../identity.errors';
import { IssuePasswordSetupLinkInput, SetPasswordWithTokenInput } from '../dto/password-setup.input';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

/** How long a one-time set-password link stays valid. */
export const PASSWORD_SETUP_TTL_HOURS = 72;

interface PasswordSetupClaims {
  sub: string;
  typ: 'password-setup';
  /** Fingerprint of the password hash the link was issued against: once the password changes the link is spent. */
  fp: string;
}

function fingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);
}

const USER_NOUN = { ja: 'ユーザー', en: 'User' };

/**
 * One-time set-password links (初回パスワード設定リンク). An admin issues a signed token for an account; the person
 * opens the link and chooses a password. The token is bound to the account's current password hash, so it works
 * once: setting the password (or any other password change) spends it. Nothing is stored.
 */
@Injectable()
export class PasswordSetupService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly jwt: JwtService,
    private readonly transaction: TransactionContext,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async issue(actor: Actor, input: IssuePasswordSetupLinkInput): Promise<PasswordSetupLink> {
    if (!isAdmin(actor)) throw Errors.forbidden();
    const user = await this.users.findOne({ where: { id: input.userId } });
    if (!user) throw Errors.notFound(USER_NOUN);
    const link = await this.linkFor(user);
    await this.transaction.run(() =>
      this.audit.record(actor, {
        action: 'user.issuePasswordSetupLink',
        entityType: 'UserAccount',
        entityId: user.id,
      }),
    );
    return link;
  }

  /**
   * Links for accounts another use case has just created and audits itself (the roster import): no authorization
   * here, the caller's use case has checked it. Signing is HMAC only, so hundreds take milliseconds.
   */
  async linkFor(user: Pick<UserAccountEntity, 'id' | 'passwordHash'>): Promise<PasswordSetupLink> {
    const claims: PasswordSetupClaims = { sub: user.id, typ: 'password-setup', fp: fingerprint(user.passwordHash) };
    const expiresIn = PASSWORD_SETUP_TTL_HOURS * 3600;
    const token = await this.jwt.signAsync(claims, { expiresIn });
    return new PasswordSetupLink({ userId: user.id, token, expiresAt: new Date(Date.now() + expiresIn * 1000) });
  }

  /** Public: sets the password of the link's account and ends its sessions; the link is spent. */
  async setPassword(
    input: SetPasswordWithTokenInput,
    locale: Locale,
    requestId: string,
  ): Promise<PasswordChanged | InvalidPasswordSetupTokenError> {
    const claims = await this.verify(input.token);
    if (!claims) return new InvalidPasswordSetupTokenError(locale);
    const passwordHash = await this.passwords.hash(input.newPassword);
    const outcome = await this.transaction.run(async (manager) => {
      const user = await manager.findOne(UserAccountEntity, {
        where: { id: claims.sub },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || user.status !== UserStatus.ACTIVE || fingerprint(user.passwordHash) !== claims.fp) return null;
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash });
      await this.tokens.revokeAllForUser(user.id);
      await this.audit.record(
        { userId: user.id, requestId },
        {
          action: 'user.setPasswordWithLink',
          entityType: 'UserAccount',
          entityId: user.id,
          changes: [{ field: 'passwordHash', from: '[redacted]', to: '[redacted]' }],
        },
      );
      return new PasswordChanged(user.id);
    });
    return outcome ?? new InvalidPasswordSetupTokenError(locale);
  }

  private async verify(token: string): Promise<PasswordSetupClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<PasswordSetupClaims>(token, { algorithms: ['HS256'] });
      return claims.typ === 'password-setup' && typeof claims.sub === 'string' && typeof claims.fp === 'string'
        ? claims
        : null;
    } catch {
      return null;
    }
  }
}
