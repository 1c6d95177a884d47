import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, InTransaction, Locale } from '@banso/core';
import { CredentialIssuer, VC_JWT_MEDIA_TYPE } from '@banso/credentials';
import { FrameworkService } from '@banso/frameworks';
import { IdentityService } from '@banso/identity';
import { ProgramAccessService, ProgramsService } from '@banso/programs';
import { CertificateStatus } from '../certification.enums';
import { CERTIFICATE_NOUN } from '../certification.errors';
import { CertificateEntity } from '../entities/certificate.entity';
import { CertificateCredential } from '../models/certification.model';

/**
 * The certificate as a verifiable credential: an Open Badges 3.0 `OpenBadgeCredential` aligned to the behaviours of
 * the program's framework, signed by the credentials lib with the deployment's key, with a revocation bit in a
 * published status list. Signed in the issuing transaction; certificates recorded without one (carried over from
 * an earlier year) are signed on first download. Revoking sets the bit in the revoking transaction.
 */
@Injectable()
export class CertificateCredentialService {
  constructor(
    @InjectRepository(CertificateEntity) private readonly rows: Repository<CertificateEntity>,
    private readonly issuer: CredentialIssuer,
    private readonly identity: IdentityService,
    private readonly programs: ProgramsService,
    private readonly programAccess: ProgramAccessService,
    private readonly frameworks: FrameworkService,
  ) {}

  /** Signs the certificate's credential and stores it with its status entry (in the caller's transaction). */
  async sign(row: CertificateEntity): Promise<string> {
    // One after another: inside a transaction they share its one connection.
    const [holder] = await this.identity.usersByIds([row.userId]);
    const [program] = await this.programs.programsByIds([row.programId]);
    if (!holder || !program) throw Errors.notFound(CERTIFICATE_NOUN);
    const [organization] = await this.identity.organizationsByIds([program.operatorOrganizationId]);
    const outline = await this.frameworks.outline(program.frameworkId, Locale.JA);
    const issued = await this.issuer.issue({
      certificateId: row.id,
      holderName: holder.displayName,
      holderId: holder.id,
      kind: row.kind,
      programName: program.name,
      programId: program.id,
      organizationName: organization?.name ?? '',
      frameworkName: outline.framework.name,
      frameworkId: program.frameworkId,
      behaviours: outline.behaviours.map((behaviour) => ({ code: behaviour.code, name: behaviour.name })),
      validFrom: row.issuedAt,
      validUntil: row.expiresAt,
    });
    await this.rows.update(
      { id: row.id },
      { credentialJwt: issued.jwt, statusListId: issued.statusListId, statusListIndex: issued.statusListIndex },
    );
    if (row.status === CertificateStatus.REVOKED) await this.issuer.revoke(issued.statusListId, issued.statusListIndex);
    return issued.jwt;
  }

  /** Sets the certificate's revocation bit (in the caller's transaction); nothing to do when it was never signed. */
  async revoke(row: Pick<CertificateEntity, 'statusListId' | 'statusListIndex'>): Promise<void> {
    if (row.statusListId && row.statusListIndex !== null) {
      await this.issuer.revoke(row.statusListId, row.statusListIndex);
    }
  }

  /**
   * The signed credential for the holder to download (and for the program's owners and admins). Anyone else gets
   * NOT_FOUND: a certificate id is not something they can see.
   */
  @InTransaction()
  async credentialFor(actor: Actor, certificateId: string): Promise<CertificateCredential> {
    const row = await this.rows.findOne({ where: { id: certificateId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw Errors.notFound(CERTIFICATE_NOUN);
    if (row.userId !== actor.userId) {
      const access = await this.programAccess.assertCanRead(actor, row.programId, CERTIFICATE_NOUN);
      if (!access.canManage) throw Errors.notFound(CERTIFICATE_NOUN);
    }
    const jwt = row.credentialJwt ?? (await this.sign(row));
    return Object.assign(new CertificateCredential(), {
      certificateId: row.id,
      jwt,
      fileName: `banso-${row.kind.toLowerCase()}-${row.verificationCode}.jwt`,
      mediaType: VC_JWT_MEDIA_TYPE,
    });
  }
}
