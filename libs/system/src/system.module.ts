import { Module } from '@nestjs/common';
import { AuditModule } from '@banso/audit';
import { SystemPingProcessor } from './jobs/system-ping.processor';
import { SystemPingResolver } from './resolvers/system-ping.resolver';
import { SystemPingService } from './services/system-ping.service';

/** System checks for admins: the ping that proves api → queue → worker → database works. */
@Module({
  imports: [AuditModule],
  providers: [SystemPingService, SystemPingProcessor, SystemPingResolver],
  exports: [SystemPingService],
})
export class SystemModule {}
