import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionShape, CurrentActor } from '@banso/core';
import { Notification, NotificationConnection } from '../models/notification.model';
import { NotificationService } from '../services/notification.service';
import { MarkNotificationReadInput, NotificationsArgs } from '../dto/notification.input';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications (お知らせ), newest first' })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<ConnectionShape<Notification>> {
    return this.service.list(actor, args);
  }

  @Mutation(() => Notification, { description: 'Mark one of your notifications as read' })
  markNotificationRead(
    @CurrentActor() actor: Actor,
    @Args('input') input: MarkNotificationReadInput,
  ): Promise<Notification> {
    return this.service.markRead(actor, input);
  }
}
