import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Actor, ConnectionShape, orderByKeys, groupByKeys, paginate } from '@banso/core';
import { MemberStatus, ProgramAccessService, ProgramRole, ProgramMembersService } from '@banso/programs';
import { LearningActivityBehaviourEntity, LearningActivityEntity } from '../entities/learning-activity.entity';
import {
  ActivityAttendanceSummary,
  ActivitySeats,
  LearningActivity,
  MyLearningEntry,
  Participation,
  ProgramAttendance,
  TraineeLearningSummary,
} from '../models/learning-activity.model';
import { LearningActivitiesArgs } from '../dto/activity.input';
import { DONE_SQL, toActivity } from '../learning.mapper';
import { LearningActivityKind } from '../learning.enums';
import { LearningAccessService } from './learning-access.service';
import { selectParticipations } from './participation-rows';

type SummaryRow = LearningActivityEntity & {
  registeredCount: number;
  waitlistedCount: number;
  attendedCount: number;
  doneCount: number;
};

/** Reading off-JT: activities, the caller's learning, an activity's roster, a program's attendance figures. */
@Injectable()
export class LearningReadingService {
  constructor(
    @InjectRepository(LearningActivityEntity) private readonly activities: Repository<LearningActivityEntity>,
    @InjectRepository(LearningActivityBehaviourEntity)
    private readonly activityBehaviours: Repository<LearningActivityBehaviourEntity>,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly programMembers: ProgramMembersService,
  ) {}

  async learningActivity(actor: Actor, id: string): Promise<LearningActivity> {
    const { activity } = await this.access.readableActivity(actor, id);
    return toActivity(activity);
  }

