import { registerEnumType } from '@nestjs/graphql';

/** Why a person was notified. Each kind is sent at most once per subject and recipient. */
export enum NotificationKind {
  POST_BRIEF_OVERDUE = 'POST_BRIEF_OVERDUE',
  FEEDBACK_PENDING = 'FEEDBACK_PENDING',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  LEARNING_ACTIVITY_CANCELLED = 'LEARNING_ACTIVITY_CANCELLED',
  REPORT_EXPORT_READY = 'REPORT_EXPORT_READY',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'POST_BRIEF_OVERDUE = 事後整理が未提出（訪問から48時間）, FEEDBACK_PENDING = フィードバック待ち（事後整理から72時間）, ' +
    'WAITLIST_PROMOTED = キャンセル待ちから繰り上がり, LEARNING_ACTIVITY_CANCELLED = 研修の中止, ' +
    'REPORT_EXPORT_READY = 定期エクスポートの作成完了',
});
