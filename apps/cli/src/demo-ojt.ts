import { DataSource } from 'typeorm';
import { JobName } from '@banso/core';
import { DEMO_PASSWORD } from './demo-data';

/**
 * The OJT part of the demo, played through the real GraphQL API (so every rule, the audit trail and the reminder
 * jobs apply): 高橋 翔 supports his client 株式会社浪速精工 with 田中 健一 — a first visit from pre-brief to mentor
 * feedback, a second visit planned; 伊藤 さくら has a visit held three days ago and recorded two days ago whose
 * post-brief is overdue, so the worker sends her a reminder.
 */
type Variables = Record<string, unknown>;

export class DemoClient {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly url: string) {}

  async as<T>(email: string, query: string, variables: Variables = {}): Promise<T> {
    let token = this.tokens.get(email);
    if (!token) {
      const login = await this.call<{ login: { accessToken?: string; message?: string } }>(
        `mutation ($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } ... on ErrorResult { message } } }`,
        { input: { email, password: DEMO_PASSWORD } },
      );
      if (!login.login.accessToken) throw new Error(`demo login ${email} failed: ${login.login.message}`);
      token = login.login.accessToken;
      this.tokens.set(email, token);
    }
    return this.call<T>(query, variables, token);
  }

  private async call<T>(query: string, variables: Variables, token?: string): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`demo: ${body.errors?.[0]?.message ?? 'no data'}`);
    const first = Object.values(body.data)[0] as { __typename?: string; message?: string } | null;
    if (first && typeof first === 'object' && first.__typename?.endsWith('Error')) {
      throw new Error(`demo: ${first.__typename}: ${first.message}`);
    }
    return body.data;
  }
}

const TRAINEE = 'trainee.takahashi@banso.example';
const TRAINEE_2 = 'trainee.ito@banso.example';
const MENTOR = 'mentor.tanaka@banso.example';
const OWNER = 'owner@banso.example';

/** Selection for a mutation result: DemoClient fails loudly when an ErrorResult comes back. */
const RESULT = '__typename ... on ErrorResult { message }';
const VISIT_RESULT = `${RESULT} ... on OjtVisit { id }`;

const daysFromNow = (days: number): string => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

