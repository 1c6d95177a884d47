import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { NextActionEntity } from '../entities/next-action.entity';
import { NextAction } from '../models/visit.model';
import { CompleteNextActionInput, DropNextActionInput } from '../dto/visit.input';
import { NEXT_ACTION_NOUN, NextActionClosedError } from '../ojt.errors';
import { NextActionStatus } from '../ojt.enums';
import { toNextAction } from '../ojt.mapper';
import { OjtAccessService } from './ojt-access.service';

/** Next actions (ネクストアクション): done or dropped by their owner or by whoever may write the case. */
@Injectable()
export class NextActionService {
  constructor(
    @InjectRepository(NextActionEntity) private readonly actions: Repository<NextActionEntity>,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
  ) {}

  completeNextAction(actor: Actor, input: CompleteNextActionInput): Promise<NextAction | NextActionClosedError> {
    return this.close(actor, input.nextActionId, NextActionStatus.DONE, input.note, 'ojt.nextAction.complete');
  }

  dropNextAction(actor: Actor, input: DropNextActionInput): Promise<NextAction | NextActionClosedError> {
    return this.close(actor, input.nextActionId, NextActionStatus.DROPPED, input.reason, 'ojt.nextAction.drop');
  }

  private async close(
    actor: Actor,
    id: string,
    status: NextActionStatus,
    note: string | undefined,
    action: string,
  ): Promise<NextAction | NextActionClosedError> {
    const existing = await this.actions.findOneBy({ id });
    if (!existing) throw Errors.notFound(NEXT_ACTION_NOUN);
    const caseAccess = await this.access.caseAccessById(actor, existing.supportCaseId);
    if (!caseAccess.canRead && existing.ownerId !== actor.userId) throw Errors.notFound(NEXT_ACTION_NOUN);
    if (!caseAccess.canWrite && existing.ownerId !== actor.userId) throw Errors.forbidden();
    return this.transaction.run(async (manager) => {
      const before = await manager.findOneOrFail(NextActionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (before.status !== NextActionStatus.OPEN) return new NextActionClosedError(actor.locale, before.status);
      const changes = { status, closingNote: note?.trim() || null, closedAt: new Date() };
      const after: NextActionEntity = { ...before, ...changes };
      await manager.update(NextActionEntity, { id }, changes);
      await this.audit.record(actor, {
        action,
        entityType: 'NextAction',
        entityId: id,
        changes: changedFields(before, after, ['status', 'closingNote', 'closedAt']),
      });
      return toNextAction(after);
    });
  }
}
