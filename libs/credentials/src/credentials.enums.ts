/** What a certificate credential attests: a certified supporter (担い手サポーター) or a certified mentor. */
export type CredentialKind = 'SUPPORTER' | 'MENTOR';

/**
 * Why a bit in a status list is set (W3C Bitstring Status List `statusPurpose`). Banso publishes revocation only:
 * expiry is `validUntil` in the credential itself.
 */
export enum StatusPurpose {
  REVOCATION = 'revocation',
}

/** Outcome of checking a credential JWT (see CredentialVerifier.verify). */
export enum CredentialVerificationStatus {
  /** Signature valid, within validFrom…validUntil, status bit clear. */
  VALID = 'VALID',
  /** Signature valid but the status list marks it revoked. */
  REVOKED = 'REVOKED',
  /** Signature valid but validUntil has passed. */
  EXPIRED = 'EXPIRED',
  /** Signature valid but validFrom is still in the future. */
  NOT_YET_VALID = 'NOT_YET_VALID',
  /** Not a JWT, not ours, altered, or not shaped like a Banso credential. */
  INVALID = 'INVALID',
}
