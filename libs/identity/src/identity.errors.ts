import { ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';

@ObjectType({ implements: () => [ErrorResult], description: 'Email or password is wrong, or the account is disabled' })
export class InvalidCredentialsError extends ErrorResult {
  constructor(locale: Locale) {
    super('INVALID_CREDENTIALS', locale, {
      ja: 'メールアドレスまたはパスワードが正しくありません',
      en: 'The email or password is incorrect',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The refresh token is unknown, expired, used or revoked' })
export class InvalidRefreshTokenError extends ErrorResult {
  constructor(locale: Locale) {
    super('INVALID_REFRESH_TOKEN', locale, {
      ja: 'リフレッシュトークンが無効です。再度ログインしてください',
      en: 'The refresh token is no longer valid. Please log in again',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another account already uses this email' })
export class EmailAlreadyUsedError extends ErrorResult {
  constructor(locale: Locale, email: string) {
    super('EMAIL_ALREADY_USED', locale, {
      ja: `メールアドレス ${email} は既に使われています`,
      en: `The email ${email} is already in use`,
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The organisation does not exist' })
export class OrganizationNotFoundError extends ErrorResult {
  constructor(locale: Locale) {
    super('ORGANIZATION_NOT_FOUND', locale, {
      ja: '指定された組織（organizationId）が存在しません',
      en: 'The organisation (organizationId) does not exist',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'An admin cannot disable their own account' })
export class CannotDisableSelfError extends ErrorResult {
  constructor(locale: Locale) {
    super('CANNOT_DISABLE_SELF', locale, {
      ja: '自分自身のアカウントは無効化できません',
      en: 'You cannot disable your own account',
    });
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The set-password link is unknown, expired or already used',
})
export class InvalidPasswordSetupTokenError extends ErrorResult {
  constructor(locale: Locale) {
    super('INVALID_PASSWORD_SETUP_TOKEN', locale, {
      ja: 'このパスワード設定リンクは無効か期限切れ、または使用済みです。管理者に新しいリンクを依頼してください',
      en: 'This set-password link is invalid, expired or already used. Ask an administrator for a new one',
    });
  }
}
