import { Injectable } from '@nestjs/common';
import { compactVerify, createLocalJWKSet, errors } from 'jose';
import { AppConfig } from '@banso/core';
import { CredentialVerificationStatus } from '../credentials.enums';
import { StatusEntryNotFoundError } from '../credentials.errors';
import { OB3_CONTEXT, OpenBadgeCredential, VC_CONTEXT_V2, VC_JWT_TYP } from '../credentials.mapper';
import { SIGNING_ALGORITHM, SigningKeyService } from './signing-key.service';
import { StatusListService } from './status-list.service';

export interface CredentialVerification {
  status: CredentialVerificationStatus;
  /** The verified credential; null when INVALID. */
  credential: OpenBadgeCredential | null;
  statusListId: string | null;
  statusListIndex: number | null;
  /** Why the credential is INVALID (for logs; not meant for end users). */
  reason: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(reason: string): CredentialVerification {
  return {
    status: CredentialVerificationStatus.INVALID,
    credential: null,
    statusListId: null,
    statusListIndex: null,
    reason,
  };
}

function includes(value: unknown, item: string): boolean {
  return Array.isArray(value) ? value.includes(item) : value === item;
}

/**
 * Checks a Banso credential JWT as an outside verifier would, but with the keys and status lists at hand: the
 * signature against the published keys, the OB3 shape and issuer, the revocation bit, then validFrom/validUntil.
 */
@Injectable()
export class CredentialVerifier {
  constructor(
    private readonly config: AppConfig,
    private readonly keys: SigningKeyService,
    private readonly statusLists: StatusListService,
  ) {}

  async verify(jwt: string, now: Date = new Date()): Promise<CredentialVerification> {
    let payload: Uint8Array;
    try {
      const verified = await compactVerify(jwt.trim(), createLocalJWKSet(await this.keys.publicJwks()), {
        algorithms: [SIGNING_ALGORITHM],
      });
      if (verified.protectedHeader.typ !== VC_JWT_TYP) return invalid(`typ is not ${VC_JWT_TYP}`);
      payload = verified.payload;
    } catch (error) {
      if (error instanceof errors.JOSEError) return invalid(`signature: ${error.code}`);
      throw error;
    }
    let credential: OpenBadgeCredential;
    try {
      credential = JSON.parse(new TextDecoder().decode(payload)) as OpenBadgeCredential;
    } catch {
      return invalid('payload is not JSON');
    }
    if (!includes(credential['@context'], VC_CONTEXT_V2) || !includes(credential['@context'], OB3_CONTEXT)) {
      return invalid('not a VC 2.0 Open Badges 3.0 credential (@context)');
    }
    if (!includes(credential.type, 'OpenBadgeCredential')) return invalid('type is not OpenBadgeCredential');
    if (credential.issuer?.id !== this.config.credentials.issuerUrl) return invalid('issued by someone else');
    const entry = credential.credentialStatus;
    const prefix = `${this.config.publicBaseUrl}/credentials/status/`;
    const statusListId = entry?.statusListCredential?.startsWith(prefix)
      ? entry.statusListCredential.slice(prefix.length)
      : '';
    const statusListIndex = /^\d{1,9}$/.test(entry?.statusListIndex ?? '') ? Number(entry.statusListIndex) : -1;
    if (entry?.type !== 'BitstringStatusListEntry' || !UUID.test(statusListId) || statusListIndex < 0) {
      return invalid('credentialStatus is not a Banso BitstringStatusListEntry');
    }
    let revoked: boolean;
    try {
      revoked = await this.statusLists.isSet(statusListId, statusListIndex);
    } catch (error) {
      if (error instanceof StatusEntryNotFoundError) return invalid(error.message);
      throw error;
    }
    const validFrom = Date.parse(credential.validFrom);
    const validUntil = Date.parse(credential.validUntil);
    if (Number.isNaN(validFrom) || Number.isNaN(validUntil)) return invalid('validFrom/validUntil are not dates');
    const status = revoked
      ? CredentialVerificationStatus.REVOKED
      : now.getTime() >= validUntil
        ? CredentialVerificationStatus.EXPIRED
        : now.getTime() < validFrom
          ? CredentialVerificationStatus.NOT_YET_VALID
          : CredentialVerificationStatus.VALID;
    return { status, credential, statusListId, statusListIndex, reason: null };
  }
}
