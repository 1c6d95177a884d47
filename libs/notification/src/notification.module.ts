import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@banso/audit';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationService } from './services/notification.service';
import { NotificationResolver } from './resolvers/notification.resolver';

/** In-app notifications. Other domains send them through NotificationService.notify inside their transaction. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), AuditModule],
  providers: [NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
