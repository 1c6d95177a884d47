import { CredentialKind, StatusPurpose } from './credentials.enums';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** JOSE `typ` of a VC secured as a JWT (VC-JOSE-COSE) and the media type the api serves it with. */
export const VC_JWT_TYP = 'vc+jwt';
export const VC_JWT_MEDIA_TYPE = 'application/vc+jwt';

/** What a certificate credential says about its holder; the certification lib fills it from the certificate. */
export interface CertificateCredentialSubject {
  certificateId: string;
  holderName: string;
  holderId: string;
  kind: CredentialKind;
  programName: string;
  organizationName: string;
  frameworkName: string;
  /** The framework's behaviours the achievement is aligned to. */
  behaviours: { code: string; name: string }[];
  validFrom: Date;
  validUntil: Date;
  /** Gives each program's achievement its own id; without it the achievement is the deployment-wide one per kind. */
  programId?: string;
  /** Gives the alignments a stable framework URL; the framework name is used otherwise. */
  frameworkId?: string;
  /** Replaces the default criteria narrative (e.g. the program's rule written out). */
  criteriaNarrative?: string;
}

/** Where the issuer and its published documents live. */
export interface IssuerContext {
  /** Issuer id (URL or DID). */
  issuerUrl: string;
  issuerName: string;
  /** Base URL of the api that serves status lists. */
  publicBaseUrl: string;
}

/** A Bitstring Status List entry pointing at one bit. */
export interface StatusEntryRef {
  statusListId: string;
  statusListIndex: number;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeAlignment {
  type: ['Alignment'];
  targetName: string;
  targetCode: string;
  targetUrl: string;
  targetFramework: string;
  targetType: 'ceasn:Competency';
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_CONTEXT_V2, typeof OB3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description: string;
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    id: string;
    type: ['AchievementSubject'];
    identifier: { type: 'IdentityObject'; identityHash: string; identityType: 'name'; hashed: false }[];
    role: string;
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Certification';
      name: string;
      description: string;
      inLanguage: 'ja';
      criteria: { narrative: string };
      alignment: OpenBadgeAlignment[];
    };
  };
  credentialStatus: BitstringStatusListEntry;
}

export interface BitstringStatusListCredential {
  '@context': [typeof VC_CONTEXT_V2];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: StatusPurpose;
    encodedList: string;
    /** Milliseconds a verifier may cache the list. */
    ttl: number;
  };
}

const KIND_TEXT: Record<CredentialKind, { role: string; ja: string; en: string; criteria: string }> = {
  SUPPORTER: {
    role: 'certified supporter',
    ja: '認定担い手サポーター',
    en: 'Certified supporter',
    criteria:
      'Mentor-rated levels on the behaviours of the competency framework, visits to SMEs with feedback (at least one ' +
      "led by the trainee), the program's required learning activities, and a support case carried to the required " +
      "step, as set in the program's certification rule.",
  },
  MENTOR: {
    role: 'certified mentor',
    ja: '認定メンター',
    en: 'Certified mentor',
    criteria:
      'An active supporter certificate, mentor-rated levels on every behaviour of the competency framework, and visits ' +
      "accompanied as a second mentor or mentor-preparation activities, as set in the program's certification rule.",
  },
};

/** XSD dateTime in UTC to the second, the form VCDM 2.0 examples use. */
export function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The URL of a status list credential. */
export function statusListUrl(context: IssuerContext, statusListId: string): string {
  return `${context.publicBaseUrl}/credentials/status/${statusListId}`;
}

export function statusListEntry(context: IssuerContext, ref: StatusEntryRef): BitstringStatusListEntry {
  const list = statusListUrl(context, ref.statusListId);
  return {
    id: `${list}#${ref.statusListIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: StatusPurpose.REVOCATION,
    statusListIndex: String(ref.statusListIndex),
    statusListCredential: list,
  };
}

function issuerProfile(context: IssuerContext): OpenBadgeCredential['issuer'] {
  return { id: context.issuerUrl, type: ['Profile'], name: context.issuerName };
}

/**
 * An Open Badges 3.0 `OpenBadgeCredential` for a certificate: the achievement (certified supporter or mentor of a
 * program) aligned to the framework's behaviours, the holder's role, validity and a revocation status entry.
 */
export function buildOpenBadgeCredential(
  subject: CertificateCredentialSubject,
  context: IssuerContext,
  status: StatusEntryRef,
): OpenBadgeCredential {
  if (subject.validUntil.getTime() <= subject.validFrom.getTime()) {
    throw new RangeError('a credential must be valid until a time after it becomes valid');
  }
  const text = KIND_TEXT[subject.kind];
  const frameworkUrl = `${context.publicBaseUrl}/frameworks/${encodeURIComponent(subject.frameworkId ?? subject.frameworkName)}`;
  const achievementId = subject.programId
    ? `${context.publicBaseUrl}/programs/${subject.programId}/achievements/${subject.kind.toLowerCase()}`
    : `${context.publicBaseUrl}/achievements/${subject.kind.toLowerCase()}`;
  const name = `${text.ja} (${text.en}) — ${subject.programName}`;
  return {
    '@context': [VC_CONTEXT_V2, OB3_CONTEXT],
    id: `urn:uuid:${subject.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    description: `${subject.organizationName}「${subject.programName}」の${text.ja} / ${text.en} of ${subject.programName} (${subject.organizationName})`,
    issuer: issuerProfile(context),
    validFrom: xsdDateTime(subject.validFrom),
    validUntil: xsdDateTime(subject.validUntil),
    credentialSubject: {
      id: `urn:uuid:${subject.holderId}`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: subject.holderName, identityType: 'name', hashed: false }],
      role: text.role,
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Certification',
        name,
        description: `${subject.organizationName}「${subject.programName}」で認定基準を満たした${text.ja}。${text.en} who met the certification rule of ${subject.programName}.`,
        inLanguage: 'ja',
        criteria: { narrative: subject.criteriaNarrative ?? text.criteria },
        alignment: subject.behaviours.map((behaviour) => ({
          type: ['Alignment'],
          targetName: behaviour.name,
          targetCode: behaviour.code,
          targetUrl: `${frameworkUrl}#${encodeURIComponent(behaviour.code)}`,
          targetFramework: subject.frameworkName,
          targetType: 'ceasn:Competency',
        })),
      },
    },
    credentialStatus: statusListEntry(context, status),
  };
}

/** How long a signed status list credential stays valid; verifiers refetch it far sooner (its `ttl`). */
export const STATUS_LIST_VALIDITY_MS = 24 * 3600 * 1000;

/** A W3C `BitstringStatusListCredential` publishing one list as of `now`; verifiers may cache it for `ttlMs`. */
export function buildStatusListCredential(
  context: IssuerContext,
  statusListId: string,
  purpose: StatusPurpose,
  encodedList: string,
  now: Date,
  ttlMs: number,
): BitstringStatusListCredential {
  const url = statusListUrl(context, statusListId);
  return {
    '@context': [VC_CONTEXT_V2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerProfile(context),
    validFrom: xsdDateTime(now),
    validUntil: xsdDateTime(new Date(now.getTime() + STATUS_LIST_VALIDITY_MS)),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: purpose,
      encodedList,
      ttl: ttlMs,
    },
  };
}
