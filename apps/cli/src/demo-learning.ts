import { DemoClient } from './demo-ojt';

/**
 * The off-JT part of the demo, played through the real GraphQL API: the demo program gets a kickoff and a first
 * lecture that took place (attendance recorded), a second lecture and a role-play session ahead (the role-play is
 * full, so 山本 waits), an e-learning module and a handbook with some progress, and a case-study workshop whose
 * submissions were reviewed by 田中 and, anonymously, by two peers each.
 */
const OWNER = 'owner@banso.example';
const MENTOR = 'mentor.tanaka@banso.example';
const TRAINEES = [
  'trainee.takahashi@banso.example',
  'trainee.ito@banso.example',
  'trainee.watanabe@banso.example',
  'trainee.yamamoto@banso.example',
];
const [TAKAHASHI, ITO, WATANABE, YAMAMOTO] = TRAINEES;

const RESULT = '__typename ... on ErrorResult { message }';
const HOUR = 3600 * 1000;
const at = (hoursFromNow: number): string => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

const SCORES = (levels: [number, number, number]) =>
  ['ISSUE_HYPOTHESIS_QUALITY', 'SOLUTION_BREADTH', 'TALENT_REQUIREMENT_CLARITY'].map((criterion, index) => ({
    criterion,
    level: levels[index],
  }));

