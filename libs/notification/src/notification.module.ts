import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationService } from './services/notification.service';
import { NotificationResolver } from './resolvers/notification.resolver';

/** In-app notifications. Other domains send them through NotificationService.notify inside their transaction. */
@Module({
  imports: [DatabaseModule.forFeature([NotificationEntity]), AuditModule],
  providers: [NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
