import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  certificationEvaluation,
  Errors,
  localize,
  OutboxService,
  runInTransaction,
  TransactionContext,
} from '@banso/core';
import { AuditService } from '@banso/audit';
import {
  MemberStatus,
  ProgramAccessService,
  ProgramClosedError,
  ProgramRole,
  ProgramMembersService,
} from '@banso/programs';
import { LearningActivityEntity } from '../entities/learning-activity.entity';
import { AttendanceRecorded, CheckInCode, Participation } from '../models/learning-activity.model';
import { CheckInInput, RecordAttendanceInput } from '../dto/participation.input';
import {
  ActivityCancelledError,
  ActivityKindMismatchError,
  AttendanceEntryProblem,
  CheckInNotOpenError,
  InvalidAttendanceEntriesError,
  WrongCheckInCodeError,
} from '../learning.errors';
import { AttendanceStatus, isSession, LearningActivityKind, LearningActivityStatus } from '../learning.enums';
import { checkInCodeMatches, checkInWindow, isWithin } from './check-in-code';
import { CheckInThrottleService } from './check-in-throttle.service';
import { LearningAccessService, lockActivity } from './learning-access.service';
import { selectParticipations } from './participation-rows';

const SESSION_KINDS = Object.values(LearningActivityKind).filter(isSession);

