import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, runInTransaction, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { NotAProgramMemberError, ProgramAccessService, ProgramClosedError } from '@banso/programs';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import { ParticipationEntity } from '../entities/participation.entity';
import { Participation } from '../models/learning-activity.model';
import { CancelRegistrationInput, RegisterForActivityInput } from '../dto/participation.input';
import {
  ActivityCancelledError,
  ActivityEndedError,
  AlreadyRegisteredError,
  NotRegisteredError,
} from '../learning.errors';
import { LearningActivityStatus, RegistrationStatus } from '../learning.enums';
import { LearningAccessService, lockActivity } from './learning-access.service';
import { WaitlistService } from './waitlist.service';
import { participationById } from './participation-rows';

const REGISTRATION_FIELDS: (keyof ParticipationEntity)[] = ['registrationStatus', 'queueNumber', 'registeredAt'];

/** Registration for activities: seats while they last, then a waitlist in arrival order. */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly waitlist: WaitlistService,
  ) {}

  /**
   * REGISTERED while seats remain, else WAITLISTED. The activity row is locked first, so concurrent registrations
   * for the last seat take turns and never overbook.
   */
  async registerForActivity(
    actor: Actor,
    input: RegisterForActivityInput,
  ): Promise<
    | Participation
    | ProgramClosedError
    | ActivityCancelledError
    | ActivityEndedError
    | AlreadyRegisteredError
    | NotAProgramMemberError
  > {
    const registrant = await this.access.registrant(actor, input.activityId, input.userId);
    if (registrant instanceof NotAProgramMemberError) return registrant;
    const { userId } = registrant;
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const activity = await lockActivity(manager, input.activityId);
      const refused = await this.refuseChange(manager, actor, activity);
      if (refused) return refused;
      const before = await manager.findOneBy(ParticipationEntity, { activityId: activity.id, userId });
      if (
        before?.registrationStatus === RegistrationStatus.REGISTERED ||
        before?.registrationStatus === RegistrationStatus.WAITLISTED
      ) {
        const current = await participationById(manager, before.id);
        return new AlreadyRegisteredError(actor.locale, before.registrationStatus, current.waitlistPosition);
      }
      const { registered, nextQueueNumber } = await this.waitlist.seats(manager, activity.id);
      const status =
        activity.capacity === null || registered < activity.capacity
          ? RegistrationStatus.REGISTERED
          : RegistrationStatus.WAITLISTED;
      const [row] = await manager.query<ParticipationEntity[]>(
        `INSERT INTO participation ("activityId", "userId", "registrationStatus", "queueNumber", "registeredAt")
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT ("activityId", "userId") DO UPDATE
           SET "registrationStatus" = EXCLUDED."registrationStatus", "queueNumber" = EXCLUDED."queueNumber",
               "registeredAt" = EXCLUDED."registeredAt", "updatedAt" = now()
         RETURNING *`,
        [activity.id, userId, status, nextQueueNumber],
      );
      await this.audit.record(actor, {
        action: 'learning.participation.register',
        entityType: 'Participation',
        entityId: row.id,
        changes: changedFields(before, row, ['activityId', 'userId', ...REGISTRATION_FIELDS]),
      });
      return participationById(manager, row.id);
    });
  }

  /** Frees the seat (or the waitlist place); a freed seat goes to the first waitlisted person, who is notified. */
  async cancelRegistration(
    actor: Actor,
    input: CancelRegistrationInput,
  ): Promise<Participation | ProgramClosedError | ActivityCancelledError | ActivityEndedError | NotRegisteredError> {
    const registrant = await this.access.registrant(actor, input.activityId, input.userId);
    if (registrant instanceof NotAProgramMemberError) return new NotRegisteredError(actor.locale);
    const { userId } = registrant;
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const activity = await lockActivity(manager, input.activityId);
      const refused = await this.refuseChange(manager, actor, activity);
      if (refused) return refused;
      const before = await manager.findOneBy(ParticipationEntity, { activityId: activity.id, userId });
      if (
        !before ||
        (before.registrationStatus !== RegistrationStatus.REGISTERED &&
          before.registrationStatus !== RegistrationStatus.WAITLISTED)
      ) {
        return new NotRegisteredError(actor.locale);
      }
      await manager.update(
        ParticipationEntity,
        { id: before.id },
        { registrationStatus: RegistrationStatus.CANCELLED },
      );
      await this.audit.record(actor, {
        action: 'learning.participation.cancel',
        entityType: 'Participation',
        entityId: before.id,
        changes: [{ field: 'registrationStatus', from: before.registrationStatus, to: RegistrationStatus.CANCELLED }],
      });
      if (before.registrationStatus === RegistrationStatus.REGISTERED) {
        await this.waitlist.promote(manager, actor, activity);
      }
      return participationById(manager, before.id);
    });
  }

  /** Registrations change only while the program is open, the activity scheduled and the session not over. */
  private async refuseChange(
    manager: EntityManager,
    actor: Actor,
    activity: LearningActivityEntity,
  ): Promise<ProgramClosedError | ActivityCancelledError | ActivityEndedError | null> {
    if (await this.programAccess.isClosedForWrite(activity.programId)) {
      return new ProgramClosedError(actor.locale);
    }
    if (activity.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
    if (activity.endsAt && activity.endsAt.getTime() < Date.now()) {
      return new ActivityEndedError(actor.locale, activity.endsAt);
    }
    return null;
  }
}
