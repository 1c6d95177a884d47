import { TestApp } from '../utils/test-app';
import { Cohort, UserRow } from './index';

export const OJT_FRAGMENTS = `
  fragment VisitFields on OjtVisit { id number status scheduledAt heldAt postBriefedAt traineeRole }
`;

export const CREATE_COMPANY = `mutation ($input: CreateClientCompanyInput!) {
  createClientCompany(input: $input) { id name organizationId industry employeeCount prefecture }
}`;
export const OPEN_CASE = `mutation ($input: OpenSupportCaseInput!) {
  openSupportCase(input: $input) {
    __typename
    ... on SupportCase { id currentStep status leadTraineeId }
    ... on ErrorResult { code message }
  }
}`;
export const PLAN_VISIT = `mutation ($input: PlanVisitInput!) {
  planVisit(input: $input) {
    __typename
    ... on OjtVisit { id number status }
    ... on ErrorResult { code message }
  }
}`;
export const RECORD_PRE_BRIEF = `mutation ($input: RecordPreBriefInput!) {
  recordPreBrief(input: $input) {
    __typename
    ... on PreBrief { id version hearingItems hypotheses { id kind statement } }
    ... on StalePreBriefError { code message current { version companyInfoReviewed hearingItems } }
    ... on IllegalTransitionError { code message currentState allowedNext }
    ... on ErrorResult { code message }
  }
}`;
export const RECORD_VISIT = `mutation ($input: RecordVisitInput!) {
  recordVisit(input: $input) {
    __typename
    ... on OjtVisit { id status heldAt stepsPractised }
    ... on IllegalTransitionError { code message currentState allowedNext }
    ... on ErrorResult { code message }
  }
}`;
export const RECORD_POST_BRIEF = `mutation ($input: RecordPostBriefInput!) {
  recordPostBrief(input: $input) {
    __typename
    ... on PostBrief { id version findings }
    ... on StalePostBriefError { code message current { version findings } }
    ... on IllegalTransitionError { code message currentState allowedNext }
    ... on MissingVerdictsError { code message missingHypothesisIds }
    ... on UnknownHypothesisError { code message hypothesisId }
    ... on ErrorResult { code message }
  }
}`;
export const GIVE_FEEDBACK = `mutation ($input: GiveVisitFeedbackInput!) {
  giveVisitFeedback(input: $input) {
    __typename
    ... on VisitFeedback { id comment assessmentIds mentorId }
    ... on IllegalTransitionError { code message currentState allowedNext }
    ... on RatingRejectedError { code message reasonCode }
    ... on ErrorResult { code message }
  }
}`;
export const CANCEL_VISIT = `mutation ($input: CancelVisitInput!) {
  cancelVisit(input: $input) {
    __typename
    ... on OjtVisit { id status cancelReason }
    ... on IllegalTransitionError { code message currentState allowedNext }
    ... on ErrorResult { code message }
  }
}`;

export interface VisitRow {
  id: string;
  number: number;
}

/** OJT records for test stories, created through the API (so every rule and audit event applies). */
export class OjtFactory {
  constructor(private readonly t: TestApp) {}

  private async data<T>(query: string, variables: Record<string, unknown>, as: UserRow, field: string): Promise<T> {
    const res = await this.t.gql<Record<string, T>>(query, variables, { as });
    const value = res.data?.[field];
    if (!value) throw new Error(`${field} failed: ${JSON.stringify(res.errors ?? res.data)}`);
    return value;
  }

  /** A client company of the trainee's organisation (created by the trainee). */
  company(as: UserRow, name = '株式会社なにわ精工'): Promise<{ id: string; name: string }> {
    return this.data(
      CREATE_COMPANY,
      {
        input: {
          name,
          industry: '製造業',
          employeeCount: 48,
          prefecture: '大阪府',
          notes: '二代目社長。事業承継後の組織づくりが課題',
        },
      },
      as,
      'createClientCompany',
    );
  }

  /** A company and an open case led by the cohort's trainee. */
  async openCase(cohort: Cohort): Promise<{ companyId: string; caseId: string }> {
    const company = await this.company(cohort.trainee);
    const opened = await this.data<{ id: string }>(
      OPEN_CASE,
      { input: { programId: cohort.program.id, clientCompanyId: company.id, leadTraineeId: cohort.trainee.id } },
      cohort.trainee,
      'openSupportCase',
    );
    return { companyId: company.id, caseId: opened.id };
  }

  planVisit(cohort: Cohort, caseId: string, mentorIds = [cohort.mentor.id]): Promise<VisitRow> {
    return this.data(
      PLAN_VISIT,
      { input: { supportCaseId: caseId, scheduledAt: '2025-07-10T01:00:00.000Z', mentorIds, traineeRole: 'OBSERVER' } },
      cohort.trainee,
      'planVisit',
    );
  }

  preBrief(
    cohort: Cohort,
    visitId: string,
    hypotheses: { kind: string; statement: string }[] = [
      { kind: 'MANAGEMENT_ISSUE', statement: '営業の属人化で新規開拓が止まっている' },
    ],
  ): Promise<{ id: string; version: number; hypotheses: { id: string; statement: string }[] }> {
    return this.data(
      RECORD_PRE_BRIEF,
      {
        input: {
          visitId,
          companyInfoReviewed: 'HP・決算書・過去の相談記録を確認',
          priorConsultation: '後継者育成と営業体制について相談あり',
          hearingItems: ['経営ビジョン', '営業体制の現状'],
          hypotheses,
          meetingPlan: '冒頭で相談内容を再確認し、兼業・副業活用は後半で頭出し',
        },
      },
      cohort.trainee,
      'recordPreBrief',
    );
  }

  recordVisit(cohort: Cohort, visitId: string, heldAt = new Date(Date.now() - 3600 * 1000)): Promise<{ id: string }> {
    return this.data(
      RECORD_VISIT,
      {
        input: {
          visitId,
          heldAt: heldAt.toISOString(),
          durationMinutes: 90,
          traineeRole: 'CO_LEAD',
          stepsPractised: ['STEP1'],
          summary: '社長と常務に経営課題をヒアリング',
        },
      },
      cohort.trainee,
      'recordVisit',
    );
  }

  postBrief(
    cohort: Cohort,
    visitId: string,
    verdicts: { hypothesisId: string; verdict: string; note?: string }[],
    nextActions: { description: string; ownerId: string; dueOn?: string }[] = [],
  ): Promise<{ id: string; version: number }> {
    return this.data(
      RECORD_POST_BRIEF,
      {
        input: {
          visitId,
          hypothesisVerdicts: verdicts,
          findings: '営業の属人化より、技術承継が優先課題',
          goodPoints: '社長の想いを引き出せた',
          improvementAreas: '質問が誘導的になる場面があった',
          improvementPlan: 'オープンクエスチョンを準備する',
          nextActions,
          nextHearingItems: ['技術者の年齢構成'],
        },
      },
      cohort.trainee,
      'recordPostBrief',
    );
  }

  /** A visit taken through plan → pre-brief → visit → post-brief with one hypothesis CONFIRMED. */
  async postBriefedVisit(cohort: Cohort, caseId: string, heldAt?: Date): Promise<VisitRow> {
    const visit = await this.planVisit(cohort, caseId);
    const brief = await this.preBrief(cohort, visit.id);
    await this.recordVisit(cohort, visit.id, heldAt);
    await this.postBrief(cohort, visit.id, [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }]);
    return visit;
  }
}