/** Attendance (出欠) of sessions: the owner's sheet for a whole cohort, and self check-in with the room's code. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: LearningAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly programMembers: ProgramMembersService,
    private readonly throttle: CheckInThrottleService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * All rows or none: every person must be an active trainee of the program, named once; ATTENDED and ABSENT only
   * once check-in has opened (EXCUSED any time). One statement writes them all.
   */
  async recordAttendance(
    actor: Actor,
    input: RecordAttendanceInput,
  ): Promise<
    | AttendanceRecorded
    | ProgramClosedError
    | ActivityCancelledError
    | ActivityKindMismatchError
    | InvalidAttendanceEntriesError
  > {
    const { activity } = await this.access.managedActivity(actor, input.activityId);
    const [members] = await this.programMembers.membersByProgramIds([activity.programId]);
    const trainees = new Set(
      members.filter((m) => m.role === ProgramRole.TRAINEE && m.status === MemberStatus.ACTIVE).map((m) => m.userId),
    );
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      const locked = await lockActivity(manager, activity.id);
      const refused = await this.refuseSession(manager, actor, locked);
      if (refused) return refused;
      const problems = this.entryProblems(actor, locked, input, trainees);
      if (problems.length) return new InvalidAttendanceEntriesError(actor.locale, problems);
      const rows = await manager.query<{ id: string; userId: string; previous: AttendanceStatus | null }[]>(
        `WITH entry AS (
           SELECT * FROM unnest($2::uuid[], $3::participation_attendance_enum[]) AS e("userId", status)
         ), previous AS (
           SELECT p."userId", p.attendance FROM participation p JOIN entry USING ("userId") WHERE p."activityId" = $1
         )
         INSERT INTO participation ("activityId", "userId", attendance, "attendanceRecordedAt")
         SELECT $1, entry."userId", entry.status, now() FROM entry
         ON CONFLICT ("activityId", "userId") DO UPDATE
           SET attendance = EXCLUDED.attendance, "attendanceRecordedAt" = now(), "updatedAt" = now()
         RETURNING id, "userId", (SELECT attendance FROM previous WHERE previous."userId" = participation."userId") AS previous`,
        [locked.id, input.entries.map((e) => e.userId), input.entries.map((e) => e.status)],
      );
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      const changed = input.entries.filter((entry) => byUser.get(entry.userId)?.previous !== entry.status);
      // Attendance is certification evidence: each trainee whose attendance changed is evaluated again (debounced).
      for (const entry of changed) {
        await this.outbox.enqueue(...certificationEvaluation(locked.programId, entry.userId));
      }
      await this.audit.recordMany(
        actor,
        changed.map((entry) => ({
          action: 'learning.participation.attendance',
          entityType: 'Participation',
          entityId: byUser.get(entry.userId)!.id,
          changes: [{ field: 'attendance', from: byUser.get(entry.userId)!.previous, to: entry.status }],
        })),
      );
      const written = await selectParticipations(manager, 'p.id = ANY($1)', [rows.map((row) => row.id)]);
      const byId = new Map(written.map((p) => [p.userId, p]));
      return Object.assign(new AttendanceRecorded(), {
        activityId: locked.id,
        participations: input.entries.map((entry) => byId.get(entry.userId)!),
      });
    });
  }

  /** Owners show this code in the room; valid from 30 minutes before the start to the end. */
  async activityCheckInCode(actor: Actor, activityId: string): Promise<CheckInCode> {
    const { activity } = await this.access.managedActivity(actor, activityId);
    if (!isSession(activity.kind) || !activity.startsAt || !activity.endsAt) {
      throw Errors.badInput('activityId', {
        ja: 'eラーニングとハンドブックには出席コードがありません',
        en: 'has no check-in: e-learning modules and handbooks are not sessions',
      });
    }
    const window = checkInWindow(activity.startsAt, activity.endsAt);
    return Object.assign(new CheckInCode(), {
      activityId: activity.id,
      code: activity.checkInCode,
      validFrom: window.opensAt,
      validUntil: window.closesAt,
    });
  }

  /** The caller (a trainee of the program) checks in with the code; repeated wrong codes are rate-limited. */
  async checkIn(
    actor: Actor,
    input: CheckInInput,
  ): Promise<
    | Participation
    | ProgramClosedError
    | ActivityCancelledError
    | ActivityKindMismatchError
    | CheckInNotOpenError
    | WrongCheckInCodeError
  > {
    const { activity } = await this.access.ownParticipation(actor, input.activityId);
    const retryAfter = await this.throttle.retryAfter(activity.id, actor.userId);
    if (retryAfter > 0) throw Errors.rateLimited(retryAfter);
    const refusal = await runInTransaction(async () => {
      const manager = this.transaction.manager;
      const locked = await lockActivity(manager, activity.id);
      const refused = await this.refuseSession(manager, actor, locked);
      if (refused) return refused;
      const window = checkInWindow(locked.startsAt!, locked.endsAt!);
      if (!isWithin(window, new Date())) return new CheckInNotOpenError(actor.locale, window.opensAt, window.closesAt);
      if (!checkInCodeMatches(input.code, locked.checkInCode)) return 'WRONG_CODE' as const;
      const [row] = await manager.query<{ id: string; previous: AttendanceStatus | null }[]>(
        `WITH previous AS (SELECT attendance FROM participation WHERE "activityId" = $1 AND "userId" = $2)
         INSERT INTO participation ("activityId", "userId", attendance, "attendanceRecordedAt", "checkedInAt")
         VALUES ($1, $2, 'ATTENDED', now(), now())
         ON CONFLICT ("activityId", "userId") DO UPDATE
           SET attendance = 'ATTENDED', "attendanceRecordedAt" = now(),
               "checkedInAt" = COALESCE(participation."checkedInAt", now()), "updatedAt" = now()
         RETURNING id, (SELECT attendance FROM previous) AS previous`,
        [locked.id, actor.userId],
      );
      if (row.previous !== AttendanceStatus.ATTENDED) {
        await this.audit.record(actor, {
          action: 'learning.participation.checkIn',
          entityType: 'Participation',
          entityId: row.id,
          changes: [{ field: 'attendance', from: row.previous, to: AttendanceStatus.ATTENDED }],
        });
        await this.outbox.enqueue(...certificationEvaluation(locked.programId, actor.userId));
      }
      const [participation] = await selectParticipations(manager, 'p.id = $1', [row.id]);
      return participation;
    });
    if (refusal !== 'WRONG_CODE') return refusal;
    const attemptsLeft = await this.throttle.recordFailure(activity.id, actor.userId);
    return new WrongCheckInCodeError(actor.locale, attemptsLeft);
  }

  /** Attendance applies to sessions of an open program that were not cancelled. */
  private async refuseSession(
    manager: EntityManager,
    actor: Actor,
    activity: LearningActivityEntity,
  ): Promise<ProgramClosedError | ActivityCancelledError | ActivityKindMismatchError | null> {
    if (await this.programAccess.isClosedForWrite(activity.programId)) {
      return new ProgramClosedError(actor.locale);
    }
    if (activity.status === LearningActivityStatus.CANCELLED) return new ActivityCancelledError(actor.locale);
    if (!isSession(activity.kind)) return new ActivityKindMismatchError(actor.locale, activity.kind, SESSION_KINDS);
    return null;
  }

  private entryProblems(
    actor: Actor,
    activity: LearningActivityEntity,
    input: RecordAttendanceInput,
    trainees: Set<string>,
  ): AttendanceEntryProblem[] {
    const opensAt = checkInWindow(activity.startsAt!, activity.endsAt!).opensAt;
    const started = Date.now() >= opensAt.getTime();
    const seen = new Set<string>();
    const problems: AttendanceEntryProblem[] = [];
    input.entries.forEach((entry, row) => {
      const text = !trainees.has(entry.userId)
        ? { ja: 'このプログラムの有効な担い手候補者ではありません', en: 'is not an active trainee of this program' }
        : seen.has(entry.userId)
          ? { ja: '同じ人が複数の行にあります', en: 'appears more than once' }
          : !started && entry.status !== AttendanceStatus.EXCUSED
            ? {
                ja: '開始30分前までは「欠席（事前連絡あり）」のみ記録できます',
                en: 'only EXCUSED can be recorded before the session opens (30 minutes before the start)',
              }
            : null;
      seen.add(entry.userId);
      if (text) {
        problems.push(
          Object.assign(new AttendanceEntryProblem(), {
            row,
            userId: entry.userId,
            message: `input.entries.${row}.userId: ${localize(text, actor.locale)}`,
          }),
        );
      }
    });
    return problems;
  }
}
