import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKeys, orderByKeys, plainRows } from '@banso/core';
import { SupportCaseEntity } from '../entities/support-case.entity';
import {
  CaseRevisionKind,
  SupportCaseHandOffEntity,
  SupportCaseMilestoneEntity,
  SupportCaseRevisionEntity,
  SupportCaseStepMoveEntity,
} from '../entities/case-history.entity';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { HypothesisEntity, PostBriefEntity, PreBriefEntity } from '../entities/brief.entity';
import { NextActionEntity } from '../entities/next-action.entity';
import { VisitFeedbackEntity } from '../entities/visit-feedback.entity';
import {
  CaseHandOff,
  CaseMilestone,
  CaseStepMove,
  ManagementIssuesRevision,
  SupportCase,
  TalentRequirementRevision,
} from '../models/support-case.model';
import {
  CarriedOver,
  Hypothesis,
  NextAction,
  OjtVisit,
  PostBrief,
  PreBrief,
  VisitFeedback,
} from '../models/visit.model';
import { HypothesisVerdict, NextActionStatus } from '../ojt.enums';
import {
  toFeedback,
  toHandOff,
  toHypothesis,
  toManagementIssuesRevision,
  toMilestone,
  toNextAction,
  toPostBrief,
  toPreBrief,
  toStepMove,
  toSupportCase,
  toTalentRequirementRevision,
  toVisit,
} from '../ojt.mapper';

/** Next actions in the order their post-briefs raised them. */
const NEXT_ACTION_ORDER = { createdAt: 'ASC', position: 'ASC', id: 'ASC' } as const;

/**
 * Batch reads behind the per-request DataLoaders: rows in key order (or grouped per key). No authorization here:
 * they only resolve relations of records the caller was already allowed to read.
 */
@Injectable()
export class OjtBatchService {
  constructor(
    @InjectRepository(SupportCaseEntity) private readonly cases: Repository<SupportCaseEntity>,
    @InjectRepository(OjtVisitEntity) private readonly visits: Repository<OjtVisitEntity>,
    @InjectRepository(OjtVisitMentorEntity) private readonly visitMentors: Repository<OjtVisitMentorEntity>,
    @InjectRepository(PreBriefEntity) private readonly preBriefs: Repository<PreBriefEntity>,
    @InjectRepository(PostBriefEntity) private readonly postBriefs: Repository<PostBriefEntity>,
    @InjectRepository(HypothesisEntity) private readonly hypotheses: Repository<HypothesisEntity>,
    @InjectRepository(NextActionEntity) private readonly nextActions: Repository<NextActionEntity>,
    @InjectRepository(VisitFeedbackEntity) private readonly feedback: Repository<VisitFeedbackEntity>,
    @InjectRepository(SupportCaseStepMoveEntity) private readonly stepMoves: Repository<SupportCaseStepMoveEntity>,
    @InjectRepository(SupportCaseMilestoneEntity) private readonly milestones: Repository<SupportCaseMilestoneEntity>,
    @InjectRepository(SupportCaseHandOffEntity) private readonly handOffs: Repository<SupportCaseHandOffEntity>,
    @InjectRepository(SupportCaseRevisionEntity) private readonly revisions: Repository<SupportCaseRevisionEntity>,
  ) {}

  async casesByIds(ids: readonly string[]): Promise<(SupportCase | null)[]> {
    const rows = await plainRows(this.cases.manager.connection, SupportCaseEntity, 'sc').byIds(ids);
    return orderByKeys(ids, rows.map(toSupportCase), (c) => c.id);
  }

  async visitsByCaseIds(caseIds: readonly string[]): Promise<OjtVisit[][]> {
    const rows = await this.visits.find({ where: { supportCaseId: In([...caseIds]) }, order: { number: 'ASC' } });
    return groupByKeys(caseIds, rows.map(toVisit), (v) => v.supportCaseId);
  }

  async mentorIdsByVisitIds(visitIds: readonly string[]): Promise<string[][]> {
    const rows = await this.visitMentors.find({ where: { visitId: In([...visitIds]) }, order: { id: 'ASC' } });
    return groupByKeys(visitIds, rows, (m) => m.visitId).map((group) => group.map((m) => m.mentorId));
  }

  async preBriefsByVisitIds(visitIds: readonly string[]): Promise<(PreBrief | null)[]> {
    const rows = await this.preBriefs.findBy({ visitId: In([...visitIds]) });
    return orderByKeys(visitIds, rows.map(toPreBrief), (b) => b.visitId);
  }

  async postBriefsByVisitIds(visitIds: readonly string[]): Promise<(PostBrief | null)[]> {
    const rows = await this.postBriefs.findBy({ visitId: In([...visitIds]) });
    return orderByKeys(visitIds, rows.map(toPostBrief), (b) => b.visitId);
  }

  async hypothesesByVisitIds(visitIds: readonly string[]): Promise<Hypothesis[][]> {
    const rows = await this.hypotheses.find({ where: { visitId: In([...visitIds]) }, order: { position: 'ASC' } });
    return groupByKeys(visitIds, rows.map(toHypothesis), (h) => h.visitId);
  }

