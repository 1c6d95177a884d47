export * from './system.module';
export * from './system.enums';
export * from './models/system-ping.model';
export { SystemPingService } from './services/system-ping.service';
