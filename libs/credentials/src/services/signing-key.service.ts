import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, JWK, KeyLike } from 'jose';
import { AppConfig, Ed25519PrivateJwk, isDependencyOutage } from '@banso/core';
import { CredentialSigningKeyEntity } from '../entities/signing-key.entity';

export const SIGNING_ALGORITHM = 'EdDSA';

/** The key credentials are signed with now. */
export interface ActiveSigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

/** A public JSON Web Key Set (RFC 7517), as served at `/.well-known/jwks.json`. */
export interface PublicJwks {
  keys: JWK[];
}

function publicPart(jwk: JWK): Omit<Ed25519PrivateJwk, 'd'> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('not an Ed25519 key');
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

async function described(jwk: JWK): Promise<JWK> {
  const base = publicPart(jwk);
  return { ...base, kid: await calculateJwkThumbprint(base, 'sha256'), alg: SIGNING_ALGORITHM, use: 'sig' };
}

/**
 * The deployment's Ed25519 credential signing key. Configured (CREDENTIAL_SIGNING_KEY), or else generated once and
 * kept in `credential_signing_key`: the partial unique index on `active` lets exactly one of several processes that
 * start together insert it, and every process then uses the row that won. Loading happens at start-up and, failing
 * that, on first use; it always runs on its own pooled connection, never in a caller's transaction, so a use case
 * that rolls back cannot take a key with it.
 */
@Injectable()
export class SigningKeyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SigningKeyService.name);
  private active: Promise<ActiveSigningKey> | null = null;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      // Before migrations (the cli's `migrate`) there is no table yet: the key then waits for its first use.
      const [row] = await this.dataSource.query<{ table: string | null }[]>(
        `SELECT to_regclass('credential_signing_key')::text AS "table"`,
      );
      if (row?.table) await this.activeKey();
    } catch (error) {
      if (!isDependencyOutage(error)) throw error;
      this.logger.warn('credential signing key not loaded at start-up (database unavailable): loaded on first use');
    }
  }

  /** The key to sign with; loaded (or generated) once per process. */
  activeKey(): Promise<ActiveSigningKey> {
    if (!this.active) {
      this.active = this.loadActiveKey().catch((error: unknown) => {
        this.active = null;
        throw error;
      });
    }
    return this.active;
  }

  /** Every public key a Banso credential may be signed with: the configured one and every stored one. */
  async publicJwks(): Promise<PublicJwks> {
    const stored = await this.dataSource
      .getRepository(CredentialSigningKeyEntity)
      .find({ order: { active: 'DESC', createdAt: 'ASC' } });
    const keys: JWK[] = [];
    if (this.config.credentials.signingKey) keys.push(await described(this.config.credentials.signingKey));
    for (const key of stored) keys.push(await described(key.publicJwk));
    const seen = new Set<string>();
    return { keys: keys.filter((key) => !seen.has(key.kid!) && seen.add(key.kid!)) };
  }

  private async loadActiveKey(): Promise<ActiveSigningKey> {
    const configured = this.config.credentials.signingKey;
    if (configured) return this.fromPrivateJwk(configured);
    const repository = this.dataSource.getRepository(CredentialSigningKeyEntity);
    let row = await repository.findOneBy({ active: true });
    if (!row) {
      const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
      const privateJwk = await exportJWK(privateKey);
      const publicJwk = publicPart(privateJwk);
      await repository
        .createQueryBuilder()
        .insert()
        .values({
          id: await calculateJwkThumbprint(publicJwk, 'sha256'),
          algorithm: SIGNING_ALGORITHM,
          publicJwk,
          privateJwk: { ...publicJwk, d: privateJwk.d! },
          active: true,
        })
        .orIgnore()
        .execute();
      row = await repository.findOneByOrFail({ active: true });
      this.logger.log(`credential signing key ${row.id} in use`);
    }
    return this.fromPrivateJwk(row.privateJwk);
  }

  private async fromPrivateJwk(jwk: Ed25519PrivateJwk): Promise<ActiveSigningKey> {
    const privateKey = await importJWK({ ...jwk }, SIGNING_ALGORITHM);
    if (privateKey instanceof Uint8Array) throw new Error('an Ed25519 JWK imported as a secret');
    const publicJwk = await described(jwk);
    return { kid: publicJwk.kid!, privateKey, publicJwk };
  }
}
