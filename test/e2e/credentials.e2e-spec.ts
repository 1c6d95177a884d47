import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  JSONWebKeySet,
  jwtVerify,
  SignJWT,
} from 'jose';
import { Client } from 'pg';
import { runInTransaction } from '@banso/core';
import {
  CertificateCredentialSubject,
  CredentialIssuer,
  CredentialVerificationStatus,
  CredentialVerifier,
  decodeStatusList,
  getBit,
  IssuedCredential,
  OB3_CONTEXT,
  OpenBadgeCredential,
  VC_CONTEXT_V2,
} from '@banso/credentials';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { removeRedisKeys } from '../tools/test-services';
import { TestApp } from '../utils/test-app';
import { createTestDatabase, testConfig } from '../utils/test-env';

const PUBLIC = 'https://banso.test';
const DAY = 24 * 3600 * 1000;

function subject(overrides: Partial<CertificateCredentialSubject> = {}): CertificateCredentialSubject {
  const now = Date.now();
  return {
    certificateId: crypto.randomUUID(),
    holderName: '田中 一郎',
    holderId: crypto.randomUUID(),
    kind: 'MENTOR',
    programName: '2026年度 担い手育成プログラム',
    organizationName: '広島県商工会連合会',
    frameworkName: '伴走支援コンピテンシー',
    behaviours: [
      { code: 'B01', name: '傾聴' },
      { code: 'B02', name: '仮説構築' },
    ],
    validFrom: new Date(now - 60_000),
    validUntil: new Date(now + 730 * DAY),
    ...overrides,
  };
}

/** Changes one character of the compact JWT at `position` (to another base64url character). */
function alter(jwt: string, position: number): string {
  const replacement = jwt[position] === 'A' ? 'B' : 'A';
  return jwt.slice(0, position) + replacement + jwt.slice(position + 1);
}

