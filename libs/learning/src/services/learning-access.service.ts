import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor, Errors } from '@banso/core';
import { NotAProgramMemberError, ProgramAccess, ProgramAccessService, ProgramRole } from '@banso/programs';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import { ACTIVITY_NOUN } from '../learning.errors';

export interface ActivityAccess {
  activity: LearningActivityEntity;
  access: ProgramAccess;
}

/**
 * Who may do what with an activity: owners (and admins) manage it, members of its program read it, trainees take
 * part themselves. An activity of a program the caller cannot see is NOT_FOUND.
 */
@Injectable()
export class LearningAccessService {
  constructor(
    @InjectRepository(LearningActivityEntity) private readonly activities: Repository<LearningActivityEntity>,
    private readonly programAccess: ProgramAccessService,
  ) {}

  async readableActivity(actor: Actor, activityId: string): Promise<ActivityAccess> {
    const activity = await this.activities.findOneBy({ id: activityId });
    if (!activity) throw Errors.notFound(ACTIVITY_NOUN);
    const access = await this.programAccess.assertCanRead(actor, activity.programId, ACTIVITY_NOUN);
    return { activity, access };
  }

  async managedActivity(actor: Actor, activityId: string): Promise<ActivityAccess> {
    const readable = await this.readableActivity(actor, activityId);
    if (!readable.access.canManage) throw Errors.forbidden();
    return readable;
  }

  /** The caller taking part themself: only active trainees of the program. */
  async ownParticipation(actor: Actor, activityId: string): Promise<ActivityAccess> {
    const readable = await this.readableActivity(actor, activityId);
    if (!readable.access.roles.includes(ProgramRole.TRAINEE)) throw Errors.forbidden();
    return readable;
  }

  /**
   * Whose registration: the caller's own (they must be a trainee of the program) or, for owners, any trainee of
   * the program named in `input.userId`.
   */
  async registrant(
    actor: Actor,
    activityId: string,
    userId: string | undefined,
  ): Promise<{ readable: ActivityAccess; userId: string } | NotAProgramMemberError> {
    if (!userId || userId === actor.userId) {
      return { readable: await this.ownParticipation(actor, activityId), userId: actor.userId };
    }
    const readable = await this.managedActivity(actor, activityId);
    const trainee = await this.programAccess.hasActiveRole(userId, readable.activity.programId, ProgramRole.TRAINEE);
    if (!trainee) return new NotAProgramMemberError(actor.locale, 'input.userId', ProgramRole.TRAINEE);
    return { readable, userId };
  }
}

/** Locks the activity row until commit: registrations of one activity queue up here, so seats are never overbooked. */
export async function lockActivity(manager: EntityManager, activityId: string): Promise<LearningActivityEntity> {
  const activity = await manager.findOne(LearningActivityEntity, {
    where: { id: activityId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!activity) throw Errors.notFound(ACTIVITY_NOUN);
  return activity;
}
