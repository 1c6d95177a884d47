import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  Actor,
  ConnectionShape,
  Errors,
  Locale,
  localize,
  LocalizedText,
  paginate,
  TransactionContext,
  keysetBy,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { NotificationEntity } from '../entities/notification.entity';
import { Notification } from '../models/notification.model';
import { NotificationKind } from '../notification.enums';
import { MarkNotificationReadInput, NotificationsArgs } from '../dto/notification.input';

export const NOTIFICATION_NOUN = { ja: 'お知らせ', en: 'notification' };

export interface NotificationRequest {
  recipientId: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  text: LocalizedText;
}

function toNotification(entity: NotificationEntity, locale: Locale): Notification {
  return Object.assign(new Notification(), {
    id: entity.id,
    kind: entity.kind,
    subjectType: entity.subjectType,
    subjectId: entity.subjectId,
    message: localize(entity.text, locale),
    readAt: entity.readAt,
    createdAt: entity.createdAt,
  });
}

@Injectable()
export class NotificationService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sends a notification in the current transaction. Idempotent: the same (kind, subject, recipient) is sent
   * once; returns false when it had already been sent.
   */
  async notify(request: NotificationRequest): Promise<boolean> {
    const result = await this.notifications
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        recipientId: request.recipientId,
        kind: request.kind,
        subjectType: request.subjectType,
        subjectId: request.subjectId,
        text: request.text,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const created = result.raw as { id: string }[];
    if (!created.length) return false;
    await this.audit.record(null, {
      action: 'notification.send',
      entityType: 'Notification',
      entityId: created[0].id,
      changes: changedFields(null, request, ['recipientId', 'kind', 'subjectType', 'subjectId']),
    });
    return true;
  }

  /** The caller's notifications, newest first. */
  list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<Notification>> {
    const query = this.notifications
      .createQueryBuilder('notification')
      .where('notification.recipientId = :userId', { userId: actor.userId });
    if (args.unreadOnly) query.andWhere('notification.readAt IS NULL');
    return paginate(query, args, keysetBy('notification', 'createdAt', 'DESC'), (entity) =>
      toNotification(entity, actor.locale),
    );
  }

  /** Marks one of the caller's notifications read; someone else's is NOT_FOUND. Marking twice keeps the first time. */
  async markRead(actor: Actor, input: MarkNotificationReadInput): Promise<Notification> {
    return this.transaction.run(async (manager) => {
      const before = await manager.findOne(NotificationEntity, {
        where: { id: input.notificationId, recipientId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw Errors.notFound(NOTIFICATION_NOUN);
      if (before.readAt) return toNotification(before, actor.locale);
      const after = { ...before, readAt: new Date() };
      await manager.update(NotificationEntity, { id: before.id }, { readAt: after.readAt });
      await this.audit.record(actor, {
        action: 'notification.markRead',
        entityType: 'Notification',
        entityId: before.id,
        changes: changedFields(before, after, ['readAt']),
      });
      return toNotification(after, actor.locale);
    });
  }
}
