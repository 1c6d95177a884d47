import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { CredentialSigningKeyEntity } from './entities/signing-key.entity';
import { CredentialStatusListEntity } from './entities/status-list.entity';
import { SigningKeyService } from './services/signing-key.service';
import { StatusListService } from './services/status-list.service';
import { CredentialIssuer } from './services/credential-issuer.service';
import { CredentialVerifier } from './services/credential-verifier.service';
import { CredentialsController } from './controllers/credentials.controller';

/**
 * Verifiable credentials: Open Badges 3.0 credentials signed as VC-JWTs with the deployment's Ed25519 key, their
 * revocation published in W3C Bitstring Status Lists, and the public keys at `/.well-known/jwks.json`. Knows
 * nothing of certificates: the certification lib calls CredentialIssuer and CredentialVerifier.
 */
@Module({
  imports: [DatabaseModule.forFeature([CredentialSigningKeyEntity, CredentialStatusListEntity])],
  controllers: [CredentialsController],
  providers: [SigningKeyService, StatusListService, CredentialIssuer, CredentialVerifier],
  exports: [CredentialIssuer, CredentialVerifier, SigningKeyService],
})
export class CredentialsModule {}
