import { TestApp, errorCode } from '../utils/test-app';
import { Cohort } from '../factories';
import { CompetencyFactory } from '../factories/competency.factory';
import {
  GIVE_FEEDBACK,
  OjtFactory,
  PLAN_VISIT,
  RECORD_POST_BRIEF,
  RECORD_PRE_BRIEF,
  RECORD_VISIT,
} from '../factories/ojt.factory';

const SET_ISSUES = `mutation ($input: SetManagementIssuesInput!) {
  setManagementIssues(input: $input) {
    __typename
    ... on SupportCase { managementIssues { title priority } managementIssueHistory { revision issues { title } } }
    ... on ErrorResult { code message }
  }
}`;
const SET_REQUIREMENT = `mutation ($input: SetTalentRequirementInput!) {
  setTalentRequirement(input: $input) {
    __typename
    ... on SupportCase { talentRequirement { candidateProfile engagementType mustHave } }
    ... on ErrorResult { code message }
  }
}`;
const MOVE_STEP = `mutation ($input: MoveSupportCaseToStepInput!) {
  moveSupportCaseToStep(input: $input) {
    __typename
    ... on CaseStepMove { fromStep toStep reason }
    ... on ErrorResult { code message }
  }
}`;
const MILESTONE = `mutation ($input: RecordCaseMilestoneInput!) {
  recordCaseMilestone(input: $input) {
    __typename
    ... on CaseMilestone { milestone occurredAt }
    ... on MilestonePrerequisiteError { code message requires }
    ... on ErrorResult { code message }
  }
}`;
const HAND_OFF = `mutation ($input: HandOffSupportCaseInput!) {
  handOffSupportCase(input: $input) {
    __typename
    ... on CaseHandOff { step summary toOrganization { name } talentRequirement { candidateProfile } }
    ... on ErrorResult { code message }
  }
}`;
const COMPLETE_ACTION = `mutation ($input: CompleteNextActionInput!) {
  completeNextAction(input: $input) {
    __typename
    ... on NextAction { id status closingNote }
    ... on ErrorResult { code message }
  }
}`;
const VISIT = `query ($id: ID!) {
  visit(id: $id) {
    id number status
    clientCompany { name }
    trainee { displayName }
    mentors { displayName }
    preBrief { version hearingItems hypotheses { statement } }
    hypotheses { id kind statement verdict verdictNote }
    postBrief { version findings nextHearingItems }
    nextActions { id description status owner { displayName } }
    feedback { comment mentor { displayName } assessmentIds }
    carriedOver { nextActions { id description } hypotheses { statement verdict verdictNote } }
  }
}`;
const CASE = `query ($id: ID!) {
  supportCase(id: $id) {
    id currentStep status
    clientCompany { name }
    leadTrainee { displayName }
    milestones { milestone }
    timeline { kind occurredAt visit { number } stepMove { toStep } milestone { milestone } handOff { step } }
  }
}`;
const PROFILE = `query ($programId: ID!, $traineeId: ID!) {
  competencyProfile(programId: $programId, traineeId: $traineeId) {
    behaviours { behaviour { code } currentLevel evidenceCount }
  }
}`;
const HISTORY = `query ($programId: ID!, $traineeId: ID!) {
  assessmentHistory(programId: $programId, traineeId: $traineeId) {
    edges { node { level source evidenceType evidenceId behaviour { code } assessor { displayName } } }
  }
}`;

interface VisitView {
  id: string;
  status: string;
  hypotheses: { id: string; kind: string; statement: string; verdict: string | null }[];
  nextActions: { id: string; description: string; status: string; owner: { displayName: string } }[];
  carriedOver: {
    nextActions: { id: string; description: string }[];
    hypotheses: { statement: string; verdict: string | null; verdictNote: string | null }[];
  };
  [key: string]: unknown;
}

