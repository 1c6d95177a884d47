import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppConfig, ConnectionShape, keysetBy, paginateRows, plainRows, PlainRows, SqlWhere } from '@banso/core';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { OjtVisitEntity } from '../entities/ojt-visit.entity';
import { NextActionEntity } from '../entities/next-action.entity';
import { OjtVisit } from '../models/visit.model';
import { MentorInboxItem, MyOjt } from '../models/reading.model';
import { VisitsArgs } from '../dto/visit.input';
import { MentorInboxReason, NextActionStatus, VisitStatus } from '../ojt.enums';
import { toNextAction, toSupportCase, toVisit } from '../ojt.mapper';
import { OjtAccessService } from './ojt-access.service';

const HOUR_MS = 3600 * 1000;
const MY_OJT_LIMIT = 100;

/** Read side of OJT: single visits, the filtered visit list, the mentor inbox, the trainee's overview, timelines. */
@Injectable()
export class OjtReadingService {
  constructor(
    dataSource: DataSource,
    private readonly access: OjtAccessService,
    private readonly config: AppConfig,
  ) {
    this.visitRows = plainRows(dataSource, OjtVisitEntity, 'visit');
    this.caseRows = plainRows(dataSource, SupportCaseEntity, 'sc');
    this.actionRows = plainRows(dataSource, NextActionEntity, 'action');
  }

  // Plain-row readers of the hot reads (prepared statements, no entity hydration).
  private readonly visitRows: PlainRows<OjtVisitEntity>;
  private readonly caseRows: PlainRows<SupportCaseEntity>;
  private readonly actionRows: PlainRows<NextActionEntity>;

  async visit(actor: Actor, id: string): Promise<OjtVisit> {
    return toVisit((await this.access.readableVisit(actor, id)).visit);
  }

  /** Visits the caller may read, narrowed by the filter, in scheduled order (plain rows: the hot list). */
  async listVisits(actor: Actor, args: VisitsArgs): Promise<ConnectionShape<OjtVisit>> {
    const where = new SqlWhere();
    const visible = await this.access.visibleVisitsCondition(actor);
    if (visible) where.and(visible.sql, visible.parameters);
    const filter = args.filter ?? {};
    if (filter.programId) where.and(`visit."programId" = ${where.param(filter.programId)}`);
    if (filter.traineeId) where.and(`visit."traineeId" = ${where.param(filter.traineeId)}`);
    if (filter.supportCaseId) where.and(`visit."supportCaseId" = ${where.param(filter.supportCaseId)}`);
    if (filter.status) where.and(`visit.status = ${where.param(filter.status)}`);
    if (filter.from) where.and(`visit."scheduledAt" >= ${where.param(filter.from)}`);
    if (filter.to) where.and(`visit."scheduledAt" < ${where.param(filter.to)}`);
    return paginateRows(
      this.visitRows,
      where,
      args,
      keysetBy<OjtVisitEntity>('visit', 'scheduledAt', 'ASC'),
      (entity, extras) => Object.assign(toVisit(entity), { mentorIds: extras.mentorIds as string[] }),
      // The accompanying mentors' ids come with the page, so `mentors` needs only the users' statement.
      {
        mentorIds: 'ARRAY(SELECT vm."mentorId" FROM ojt_visit_mentor vm WHERE vm."visitId" = visit.id ORDER BY vm.id)',
      },
    );
  }

  /**
   * For the calling mentor: visits they accompany that wait for their feedback, and visits whose post-brief is
   * overdue (the post-brief reminder's rule: held more than 48 h and recorded more than 24 h ago), oldest first.
   */
  async mentorInbox(actor: Actor, now = new Date()): Promise<MentorInboxItem[]> {
    const rows = await this.visitRows.select(
      `WHERE EXISTS (SELECT 1 FROM ojt_visit_mentor vm WHERE vm."visitId" = visit.id AND vm."mentorId" = $1)
         AND (visit.status = $2
              OR (visit.status = $3 AND visit."heldAt" <= $4 AND COALESCE(visit."recordedAt", visit."heldAt") <= $5))`,
      [
        actor.userId,
        VisitStatus.POST_BRIEFED,
        VisitStatus.VISITED,
        new Date(now.getTime() - this.config.reminders.postBriefAfterVisitMs),
        new Date(now.getTime() - this.config.reminders.postBriefAfterRecordingMs),
      ],
    );
    return rows
      .map((visit) => {
        const awaitingFeedback = visit.status === VisitStatus.POST_BRIEFED;
        const waitingSince = (awaitingFeedback ? visit.postBriefedAt : visit.heldAt) ?? visit.updatedAt;
        return Object.assign(new MentorInboxItem(), {
          reason: awaitingFeedback ? MentorInboxReason.AWAITING_FEEDBACK : MentorInboxReason.POST_BRIEF_OVERDUE,
          visit: toVisit(visit),
          waitingSince,
          waitingHours: Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / HOUR_MS)),
        });
      })
      .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.visit.id.localeCompare(b.visit.id));
  }

  /** The calling trainee's cases, next visits and open next actions. */
  async myOjt(actor: Actor): Promise<MyOjt> {
    const [cases, upcoming, actions] = await Promise.all([
      this.caseRows.select(`WHERE sc."leadTraineeId" = $1 ORDER BY sc."createdAt" DESC, sc.id DESC LIMIT $2`, [
        actor.userId,
        MY_OJT_LIMIT,
      ]),
      this.visitRows.select(
        `WHERE visit."traineeId" = $1 AND visit.status IN ($2, $3)
         ORDER BY visit."scheduledAt" ASC, visit.id ASC LIMIT $4`,
        [actor.userId, VisitStatus.PLANNED, VisitStatus.PRE_BRIEFED, MY_OJT_LIMIT],
      ),
      this.actionRows.select(
        `WHERE action.status = $1
           AND (action."ownerId" = $2
                OR EXISTS (SELECT 1 FROM support_case sc WHERE sc.id = action."supportCaseId" AND sc."leadTraineeId" = $2))
         ORDER BY action."dueOn" ASC NULLS LAST, action."createdAt" ASC, action.position ASC LIMIT $3`,
        [NextActionStatus.OPEN, actor.userId, MY_OJT_LIMIT],
      ),
    ]);
    return Object.assign(new MyOjt(), {
      cases: cases.map(toSupportCase),
      upcomingVisits: upcoming.map(toVisit),
      openNextActions: actions.map(toNextAction),
    });
  }
}