export async function loadDemoLearning(graphqlUrl: string): Promise<boolean> {
  const api = new DemoClient(graphqlUrl);
  const ids = await api.as<{
    myPrograms: { edges: { node: { id: string; members: { user: { id: string; email: string } }[] } }[] };
  }>(OWNER, `{ myPrograms(first: 1) { edges { node { id members { user { id email } } } } } }`);
  const program = ids.myPrograms.edges[0].node;
  const existing = await api.as<{ learningActivities: { totalCount: number } }>(
    OWNER,
    `query ($programId: ID!) { learningActivities(programId: $programId) { totalCount } }`,
    { programId: program.id },
  );
  if (existing.learningActivities.totalCount) return false;
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

  const create = async (input: Record<string, unknown>): Promise<string> => {
    const created = await api.as<{ createLearningActivity: { id: string } }>(
      OWNER,
      `mutation ($input: CreateLearningActivityInput!) {
        createLearningActivity(input: $input) { ${RESULT} ... on LearningActivity { id } }
      }`,
      { input: { programId: program.id, ...input } },
    );
    return created.createLearningActivity.id;
  };
  const attendance = (activityId: string, entries: [string, string][]) =>
    api.as(OWNER, `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${RESULT} } }`, {
      input: { activityId, entries: entries.map(([email, status]) => ({ userId: userId(email), status })) },
    });
  const register = (activityId: string, email: string) =>
    api.as(email, `mutation ($input: RegisterForActivityInput!) { registerForActivity(input: $input) { ${RESULT} } }`, {
      input: { activityId },
    });

  // ATTENTION: the kickoff, three weeks ago, everyone there.
  const kickoff = await create({
    kind: 'KICKOFF',
    title: 'キックオフ：中核人材確保支援とは',
    description: '地域の人材不足の現状と、担い手に期待される役割を共有します',
    aidaStage: 'ATTENTION',
    startsAt: at(-21 * 24),
    endsAt: at(-21 * 24 + 2),
    location: 'おおさか中核人材活用推進機構 大会議室',
    required: true,
    instructorName: '佐藤 美咲',
  });
  await attendance(
    kickoff,
    TRAINEES.map((email) => [email, 'ATTENDED']),
  );

  // INTEREST: lecture 1 took place two weeks ago (伊藤 was excused), lecture 2 is next week.
  const lecture1 = await create({
    kind: 'LECTURE',
    title: '講義①：3ステップで進める人材確保支援',
    aidaStage: 'INTEREST',
    startsAt: at(-14 * 24),
    endsAt: at(-14 * 24 + 3),
    location: 'オンライン',
    onlineUrl: 'https://meet.example.jp/banso-lecture-1',
    capacity: 30,
    required: true,
    behaviourIds: [behaviour('S1-HYPOTHESIS')],
    instructorName: '中小企業診断士 木村 一郎',
  });
  await attendance(lecture1, [
    [TAKAHASHI, 'ATTENDED'],
    [ITO, 'EXCUSED'],
    [WATANABE, 'ATTENDED'],
    [YAMAMOTO, 'ATTENDED'],
  ]);
  const lecture2 = await create({
    kind: 'LECTURE',
    title: '講義②：経営者との対話と傾聴',
    aidaStage: 'INTEREST',
    startsAt: at(7 * 24),
    endsAt: at(7 * 24 + 3),
    location: 'なにわ商工会議所 3階ホール',
    capacity: 30,
    required: true,
    behaviourIds: [behaviour('S1-LISTENING')],
    instructorName: '田中 健一',
  });
  for (const email of [TAKAHASHI, ITO, WATANABE]) await register(lecture2, email);

  // Self-paced material: e-learning (高橋 done, 伊藤 halfway) and the handbook (two acknowledgements).
  const elearning = await create({
    kind: 'ELEARNING',
    title: 'eラーニング：人的資本経営と中核人材',
    aidaStage: 'INTEREST',
    endsAt: at(30 * 24),
    onlineUrl: 'https://learn.example.jp/banso/core-talent',
    required: true,
  });
  for (const [email, progressPercent] of [
    [TAKAHASHI, 100],
    [ITO, 50],
  ] as const) {
    await api.as(
      email,
      `mutation ($input: RecordLearningProgressInput!) { recordLearningProgress(input: $input) { ${RESULT} } }`,
      { input: { activityId: elearning, progressPercent } },
    );
  }
  const handbook = await create({
    kind: 'HANDBOOK',
    title: '担い手ハンドブック（令和7年度版）',
    aidaStage: 'INTEREST',
    onlineUrl: 'https://learn.example.jp/banso/handbook.pdf',
    required: true,
  });
  for (const email of [TAKAHASHI, WATANABE]) {
    await api.as(
      email,
      `mutation ($input: AcknowledgeHandbookInput!) { acknowledgeHandbook(input: $input) { ${RESULT} } }`,
      {
        input: { activityId: handbook },
      },
    );
  }

  // DESIRE: a case-study workshop on a past case; everyone submits, peers are allocated, 田中 and the peers review.
  const caseStudy = await api.as<{ createCaseStudy: { id: string } }>(
    OWNER,
    `mutation ($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { ${RESULT} ... on CaseStudy { id } } }`,
    {
      input: {
        programId: program.id,
        title: '金属加工業における生産管理者の確保',
        industry: '製造業（金属加工）',
        background: '従業員45名、創業60年。二代目社長が事業承継を控えている',
        managementIssues: '生産管理が工場長に属人化し、受注増に対応できない',
        whatWasDone: '経営者との対話で課題を整理し、生産管理の経験者を副業で受け入れた',
        outcome: '納期遵守率が改善し、翌年の正社員採用につながった',
        source: '中核人材確保支援 事例集（令和6年度）',
      },
    },
  );
  const workshop = await create({
    kind: 'CASE_STUDY',
    title: 'ケーススタディー・ワークショップ：仮説から人材要件へ',
    aidaStage: 'DESIRE',
    startsAt: at(-7 * 24),
    endsAt: at(-7 * 24 + 4),
    location: 'おおさか中核人材活用推進機構 研修室',
    capacity: 20,
    required: true,
    behaviourIds: [behaviour('S1-HYPOTHESIS'), behaviour('S1-LISTENING')],
    instructorName: '田中 健一',
  });
  await api.as(OWNER, `mutation ($input: SetUpCaseWorkInput!) { setUpCaseWork(input: $input) { ${RESULT} } }`, {
    input: { activityId: workshop, caseStudyId: caseStudy.createCaseStudy.id, peerReviewersPerSubmission: 2 },
  });
  await attendance(
    workshop,
    TRAINEES.map((email) => [email, 'ATTENDED']),
  );
  const submissions = new Map<string, string>();
  for (const [index, email] of TRAINEES.entries()) {
    const submitted = await api.as<{ submitCaseWork: { id: string } }>(
      email,
      `mutation ($input: SubmitCaseWorkInput!) { submitCaseWork(input: $input) { ${RESULT} ... on CaseSubmission { id } } }`,
      {
        input: {
          activityId: workshop,
          issueHypotheses: [
            '生産管理の属人化が受注拡大のボトルネックになっている',
            '事業承継を見据えた幹部候補が社内にいない',
            '工程計画が紙で管理され、負荷が見えていない',
            '若手の技能伝承が進まず、品質が安定しない',
          ][index],
          proposedSolutions: '副業人材による工程の標準化、社内育成、外部人材の正社員採用を比較する',
          talentRequirementDraft: '生産管理の実務経験5年以上、現場改善の実績、若手指導の経験',
          final: true,
        },
      },
    );
    submissions.set(email, submitted.submitCaseWork.id);
  }
  await api.as(
    OWNER,
    `mutation ($input: CloseCaseSubmissionsInput!) { closeCaseSubmissions(input: $input) { ${RESULT} } }`,
    {
      input: { activityId: workshop },
    },
  );
  const review = (email: string, submissionId: string, levels: [number, number, number], comment: string) =>
    api.as(email, `mutation ($input: ReviewCaseWorkInput!) { reviewCaseWork(input: $input) { ${RESULT} } }`, {
      input: { submissionId, scores: SCORES(levels), comment },
    });
  await review(MENTOR, submissions.get(TAKAHASHI)!, [3, 2, 3], '仮説が企業情報に基づいている。解決策の比較をもう一歩');
  await review(MENTOR, submissions.get(ITO)!, [2, 2, 2], '事業承継の論点は良い。人材要件を具体的に');
  for (const email of TRAINEES) {
    const mine = await api.as<{ myCaseWork: { peerReviewsToDo: { id: string }[] } }>(
      email,
      `query ($activityId: ID!) { myCaseWork(activityId: $activityId) { peerReviewsToDo { id } } }`,
      { activityId: workshop },
    );
    for (const { id } of mine.myCaseWork.peerReviewsToDo) {
      await review(email, id, [2, 3, 2], '自社の支援先にも当てはまる視点で参考になった');
    }
  }

  // ACTION: a role-play session next week with two seats: 山本 waits for a seat.
  const rolePlay = await create({
    kind: 'ROLE_PLAY',
    title: 'ロールプレイ：初回ヒアリング',
    aidaStage: 'ACTION',
    startsAt: at(10 * 24),
    endsAt: at(10 * 24 + 2),
    location: 'なにわ商工会議所 会議室B',
    capacity: 2,
    behaviourIds: [behaviour('S1-LISTENING')],
    instructorName: '鈴木 由美',
  });
  for (const email of [TAKAHASHI, WATANABE, YAMAMOTO]) await register(rolePlay, email);
  return true;
}
