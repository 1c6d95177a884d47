import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { IdentityLoaders, User } from '@banso/identity';
import { OjtBatchService } from './services/ojt-batch.service';
import { ClientCompanyService } from './services/client-company.service';
import { ClientCompany } from './models/client-company.model';
import { CaseTimelineEntry } from './models/reading.model';
import {
  CaseHandOff,
  CaseMilestone,
  CaseStepMove,
  ManagementIssuesRevision,
  SupportCase,
  TalentRequirementRevision,
} from './models/support-case.model';
import {
  CarriedOver,
  Hypothesis,
  NextAction,
  OjtVisit,
  PostBrief,
  PreBrief,
  VisitFeedback,
} from './models/visit.model';
import { toCaseTimeline } from './ojt.mapper';

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/** Per-request DataLoaders of the ojt domain. */
@Injectable()
export class OjtLoaders {
  constructor(
    private readonly batch: OjtBatchService,
    private readonly companies: ClientCompanyService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  private load<V>(context: RequestContext, key: string, batch: Batch<V>, id: string): Promise<V> {
    return context.loaders.get<string, V>(`ojt.${key}`, batch).load(id);
  }

  company(context: RequestContext, id: string): Promise<ClientCompany | null> {
    return this.load(context, 'companyById', (ids) => this.companies.companiesByIds(ids), id);
  }

  supportCase(context: RequestContext, id: string): Promise<SupportCase | null> {
    return this.load(context, 'caseById', (ids) => this.batch.casesByIds(ids), id);
  }

  /** The client company of a visit, through its case. */
  async visitCompany(context: RequestContext, supportCaseId: string): Promise<ClientCompany | null> {
    const supportCase = await this.supportCase(context, supportCaseId);
    return supportCase ? this.company(context, supportCase.clientCompanyId) : null;
  }

  caseVisits(context: RequestContext, caseId: string): Promise<OjtVisit[]> {
    return this.load(context, 'visitsByCaseId', (ids) => this.batch.visitsByCaseIds(ids), caseId);
  }

  caseNextActions(context: RequestContext, caseId: string): Promise<NextAction[]> {
    return this.load(context, 'nextActionsByCaseId', (ids) => this.batch.nextActionsByCaseIds(ids), caseId);
  }

  stepMoves(context: RequestContext, caseId: string): Promise<CaseStepMove[]> {
    return this.load(context, 'stepMovesByCaseId', (ids) => this.batch.stepMovesByCaseIds(ids), caseId);
  }

  milestones(context: RequestContext, caseId: string): Promise<CaseMilestone[]> {
    return this.load(context, 'milestonesByCaseId', (ids) => this.batch.milestonesByCaseIds(ids), caseId);
  }

  handOffs(context: RequestContext, caseId: string): Promise<CaseHandOff[]> {
    return this.load(context, 'handOffsByCaseId', (ids) => this.batch.handOffsByCaseIds(ids), caseId);
  }

  managementIssueHistory(context: RequestContext, caseId: string): Promise<ManagementIssuesRevision[]> {
    return this.load(
      context,
      'managementIssueRevisionsByCaseId',
      (ids) => this.batch.managementIssueRevisionsByCaseIds(ids),
      caseId,
    );
  }

  talentRequirementHistory(context: RequestContext, caseId: string): Promise<TalentRequirementRevision[]> {
    return this.load(
      context,
      'talentRequirementRevisionsByCaseId',
      (ids) => this.batch.talentRequirementRevisionsByCaseIds(ids),
      caseId,
    );
  }

  /** Visits, STEP moves, milestones and hand-offs of the case in time order. */
  async timeline(context: RequestContext, caseId: string): Promise<CaseTimelineEntry[]> {
    const [visits, stepMoves, milestones, handOffs] = await Promise.all([
      this.caseVisits(context, caseId),
      this.stepMoves(context, caseId),
      this.milestones(context, caseId),
      this.handOffs(context, caseId),
    ]);
    return toCaseTimeline(visits, stepMoves, milestones, handOffs);
  }

  /** The visit's accompanying mentors (accounts that no longer exist are left out). */
  async mentors(context: RequestContext, visit: OjtVisit): Promise<User[]> {
    const ids =
      visit.mentorIds ??
      (await this.load(context, 'mentorIdsByVisitId', (keys) => this.batch.mentorIdsByVisitIds(keys), visit.id));
    const users = await Promise.all(ids.map((id) => this.identityLoaders.user(context, id)));
    return users.filter((user): user is User => user !== null);
  }

  preBrief(context: RequestContext, visitId: string): Promise<PreBrief | null> {
    return this.load(context, 'preBriefByVisitId', (ids) => this.batch.preBriefsByVisitIds(ids), visitId);
  }

  postBrief(context: RequestContext, visitId: string): Promise<PostBrief | null> {
    return this.load(context, 'postBriefByVisitId', (ids) => this.batch.postBriefsByVisitIds(ids), visitId);
  }

  hypotheses(context: RequestContext, visitId: string): Promise<Hypothesis[]> {
    return this.load(context, 'hypothesesByVisitId', (ids) => this.batch.hypothesesByVisitIds(ids), visitId);
  }

  visitNextActions(context: RequestContext, visitId: string): Promise<NextAction[]> {
    return this.load(context, 'nextActionsByVisitId', (ids) => this.batch.nextActionsByVisitIds(ids), visitId);
  }

  feedback(context: RequestContext, visitId: string): Promise<VisitFeedback | null> {
    return this.load(context, 'feedbackByVisitId', (ids) => this.batch.feedbackByVisitIds(ids), visitId);
  }

  carriedOver(context: RequestContext, visitId: string): Promise<CarriedOver> {
    return this.load(context, 'carriedOverByVisitId', (ids) => this.batch.carriedOverByVisitIds(ids), visitId);
  }
}
