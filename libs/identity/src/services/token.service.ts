import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '@banso/core';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** How many verified access tokens a process remembers (about 300 bytes each); beyond it, it starts over. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Access tokens are short-lived JWTs; refresh tokens are `<id>.<secret>`, stored hashed, single-use. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  async issue(userId: string, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 24 * 3600 * 1000);
    await this.refreshTokens.insert({ id, userId, familyId, tokenHash: sha256(secret), expiresAt });
    const claims: AccessTokenClaims = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000),
      refreshToken: `${id}.${secret}`,
    };
  }

  /** Finds the stored row for a presented refresh token (locked for rotation), or null when it is not genuine. */
  async find(presented: string): Promise<RefreshTokenEntity | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const row = await this.refreshTokens.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.tokenHash !== sha256(secret)) return null;
    return row;
  }

  async markUsed(id: string): Promise<void> {
    await this.refreshTokens.update({ id }, { usedAt: new Date() });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Synchronous on purpose: an HMAC check needs no promise round trip (the key is prepared in IdentityModule).
   * A token that verified is remembered until it expires (a client sends the same one with every request), so the
   * signature is checked once per token and process; expiry is still checked on every call. Tokens that fail are
   * not remembered.
   */
  verifyAccessToken(token: string): AccessTokenClaims | null {
    const now = Math.floor(Date.now() / 1000);
    const known = this.verified.get(token);
    if (known) {
      if (now < known.exp) return known.claims;
      this.verified.delete(token);
      return null;
    }
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp?: number }>(token);
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
      if (typeof claims.exp === 'number') {
        if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
        this.verified.set(token, { claims, exp: claims.exp });
      }
      return claims;
    } catch {
      return null;
    }
  }

  /** Access tokens whose signature has been checked, with their expiry (seconds since the epoch). */
  private readonly verified = new Map<string, { claims: AccessTokenClaims; exp: number }>();
}
