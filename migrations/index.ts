import { MigrationInterface } from 'typeorm';
import { Initial1795268410676 } from './1795268410676-Initial';
import { CompetencyFramework1795268763522 } from './1795268763522-CompetencyFramework';
import { DefaultCompetencyFramework1795268763523 } from './1795268763523-DefaultCompetencyFramework';
import { OjtAndNotifications1795268852031 } from './1795268852031-OjtAndNotifications';
import { NextActionPosition1795269226280 } from './1795269226280-NextActionPosition';
import { Outbox1795861870741 } from './1795861870741-Outbox';
import { IdempotencyKey1795862650669 } from './1795862650669-IdempotencyKey';
import { OffJtLearning1795862975525 } from './1795862975525-OffJtLearning';
import { VisitRecordedAt1795863077485 } from './1795863077485-VisitRecordedAt';
import { CaseStudyWorkshops1795864539472 } from './1795864539472-CaseStudyWorkshops';
import { SessionReminder1795872675164 } from './1795872675164-SessionReminder';
import { CredentialSigningKeysAndStatusLists1795872951129 } from './1795872951129-CredentialSigningKeysAndStatusLists';
import { KpiReporting1795873179112 } from './1795873179112-KpiReporting';
import { ReportExports1795873388824 } from './1795873388824-ReportExports';
import { Certification1795873408187 } from './1795873408187-Certification';
import { CertificateCredentialStatus1795877543098 } from './1795877543098-CertificateCredentialStatus';

/** Every migration, in order. Maintained by `npm run migration:generate -- <Name>`. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795268410676,
  CompetencyFramework1795268763522,
  DefaultCompetencyFramework1795268763523,
  OjtAndNotifications1795268852031,
  NextActionPosition1795269226280,
  Outbox1795861870741,
  IdempotencyKey1795862650669,
  OffJtLearning1795862975525,
  VisitRecordedAt1795863077485,
  CaseStudyWorkshops1795864539472,
  SessionReminder1795872675164,
  CredentialSigningKeysAndStatusLists1795872951129,
  KpiReporting1795873179112,
  ReportExports1795873388824,
  Certification1795873408187,
  CertificateCredentialStatus1795877543098,
];