export async function loadDemoOjt(graphqlUrl: string): Promise<boolean> {
  const api = new DemoClient(graphqlUrl);
  const mine = await api.as<{ myOjt: { cases: { id: string }[] } }>(TRAINEE, `{ myOjt { cases { id } } }`);
  if (mine.myOjt.cases.length) return false;

  const ids = await api.as<{
    myPrograms: { edges: { node: { id: string; members: { role: string; user: { id: string; email: string } }[] } }[] };
  }>(OWNER, `{ myPrograms(first: 1) { edges { node { id members { role user { id email } } } } } }`);
  const program = ids.myPrograms.edges[0].node;
  const userId = (email: string): string => {
    const member = program.members.find((m) => m.user.email === email);
    if (!member) throw new Error(`demo: ${email} is not a member of the demo program`);
    return member.user.id;
  };
  const framework = await api.as<{ competencyFramework: { behaviours: { id: string; code: string }[] } }>(
    OWNER,
    `{ competencyFramework { behaviours { id code } } }`,
  );
  const behaviour = (code: string): string => {
    const found = framework.competencyFramework.behaviours.find((b) => b.code === code);
    if (!found) throw new Error(`demo: behaviour ${code} is not in the published framework`);
    return found.id;
  };

  // 高橋: client company, support case, STEP1 inventory and talent requirement.
  const company = await api.as<{ createClientCompany: { id: string } }>(
    TRAINEE,
    `mutation ($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id } }`,
    {
      input: {
        name: '株式会社浪速精工',
        industry: '金属部品製造',
        employeeCount: 45,
        prefecture: '大阪府',
        notes: '創業52年。二代目社長が事業承継を検討中。',
      },
    },
  );
  const opened = await api.as<{ openSupportCase: { __typename: string; id: string } }>(
    TRAINEE,
    `mutation ($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { ${RESULT} ... on SupportCase { id } } }`,
    {
      input: { programId: program.id, clientCompanyId: company.createClientCompany.id, leadTraineeId: userId(TRAINEE) },
    },
  );
  const caseId = opened.openSupportCase.id;
  await api.as(
    TRAINEE,
    `mutation ($input: SetManagementIssuesInput!) { setManagementIssues(input: $input) { ${RESULT} } }`,
    {
      input: {
        supportCaseId: caseId,
        issues: [
          { title: '生産管理の属人化', detail: '工場長一人に工程計画が集中している', priority: 1 },
          { title: '新規取引先の開拓', detail: '売上の6割が大手1社に依存', priority: 2 },
        ],
      },
    },
  );
  await api.as(
    TRAINEE,
    `mutation ($input: SetTalentRequirementInput!) { setTalentRequirement(input: $input) { ${RESULT} } }`,
    {
      input: {
        supportCaseId: caseId,
        candidateProfile: '生産管理・工程改善の実務経験10年以上',
        expectations: '3年で工場長の後継として生産体制を任せたい',
        roleAndDuties: '工程計画の標準化、若手への技能伝承',
        mustHave: ['生産管理の実務経験', '現場改善の実績'],
        niceToHave: ['ISO9001の運用経験'],
        engagementType: 'FULL_TIME',
      },
    },
  );

  // First visit, accompanied by 田中: pre-brief → visit → post-brief → feedback.
  const planned = await api.as<{ planVisit: { id: string } }>(
    TRAINEE,
    `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { ${VISIT_RESULT} } }`,
    {
      input: {
        supportCaseId: caseId,
        scheduledAt: daysFromNow(-10),
        mentorIds: [userId(MENTOR)],
        traineeRole: 'CO_LEAD',
      },
    },
  );
  const visitId = planned.planVisit.id;
  const preBrief = await api.as<{ recordPreBrief: { hypotheses: { id: string }[] } }>(
    TRAINEE,
    `mutation ($input: RecordPreBriefInput!) { recordPreBrief(input: $input) { ${RESULT} ... on PreBrief { hypotheses { id } } } }`,
    {
      input: {
        visitId,
        companyInfoReviewed: '決算書3期分と前回の経営相談記録を確認',
        priorConsultation: '昨年度、設備投資の補助金申請を支援',
        hearingItems: ['工場長の引退時期', '後継候補の社内有無', '採用にかけられる年収水準'],
        hypotheses: [
          { kind: 'MANAGEMENT_ISSUE', statement: '事業承継に向けて生産管理の仕組み化が最優先の課題である' },
          { kind: 'HIRING_PROFILE', statement: '大手メーカーOBの生産管理経験者が適任である' },
        ],
        meetingPlan: '社長の将来展望を伺ってから課題の優先順位を一緒に整理する',
      },
    },
  );
  const [issueHypothesis, profileHypothesis] = preBrief.recordPreBrief.hypotheses;
  await api.as(TRAINEE, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { ${VISIT_RESULT} } }`, {
    input: {
      visitId,
      heldAt: daysFromNow(-10),
      durationMinutes: 90,
      traineeRole: 'CO_LEAD',
      stepsPractised: ['STEP1'],
      summary: '社長と工場長に面談。工程計画の属人化を確認。',
    },
  });
  await api.as(TRAINEE, `mutation ($input: RecordPostBriefInput!) { recordPostBrief(input: $input) { ${RESULT} } }`, {
    input: {
      visitId,
      hypothesisVerdicts: [
        { hypothesisId: issueHypothesis.id, verdict: 'CONFIRMED', note: '社長自身も最優先と認識' },
        {
          hypothesisId: profileHypothesis.id,
          verdict: 'REVISED',
          note: '大手OBより中堅企業で工場長経験のある人材が社風に合う',
        },
      ],
      findings: '工場長の引退は3年後。社内に後継候補はいない。',
      goodPoints: '社長の話を遮らず、将来展望から課題を引き出せた',
      improvementAreas: '採用条件（年収・勤務形態）の確認が浅かった',
      improvementPlan: '次回は人材要件シートを持参し条件を具体化する',
      nextActions: [
        {
          description: '人材要件シートの下書きを作成する',
          ownerId: userId(TRAINEE),
          dueOn: daysFromNow(7).slice(0, 10),
        },
        {
          description: 'プロ人材拠点の求人事例を共有する',
          ownerId: userId(MENTOR),
          dueOn: daysFromNow(5).slice(0, 10),
        },
      ],
      nextHearingItems: ['想定年収', '副業・兼業人材の受け入れ可否'],
    },
  });
  await api.as(
    MENTOR,
    `mutation ($input: GiveVisitFeedbackInput!) { giveVisitFeedback(input: $input) { ${RESULT} } }`,
    {
      input: {
        visitId,
        comment: '将来展望から課題を引き出す流れがよかった。条件面のヒアリングを次回の課題に。',
        ratings: [
          {
            behaviourId: behaviour('S1-HYPOTHESIS'),
            level: 2,
            comment: '仮説を持って臨めたが、検証の深掘りはメンター主導だった',
          },
          { behaviourId: behaviour('S1-LISTENING'), level: 3, comment: '傾聴の姿勢が一貫していた' },
        ],
      },
    },
  );
  // The second visit is planned; its pre-brief starts from the first visit's next actions and revised hypothesis.
  await api.as(TRAINEE, `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { ${VISIT_RESULT} } }`, {
    input: { supportCaseId: caseId, scheduledAt: daysFromNow(4), mentorIds: [userId(MENTOR)], traineeRole: 'LEAD' },
  });

  // 伊藤: a visit held three days ago without a post-brief (recorded two days ago, see backdateItoRecording).
  const itoCompany = await api.as<{ createClientCompany: { id: string } }>(
    TRAINEE_2,
    `mutation ($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id } }`,
    { input: { name: '有限会社てんま食品', industry: '食品製造', employeeCount: 18, prefecture: '大阪府' } },
  );
  const itoCase = await api.as<{ openSupportCase: { id: string } }>(
    TRAINEE_2,
    `mutation ($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { ${RESULT} ... on SupportCase { id } } }`,
    {
      input: {
        programId: program.id,
        clientCompanyId: itoCompany.createClientCompany.id,
        leadTraineeId: userId(TRAINEE_2),
      },
    },
  );
  const itoVisit = await api.as<{ planVisit: { id: string } }>(
    TRAINEE_2,
    `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { ${VISIT_RESULT} } }`,
    {
      input: {
        supportCaseId: itoCase.openSupportCase.id,
        scheduledAt: daysFromNow(-3),
        mentorIds: [userId(MENTOR)],
        traineeRole: 'OBSERVER',
      },
    },
  );
  await api.as(TRAINEE_2, `mutation ($input: RecordPreBriefInput!) { recordPreBrief(input: $input) { ${RESULT} } }`, {
    input: {
      visitId: itoVisit.planVisit.id,
      companyInfoReviewed: '会社案内と直近の決算概要を確認',
      priorConsultation: 'なし（初回訪問）',
      hearingItems: ['販路拡大の方針', '営業体制'],
      hypotheses: [{ kind: 'TALENT_ISSUE', statement: '営業を担える人材が社内にいない' }],
      meetingPlan: '田中さんが主導し、伊藤は同席して記録を取る',
    },
  });
  await api.as(TRAINEE_2, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { ${VISIT_RESULT} } }`, {
    input: {
      visitId: itoVisit.planVisit.id,
      heldAt: daysFromNow(-3),
      durationMinutes: 60,
      traineeRole: 'OBSERVER',
      stepsPractised: ['STEP0'],
      summary: '社長と面談。販路拡大の意欲を確認。',
    },
  });

  // 高橋 rates himself on the same behaviour, so the profile shows a gap.
  await api.as(
    TRAINEE,
    `mutation ($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { ${RESULT} } }`,
    {
      input: {
        programId: program.id,
        behaviourId: behaviour('S1-HYPOTHESIS'),
        level: 3,
        comment: '自分では仮説検証までできたと感じた',
      },
    },
  );
  return true;
}

/**
 * The API records a visit "now"; in the story 伊藤 recorded hers two days ago. Moves the recording time back and,
 * by the reminder rule (48 h after the visit, at least 24 h after recording: both a day ago), makes her pending
 * post-brief reminder due now, so the worker sends it as soon as it runs. Does nothing once she wrote the post-brief.
 */
export async function backdateItoRecording(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `WITH visit AS (
       UPDATE ojt_visit v SET "recordedAt" = v."heldAt" + interval '1 day'
         FROM user_account u
        WHERE u.id = v."traineeId" AND u.email = $1 AND v.status = 'VISITED'
        RETURNING v.id)
     UPDATE outbox o SET "availableAt" = now()
       FROM visit
      WHERE o."jobName" = $2 AND o."deduplicationKey" = visit.id::text AND o.status = 'PENDING'`,
    [TRAINEE_2, JobName.OJT_POST_BRIEF_OVERDUE],
  );
}
