import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@banso/core';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only notifications not yet read' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID)
  @IsUUID()
  notificationId: string;
}