describe('verifiable credentials, checked the way a third party would', () => {
  let t: TestApp;
  let base: string;
  let issuer: CredentialIssuer;
  let verifier: CredentialVerifier;

  beforeAll(async () => {
    t = await TestApp.start({ env: { PUBLIC_BASE_URL: PUBLIC }, webRoot: null });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    issuer = t.app.get(CredentialIssuer);
    verifier = t.app.get(CredentialVerifier);
  });
  afterAll(() => t.close());

  const issue = (overrides: Partial<CertificateCredentialSubject> = {}): Promise<IssuedCredential> =>
    runInTransaction(() => issuer.issue(subject(overrides)));

  /** Only what any verifier can fetch: the JWKS of the issuer, over HTTP. */
  async function fetchJwks(): Promise<{ jwks: JSONWebKeySet; response: Response }> {
    const response = await fetch(`${base}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    return { jwks: (await response.json()) as JSONWebKeySet, response };
  }

  /** The status list a credential points at, fetched over HTTP and signature-checked with the JWKS. */
  async function fetchStatusList(credential: OpenBadgeCredential, jwks: JSONWebKeySet) {
    const url = new URL(credential.credentialStatus.statusListCredential);
    expect(url.origin).toBe(PUBLIC);
    const response = await fetch(`${base}${url.pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const { payload, protectedHeader } = await jwtVerify(await response.text(), createLocalJWKSet(jwks), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      issuer: PUBLIC,
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload).toMatchObject({
      '@context': [VC_CONTEXT_V2],
      id: credential.credentialStatus.statusListCredential,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', ttl: 60000 },
    });
    const list = payload.credentialSubject as { encodedList: string };
    return decodeStatusList(list.encodedList);
  }

  it('serves the public key set: Ed25519, kid = JWK thumbprint, no private part, cacheable', async () => {
    const { jwks, response } = await fetchJwks();
    expect(response.headers.get('content-type')).toMatch(/^application\/jwk-set\+json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
      kid: expect.any(String),
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(key.kid).toBe(await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: key.x }, 'sha256'));
    expect(await t.count('credential_signing_key')).toBe(1);
  });

  it('issues an OB3 credential that verifies with jose and the JWKS alone, and fails when one byte changes', async () => {
    const issued = await issue();
    const { jwks } = await fetchJwks();
    const { payload, protectedHeader } = await jwtVerify(issued.jwt, createLocalJWKSet(jwks), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      issuer: PUBLIC,
    });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', kid: jwks.keys[0].kid });
    const credential = payload as unknown as OpenBadgeCredential;
    expect(credential['@context']).toEqual([VC_CONTEXT_V2, OB3_CONTEXT]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({ id: PUBLIC, type: ['Profile'], name: 'Banso' });
    expect(credential.credentialSubject).toMatchObject({ type: ['AchievementSubject'], role: 'certified mentor' });
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      criteria: { narrative: expect.any(String) },
      alignment: [
        expect.objectContaining({ type: ['Alignment'], targetCode: 'B01', targetName: '傾聴' }),
        expect.objectContaining({ type: ['Alignment'], targetCode: 'B02', targetName: '仮説構築' }),
      ],
    });
    expect(credential.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(issued.statusListIndex),
      statusListCredential: `${PUBLIC}/credentials/status/${issued.statusListId}`,
    });
    // JWT claims mirror the credential for plain JWT libraries.
    expect(payload).toMatchObject({ iss: PUBLIC, jti: credential.id, sub: credential.credentialSubject.id });
    expect(payload.exp).toBe(Math.floor(Date.parse(credential.validUntil) / 1000));

    const [header, body] = issued.jwt.split('.');
    for (const position of [
      header.length - 5,
      header.length + 1 + Math.floor(body.length / 2),
      issued.jwt.length - 20,
    ]) {
      const altered = alter(issued.jwt, position);
      await expect(jwtVerify(altered, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] })).rejects.toThrow();
      expect((await verifier.verify(altered)).status).toBe(CredentialVerificationStatus.INVALID);
    }
    const verification = await verifier.verify(issued.jwt);
    expect(verification).toMatchObject({
      status: CredentialVerificationStatus.VALID,
      statusListId: issued.statusListId,
      statusListIndex: issued.statusListIndex,
      reason: null,
    });
    expect(verification.credential?.id).toBe(credential.id);
  });

  it('after revocation the credential’s bit is set in the fetched, signature-checked status list', async () => {
    const revoked = await issue();
    const kept = await issue();
    expect(kept.statusListId).toBe(revoked.statusListId);
    const { jwks } = await fetchJwks();
    const credential = (await jwtVerify(revoked.jwt, createLocalJWKSet(jwks)))
      .payload as unknown as OpenBadgeCredential;

    const before = await fetchStatusList(credential, jwks);
    expect(before.length * 8).toBeGreaterThanOrEqual(131072);
    expect(getBit(before, revoked.statusListIndex)).toBe(false);

    await runInTransaction(() => issuer.revoke(revoked.statusListId, revoked.statusListIndex));
    await runInTransaction(() => issuer.revoke(revoked.statusListId, revoked.statusListIndex));

    const after = await fetchStatusList(credential, jwks);
    expect(getBit(after, revoked.statusListIndex)).toBe(true);
    expect(getBit(after, kept.statusListIndex)).toBe(false);
    // Exactly one bit is set: the list says nothing about anyone else.
    expect(after.reduce((count, byte) => count + byte.toString(2).replaceAll('0', '').length, 0)).toBe(1);
    expect((await verifier.verify(revoked.jwt)).status).toBe(CredentialVerificationStatus.REVOKED);
    expect((await verifier.verify(kept.jwt)).status).toBe(CredentialVerificationStatus.VALID);
  });

  it('serves byte-identical status lists within one cache window, so caches and ETags work', async () => {
    const issued = await issue();
    const start = Math.ceil(Date.now() / 60_000) * 60_000;
    const first = await issuer.signedStatusList(issued.statusListId, new Date(start));
    const later = await issuer.signedStatusList(issued.statusListId, new Date(start + 59_000));
    const next = await issuer.signedStatusList(issued.statusListId, new Date(start + 60_000));
    expect(later!.jwt).toBe(first!.jwt);
    expect(next!.jwt).not.toBe(first!.jwt);
    // (supertest: fetch() turns a conditional request into Cache-Control: no-cache, as the Fetch standard says.)
    const path = `/credentials/status/${issued.statusListId}`;
    // A minute boundary between the two requests can happen once: then the content is fresh, and the retry is a 304.
    for (let attempt = 0; ; attempt += 1) {
      const plain = await t.http.get(path).expect(200);
      expect(plain.headers.etag).toBeTruthy();
      const conditional = await t.http.get(path).set('If-None-Match', plain.headers.etag);
      if (conditional.status === 304) break;
      expect(attempt).toBe(0);
      expect(conditional.status).toBe(200);
      expect(conditional.text).not.toBe(plain.text);
    }
  });

  it('a revocation rolled back with its use case leaves the bit clear', async () => {
    const issued = await issue();
    await expect(
      runInTransaction(async () => {
        await issuer.revoke(issued.statusListId, issued.statusListIndex);
        throw new Error('the use case failed after revoking');
      }),
    ).rejects.toThrow('the use case failed');
    expect((await verifier.verify(issued.jwt)).status).toBe(CredentialVerificationStatus.VALID);
  });

  it('expiry is validUntil: jose rejects it (exp) and the verifier answers EXPIRED', async () => {
    const issued = await issue({ validFrom: new Date(Date.now() - 800 * DAY), validUntil: new Date(Date.now() - DAY) });
    const { jwks } = await fetchJwks();
    await expect(jwtVerify(issued.jwt, createLocalJWKSet(jwks))).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    expect((await verifier.verify(issued.jwt)).status).toBe(CredentialVerificationStatus.EXPIRED);
  });

  it('refuses what it did not sign or cannot read', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({ ...subject() })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: decodeProtectedHeader((await issue()).jwt).kid })
      .sign(privateKey);
    expect((await verifier.verify(forged)).status).toBe(CredentialVerificationStatus.INVALID);
    expect((await verifier.verify('not.a.jwt')).status).toBe(CredentialVerificationStatus.INVALID);
    expect((await verifier.verify('')).status).toBe(CredentialVerificationStatus.INVALID);
  });

  it('answers 404 for an unknown or malformed status list id, without authentication', async () => {
    expect((await fetch(`${base}/credentials/status/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${base}/credentials/status/not-a-uuid`)).status).toBe(404);
  });
});

