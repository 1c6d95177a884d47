import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { Actor, ConnectionShape, paginate, keysetBy } from '@banso/core';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { OjtVisitEntity } from '../entities/ojt-visit.entity';
import { NextActionEntity } from '../entities/next-action.entity';
import { OjtVisit } from '../models/visit.model';
import { MentorInboxItem, MyOjt } from '../models/reading.model';
import { VisitsArgs } from '../dto/visit.input';
import { MentorInboxReason, NextActionStatus, POST_BRIEF_DUE_MS, VisitStatus } from '../ojt.enums';
import { toNextAction, toSupportCase, toVisit } from '../ojt.mapper';
import { OjtAccessService } from './ojt-access.service';

const HOUR_MS = 3600 * 1000;
const MY_OJT_LIMIT = 100;

/** Read side of OJT: single visits, the filtered visit list, the mentor inbox, the trainee's overview, timelines. */
@Injectable()
export class OjtReadingService {
  constructor(
    @InjectRepository(OjtVisitEntity) private readonly visits: Repository<OjtVisitEntity>,
    @InjectRepository(SupportCaseEntity) private readonly cases: Repository<SupportCaseEntity>,
    @InjectRepository(NextActionEntity) private readonly nextActions: Repository<NextActionEntity>,
    private readonly access: OjtAccessService,
  ) {}

  async visit(actor: Actor, id: string): Promise<OjtVisit> {
    return toVisit((await this.access.readableVisit(actor, id)).visit);
  }

  /** Visits the caller may read, narrowed by the filter, in scheduled order. */
  async listVisits(actor: Actor, args: VisitsArgs): Promise<ConnectionShape<OjtVisit>> {
    const query = this.visits.createQueryBuilder('visit');
    const visible = await this.access.visibleVisitsCondition(actor);
    if (visible) query.andWhere(new Brackets((where) => where.where(visible.sql, visible.parameters)));
    const filter = args.filter ?? {};
    if (filter.programId) query.andWhere('visit.programId = :programId', { programId: filter.programId });
    if (filter.traineeId) query.andWhere('visit.traineeId = :traineeId', { traineeId: filter.traineeId });
    if (filter.supportCaseId) query.andWhere('visit.supportCaseId = :caseId', { caseId: filter.supportCaseId });
    if (filter.status) query.andWhere('visit.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('visit.scheduledAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('visit.scheduledAt < :to', { to: filter.to });
    return paginate(
      query,
      args,
      keysetBy('visit', 'scheduledAt', 'ASC'),
      (entity, extras) => Object.assign(toVisit(entity), { mentorIds: extras.mentorIds as string[] }),
      // The accompanying mentors' ids come with the page, so `mentors` needs only the users' statement.
      {
        mentorIds: 'ARRAY(SELECT vm."mentorId" FROM ojt_visit_mentor vm WHERE vm."visitId" = visit.id ORDER BY vm.id)',
      },
    );
  }

  /**
   * For the calling mentor: visits they accompany that wait for their feedback, and visits whose post-brief is
   * overdue (held more than 48 h ago), oldest first.
   */
  async mentorInbox(actor: Actor, now = new Date()): Promise<MentorInboxItem[]> {
    const rows = await this.visits
      .createQueryBuilder('visit')
      .where('EXISTS (SELECT 1 FROM ojt_visit_mentor vm WHERE vm."visitId" = visit.id AND vm."mentorId" = :userId)', {
        userId: actor.userId,
      })
      .andWhere(
        new Brackets((where) =>
          where
            .where('visit.status = :postBriefed', { postBriefed: VisitStatus.POST_BRIEFED })
            .orWhere('(visit.status = :visited AND visit.heldAt <= :overdueBefore)', {
              visited: VisitStatus.VISITED,
              overdueBefore: new Date(now.getTime() - POST_BRIEF_DUE_MS),
            }),
        ),
      )
      .getMany();
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
    const [cases, upcoming] = await Promise.all([
      this.cases.find({
        where: { leadTraineeId: actor.userId },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: MY_OJT_LIMIT,
      }),
      this.visits.find({
        where: { traineeId: actor.userId, status: In([VisitStatus.PLANNED, VisitStatus.PRE_BRIEFED]) },
        order: { scheduledAt: 'ASC', id: 'ASC' },
        take: MY_OJT_LIMIT,
      }),
    ]);
    const actions = await this.nextActions
      .createQueryBuilder('action')
      .where('action.status = :open', { open: NextActionStatus.OPEN })
      .andWhere(
        new Brackets((where) =>
          where
            .where('action.ownerId = :userId', { userId: actor.userId })
            .orWhere(
              'EXISTS (SELECT 1 FROM support_case sc WHERE sc.id = action."supportCaseId" AND sc."leadTraineeId" = :userId)',
            ),
        ),
      )
      .orderBy('action.dueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('action.createdAt', 'ASC')
      .addOrderBy('action.position', 'ASC')
      .take(MY_OJT_LIMIT)
      .getMany();
    return Object.assign(new MyOjt(), {
      cases: cases.map(toSupportCase),
      upcomingVisits: upcoming.map(toVisit),
      openNextActions: actions.map(toNextAction),
    });
  }
}
