import { Module } from '@nestjs/common';
import { DatabaseModule } from '@banso/core';
import { AuditEventEntity } from './entities/audit-event.entity';
import { AuditService } from './services/audit.service';
import { AuditResolver } from './resolvers/audit.resolver';

@Module({
  imports: [DatabaseModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