describe('Accompanied OJT: a case through two visits (同行支援)', () => {
  let t: TestApp;
  let ojt: OjtFactory;
  let c: Cohort;
  let behaviours: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    ojt = new OjtFactory(t);
    c = await t.factory.cohort();
    behaviours = (await new CompetencyFactory(t.dataSource).defaultFramework()).behaviours;
    // 田中さん (mentor) reads Banso in English; everyone else in Japanese.
    await t.dataSource.query(`UPDATE user_account SET locale = 'en' WHERE id = $1`, [c.mentor.id]);
  });
  afterAll(() => t.close());

  const visitView = async (id: string, as = c.trainee): Promise<VisitView> => {
    const res = await t.gql<{ visit: VisitView }>(VISIT, { id }, { as });
    if (!res.data?.visit) throw new Error(JSON.stringify(res.errors));
    return res.data.visit;
  };

  it('runs one case through two full visits, carries next actions and revised hypotheses, reaches MATCHED and is handed off', async () => {
    // 高橋さん registers his client and opens a case in the program.
    const { caseId } = await ojt.openCase(c);
    const issues = await t.gql(
      SET_ISSUES,
      {
        input: {
          supportCaseId: caseId,
          issues: [
            { title: '技術承継', detail: 'ベテラン技術者の退職が3年以内', priority: 2 },
            { title: '新規顧客開拓', priority: 1 },
          ],
        },
      },
      { as: c.trainee },
    );
    expect(issues.data?.setManagementIssues).toMatchObject({
      __typename: 'SupportCase',
      managementIssues: [
        { title: '新規顧客開拓', priority: 1 },
        { title: '技術承継', priority: 2 },
      ],
      managementIssueHistory: [{ revision: 1, issues: [{ title: '新規顧客開拓' }, { title: '技術承継' }] }],
    });
    const moved = await t.gql(
      MOVE_STEP,
      { input: { supportCaseId: caseId, step: 'STEP1', reason: '経営課題の見つめ直しに着手' } },
      { as: c.trainee },
    );
    expect(moved.data?.moveSupportCaseToStep).toMatchObject({ fromStep: 'STEP0', toStep: 'STEP1' });

    // Visit 1: plan with the paired mentor, two hypotheses, visit, post-brief, feedback.
    const first = await ojt.planVisit(c, caseId);
    expect(first).toMatchObject({ number: 1, status: 'PLANNED' });
    expect((await visitView(first.id)).carriedOver).toEqual({ nextActions: [], hypotheses: [] });
    const brief1 = await ojt.preBrief(c, first.id, [
      { kind: 'MANAGEMENT_ISSUE', statement: '新規顧客開拓が最優先の課題' },
      { kind: 'HIRING_PROFILE', statement: '営業経験10年以上の正社員が必要' },
    ]);
    expect(brief1.version).toBe(1);
    await ojt.recordVisit(c, first.id);
    await ojt.postBrief(
      c,
      first.id,
      [
        { hypothesisId: brief1.hypotheses[0].id, verdict: 'CONFIRMED' },
        { hypothesisId: brief1.hypotheses[1].id, verdict: 'REVISED', note: '副業人材で営業企画を担う形が現実的' },
      ],
      [
        { description: '営業プロセスの現状を資料で確認する', ownerId: c.trainee.id, dueOn: '2025-07-20' },
        { description: '副業人材の活用事例を共有する', ownerId: c.mentor.id, dueOn: '2025-07-25' },
      ],
    );
    const feedback1 = await t.gql(
      GIVE_FEEDBACK,
      {
        input: {
          visitId: first.id,
          comment: '社長の想いをよく引き出せていました',
          ratings: [{ behaviourId: behaviours['S1-LISTENING'], level: 2, comment: '話を遮らずに聞けた' }],
        },
      },
      { as: c.mentor },
    );
    expect(feedback1.data?.giveVisitFeedback).toMatchObject({ __typename: 'VisitFeedback', mentorId: c.mentor.id });
    const done1 = await visitView(first.id);
    expect(done1).toMatchObject({
      status: 'FEEDBACK_GIVEN',
      clientCompany: { name: '株式会社なにわ精工' },
      trainee: { displayName: c.trainee.displayName },
      mentors: [{ displayName: c.mentor.displayName }],
      postBrief: { version: 1, nextHearingItems: ['技術者の年齢構成'] },
      feedback: { comment: '社長の想いをよく引き出せていました', mentor: { displayName: c.mentor.displayName } },
    });
    expect(done1.hypotheses.map((h) => h.verdict)).toEqual(['CONFIRMED', 'REVISED']);
    expect(done1.nextActions.map((a) => a.owner.displayName)).toEqual([c.trainee.displayName, c.mentor.displayName]);

    // Visit 2 starts from visit 1's conclusions: its open next actions and the revised hiring hypothesis.
    const second = await ojt.planVisit(c, caseId);
    expect(second.number).toBe(2);
    const before = await visitView(second.id);
    expect(before.carriedOver.nextActions.map((a) => a.description)).toEqual([
      '営業プロセスの現状を資料で確認する',
      '副業人材の活用事例を共有する',
    ]);
    expect(before.carriedOver.hypotheses).toEqual([
      {
        statement: '営業経験10年以上の正社員が必要',
        verdict: 'REVISED',
        verdictNote: '副業人材で営業企画を担う形が現実的',
      },
    ]);
    const completed = await t.gql(
      COMPLETE_ACTION,
      { input: { nextActionId: before.carriedOver.nextActions[0].id, note: '営業資料を受領' } },
      { as: c.trainee },
    );
    expect(completed.data?.completeNextAction).toMatchObject({ status: 'DONE', closingNote: '営業資料を受領' });
    expect((await visitView(second.id)).carriedOver.nextActions.map((a) => a.description)).toEqual([
      '副業人材の活用事例を共有する',
    ]);
    const brief2 = await ojt.preBrief(c, second.id, [
      { kind: 'HIRING_PROFILE', statement: '副業の営業企画人材を週2日で受け入れられる' },
    ]);
    await ojt.recordVisit(c, second.id);
    await ojt.postBrief(c, second.id, [{ hypothesisId: brief2.hypotheses[0].id, verdict: 'CONFIRMED' }]);
    const feedback2 = await t.gql(
      GIVE_FEEDBACK,
      {
        input: {
          visitId: second.id,
          comment: '仮説検証の進め方が良くなりました',
          ratings: [
            { behaviourId: behaviours['S1-LISTENING'], level: 3 },
            { behaviourId: behaviours['S1-HYPOTHESIS'], level: 2 },
          ],
        },
      },
      { as: c.mentor },
    );
    expect(feedback2.data?.giveVisitFeedback).toMatchObject({ __typename: 'VisitFeedback' });

    // Talent requirement, then the milestones up to MATCHED (求人化 → マッチング).
    const requirement = await t.gql(
      SET_REQUIREMENT,
      {
        input: {
          supportCaseId: caseId,
          candidateProfile: '製造業での法人営業企画の経験者',
          expectations: '新規顧客開拓の仕組みづくり',
          roleAndDuties: '営業戦略の立案と若手営業の育成',
          mustHave: ['BtoB営業企画5年以上'],
          niceToHave: ['製造業の知見'],
          engagementType: 'SIDE_JOB',
        },
      },
      { as: c.trainee },
    );
    expect(requirement.data?.setTalentRequirement).toMatchObject({
      talentRequirement: { engagementType: 'SIDE_JOB', mustHave: ['BtoB営業企画5年以上'] },
    });
    const early = await t.gql(
      MILESTONE,
      { input: { supportCaseId: caseId, milestone: 'MATCHED', occurredAt: '2025-09-01T00:00:00.000Z' } },
      { as: c.trainee, locale: 'en' },
    );
    expect(early.data?.recordCaseMilestone).toEqual({
      __typename: 'MilestonePrerequisiteError',
      code: 'MILESTONE_PREREQUISITE',
      message: 'MATCHED の前に JOB_OPENING_CREATED を記録してください',
      requires: 'JOB_OPENING_CREATED',
    });
    for (const [milestone, occurredAt] of [
      ['JOB_OPENING_CREATED', '2025-08-01T00:00:00.000Z'],
      ['MATCHED', '2025-09-01T00:00:00.000Z'],
    ]) {
      const res = await t.gql(
        MILESTONE,
        { input: { supportCaseId: caseId, milestone, occurredAt } },
        { as: c.trainee },
      );
      expect(res.data?.recordCaseMilestone).toMatchObject({ __typename: 'CaseMilestone', milestone });
    }
    const twice = await t.gql(
      MILESTONE,
      { input: { supportCaseId: caseId, milestone: 'MATCHED', occurredAt: '2025-09-02T00:00:00.000Z' } },
      { as: c.trainee },
    );
    expect(twice.data?.recordCaseMilestone).toMatchObject({
      code: 'MILESTONE_ALREADY_RECORDED',
      message: 'マイルストーン MATCHED は既に記録されています',
    });

    // Hand-off (トスアップ) to a regional bank for STEP3; the bank's staff can now read the case and the company.
    const bank = await t.factory.organization({ name: 'なにわ信用金庫', kind: 'REGIONAL_BANK' });
    const banker = await t.factory.user({ organizationId: bank.id, displayName: '中村 大輔' });
    expect(errorCode(await t.gql(CASE, { id: caseId }, { as: banker }))).toBe('NOT_FOUND');
    const handOff = await t.gql(
      HAND_OFF,
      {
        input: {
          supportCaseId: caseId,
          toOrganizationId: bank.id,
          step: 'STEP3',
          summary: '人材要件整理済み。副業人材の紹介を依頼',
        },
      },
      { as: c.trainee },
    );
    expect(handOff.data?.handOffSupportCase).toMatchObject({
      __typename: 'CaseHandOff',
      step: 'STEP3',
      toOrganization: { name: 'なにわ信用金庫' },
      talentRequirement: { candidateProfile: '製造業での法人営業企画の経験者' },
    });
    const seenByBank = await t.gql<{ supportCase: { timeline: { kind: string; occurredAt: string }[] } }>(
      CASE,
      { id: caseId },
      { as: banker },
    );
    expect(seenByBank.data?.supportCase).toMatchObject({
      currentStep: 'STEP1',
      clientCompany: { name: '株式会社なにわ精工' },
      milestones: [{ milestone: 'JOB_OPENING_CREATED' }, { milestone: 'MATCHED' }],
    });
    const timeline = seenByBank.data!.supportCase.timeline;
    const times = timeline.map((entry) => Date.parse(entry.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline.map((entry) => entry.kind).sort()).toEqual(
      ['HAND_OFF', 'MILESTONE', 'MILESTONE', 'STEP_MOVE', 'VISIT', 'VISIT'].sort(),
    );

    // The mentor's ratings are in the trainee's competency profile, with the visits as evidence.
    const profile = await t.gql<{
      competencyProfile: {
        behaviours: { behaviour: { code: string }; currentLevel: number | null; evidenceCount: number }[];
      };
    }>(PROFILE, { programId: c.program.id, traineeId: c.trainee.id }, { as: c.trainee });
    const standing = (code: string) =>
      profile.data?.competencyProfile.behaviours.find((b) => b.behaviour.code === code);
    expect(standing('S1-LISTENING')).toMatchObject({ currentLevel: 3, evidenceCount: 2 });
    expect(standing('S1-HYPOTHESIS')).toMatchObject({ currentLevel: 2, evidenceCount: 1 });
    const history = await t.gql<{
      assessmentHistory: { edges: { node: { evidenceType: string; evidenceId: string; source: string } }[] };
    }>(HISTORY, { programId: c.program.id, traineeId: c.trainee.id }, { as: c.mentor });
    const evidence = history.data!.assessmentHistory.edges.map((e) => e.node);
    expect(evidence).toHaveLength(3);
    expect(evidence.every((n) => n.source === 'MENTOR' && n.evidenceType === 'VISIT')).toBe(true);
    expect(new Set(evidence.map((n) => n.evidenceId))).toEqual(new Set([first.id, second.id]));
  });

  describe('illegal transitions are error results naming the state and the next steps, and write nothing', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await ojt.openCase(c)).caseId;
    });

    it('refuses a visit without a pre-brief, a post-brief before the visit and feedback before the post-brief', async () => {
      const visit = await ojt.planVisit(c, caseId);
      const audits = await t.count('audit_event', `"entityId" = $1`, [visit.id]);
      const noBrief = await t.gql(
        RECORD_VISIT,
        {
          input: {
            visitId: visit.id,
            heldAt: new Date().toISOString(),
            durationMinutes: 60,
            traineeRole: 'LEAD',
            stepsPractised: ['STEP1'],
            summary: '準備なしで訪問',
          },
        },
        { as: c.trainee, locale: 'en' },
      );
      expect(noBrief.data?.recordVisit).toEqual({
        __typename: 'IllegalTransitionError',
        code: 'ILLEGAL_TRANSITION',
        message: '同行訪問は現在 PLANNED のため VISITED にできません（可能な次の状態: PRE_BRIEFED, CANCELLED）',
        currentState: 'PLANNED',
        allowedNext: ['PRE_BRIEFED', 'CANCELLED'],
      });
      const earlyPost = await t.gql(
        RECORD_POST_BRIEF,
        {
          input: {
            visitId: visit.id,
            hypothesisVerdicts: [],
            findings: 'x',
            goodPoints: '',
            improvementAreas: '',
            improvementPlan: '',
            nextActions: [],
            nextHearingItems: [],
          },
        },
        { as: c.trainee },
      );
      expect(earlyPost.data?.recordPostBrief).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        currentState: 'PLANNED',
        allowedNext: ['PRE_BRIEFED', 'CANCELLED'],
        message: '同行訪問は現在 PLANNED のため POST_BRIEFED にできません（可能な次の状態: PRE_BRIEFED, CANCELLED）',
      });
      const brief = await ojt.preBrief(c, visit.id);
      await ojt.recordVisit(c, visit.id);
      const earlyFeedback = await t.gql(
        GIVE_FEEDBACK,
        { input: { visitId: visit.id, comment: '早すぎる', ratings: [] } },
        { as: c.mentor },
      );
      expect(earlyFeedback.data?.giveVisitFeedback).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        currentState: 'VISITED',
        allowedNext: ['POST_BRIEFED'],
      });
      const cancelAfter = await t.gql(
        `mutation ($input: CancelVisitInput!) { cancelVisit(input: $input) { __typename ... on IllegalTransitionError { currentState allowedNext } } }`,
        { input: { visitId: visit.id, reason: '先方都合' } },
        { as: c.trainee },
      );
      expect(cancelAfter.data?.cancelVisit).toEqual({
        __typename: 'IllegalTransitionError',
        currentState: 'VISITED',
        allowedNext: ['POST_BRIEFED'],
      });
      expect(await t.count('visit_feedback', `"visitId" = $1`, [visit.id])).toBe(0);
      expect(await t.count('post_brief', `"visitId" = $1`, [visit.id])).toBe(0);
      // plan + pre-brief + visit: three audit events, none for the refused steps
      expect(await t.count('audit_event', `"entityId" = $1`, [visit.id])).toBe(audits + 2);
      expect(brief.version).toBe(1);
    });

    it('cancels a planned visit, then refuses every further step on it', async () => {
      const visit = await ojt.planVisit(c, caseId);
      const cancelled = await t.gql(
        `mutation ($input: CancelVisitInput!) { cancelVisit(input: $input) { __typename ... on OjtVisit { status cancelReason } } }`,
        { input: { visitId: visit.id, reason: '先方の決算対応で延期' } },
        { as: c.trainee },
      );
      expect(cancelled.data?.cancelVisit).toEqual({
        __typename: 'OjtVisit',
        status: 'CANCELLED',
        cancelReason: '先方の決算対応で延期',
      });
      const brief = await t.gql(
        RECORD_PRE_BRIEF,
        {
          input: {
            visitId: visit.id,
            companyInfoReviewed: 'x',
            priorConsultation: '',
            hearingItems: [],
            hypotheses: [],
            meetingPlan: '',
          },
        },
        { as: c.trainee },
      );
      expect(brief.data?.recordPreBrief).toMatchObject({ currentState: 'CANCELLED', allowedNext: [] });
      expect(await t.count('pre_brief', `"visitId" = $1`, [visit.id])).toBe(0);
    });

    it('locks the briefs once feedback is given', async () => {
      const visit = await ojt.postBriefedVisit(c, caseId);
      await t.gql(
        GIVE_FEEDBACK,
        { input: { visitId: visit.id, comment: '良い訪問でした', ratings: [] } },
        { as: c.mentor },
      );
      const edit = await t.gql(
        RECORD_PRE_BRIEF,
        {
          input: {
            visitId: visit.id,
            version: 1,
            companyInfoReviewed: '後から修正',
            priorConsultation: '',
            hearingItems: [],
            hypotheses: [],
            meetingPlan: '',
          },
        },
        { as: c.trainee, locale: 'en' },
      );
      expect(edit.data?.recordPreBrief).toMatchObject({
        __typename: 'BriefLockedError',
        message: 'フィードバック済みの訪問の事前準備・事後整理は変更できません',
      });
      expect(await t.count('hypothesis', `"visitId" = $1`, [visit.id])).toBe(1);
    });
  });

  describe('bad input: clear error, nothing written', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await ojt.openCase(c)).caseId;
    });

    const POST_BRIEF_BASE = {
      findings: '整理',
      goodPoints: '',
      improvementAreas: '',
      improvementPlan: '',
      nextActions: [],
      nextHearingItems: [],
    };

    it('requires a verdict for every hypothesis and refuses a hypothesis of another visit', async () => {
      const visit = await ojt.planVisit(c, caseId);
      const brief = await ojt.preBrief(c, visit.id, [
        { kind: 'MANAGEMENT_ISSUE', statement: '資金繰りが課題' },
        { kind: 'TALENT_ISSUE', statement: '管理職が育っていない' },
      ]);
      await ojt.recordVisit(c, visit.id);
      const missing = await t.gql(
        RECORD_POST_BRIEF,
        {
          input: {
            visitId: visit.id,
            ...POST_BRIEF_BASE,
            hypothesisVerdicts: [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }],
            nextActions: [{ description: '書かれないはず', ownerId: c.trainee.id }],
          },
        },
        { as: c.trainee, locale: 'en' },
      );
      expect(missing.data?.recordPostBrief).toEqual({
        __typename: 'MissingVerdictsError',
        code: 'MISSING_VERDICTS',
        message: 'すべての仮説に検証結果が必要です（未入力: 1件）',
        missingHypothesisIds: [brief.hypotheses[1].id],
      });
      const other = await ojt.postBriefedVisit(c, (await ojt.openCase(c)).caseId);
      const [{ id: foreignId }] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM hypothesis WHERE "visitId" = $1`,
        [other.id],
      );
      const unknown = await t.gql(
        RECORD_POST_BRIEF,
        {
          input: {
            visitId: visit.id,
            ...POST_BRIEF_BASE,
            hypothesisVerdicts: [
              { hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' },
              { hypothesisId: brief.hypotheses[1].id, verdict: 'REJECTED' },
              { hypothesisId: foreignId, verdict: 'REVISED' },
            ],
          },
        },
        { as: c.trainee },
      );
      expect(unknown.data?.recordPostBrief).toMatchObject({
        __typename: 'UnknownHypothesisError',
        hypothesisId: foreignId,
        message: `仮説（${foreignId}）はこの訪問のものではありません`,
      });
      expect(await t.count('post_brief', `"visitId" = $1`, [visit.id])).toBe(0);
      expect(await t.count('next_action', `"visitId" = $1`, [visit.id])).toBe(0);
      expect(await t.count('hypothesis', `"visitId" = $1 AND verdict IS NOT NULL`, [visit.id])).toBe(0);
      expect((await visitView(visit.id)).status).toBe('VISITED');
    });

    it('refuses feedback from a mentor who is not on the visit, even a paired one', async () => {
      await t.factory.pair(c.program.id, c.otherMentor.id, c.trainee.id).catch(() => undefined);
      const visit = await ojt.postBriefedVisit(c, caseId);
      const res = await t.gql(
        GIVE_FEEDBACK,
        {
          input: {
            visitId: visit.id,
            comment: '同行していないが…',
            ratings: [{ behaviourId: behaviours['S1-LISTENING'], level: 1 }],
          },
        },
        { as: c.otherMentor, locale: 'en' },
      );
      expect(res.data?.giveVisitFeedback).toEqual({
        __typename: 'NotAccompanyingMentorError',
        code: 'NOT_ACCOMPANYING_MENTOR',
        message: 'この訪問に同行したメンターのみがフィードバックできます',
      });
      expect(await t.count('visit_feedback', `"visitId" = $1`, [visit.id])).toBe(0);
      expect(await t.count('assessment', `"evidenceId" = $1`, [visit.id])).toBe(0);
      await t.dataSource.query(`UPDATE mentorship SET "endedAt" = now() WHERE "mentorId" = $1`, [c.otherMentor.id]);
    });

    it('refuses a rating of a behaviour outside the framework and rolls the feedback back', async () => {
      const visit = await ojt.postBriefedVisit(c, caseId);
      const res = await t.gql(
        GIVE_FEEDBACK,
        {
          input: {
            visitId: visit.id,
            comment: 'コメント',
            ratings: [
              { behaviourId: behaviours['S1-LISTENING'], level: 2 },
              { behaviourId: '00000000-0000-4000-8000-000000000000', level: 2 },
            ],
          },
        },
        { as: c.mentor },
      );
      expect(res.data?.giveVisitFeedback).toMatchObject({ __typename: 'RatingRejectedError', code: 'RATING_REJECTED' });
      expect(await t.count('assessment', `"evidenceId" = $1`, [visit.id])).toBe(0);
      expect(await t.count('visit_feedback', `"visitId" = $1`, [visit.id])).toBe(0);
      expect((await visitView(visit.id)).status).toBe('POST_BRIEFED');
    });

    it('refuses a lead trainee of another program and a mentor not paired with the trainee', async () => {
      const company = await ojt.company(c.trainee, '株式会社堺テック');
      const cases = await t.count('support_case');
      const res = await t.gql(
        `mutation ($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { __typename ... on NotAProgramMemberError { code field requiredRole message } } }`,
        { input: { programId: c.program.id, clientCompanyId: company.id, leadTraineeId: c.otherTrainee.id } },
        { as: c.admin },
      );
      expect(res.data?.openSupportCase).toEqual({
        __typename: 'NotAProgramMemberError',
        code: 'NOT_A_PROGRAM_MEMBER',
        field: 'input.leadTraineeId',
        requiredRole: 'TRAINEE',
        message: 'leadTraineeId はこのプログラムの有効な担い手候補者ではありません',
      });
      expect(await t.count('support_case')).toBe(cases);

      const visits = await t.count('ojt_visit');
      const plan = await t.gql(
        PLAN_VISIT,
        {
          input: {
            supportCaseId: caseId,
            scheduledAt: '2025-08-01T01:00:00.000Z',
            mentorIds: [c.mentor.id, c.otherMentor.id],
            traineeRole: 'LEAD',
          },
        },
        { as: c.trainee },
      );
      expect(plan.data?.planVisit).toMatchObject({ __typename: 'MentorNotEligibleError', code: 'MENTOR_NOT_ELIGIBLE' });
      expect(await t.count('ojt_visit')).toBe(visits);
      expect(await t.count('ojt_visit_mentor', `"mentorId" = $1`, [c.otherMentor.id])).toBe(0);
    });

    it('returns the current pre-brief on a stale version instead of overwriting it', async () => {
      const visit = await ojt.planVisit(c, caseId);
      await ojt.preBrief(c, visit.id);
      const edit = (companyInfoReviewed: string, version: number, as = c.trainee) =>
        t.gql(
          RECORD_PRE_BRIEF,
          {
            input: {
              visitId: visit.id,
              version,
              companyInfoReviewed,
              priorConsultation: '',
              hearingItems: ['採用の状況'],
              hypotheses: [{ kind: 'TALENT_ISSUE', statement: '採用ノウハウがない' }],
              meetingPlan: '',
            },
          },
          { as, locale: 'en' },
        );
      const mentorEdit = await edit('メンターが追記: 取引銀行の情報', 1, c.mentor);
      expect(mentorEdit.data?.recordPreBrief).toMatchObject({ __typename: 'PreBrief', version: 2 });
      const stale = await edit('古い版からの上書き', 1);
      expect(stale.data?.recordPreBrief).toEqual({
        __typename: 'StalePreBriefError',
        code: 'STALE_VERSION',
        message: '事前準備は他の人が更新しました（現在の版: 2）。最新の内容を確認してから保存してください',
        current: { version: 2, companyInfoReviewed: 'メンターが追記: 取引銀行の情報', hearingItems: ['採用の状況'] },
      });
      const view = await visitView(visit.id);
      expect(view.preBrief).toMatchObject({ version: 2 });
      expect(view.hypotheses.map((h) => h.statement)).toEqual(['採用ノウハウがない']);
    });

    it('names the field of malformed input (BAD_USER_INPUT) and writes nothing', async () => {
      const visits = await t.count('ojt_visit');
      const noMentor = await t.gql(
        PLAN_VISIT,
        {
          input: { supportCaseId: caseId, scheduledAt: '2025-08-01T01:00:00.000Z', mentorIds: [], traineeRole: 'LEAD' },
        },
        { as: c.trainee, locale: 'en' },
      );
      expect(errorCode(noMentor)).toBe('BAD_USER_INPUT');
      expect(noMentor.errors?.[0].extensions.fields?.[0]).toEqual({
        field: 'input.mentorIds',
        message: '1件以上必要です',
      });
      const visit = await ojt.planVisit(c, caseId);
      await ojt.preBrief(c, visit.id);
      const future = await t.gql(
        RECORD_VISIT,
        {
          input: {
            visitId: visit.id,
            heldAt: new Date(Date.now() + 86400000).toISOString(),
            durationMinutes: 60,
            traineeRole: 'LEAD',
            stepsPractised: ['STEP1'],
            summary: '未来の訪問',
          },
        },
        { as: c.trainee, locale: 'en' },
      );
      expect(future.errors?.[0].extensions.fields?.[0]).toEqual({
        field: 'input.heldAt',
        message: '未来の日時は指定できません',
      });
      const badLevel = await t.gql(
        GIVE_FEEDBACK,
        {
          input: { visitId: visit.id, comment: 'x', ratings: [{ behaviourId: behaviours['S1-LISTENING'], level: 7 }] },
        },
        { as: c.mentor, locale: 'en' },
      );
      expect(badLevel.errors?.[0].extensions.fields?.[0]).toEqual({
        field: 'input.ratings.0.level',
        message: 'must be at most 4',
      });
      expect(await t.count('ojt_visit')).toBe(visits + 1);
      expect((await visitView(visit.id)).status).toBe('PRE_BRIEFED');
    });
  });
  describe('reading: visits(filter), myOjt', () => {
    it('lists the visits of a case by status and period, page by page, and shows the trainee their OJT at a glance', async () => {
      const { caseId } = await ojt.openCase(c);
      const done = await ojt.postBriefedVisit(c, caseId);
      const next = await ojt.planVisit(c, caseId);
      const VISITS = `query ($filter: VisitsFilter, $first: Int, $after: String) {
        visits(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id number status } }
        }
      }`;
      type Page = {
        visits: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; number: number; status: string } }[];
        };
      };
      const first = await t.gql<Page>(VISITS, { filter: { supportCaseId: caseId }, first: 1 }, { as: c.owner });
      expect(first.data?.visits).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const second = await t.gql<Page>(
        VISITS,
        { filter: { supportCaseId: caseId }, first: 1, after: first.data!.visits.pageInfo.endCursor },
        { as: c.owner },
      );
      expect([...first.data!.visits.edges, ...second.data!.visits.edges].map((e) => e.node.number).sort()).toEqual([
        1, 2,
      ]);
      const planned = await t.gql<Page>(
        VISITS,
        { filter: { programId: c.program.id, traineeId: c.trainee.id, supportCaseId: caseId, status: 'PLANNED' } },
        { as: c.mentor },
      );
      expect(planned.data?.visits.edges.map((e) => e.node.id)).toEqual([next.id]);
      const outside = await t.gql<Page>(
        VISITS,
        { filter: { supportCaseId: caseId, from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' } },
        { as: c.trainee },
      );
      expect(outside.data?.visits.totalCount).toBe(0);

      const my = await t.gql<{
        myOjt: {
          cases: { id: string }[];
          upcomingVisits: { id: string }[];
          openNextActions: { description: string }[];
        };
      }>(
        `query { myOjt { cases { id } upcomingVisits { id } openNextActions { description } } }`,
        {},
        { as: c.trainee },
      );
      expect(my.data?.myOjt.cases.map((x) => x.id)).toContain(caseId);
      expect(my.data?.myOjt.upcomingVisits.map((v) => v.id)).toContain(next.id);
      expect(my.data?.myOjt.upcomingVisits.map((v) => v.id)).not.toContain(done.id);
    });
  });
});
