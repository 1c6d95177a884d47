import { registerEnumType } from '@nestjs/graphql';

/** Why a person was notified. Each kind is sent at most once per subject and recipient. */
export enum NotificationKind {
  POST_BRIEF_OVERDUE = 'POST_BRIEF_OVERDUE',
  FEEDBACK_PENDING = 'FEEDBACK_PENDING',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  LEARNING_ACTIVITY_CANCELLED = 'LEARNING_ACTIVITY_CANCELLED',
  CERTIFICATION_CRITERIA_MET = 'CERTIFICATION_CRITERIA_MET',
  CERTIFICATE_ISSUED = 'CERTIFICATE_ISSUED',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
  MENTORSHIP_ENDED = 'MENTORSHIP_ENDED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'POST_BRIEF_OVERDUE = 事後整理が未提出（訪問から48時間）, FEEDBACK_PENDING = フィードバック待ち（事後整理から72時間）, ' +
    'WAITLIST_PROMOTED = キャンセル待ちから繰り上がり, LEARNING_ACTIVITY_CANCELLED = 研修の中止, ' +
    'CERTIFICATION_CRITERIA_MET = 認定基準をすべて満たした（担当者へ）, CERTIFICATE_ISSUED = 認定証の発行, ' +
    'CERTIFICATE_EXPIRING = 認定の有効期限まで30日, CERTIFICATE_EXPIRED = 認定の期限切れ, CERTIFICATE_REVOKED = 認定の取消, ' +
    'MENTORSHIP_ENDED = メンター認定の失効によるペアの終了（担当者へ）',
});
