export * from './audit.module';
export * from './audit.service';
export * from './audit-event.model';
export type { StoredFieldChange, JsonValue } from './audit-event.entity';
export { SystemPing, SystemPingService, SystemPingStatus } from './system-ping';
