export * from './ojt.module';
export * from './ojt.enums';
export * from './ojt.errors';
export * from './ojt.results';
export * from './models/client-company.model';
export * from './models/support-case.model';
export * from './models/visit.model';
export * from './models/reading.model';
export * from './dto/company.input';
export * from './dto/case.input';
export * from './dto/visit.input';
export { ClientCompanyService } from './services/client-company.service';
export { SupportCaseService } from './services/support-case.service';
export { OjtReadingService } from './services/ojt-reading.service';
export { OjtCertificationEvidenceService } from './services/ojt-certification-evidence.service';
export type {
  EvidenceCase,
  EvidenceVisit,
  OjtCertificationEvidence,
} from './services/ojt-certification-evidence.service';
export { ReminderService } from './services/reminder.service';
export type { ReminderOutcome } from './services/reminder.service';
export { postBriefReminderDueAt, feedbackReminderDueAt } from './services/reminder-rules';
