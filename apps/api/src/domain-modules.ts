import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { ProgramsModule } from '@banso/programs';
import { CompetencyModule } from '@banso/competency';
import { NotificationModule } from '@banso/notification';
import { OjtModule } from '@banso/ojt';

/**
 * Every domain module, composed by the api, the worker and the cli alike (the worker needs their job handlers, the
 * cli their services). Kept apart from app.module.ts so the worker and the cli do not load Apollo. A new domain lib
 * is added here once.
 */
export const DOMAIN_MODULES = [
  AuditModule,
  IdentityModule,
  ProgramsModule,
  CompetencyModule,
  NotificationModule,
  OjtModule,
];
