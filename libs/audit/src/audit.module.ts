import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditResolver } from './audit.resolver';
import { SystemPingProcessor, SystemPingResolver, SystemPingService } from './system-ping';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditResolver, SystemPingService, SystemPingProcessor, SystemPingResolver],
  exports: [AuditService, SystemPingService],
})
export class AuditModule {}
