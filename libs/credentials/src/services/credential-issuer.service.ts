import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { AppConfig } from '@banso/core';
import {
  buildOpenBadgeCredential,
  buildStatusListCredential,
  CertificateCredentialSubject,
  IssuerContext,
  VC_JWT_TYP,
} from '../credentials.mapper';
import { StatusPurpose } from '../credentials.enums';
import { encodeStatusList } from './bitstring';
import { SIGNING_ALGORITHM, SigningKeyService } from './signing-key.service';
import { StatusListService } from './status-list.service';

/** A signed certificate credential and where its revocation bit lives (store both with the certificate). */
export interface IssuedCredential {
  jwt: string;
  statusListId: string;
  statusListIndex: number;
}

/** A status list credential as served. */
export interface SignedStatusList {
  jwt: string;
  /** When the bitstring last changed. */
  updatedAt: Date;
}

/** How long verifiers may cache a status list (its `ttl`, and the HTTP max-age). */
export const STATUS_LIST_TTL_SECONDS = 60;

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function issuerContext(config: AppConfig): IssuerContext {
  return {
    issuerUrl: config.credentials.issuerUrl,
    issuerName: config.credentials.issuerName,
    publicBaseUrl: config.publicBaseUrl,
  };
}

/**
 * Issues Open Badges 3.0 credentials as VC-JWTs (VC-JOSE-COSE: the JWT payload is the credential itself; `iss`,
 * `sub`, `jti`, `nbf` and `exp` repeat its issuer, subject, id and validity for plain JWT libraries) and signs the
 * status lists that publish their revocation.
 */
@Injectable()
export class CredentialIssuer {
  constructor(
    private readonly config: AppConfig,
    private readonly keys: SigningKeyService,
    private readonly statusLists: StatusListService,
  ) {}

  /** Allocates a revocation entry (in the caller's transaction) and signs the certificate's credential. */
  async issue(subject: CertificateCredentialSubject): Promise<IssuedCredential> {
    const key = await this.keys.activeKey();
    const entry = await this.statusLists.allocate(StatusPurpose.REVOCATION);
    const credential = buildOpenBadgeCredential(subject, issuerContext(this.config), entry);
    const jwt = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: VC_JWT_TYP, kid: key.kid })
      .setIssuer(credential.issuer.id)
      .setSubject(credential.credentialSubject.id)
      .setJti(credential.id)
      .setIssuedAt()
      .setNotBefore(seconds(subject.validFrom))
      .setExpirationTime(seconds(subject.validUntil))
      .sign(key.privateKey);
    return { jwt, statusListId: entry.statusListId, statusListIndex: entry.statusListIndex };
  }

  /** Marks the credential revoked in its status list, in the caller's transaction (idempotent). */
  revoke(statusListId: string, statusListIndex: number): Promise<void> {
    return this.statusLists.revoke(statusListId, statusListIndex);
  }

  /**
   * The signed `BitstringStatusListCredential` of a list as committed now, or null for an unknown list. Its
   * `validFrom` is `now` rounded down to the cache window: Ed25519 signatures are deterministic, so every request (to
   * any replica) in the same window for an unchanged list gets byte-identical content and the same ETag.
   */
  async signedStatusList(statusListId: string, at: Date = new Date()): Promise<SignedStatusList | null> {
    const list = await this.statusLists.published(statusListId);
    if (!list) return null;
    const key = await this.keys.activeKey();
    const window = STATUS_LIST_TTL_SECONDS * 1000;
    const now = new Date(Math.floor(at.getTime() / window) * window);
    const credential = buildStatusListCredential(
      issuerContext(this.config),
      list.id,
      list.purpose,
      encodeStatusList(list.bitstring),
      now,
      STATUS_LIST_TTL_SECONDS * 1000,
    );
    const jwt = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: VC_JWT_TYP, kid: key.kid })
      .setIssuer(credential.issuer.id)
      .setSubject(credential.id)
      .setIssuedAt(seconds(now))
      .setNotBefore(seconds(now))
      .setExpirationTime(seconds(new Date(credential.validUntil)))
      .sign(key.privateKey);
    return { jwt, updatedAt: list.updatedAt };
  }
}