  async nextActionsByVisitIds(visitIds: readonly string[]): Promise<NextAction[][]> {
    const rows = await this.nextActions.find({
      where: { visitId: In([...visitIds]) },
      order: NEXT_ACTION_ORDER,
    });
    return groupByKeys(visitIds, rows.map(toNextAction), (a) => a.visitId);
  }

  async nextActionsByCaseIds(caseIds: readonly string[]): Promise<NextAction[][]> {
    const rows = await this.nextActions.find({
      where: { supportCaseId: In([...caseIds]) },
      order: NEXT_ACTION_ORDER,
    });
    return groupByKeys(caseIds, rows.map(toNextAction), (a) => a.supportCaseId);
  }

  async feedbackByVisitIds(visitIds: readonly string[]): Promise<(VisitFeedback | null)[]> {
    const rows = await this.feedback.findBy({ visitId: In([...visitIds]) });
    return orderByKeys(visitIds, rows.map(toFeedback), (f) => f.visitId);
  }

  async stepMovesByCaseIds(caseIds: readonly string[]): Promise<CaseStepMove[][]> {
    const rows = await this.stepMoves.find({
      where: { supportCaseId: In([...caseIds]) },
      order: { movedAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(caseIds, rows.map(toStepMove), (m) => m.supportCaseId);
  }

  async milestonesByCaseIds(caseIds: readonly string[]): Promise<CaseMilestone[][]> {
    const rows = await this.milestones.find({
      where: { supportCaseId: In([...caseIds]) },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(caseIds, rows.map(toMilestone), (m) => m.supportCaseId);
  }

  async handOffsByCaseIds(caseIds: readonly string[]): Promise<CaseHandOff[][]> {
    const rows = await this.handOffs.find({
      where: { supportCaseId: In([...caseIds]) },
      order: { handedOffAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(caseIds, rows.map(toHandOff), (h) => h.supportCaseId);
  }

  managementIssueRevisionsByCaseIds(caseIds: readonly string[]): Promise<ManagementIssuesRevision[][]> {
    return this.revisionsByCaseIds(caseIds, CaseRevisionKind.MANAGEMENT_ISSUES, toManagementIssuesRevision);
  }

  talentRequirementRevisionsByCaseIds(caseIds: readonly string[]): Promise<TalentRequirementRevision[][]> {
    return this.revisionsByCaseIds(caseIds, CaseRevisionKind.TALENT_REQUIREMENT, toTalentRequirementRevision);
  }

  /**
   * What each visit's pre-brief starts from: the case's open next actions raised by earlier visits, and the
   * hypotheses of earlier visits that were REVISED or never given a verdict.
   */
  async carriedOverByVisitIds(visitIds: readonly string[]): Promise<CarriedOver[]> {
    const visits = await this.visits.findBy({ id: In([...visitIds]) });
    const caseIds = [...new Set(visits.map((v) => v.supportCaseId))];
    const [caseVisits, openActions, hypotheses] = caseIds.length
      ? await Promise.all([
          this.visits.findBy({ supportCaseId: In(caseIds) }),
          this.nextActions.find({
            where: { supportCaseId: In(caseIds), status: NextActionStatus.OPEN },
            order: NEXT_ACTION_ORDER,
          }),
          this.hypotheses
            .createQueryBuilder('h')
            .innerJoin(OjtVisitEntity, 'visit', 'visit.id = h.visitId')
            .where('visit.supportCaseId IN (:...caseIds)', { caseIds })
            .andWhere('(h.verdict IS NULL OR h.verdict = :revised)', { revised: HypothesisVerdict.REVISED })
            .orderBy('visit.number', 'ASC')
            .addOrderBy('h.position', 'ASC')
            .getMany(),
        ])
      : [[], [], []];
    const numberOf = new Map(caseVisits.map((v) => [v.id, { number: v.number, caseId: v.supportCaseId }]));
    const byId = new Map(visits.map((v) => [v.id, v]));
    return visitIds.map((visitId) => {
      const visit = byId.get(visitId);
      const earlier = (otherVisitId: string) => {
        const other = numberOf.get(otherVisitId);
        return Boolean(visit && other && other.caseId === visit.supportCaseId && other.number < visit.number);
      };
      return Object.assign(new CarriedOver(), {
        nextActions: openActions.filter((a) => earlier(a.visitId)).map(toNextAction),
        hypotheses: hypotheses.filter((h) => earlier(h.visitId)).map(toHypothesis),
      });
    });
  }

  private async revisionsByCaseIds<R>(
    caseIds: readonly string[],
    kind: CaseRevisionKind,
    toModel: (row: SupportCaseRevisionEntity) => R,
  ): Promise<R[][]> {
    const rows = await this.revisions.find({
      where: { supportCaseId: In([...caseIds]), kind },
      order: { revision: 'ASC' },
    });
    return groupByKeys(caseIds, rows, (r) => r.supportCaseId).map((group) => group.map(toModel));
  }
}
