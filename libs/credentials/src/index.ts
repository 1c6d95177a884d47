export * from './credentials.module';
export * from './credentials.enums';
export * from './credentials.errors';
export type {
  CertificateCredentialSubject,
  OpenBadgeCredential,
  BitstringStatusListCredential,
  BitstringStatusListEntry,
} from './credentials.mapper';
export { OB3_CONTEXT, VC_CONTEXT_V2, VC_JWT_MEDIA_TYPE, VC_JWT_TYP } from './credentials.mapper';
export type { IssuedCredential } from './services/credential-issuer.service';
export { CredentialIssuer, STATUS_LIST_TTL_SECONDS } from './services/credential-issuer.service';
export type { CredentialVerification } from './services/credential-verifier.service';
export { CredentialVerifier } from './services/credential-verifier.service';
export type { PublicJwks } from './services/signing-key.service';
export { SigningKeyService } from './services/signing-key.service';
export { decodeStatusList, encodeStatusList, getBit, MIN_STATUS_LIST_BITS } from './services/bitstring';
