import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, JSONWebKeySet, jwtVerify } from 'jose';
import {
  CredentialVerificationStatus,
  CredentialVerifier,
  decodeStatusList,
  getBit,
  OB3_CONTEXT,
  OpenBadgeCredential,
  VC_CONTEXT_V2,
} from '@banso/credentials';
import { TestApp, errorCode } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import {
  CertificationFactory,
  ISSUE_CERTIFICATE,
  REVOKE_CERTIFICATE,
  VERIFY_CERTIFICATE,
} from '../factories/certification.factory';

const PUBLIC = 'https://banso.test';
const CREDENTIAL = `query ($certificateId: ID!) {
  certificateCredential(certificateId: $certificateId) { certificateId jwt fileName mediaType }
}`;
const UPDATE_RULE = `mutation ($input: UpdateCertificationRuleInput!) {
  updateCertificationRule(input: $input) { __typename ... on ErrorResult { code message } }
}`;

interface CredentialAnswer {
  certificateId: string;
  jwt: string;
  fileName: string;
  mediaType: string;
}

describe('a certificate as a signed Open Badges credential (デジタル認定証), checked as a third party would', () => {
  let t: TestApp;
  let c: Cohort;
  let base: string;
  let certification: CertificationFactory;

  beforeAll(async () => {
    t = await TestApp.start({ env: { PUBLIC_BASE_URL: PUBLIC }, webRoot: null });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    c = await t.factory.cohort();
    certification = new CertificationFactory(t.dataSource);
  });
  afterAll(() => t.close());

  const credentialOf = async (certificateId: string, as: UserRow) =>
    t.gql<{ certificateCredential: CredentialAnswer }>(CREDENTIAL, { certificateId }, { as });

  async function jwks(): Promise<JSONWebKeySet> {
    const response = await fetch(`${base}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    return (await response.json()) as JSONWebKeySet;
  }

  /** The status-list bit of a credential, from the list fetched over HTTP and signature-checked with the JWKS. */
  async function revokedBit(credential: OpenBadgeCredential, keys: JSONWebKeySet): Promise<boolean> {
    const url = new URL(credential.credentialStatus.statusListCredential);
    const response = await fetch(`${base}${url.pathname}`);
    expect(response.status).toBe(200);
    const { payload } = await jwtVerify(await response.text(), createLocalJWKSet(keys), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      issuer: PUBLIC,
    });
    const bits = decodeStatusList((payload.credentialSubject as { encodedList: string }).encodedList);
    return getBit(bits, Number(credential.credentialStatus.statusListIndex));
  }

  it('issued through the API, the holder downloads a credential that verifies with jose and the JWKS, revocation sets its bit', async () => {
    // The owner lowers the SUPPORTER bar of this program to nothing but the validity, so the trainee qualifies now.
    const rule = await t.gql(
      UPDATE_RULE,
      { input: { programId: c.program.id, kind: 'SUPPORTER', validityMonths: 24, criteria: {} } },
      { as: c.owner },
    );
    expect(rule.data?.updateCertificationRule).toEqual({ __typename: 'CertificationRule' });
    const issued = await t.gql<{
      issueCertificate: {
        __typename: string;
        id: string;
        verificationCode: string;
        issuedAt: string;
        expiresAt: string;
      };
    }>(
      ISSUE_CERTIFICATE,
      { input: { programId: c.program.id, userId: c.trainee.id, kind: 'SUPPORTER' } },
      { as: c.owner },
    );
    const certificate = issued.data!.issueCertificate;
    expect(certificate.__typename).toBe('Certificate');
    // Signed in the issuing transaction: the row holds the credential and its status entry.
    const [row] = await t.dataSource.query<{ credentialJwt: string; statusListId: string; statusListIndex: number }[]>(
      `SELECT "credentialJwt", "statusListId", "statusListIndex" FROM certificate WHERE id = $1`,
      [certificate.id],
    );
    expect(row).toEqual({
      credentialJwt: expect.stringMatching(/^ey/),
      statusListId: expect.any(String),
      statusListIndex: expect.any(Number),
    });

    const mine = (await credentialOf(certificate.id, c.trainee)).data!.certificateCredential;
    expect(mine).toEqual({
      certificateId: certificate.id,
      jwt: row.credentialJwt,
      fileName: `banso-supporter-${certificate.verificationCode}.jwt`,
      mediaType: 'application/vc+jwt',
    });

    const keys = await jwks();
    const { payload, protectedHeader } = await jwtVerify(mine.jwt, createLocalJWKSet(keys), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      issuer: PUBLIC,
    });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', kid: keys.keys[0].kid });
    const credential = payload as unknown as OpenBadgeCredential;
    expect(credential['@context']).toEqual([VC_CONTEXT_V2, OB3_CONTEXT]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: PUBLIC, type: ['Profile'] });
    // validUntil is the certificate's expiry, to the second.
    expect(new Date(credential.validUntil).getTime()).toBe(
      Math.floor(new Date(certificate.expiresAt).getTime() / 1000) * 1000,
    );
    const achievementSubject = credential.credentialSubject as unknown as {
      type: string[];
      role: string;
      identifier: { identityHash: string }[];
      achievement: { type: string[]; name: string; alignment: { targetCode: string; targetName: string }[] };
    };
    expect(achievementSubject.type).toContain('AchievementSubject');
    expect(achievementSubject.role).toBe('certified supporter');
    expect(achievementSubject.identifier[0].identityHash).toBe(c.trainee.displayName);
    expect(achievementSubject.achievement.type).toContain('Achievement');
    expect(achievementSubject.achievement.name).toContain(c.program.name);
    // Aligned to every behaviour of the program's framework (the default framework has 15).
    expect(achievementSubject.achievement.alignment).toHaveLength(15);
    expect(achievementSubject.achievement.alignment.map((a) => a.targetCode)).toContain('S1-LISTENING');

    // One character changed anywhere: no longer valid.
    const [header, body, signature] = mine.jwt.split('.');
    const tampered = `${header}.${body.slice(0, 40)}${body[40] === 'A' ? 'B' : 'A'}${body.slice(41)}.${signature}`;
    await expect(jwtVerify(tampered, createLocalJWKSet(keys), { algorithms: ['EdDSA'] })).rejects.toThrow();
    expect(await revokedBit(credential, keys)).toBe(false);

    // The owner revokes: the status list anyone can fetch has the bit set, and every view agrees.
    const revoked = await t.gql(
      REVOKE_CERTIFICATE,
      { input: { certificateId: certificate.id, reason: '認定要件の誤認が判明したため' } },
      { as: c.owner },
    );
    expect(revoked.data?.revokeCertificate).toMatchObject({ status: 'REVOKED' });
    expect(await revokedBit(credential, keys)).toBe(true);
    const verification = await t.gql<{ verifyCertificate: { status: string } }>(VERIFY_CERTIFICATE, {
      code: certificate.verificationCode,
    });
    expect(verification.data!.verifyCertificate.status).toBe('REVOKED');
    const checked = await t.app.get(CredentialVerifier).verify(mine.jwt);
    expect(checked.status).toBe(CredentialVerificationStatus.REVOKED);
  });

  it('a certificate carried over without a credential is signed on its first download, once', async () => {
    const carried = await certification.certificate(c.program.id, c.mentor.id, 'MENTOR');
    const first = (await credentialOf(carried.id, c.mentor)).data!.certificateCredential;
    const second = (await credentialOf(carried.id, c.mentor)).data!.certificateCredential;
    expect(second.jwt).toBe(first.jwt);
    expect(first.fileName).toBe(`banso-mentor-${carried.verificationCode}.jwt`);
    const { payload } = await jwtVerify(first.jwt, createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'] });
    expect((payload.credentialSubject as { role: string }).role).toBe('certified mentor');
    expect(await t.app.get(CredentialVerifier).verify(first.jwt)).toMatchObject({
      status: CredentialVerificationStatus.VALID,
    });
  });

  it('the holder, the program owner and admins may download it; anyone else gets NOT_FOUND', async () => {
    const certificate = await certification.certificate(c.program.id, c.trainee.id, 'MENTOR');
    const jwtOf = async (as: UserRow) => (await credentialOf(certificate.id, as)).data?.certificateCredential.jwt;
    const holder = await jwtOf(c.trainee);
    expect(holder).toMatch(/^ey/);
    expect(await jwtOf(c.owner)).toBe(holder);
    expect(await jwtOf(c.admin)).toBe(holder);
    for (const outsider of [c.mentor, c.otherMentor, c.otherTrainee, c.otherOwner]) {
      expect(errorCode(await credentialOf(certificate.id, outsider))).toBe('NOT_FOUND');
    }
    expect(errorCode(await t.gql(CREDENTIAL, { certificateId: certificate.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await credentialOf('00000000-0000-4000-8000-000000000000', c.admin))).toBe('NOT_FOUND');
    expect(errorCode(await credentialOf('not-an-id', c.trainee))).toBe('BAD_USER_INPUT');
  });
});
