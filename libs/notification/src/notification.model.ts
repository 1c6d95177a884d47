import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@banso/core';

/** Why a person was notified. Each kind is sent at most once per subject and recipient. */
export enum NotificationKind {
  POST_BRIEF_OVERDUE = 'POST_BRIEF_OVERDUE',
  FEEDBACK_PENDING = 'FEEDBACK_PENDING',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'POST_BRIEF_OVERDUE = 事後整理が未提出（訪問から48時間）, FEEDBACK_PENDING = フィードバック待ち（事後整理から72時間）',
});

@ObjectType({ description: 'An in-app notification (お知らせ) for the calling user' })
export class Notification {
  @Field(() => ID)
  id: string;
  @Field(() => NotificationKind)
  kind: NotificationKind;
  @Field({ description: 'Type of the record the notification is about, e.g. OjtVisit' })
  subjectType: string;
  @Field(() => ID, { description: 'Id of the record the notification is about' })
  subjectId: string;
  @Field({ description: 'What happened, in the caller language' })
  message: string;
  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null while unread' })
  readAt: Date | null;
  @Field()
  createdAt: Date;
}

export const NotificationConnection = Connection(Notification);
