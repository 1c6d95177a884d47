import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from './error-code';
import { LocalizedText } from '../i18n/locale';

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.email`. */
  field: string;
  message: LocalizedText;
}

/**
 * An unexpected-path failure thrown by a service. It is mapped in one place (the GraphQL error formatter) to
 * `extensions.code` and a message in the caller's language. Expected business failures are returned as
 * ErrorResult union members instead. It is an IntrinsicException so Nest does not log a refusal (a bad input, a
 * missing login) as an application error: the formatter decides what is worth logging.
 */
export class DomainException extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(text.en);
    this.name = 'DomainException';
  }
}

export const Errors = {
  notFound(entity: LocalizedText): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, {
      ja: `${entity.ja}が見つかりません`,
      en: `${entity.en} not found`,
    });
  },
  forbidden(): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, {
      ja: 'この操作を行う権限がありません',
      en: 'You are not allowed to perform this operation',
    });
  },
  unauthenticated(): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, {
      ja: 'ログインが必要です',
      en: 'You must be logged in',
    });
  },
  badInput(field: string, message: LocalizedText): DomainException {
    return new DomainException(
      ErrorCode.BAD_USER_INPUT,
      { ja: `入力が正しくありません（${field}）: ${message.ja}`, en: `Invalid input (${field}): ${message.en}` },
      [{ field, message }],
    );
  },
  /** PostgreSQL or Redis cannot be reached right now: HTTP 503 with Retry-After. */
  serviceUnavailable(retryAfterSeconds: number): DomainException {
    return new DomainException(
      ErrorCode.SERVICE_UNAVAILABLE,
      {
        ja: `ただいまサービスを利用できません。${retryAfterSeconds}秒ほどおいて再度お試しください`,
        en: `The service is temporarily unavailable. Please try again in ${retryAfterSeconds} seconds`,
      },
      [],
      retryAfterSeconds,
    );
  },
  rateLimited(retryAfterSeconds: number): DomainException {
    return new DomainException(
      ErrorCode.RATE_LIMITED,
      {
        ja: `試行回数が多すぎます。${retryAfterSeconds}秒後に再度お試しください`,
        en: `Too many attempts. Try again in ${retryAfterSeconds} seconds`,
      },
      [],
      retryAfterSeconds,
    );
  },
};
