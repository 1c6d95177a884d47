export * from './audit.module';
export * from './services/audit.service';
export * from './models/audit-event.model';
export type { StoredFieldChange, JsonValue } from './entities/audit-event.entity';
