import { EntityManager } from 'typeorm';
import { Locale } from '@banso/core';
import { OjtVisitEntity } from '../entities/ojt-visit.entity';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { SupportCaseNotOpenError } from '../ojt.errors';
import { SupportCaseStatus } from '../ojt.enums';

/** The visit, locked until the transaction ends, so two lifecycle steps never interleave. */
export function lockVisit(manager: EntityManager, visitId: string): Promise<OjtVisitEntity> {
  return manager.findOneOrFail(OjtVisitEntity, { where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
}

/** The case, locked until the transaction ends, or the error saying it is closed or dropped. */
export async function lockOpenCase(
  manager: EntityManager,
  locale: Locale,
  caseId: string,
): Promise<SupportCaseEntity | SupportCaseNotOpenError> {
  const supportCase = await manager.findOneOrFail(SupportCaseEntity, {
    where: { id: caseId },
    lock: { mode: 'pessimistic_write' },
  });
  if (supportCase.status !== SupportCaseStatus.OPEN) return new SupportCaseNotOpenError(locale, supportCase.status);
  return supportCase;
}