describe('status list indexes under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ webRoot: null });
  });
  afterAll(() => t.close());

  it('20 parallel issuances on an empty database get 20 distinct entries in one new list', async () => {
    const issuer = t.app.get(CredentialIssuer);
    const issued = await Promise.all(Array.from({ length: 20 }, () => runInTransaction(() => issuer.issue(subject()))));
    const entries = new Set(issued.map((entry) => `${entry.statusListId}#${entry.statusListIndex}`));
    expect(entries.size).toBe(20);
    expect(new Set(issued.map((entry) => entry.statusListId)).size).toBe(1);
    expect(await t.count('credential_status_list')).toBe(1);
    expect(await t.count('credential_status_list', '"nextIndex" = 20')).toBe(1);
  });

  it('an issuance rolled back frees nothing another could have taken, and the next one goes on', async () => {
    const issuer = t.app.get(CredentialIssuer);
    await expect(
      runInTransaction(async () => {
        await issuer.issue(subject());
        throw new Error('certificate insert failed');
      }),
    ).rejects.toThrow('certificate insert failed');
    await runInTransaction(() => issuer.issue(subject()));
    expect(await t.count('credential_status_list', '"nextIndex" = 21')).toBe(1);
  });

  it('a full list is followed by a new one', async () => {
    const issuer = t.app.get(CredentialIssuer);
    await t.dataSource.query(`UPDATE credential_status_list SET "nextIndex" = "sizeBits"`);
    const [full] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM credential_status_list');
    const next = await runInTransaction(() => issuer.issue(subject()));
    expect(next.statusListId).not.toBe(full.id);
    expect(await t.count('credential_status_list')).toBe(2);
    expect(await t.count('credential_status_list', '"nextIndex" = 1')).toBe(1);
  });
});

describe('the signing key', () => {
  it('is generated once when two api instances start together on the same database', async () => {
    const database = await createTestDatabase();
    const config = testConfig(database);
    const apps = await Promise.all([createApiApp(config, { webRoot: null }), createApiApp(config, { webRoot: null })]);
    try {
      const [first, second] = await Promise.all(
        apps.map((app) => request(app.getHttpServer()).get('/.well-known/jwks.json').expect(200)),
      );
      const rows = await createdKeys(database.url);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(first.text)).toEqual(JSON.parse(second.text));
      expect((JSON.parse(first.text) as JSONWebKeySet).keys.map((key) => key.kid)).toEqual([rows[0].id]);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await removeRedisKeys(config.queuePrefix);
      await database.drop();
    }
  });

  it('comes from CREDENTIAL_SIGNING_KEY when configured, and nothing is stored', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }, 'sha256');
    const t = await TestApp.start({ env: { CREDENTIAL_SIGNING_KEY: JSON.stringify(jwk) }, webRoot: null });
    try {
      const jwks = JSON.parse((await t.http.get('/.well-known/jwks.json').expect(200)).text) as JSONWebKeySet;
      expect(jwks.keys.map((key) => key.kid)).toEqual([kid]);
      expect(jwks.keys[0]).not.toHaveProperty('d');
      const issued = await runInTransaction(() => t.app.get(CredentialIssuer).issue(subject()));
      expect(decodeProtectedHeader(issued.jwt).kid).toBe(kid);
      await jwtVerify(issued.jwt, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
      expect(await t.count('credential_signing_key')).toBe(0);
    } finally {
      await t.close();
    }
  });
});

async function createdKeys(url: string): Promise<{ id: string }[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT id FROM credential_signing_key')).rows;
  } finally {
    await client.end();
  }
}
