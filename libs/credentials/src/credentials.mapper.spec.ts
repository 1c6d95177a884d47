import {
  buildOpenBadgeCredential,
  buildStatusListCredential,
  CertificateCredentialSubject,
  IssuerContext,
  OB3_CONTEXT,
  STATUS_LIST_VALIDITY_MS,
  VC_CONTEXT_V2,
} from './credentials.mapper';
import { StatusPurpose } from './credentials.enums';

const CONTEXT: IssuerContext = {
  issuerUrl: 'https://banso.example.jp',
  issuerName: 'Banso 運営事務局',
  publicBaseUrl: 'https://api.banso.example.jp',
};

const SUBJECT: CertificateCredentialSubject = {
  certificateId: '6f1c1d9e-3f7a-4b8e-9a51-0c2f5c1e7a10',
  holderName: '田中 一郎',
  holderId: '0b7a3a55-8d1e-4f35-9a9c-5c4c8d2e4f11',
  kind: 'SUPPORTER',
  programName: '2026年度 担い手育成プログラム',
  organizationName: '広島県商工会連合会',
  frameworkName: '伴走支援コンピテンシー',
  behaviours: [
    { code: 'S1-LISTEN', name: '傾聴' },
    { code: 'S2-HYPOTHESIS', name: '仮説構築' },
  ],
  validFrom: new Date('2026-11-28T10:15:30.123Z'),
  validUntil: new Date('2028-11-28T10:15:30.123Z'),
};

describe('buildOpenBadgeCredential', () => {
  const credential = buildOpenBadgeCredential(SUBJECT, CONTEXT, {
    statusListId: 'a3e0b7f2-8d6c-4c55-b1f1-8f3c2f0d9e77',
    statusListIndex: 94567,
  });

  it('is a VC 2.0 OpenBadgeCredential from the configured issuer', () => {
    expect(credential['@context']).toEqual([VC_CONTEXT_V2, OB3_CONTEXT]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`urn:uuid:${SUBJECT.certificateId}`);
    expect(credential.issuer).toEqual({ id: CONTEXT.issuerUrl, type: ['Profile'], name: CONTEXT.issuerName });
    expect(credential.validFrom).toBe('2026-11-28T10:15:30Z');
    expect(credential.validUntil).toBe('2028-11-28T10:15:30Z');
    expect(credential.name).toContain(SUBJECT.programName);
  });

  it('names the holder and their role, and the achievement aligned to the behaviours', () => {
    const subject = credential.credentialSubject;
    expect(subject).toMatchObject({
      id: `urn:uuid:${SUBJECT.holderId}`,
      type: ['AchievementSubject'],
      role: 'certified supporter',
      identifier: [{ type: 'IdentityObject', identityHash: '田中 一郎', identityType: 'name', hashed: false }],
    });
    expect(subject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Certification',
      id: 'https://api.banso.example.jp/achievements/supporter',
    });
    expect(subject.achievement.criteria.narrative).toMatch(/visits/);
    expect(subject.achievement.description).toContain(SUBJECT.organizationName);
    expect(subject.achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: '傾聴',
        targetCode: 'S1-LISTEN',
        targetUrl: `https://api.banso.example.jp/frameworks/${encodeURIComponent(SUBJECT.frameworkName)}#S1-LISTEN`,
        targetFramework: SUBJECT.frameworkName,
        targetType: 'ceasn:Competency',
      },
      expect.objectContaining({ targetName: '仮説構築', targetCode: 'S2-HYPOTHESIS' }),
    ]);
  });

  it('points at its revocation bit with a BitstringStatusListEntry', () => {
    const list = 'https://api.banso.example.jp/credentials/status/a3e0b7f2-8d6c-4c55-b1f1-8f3c2f0d9e77';
    expect(credential.credentialStatus).toEqual({
      id: `${list}#94567`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: list,
    });
  });

  it('gives a mentor the mentor role and a program its own achievement id', () => {
    const mentor = buildOpenBadgeCredential(
      { ...SUBJECT, kind: 'MENTOR', programId: 'p-1', criteriaNarrative: 'ルール通り' },
      CONTEXT,
      { statusListId: 'l', statusListIndex: 0 },
    );
    expect(mentor.credentialSubject.role).toBe('certified mentor');
    expect(mentor.credentialSubject.achievement.id).toBe(
      'https://api.banso.example.jp/programs/p-1/achievements/mentor',
    );
    expect(mentor.credentialSubject.achievement.criteria.narrative).toBe('ルール通り');
    expect(mentor.name).toMatch(/認定メンター/);
  });

  it('refuses a validity that ends before it starts', () => {
    expect(() =>
      buildOpenBadgeCredential({ ...SUBJECT, validUntil: SUBJECT.validFrom }, CONTEXT, {
        statusListId: 'l',
        statusListIndex: 0,
      }),
    ).toThrow(RangeError);
  });
});

describe('buildStatusListCredential', () => {
  it('is a BitstringStatusListCredential whose subject is the list', () => {
    const now = new Date('2026-11-28T10:00:00Z');
    const list = buildStatusListCredential(CONTEXT, 'abc', StatusPurpose.REVOCATION, 'uH4sI', now, 60000);
    expect(list).toEqual({
      '@context': [VC_CONTEXT_V2],
      id: 'https://api.banso.example.jp/credentials/status/abc',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: { id: CONTEXT.issuerUrl, type: ['Profile'], name: CONTEXT.issuerName },
      validFrom: '2026-11-28T10:00:00Z',
      validUntil: new Date(now.getTime() + STATUS_LIST_VALIDITY_MS).toISOString().replace('.000Z', 'Z'),
      credentialSubject: {
        id: 'https://api.banso.example.jp/credentials/status/abc#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: 'uH4sI',
        ttl: 60000,
      },
    });
  });
});
