import { TestApp, errorCode } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';
import {
  CASE_STUDY_INPUT,
  CASE_SUBMISSIONS,
  CASE_WORK,
  CLOSE_SUBMISSIONS,
  CREATE_CASE_STUDY,
  FULL_SCORES,
  LearningFactory,
  MY_CASE_WORK,
  REVIEW_CASE_WORK,
  SET_UP_CASE_WORK,
  SUBMIT_CASE_WORK,
} from '../factories/learning.factory';

interface Review {
  role: string;
  reviewerId: string | null;
  submissionVersion: number;
  scores: { criterion: string; level: number }[];
  comment: string;
}
interface Submission {
  id: string;
  traineeId: string;
  status: string;
  version: number;
  issueHypotheses: string;
  revisions: { version: number; issueHypotheses: string }[];
  reviews: Review[];
}
type Result = Record<string, unknown> & { __typename: string; code?: string; message?: string };

const MENTOR_ASSESSMENT = `mutation ($input: RecordMentorAssessmentInput!) {
  recordMentorAssessment(input: $input) { __typename ... on Assessment { evidenceType evidenceId } ... on ErrorResult { code } }
}`;

describe('Off-JT learning: case-study workshops with mentor and peer review', () => {
  let t: TestApp;
  let c: Cohort;
  let learning: LearningFactory;
  let framework: FrameworkRow;
  let ito: UserRow;
  let watanabe: UserRow;
  let englishTrainee: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    learning = new LearningFactory(t);
    framework = await new CompetencyFactory(t.dataSource).defaultFramework();
    ito = await t.factory.user({ organizationId: c.chamber.id, displayName: '伊藤 さくら' });
    watanabe = await t.factory.user({ organizationId: c.chamber.id, displayName: '渡辺 大輔' });
    englishTrainee = await t.factory.user({ organizationId: c.chamber.id, locale: 'en', displayName: 'Ken Trainee' });
    for (const trainee of [ito, watanabe, englishTrainee]) await t.factory.member(c.program.id, trainee.id, 'TRAINEE');
  });
  afterAll(() => t.close());

  async function call<T = Result>(query: string, input: Record<string, unknown>, as: UserRow): Promise<T> {
    const res = await t.gql<Record<string, T>>(query, { input }, { as });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0];
  }

  const snapshot = async () => ({
    submissions: await t.count('case_submission'),
    revisions: await t.count('case_submission_revision'),
    reviews: await t.count('case_review'),
    assignments: await t.count('case_peer_assignment'),
    audit: await t.count('audit_event'),
  });

  async function workshop(peerReviewersPerSubmission: number): Promise<{ activityId: string; caseStudyId: string }> {
    const caseStudy = await call<{ id: string }>(
      CREATE_CASE_STUDY,
      { programId: c.program.id, ...CASE_STUDY_INPUT },
      c.owner,
    );
    const activityId = await learning.activity(c, { kind: 'CASE_STUDY', title: 'ケーススタディー 製造業' });
    const setUp = await call(
      SET_UP_CASE_WORK,
      { activityId, caseStudyId: caseStudy.id, peerReviewersPerSubmission },
      c.owner,
    );
    expect(setUp).toMatchObject({ __typename: 'LearningActivity', caseStudyId: caseStudy.id });
    return { activityId, caseStudyId: caseStudy.id };
  }

  it('drafts, a locked final, peers allocated at closing, a mentor and two peers review, the author sees peers anonymously, a resubmission keeps the history, and the reviewed work is evidence', async () => {
    const { activityId } = await workshop(2);
    const rubric = await t.gql<{
      learningActivity: {
        caseStudy: { title: string };
        rubric: { code: string; title: string; levels: { description: string }[] }[];
      };
    }>(
      `query ($id: ID!) { learningActivity(id: $id) { caseStudy { title } rubric { code title levels { description } } } }`,
      { id: activityId },
      { as: c.trainee },
    );
    expect(rubric.data?.learningActivity.caseStudy.title).toBe(CASE_STUDY_INPUT.title);
    expect(rubric.data?.learningActivity.rubric.map((r) => [r.code, r.title, r.levels.length])).toEqual([
      ['ISSUE_HYPOTHESIS_QUALITY', '経営課題の仮説の質', 5],
      ['SOLUTION_BREADTH', '解決策の幅', 5],
      ['TALENT_REQUIREMENT_CLARITY', '人材要件の明確さ', 5],
    ]);

    // 高橋 saves a draft, edits it, then submits; the final version is locked.
    const draft = await call<Submission>(
      SUBMIT_CASE_WORK,
      { activityId, ...CASE_WORK, issueHypotheses: 'メモ', final: false },
      c.trainee,
    );
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, issueHypotheses: 'メモ' });
    const final = await call<Submission>(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, c.trainee);
    expect(final).toMatchObject({
      id: draft.id,
      status: 'FINAL',
      version: 1,
      issueHypotheses: CASE_WORK.issueHypotheses,
    });
    const before = await snapshot();
    expect(await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, c.trainee)).toMatchObject({
      code: 'SUBMISSION_LOCKED',
      message: '提出済みの課題はレビューされるまで変更できません',
    });
    expect(await snapshot()).toEqual(before);

    // Three more trainees submit; one stays a draft and takes no part in peer review.
    await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, ito);
    await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, watanabe);
    await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: false }, englishTrainee);
    expect(await call(CLOSE_SUBMISSIONS, { activityId }, c.owner)).toMatchObject({ __typename: 'LearningActivity' });

    // Each of the three final submissions has two peer reviewers, never its author; each author owes two reviews.
    const assignments = await t.dataSource.query<{ traineeId: string; reviewerId: string }[]>(
      `SELECT s."traineeId", a."reviewerId" FROM case_peer_assignment a JOIN case_submission s ON s.id = a."submissionId"
       WHERE s."activityId" = $1`,
      [activityId],
    );
    expect(assignments).toHaveLength(6);
    for (const author of [c.trainee, ito, watanabe]) {
      const reviewers = assignments.filter((a) => a.traineeId === author.id).map((a) => a.reviewerId);
      expect(reviewers.sort()).toEqual(
        [c.trainee, ito, watanabe]
          .map((u) => u.id)
          .filter((id) => id !== author.id)
          .sort(),
      );
      expect(assignments.filter((a) => a.reviewerId === author.id)).toHaveLength(2);
    }
    expect(assignments.some((a) => a.reviewerId === englishTrainee.id || a.traineeId === englishTrainee.id)).toBe(
      false,
    );

    const itoWork = await t.gql<{ myCaseWork: { peerReviewsToDo: { id: string; traineeId: string }[] } }>(
      MY_CASE_WORK,
      { activityId },
      { as: ito },
    );
    expect(itoWork.data?.myCaseWork.peerReviewsToDo.map((s) => s.traineeId).sort()).toEqual(
      [c.trainee.id, watanabe.id].sort(),
    );

    // The mentor and both peers review 高橋's work.
    const mentorReview = await call(
      REVIEW_CASE_WORK,
      { submissionId: final.id, scores: FULL_SCORES(3), comment: '仮説が具体的' },
      c.mentor,
    );
    expect(mentorReview).toMatchObject({
      __typename: 'CaseReview',
      role: 'MENTOR',
      reviewerId: c.mentor.id,
      submissionVersion: 1,
    });
    for (const peer of [ito, watanabe]) {
      expect(
        await call(REVIEW_CASE_WORK, { submissionId: final.id, scores: FULL_SCORES(2), comment: '参考になった' }, peer),
      ).toMatchObject({
        role: 'PEER',
      });
    }

    // 高橋 sees the peers anonymously; the owner sees who reviewed.
    const mine = await t.gql<{ myCaseWork: { submission: Submission } }>(
      MY_CASE_WORK,
      { activityId },
      { as: c.trainee },
    );
    expect(mine.data?.myCaseWork.submission.reviews.map((r) => [r.role, r.reviewerId])).toEqual([
      ['MENTOR', c.mentor.id],
      ['PEER', null],
      ['PEER', null],
    ]);
    const all = await t.gql<{ caseSubmissions: Submission[] }>(CASE_SUBMISSIONS, { activityId }, { as: c.owner });
    const takahashi = all.data!.caseSubmissions.find((s) => s.traineeId === c.trainee.id)!;
    expect(takahashi.reviews.map((r) => r.reviewerId).sort()).toEqual([c.mentor.id, ito.id, watanabe.id].sort());
    expect(all.data!.caseSubmissions).toHaveLength(4);

    // Once submissions are closed, even reviewed work cannot be resubmitted.
    expect(await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, c.trainee)).toMatchObject({
      code: 'SUBMISSIONS_CLOSED',
    });

    // The mentor cites the reviewed submission as CASE_SUBMISSION evidence; 渡辺's unreviewed one is refused.
    const rate = async (evidenceId: string) =>
      call(
        MENTOR_ASSESSMENT,
        {
          programId: c.program.id,
          traineeId: c.trainee.id,
          behaviourId: framework.behaviours['S1-HYPOTHESIS'],
          level: 3,
          evidence: { type: 'CASE_SUBMISSION', id: evidenceId },
        },
        c.mentor,
      );
    expect(await rate(final.id)).toMatchObject({ evidenceType: 'CASE_SUBMISSION', evidenceId: final.id });
    const watanabeSubmission = all.data!.caseSubmissions.find((s) => s.traineeId === watanabe.id)!;
    expect(await rate(watanabeSubmission.id)).toMatchObject({ code: 'EVIDENCE_NOT_FOUND' });
  });

  it('a resubmission after a review starts version 2 and keeps version 1 as history', async () => {
    const { activityId } = await workshop(0);
    const first = await call<Submission>(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, c.trainee);
    await call(
      REVIEW_CASE_WORK,
      { submissionId: first.id, scores: FULL_SCORES(1), comment: '解決策の幅を広げて' },
      c.mentor,
    );
    const second = await call<Submission>(
      SUBMIT_CASE_WORK,
      {
        activityId,
        ...CASE_WORK,
        proposedSolutions: '副業・出向・社内育成を比較',
        issueHypotheses: '改訂した仮説',
        final: true,
      },
      c.trainee,
    );
    expect(second).toMatchObject({ id: first.id, status: 'FINAL', version: 2, issueHypotheses: '改訂した仮説' });
    expect(second.revisions).toEqual([{ version: 1, issueHypotheses: CASE_WORK.issueHypotheses }]);
    expect(second.reviews.map((r) => r.submissionVersion)).toEqual([1]);
    // The new version is locked again until reviewed, and the mentor may review it once more.
    expect(await call(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: false }, c.trainee)).toMatchObject({
      code: 'SUBMISSION_LOCKED',
    });
    expect(
      await call(REVIEW_CASE_WORK, { submissionId: first.id, scores: FULL_SCORES(3), comment: '良くなった' }, c.mentor),
    ).toMatchObject({
      submissionVersion: 2,
    });
  });

  it('an activity may have its own rubric; reviews are scored against it', async () => {
    const caseStudy = await call<{ id: string }>(
      CREATE_CASE_STUDY,
      { programId: c.program.id, ...CASE_STUDY_INPUT },
      c.owner,
    );
    const activityId = await learning.activity(c, { kind: 'WORKSHOP', title: 'ワークショップ 傾聴' });
    const levels = ['未実施', '一部', '概ね', '十分', '模範的'];
    const own = [{ code: 'LISTENING', title: '傾聴の姿勢', levels }];
    const duplicate = await t.gql(
      SET_UP_CASE_WORK,
      { input: { activityId, caseStudyId: caseStudy.id, peerReviewersPerSubmission: 0, rubric: [...own, ...own] } },
      { as: c.owner },
    );
    expect(duplicate.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['input.rubric']);
    const setUp = await call<{
      rubric: { code: string; title: string; levels: { level: number; description: string }[] }[];
    }>(
      SET_UP_CASE_WORK,
      { activityId, caseStudyId: caseStudy.id, peerReviewersPerSubmission: 0, rubric: own },
      c.owner,
    );
    expect(setUp.rubric).toEqual([
      { code: 'LISTENING', title: '傾聴の姿勢', levels: levels.map((description, level) => ({ level, description })) },
    ]);
    const submitted = await call<Submission>(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, ito);
    expect(
      await call(REVIEW_CASE_WORK, { submissionId: submitted.id, scores: FULL_SCORES(2), comment: 'x' }, c.mentor),
    ).toMatchObject({ code: 'RUBRIC_MISMATCH', missing: ['LISTENING'] });
    expect(
      await call(
        REVIEW_CASE_WORK,
        { submissionId: submitted.id, scores: [{ criterion: 'LISTENING', level: 4 }], comment: '傾聴が丁寧' },
        c.mentor,
      ),
    ).toMatchObject({ __typename: 'CaseReview', scores: [{ criterion: 'LISTENING', level: 4 }] });
  });

  it('refuses bad case work and reviews with a clear error, in ja and en, writing nothing', async () => {
    const { activityId } = await workshop(1);
    const draft = await call<Submission>(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: false }, ito);
    const final = await call<Submission>(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, c.trainee);

    const refused = async (query: string, input: Record<string, unknown>, as: UserRow) => {
      const before = await snapshot();
      const res = await t.gql<Record<string, Result>>(query, { input }, { as });
      expect(await snapshot()).toEqual(before);
      return { res, result: res.data ? Object.values(res.data)[0] : undefined };
    };

    // A review by the author.
    expect(
      (await refused(REVIEW_CASE_WORK, { submissionId: final.id, scores: FULL_SCORES(4), comment: '完璧' }, c.trainee))
        .result,
    ).toEqual({
      __typename: 'OwnSubmissionReviewError',
      code: 'OWN_SUBMISSION_REVIEW',
      message: '自分の課題はレビューできません',
    });
    // A peer not allocated (submissions are still open) is refused; a draft cannot be reviewed.
    expect(
      errorCode(
        (await refused(REVIEW_CASE_WORK, { submissionId: final.id, scores: FULL_SCORES(2), comment: 'x' }, ito)).res,
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await refused(REVIEW_CASE_WORK, { submissionId: draft.id, scores: FULL_SCORES(2), comment: 'x' }, c.mentor))
        .result,
    ).toMatchObject({
      code: 'SUBMISSION_NOT_FINAL',
    });
    // Scores must match the rubric; levels are 0–4.
    const mismatch = await refused(
      REVIEW_CASE_WORK,
      { submissionId: final.id, scores: [...FULL_SCORES(2).slice(1), { criterion: 'CHARM', level: 4 }], comment: 'x' },
      c.mentor,
    );
    expect(mismatch.result).toMatchObject({
      __typename: 'RubricMismatchError',
      missing: ['ISSUE_HYPOTHESIS_QUALITY'],
      unknown: ['CHARM'],
      repeated: [],
    });
    const tooHigh = await refused(
      REVIEW_CASE_WORK,
      { submissionId: final.id, scores: [{ criterion: 'SOLUTION_BREADTH', level: 5 }], comment: 'x' },
      c.mentor,
    );
    expect(tooHigh.res.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['input.scores.0.level']);
    // Reviewing the same version twice.
    await call(REVIEW_CASE_WORK, { submissionId: final.id, scores: FULL_SCORES(2), comment: '良い' }, c.mentor);
    expect(
      (await refused(REVIEW_CASE_WORK, { submissionId: final.id, scores: FULL_SCORES(3), comment: '再' }, c.mentor))
        .result,
    ).toMatchObject({
      code: 'ALREADY_REVIEWED',
    });

    // A final submission needs every field; case work only in CASE_STUDY and WORKSHOP activities.
    const empty = await refused(
      SUBMIT_CASE_WORK,
      { activityId, ...CASE_WORK, proposedSolutions: ' ', final: true },
      englishTrainee,
    );
    expect(empty.res.errors?.[0].message).toBe(
      'Invalid input (input.proposedSolutions): must be filled in for a final submission',
    );
    const lecture = await learning.activity(c, { kind: 'LECTURE' });
    expect(
      (await refused(SUBMIT_CASE_WORK, { activityId: lecture, ...CASE_WORK, final: false }, englishTrainee)).result,
    ).toMatchObject({
      code: 'ACTIVITY_KIND_MISMATCH',
      message: 'This only applies to: case study, workshop (this activity: lecture)',
    });

    // A case study of another program cannot be attached.
    const foreign = await call<{ id: string }>(
      CREATE_CASE_STUDY,
      { programId: c.otherProgram.id, ...CASE_STUDY_INPUT },
      c.otherOwner,
    );
    const attach = await refused(
      SET_UP_CASE_WORK,
      { activityId, caseStudyId: foreign.id, peerReviewersPerSubmission: 1 },
      c.owner,
    );
    expect(attach.res.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['input.caseStudyId']);

    // Closed submissions refuse new work and a second closing.
    await call(CLOSE_SUBMISSIONS, { activityId }, c.owner);
    expect((await refused(SUBMIT_CASE_WORK, { activityId, ...CASE_WORK, final: true }, ito)).result).toMatchObject({
      code: 'SUBMISSIONS_CLOSED',
      message: 'この研修の課題提出は締め切られています',
    });
    expect((await refused(CLOSE_SUBMISSIONS, { activityId }, c.owner)).result).toMatchObject({
      code: 'SUBMISSIONS_CLOSED',
    });
  });
});
