import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isDependencyOutage, OUTAGE_RETRY_AFTER_SECONDS, Public } from '@banso/core';
import { VC_JWT_MEDIA_TYPE } from '../credentials.mapper';
import { CredentialIssuer, STATUS_LIST_TTL_SECONDS } from '../services/credential-issuer.service';
import { SigningKeyService } from '../services/signing-key.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Public keys change only when a key is added: verifiers may keep them a while. */
const JWKS_MAX_AGE_SECONDS = 300;

async function answer(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!isDependencyOutage(error)) throw error;
    res
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
      .setHeader('Cache-Control', 'no-store')
      .json({ error: 'SERVICE_UNAVAILABLE' });
  }
}

/**
 * What a third party needs to verify a Banso credential without a Banso account: the public keys and the signed
 * status lists. No authentication, no personal data.
 */
@Controller()
export class CredentialsController {
  constructor(
    private readonly keys: SigningKeyService,
    private readonly issuer: CredentialIssuer,
  ) {}

  /** The JSON Web Key Set (RFC 7517) of the credential signing keys. */
  @Public()
  @Get('.well-known/jwks.json')
  async jwks(@Res() res: Response): Promise<void> {
    await answer(res, async () => {
      await this.keys.activeKey();
      const jwks = await this.keys.publicJwks();
      res
        .status(HttpStatus.OK)
        .setHeader('Content-Type', 'application/jwk-set+json; charset=utf-8')
        .setHeader('Cache-Control', `public, max-age=${JWKS_MAX_AGE_SECONDS}`)
        .setHeader('Access-Control-Allow-Origin', '*')
        .send(JSON.stringify(jwks));
    });
  }

  /** A W3C BitstringStatusListCredential, signed as a VC-JWT. */
  @Public()
  @Get('credentials/status/:id')
  async statusList(@Param('id') id: string, @Res() res: Response): Promise<void> {
    await answer(res, async () => {
      const signed = UUID.test(id) ? await this.issuer.signedStatusList(id) : null;
      if (!signed) {
        res.status(HttpStatus.NOT_FOUND).setHeader('Cache-Control', 'no-store').json({ error: 'NOT_FOUND' });
        return;
      }
      res
        .status(HttpStatus.OK)
        .setHeader('Content-Type', VC_JWT_MEDIA_TYPE)
        .setHeader('Cache-Control', `public, max-age=${STATUS_LIST_TTL_SECONDS}`)
        .setHeader('Last-Modified', signed.updatedAt.toUTCString())
        .setHeader('Access-Control-Allow-Origin', '*')
        .send(signed.jwt);
    });
  }
}