  /** Activities of a program in schedule order (self-paced material without a start by creation time). */
  async learningActivities(actor: Actor, args: LearningActivitiesArgs): Promise<ConnectionShape<LearningActivity>> {
    await this.programAccess.assertCanRead(actor, args.programId);
    const query = this.activities
      .createQueryBuilder('activity')
      .where('activity.programId = :programId', { programId: args.programId });
    const filter = args.filter ?? {};
    if (filter.kind) query.andWhere('activity.kind = :kind', { kind: filter.kind });
    if (filter.from) query.andWhere('activity.startsAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('activity.startsAt < :to', { to: filter.to });
    if (filter.required !== undefined) query.andWhere('activity.required = :required', { required: filter.required });
    return paginate(
      query,
      args,
      {
        column: 'COALESCE(activity.startsAt, activity.createdAt)',
        value: (a) => (a.startsAt ?? a.createdAt).toISOString(),
        direction: 'ASC',
        idColumn: 'activity.id',
        id: (a) => a.id,
      },
      toActivity,
    );
  }

  /** The roster of an activity (owners): registered, waitlisted in order, then everyone else who took part. */
  async activityParticipations(actor: Actor, activityId: string): Promise<Participation[]> {
    const { activity } = await this.access.managedActivity(actor, activityId);
    return selectParticipations(this.activities.manager, 'p."activityId" = $1', [activity.id]);
  }

  /** Every activity of the program with the caller's own participation, in schedule order. */
  async myLearning(actor: Actor, programId: string): Promise<MyLearningEntry[]> {
    await this.programAccess.assertCanRead(actor, programId);
    const activities = await this.activities.find({
      where: { programId },
      order: { startsAt: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC', id: 'ASC' },
    });
    const participations = await selectParticipations(
      this.activities.manager,
      'activity."programId" = $1 AND p."userId" = $2',
      [programId, actor.userId],
    );
    const byActivity = new Map(participations.map((p) => [p.activityId, p]));
    return activities.map((activity) =>
      Object.assign(new MyLearningEntry(), {
        activity: toActivity(activity),
        participation: byActivity.get(activity.id) ?? null,
      }),
    );
  }

  /**
   * Owners' figures for a program: per activity (not cancelled) registered / waitlisted / attended / done and the
   * completion rate over the active trainees; per active trainee the required activities done vs total. A constant
   * number of statements whatever the cohort size: the roster, one aggregate per side.
   */
  async programAttendance(actor: Actor, programId: string): Promise<ProgramAttendance> {
    await this.programAccess.assertCanManage(actor, programId);
    const [members] = await this.programMembers.membersByProgramIds([programId]);
    const traineeIds = [
      ...new Set(
        members.filter((m) => m.role === ProgramRole.TRAINEE && m.status === MemberStatus.ACTIVE).map((m) => m.userId),
      ),
    ];
    const manager = this.activities.manager;
    const summaries = await manager.query<SummaryRow[]>(
      `SELECT activity.*,
              count(p.id) FILTER (WHERE p."registrationStatus" = 'REGISTERED')::int AS "registeredCount",
              count(p.id) FILTER (WHERE p."registrationStatus" = 'WAITLISTED')::int AS "waitlistedCount",
              count(p.id) FILTER (WHERE p.attendance = 'ATTENDED')::int AS "attendedCount",
              count(p.id) FILTER (WHERE p."userId" = ANY($2::uuid[]) AND ${DONE_SQL})::int AS "doneCount"
       FROM learning_activity activity LEFT JOIN participation p ON p."activityId" = activity.id
       WHERE activity."programId" = $1 AND activity.status = 'SCHEDULED'
       GROUP BY activity.id
       ORDER BY COALESCE(activity."startsAt", activity."createdAt"), activity.id`,
      [programId, traineeIds],
    );
    const done = await manager.query<{ userId: string; requiredDone: number }[]>(
      `SELECT p."userId", count(*)::int AS "requiredDone"
       FROM participation p JOIN learning_activity activity ON activity.id = p."activityId"
       WHERE activity."programId" = $1 AND activity.status = 'SCHEDULED' AND activity.required
         AND p."userId" = ANY($2::uuid[]) AND ${DONE_SQL}
       GROUP BY p."userId"`,
      [programId, traineeIds],
    );
    const requiredTotal = summaries.filter((row) => row.required).length;
    const doneByTrainee = new Map(done.map((row) => [row.userId, row.requiredDone]));
    return Object.assign(new ProgramAttendance(), {
      programId,
      traineeCount: traineeIds.length,
      activities: summaries.map((row) =>
        Object.assign(new ActivityAttendanceSummary(), {
          activity: toActivity(row),
          registeredCount: row.registeredCount,
          waitlistedCount: row.waitlistedCount,
          attendedCount: row.attendedCount,
          doneCount: row.doneCount,
          completionRate: traineeIds.length ? row.doneCount / traineeIds.length : null,
        }),
      ),
      trainees: traineeIds.map((traineeId) =>
        Object.assign(new TraineeLearningSummary(), {
          traineeId,
          requiredDone: doneByTrainee.get(traineeId) ?? 0,
          requiredTotal,
        }),
      ),
    });
  }

  // ---- batch reads for DataLoaders ----------------------------------------------------------------------------

  async activitiesByIds(ids: readonly string[]): Promise<(LearningActivity | null)[]> {
    const rows = await this.activities.findBy({ id: In([...ids]) });
    return orderByKeys(ids, rows.map(toActivity), (a) => a.id);
  }

  async behaviourIdsByActivityIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.activityBehaviours.find({
      where: { activityId: In([...ids]) },
      order: { position: 'ASC' },
    });
    return groupByKeys(ids, rows, (row) => row.activityId).map((group) => group.map((row) => row.behaviourId));
  }

  async seatsByActivityIds(ids: readonly string[]): Promise<ActivitySeats[]> {
    const rows = await this.activities.manager.query<
      { id: string; capacity: number | null; registered: number; waitlisted: number }[]
    >(
      `SELECT activity.id, activity.capacity,
              count(p.id) FILTER (WHERE p."registrationStatus" = 'REGISTERED')::int AS registered,
              count(p.id) FILTER (WHERE p."registrationStatus" = 'WAITLISTED')::int AS waitlisted
       FROM learning_activity activity LEFT JOIN participation p ON p."activityId" = activity.id
       WHERE activity.id = ANY($1::uuid[])
       GROUP BY activity.id`,
      [[...ids]],
    );
    return orderByKeys(ids, rows, (row) => row.id).map((row) =>
      Object.assign(new ActivitySeats(), {
        registered: row?.registered ?? 0,
        waitlisted: row?.waitlisted ?? 0,
        remaining: row && row.capacity !== null ? Math.max(0, row.capacity - row.registered) : null,
      }),
    );
  }

  /**
   * Certification evidence (no access check: the caller decides who may see it): the program's activities that are
   * required or of the given kinds, each with whether the user has done it (attended, completed, acknowledged).
   * Cancelled activities do not count. One statement.
   */
  async activitiesDoneBy(
    programId: string,
    userId: string,
    kinds: readonly LearningActivityKind[],
  ): Promise<LearningEvidenceActivity[]> {
    return this.activities.manager.query<LearningEvidenceActivity[]>(
      `SELECT activity.id, activity.title, activity.kind, activity.required,
              COALESCE(${DONE_SQL}, false) AS done, p.id AS "participationId"
       FROM learning_activity activity
       LEFT JOIN participation p ON p."activityId" = activity.id AND p."userId" = $2
       WHERE activity."programId" = $1 AND activity.status = 'SCHEDULED'
         AND (activity.required OR activity.kind = ANY($3::learning_activity_kind_enum[]))
       ORDER BY COALESCE(activity."startsAt", activity."createdAt"), activity.id`,
      [programId, userId, kinds],
    );
  }
}

/** An activity as certification evidence. */
export interface LearningEvidenceActivity {
  id: string;
  title: string;
  kind: LearningActivityKind;
  required: boolean;
  done: boolean;
  participationId: string | null;
}
