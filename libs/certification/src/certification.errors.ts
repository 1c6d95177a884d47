import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { CertificateKind, CertificateStatus } from './certification.enums';
import { CriterionProgress } from './models/certification.model';

export const CERTIFICATE_NOUN = { ja: '認定証', en: 'certificate' };
export const EVALUATION_RUN_NOUN = { ja: '認定の一括評価', en: 'certification evaluation run' };

const KIND_TEXT: Record<CertificateKind, { ja: string; en: string }> = {
  [CertificateKind.SUPPORTER]: { ja: '担い手認定', en: 'SUPPORTER certification' },
  [CertificateKind.MENTOR]: { ja: 'メンター認定', en: 'MENTOR certification' },
};

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Not every criterion of the rule is met; nothing was issued. Lists the missing criteria',
})
export class CriteriaNotMetError extends ErrorResult {
  @Field(() => CertificateKind)
  kind: CertificateKind;
  @Field(() => [CriterionProgress])
  missing: CriterionProgress[];

  constructor(locale: Locale, kind: CertificateKind, missing: CriterionProgress[]) {
    const list = missing.map((criterion) => criterion.label).join(locale === Locale.JA ? '、' : '; ');
    super('CRITERIA_NOT_MET', locale, {
      ja: `${KIND_TEXT[kind].ja}の基準を満たしていません（未達: ${list}）`,
      en: `The ${KIND_TEXT[kind].en} criteria are not met (missing: ${list})`,
    });
    this.kind = kind;
    this.missing = missing;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The person already holds an ACTIVE certificate of this kind',
})
export class AlreadyCertifiedError extends ErrorResult {
  @Field(() => ID)
  certificateId: string;

  constructor(locale: Locale, certificateId: string) {
    super('ALREADY_CERTIFIED', locale, {
      ja: 'この人は既にこのプログラムで有効な同じ種類の認定を持っています',
      en: 'This person already holds an ACTIVE certificate of this kind in this program',
    });
    this.certificateId = certificateId;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Only an ACTIVE certificate can be revoked' })
export class CertificateNotActiveError extends ErrorResult {
  @Field(() => CertificateStatus)
  currentStatus: CertificateStatus;

  constructor(locale: Locale, status: CertificateStatus) {
    super('CERTIFICATE_NOT_ACTIVE', locale, {
      ja: `この認定証は有効ではありません（現在: ${status === CertificateStatus.REVOKED ? '取消' : '期限切れ'}）`,
      en: `This certificate is not ACTIVE (currently ${status})`,
    });
    this.currentStatus = status;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The person is already an external advisor of the program',
})
export class AlreadyAdvisorError extends ErrorResult {
  constructor(locale: Locale) {
    super('ALREADY_ADVISOR', locale, {
      ja: 'この人は既にこのプログラムの外部アドバイザーに指定されています',
      en: 'This person is already an external advisor of this program',
    });
  }
}
