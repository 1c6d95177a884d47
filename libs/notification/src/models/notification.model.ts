import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { NotificationKind } from '../notification.enums';

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
