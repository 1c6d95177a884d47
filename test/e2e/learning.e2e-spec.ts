import { TestApp } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';
import {
  ACKNOWLEDGE,
  CANCEL_ACTIVITY,
  CANCEL_REGISTRATION,
  CHECK_IN,
  Kind,
  LearningFactory,
  MY_LEARNING,
  PROGRAM_ATTENDANCE,
  RECORD_ATTENDANCE,
  RECORD_PROGRESS,
  UPDATE_ACTIVITY,
} from '../factories/learning.factory';

const ACTIVITIES = `query ($programId: ID!, $filter: LearningActivityFilter, $first: Int, $after: String) {
  learningActivities(programId: $programId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title required behaviourIds behaviours { code } seats { registered waitlisted remaining } } }
  }
}`;
const NOTIFICATIONS = `query { notifications { edges { node { kind subjectType message } } } }`;
const MENTOR_ASSESSMENT = `mutation ($input: RecordMentorAssessmentInput!) {
  recordMentorAssessment(input: $input) {
    __typename
    ... on Assessment { id level evidenceType evidenceId }
    ... on ErrorResult { code message }
  }
}`;

interface ParticipationNode {
  id: string;
  userId: string;
  registrationStatus: string | null;
  waitlistPosition: number | null;
  attendance: string | null;
  checkedInAt: string | null;
  progressPercent: number;
  completedAt: string | null;
  acknowledgedAt: string | null;
  done: boolean;
}

const ALL_KINDS: Kind[] = [
  'KICKOFF',
  'LECTURE',
  'ELEARNING',
  'HANDBOOK',
  'CASE_STUDY',
  'WORKSHOP',
  'ROLE_PLAY',
  'DEMO_SEMINAR',
  'FIELDWORK',
];
const REQUIRED: Kind[] = ['KICKOFF', 'LECTURE', 'ELEARNING', 'HANDBOOK'];

describe('Off-JT learning: the program story', () => {
  let t: TestApp;
  let c: Cohort;
  let learning: LearningFactory;
  let framework: FrameworkRow;
  let ito: UserRow;
  let watanabe: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    learning = new LearningFactory(t);
    framework = await new CompetencyFactory(t.dataSource).defaultFramework();
    ito = await t.factory.user({ organizationId: c.chamber.id, displayName: '伊藤 さくら' });
    watanabe = await t.factory.user({ organizationId: c.chamber.id, displayName: '渡辺 大輔' });
    await t.factory.member(c.program.id, ito.id, 'TRAINEE');
    await t.factory.member(c.program.id, watanabe.id, 'TRAINEE');
  });
  afterAll(() => t.close());

  const gqlData = async <T>(query: string, variables: Record<string, unknown>, as: UserRow): Promise<T> => {
    const res = await t.gql<T>(query, variables, { as });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('runs every kind of activity through registration, waitlist, attendance, check-in, e-learning, handbook and evidence', async () => {
    // One activity of each kind; the four basics are required (必修), the workshop has one seat.
    const ids = {} as Record<Kind, string>;
    for (const kind of ALL_KINDS) {
      ids[kind] = await learning.activity(c, {
        kind,
        required: REQUIRED.includes(kind),
        capacity: kind === 'WORKSHOP' ? 1 : undefined,
        aidaStage: kind === 'KICKOFF' ? 'ATTENTION' : kind === 'WORKSHOP' ? 'DESIRE' : 'INTEREST',
        behaviourIds:
          kind === 'WORKSHOP' ? [framework.behaviours['S1-LISTENING'], framework.behaviours['S1-HYPOTHESIS']] : [],
      });
    }
    const list = await gqlData<{
      learningActivities: { totalCount: number; edges: { node: { kind: string; behaviours: { code: string }[] } }[] };
    }>(ACTIVITIES, { programId: c.program.id }, c.trainee);
    expect(list.learningActivities.totalCount).toBe(9);
    expect(new Set(list.learningActivities.edges.map((e) => e.node.kind))).toEqual(new Set(ALL_KINDS));
    const workshopNode = list.learningActivities.edges.find((e) => e.node.kind === 'WORKSHOP')!.node;
    expect(workshopNode.behaviours.map((b) => b.code)).toEqual(['S1-LISTENING', 'S1-HYPOTHESIS']);
    const required = await gqlData<{ learningActivities: { totalCount: number } }>(
      ACTIVITIES,
      { programId: c.program.id, filter: { required: true } },
      c.mentor,
    );
    expect(required.learningActivities.totalCount).toBe(4);
    const firstPage = await gqlData<{
      learningActivities: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
    }>(ACTIVITIES, { programId: c.program.id, first: 5 }, c.trainee);
    const secondPage = await gqlData<{
      learningActivities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      ACTIVITIES,
      { programId: c.program.id, first: 5, after: firstPage.learningActivities.pageInfo.endCursor },
      c.trainee,
    );
    expect(secondPage.learningActivities.edges).toHaveLength(4);
    expect(secondPage.learningActivities.pageInfo.hasNextPage).toBe(false);
    expect(
      new Set([...firstPage.learningActivities.edges, ...secondPage.learningActivities.edges].map((e) => e.node.id))
        .size,
    ).toBe(9);

    // Workshop, one seat: 高橋 gets it, 伊藤 and 渡辺 wait in arrival order; 高橋 gives it up → 伊藤 is promoted.
    expect(await learning.register(ids.WORKSHOP, c.trainee)).toMatchObject({ registrationStatus: 'REGISTERED' });
    expect(await learning.register(ids.WORKSHOP, ito)).toMatchObject({
      registrationStatus: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect(await learning.register(ids.WORKSHOP, c.owner, watanabe.id)).toMatchObject({
      registrationStatus: 'WAITLISTED',
      waitlistPosition: 2,
    });
    expect(await learning.register(ids.WORKSHOP, ito)).toMatchObject({
      __typename: 'AlreadyRegisteredError',
      currentStatus: 'WAITLISTED',
      currentWaitlistPosition: 1,
    });
    const cancelled = await gqlData<{ cancelRegistration: ParticipationNode }>(
      CANCEL_REGISTRATION,
      { input: { activityId: ids.WORKSHOP } },
      c.trainee,
    );
    expect(cancelled.cancelRegistration).toMatchObject({ registrationStatus: 'CANCELLED', waitlistPosition: null });
    const itoNotes = await gqlData<{
      notifications: { edges: { node: { kind: string; subjectType: string; message: string } }[] };
    }>(NOTIFICATIONS, {}, ito);
    expect(itoNotes.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'WAITLIST_PROMOTED',
        subjectType: 'Participation',
        message: 'キャンセル待ちから繰り上がり、「WORKSHOP 中核人材確保の基礎」に参加登録されました',
      }),
    ]);
    const itoLearning = await gqlData<{
      myLearning: { activity: { id: string }; participation: ParticipationNode | null }[];
    }>(MY_LEARNING, { programId: c.program.id }, ito);
    expect(itoLearning.myLearning).toHaveLength(9);
    expect(itoLearning.myLearning.find((e) => e.activity.id === ids.WORKSHOP)?.participation).toMatchObject({
      registrationStatus: 'REGISTERED',
      waitlistPosition: null,
    });
    const watanabeLearning = await gqlData<{
      myLearning: { activity: { id: string }; participation: ParticipationNode | null }[];
    }>(MY_LEARNING, { programId: c.program.id }, watanabe);
    expect(watanabeLearning.myLearning.find((e) => e.activity.id === ids.WORKSHOP)?.participation).toMatchObject({
      registrationStatus: 'WAITLISTED',
      waitlistPosition: 1,
    });

    // Kickoff: everyone registers; 渡辺 checks in with the code; the owner marks the rest in one call.
    for (const person of [c.trainee, ito, watanabe]) {
      expect(await learning.register(ids.KICKOFF, person)).toMatchObject({ registrationStatus: 'REGISTERED' });
    }
    const code = await learning.checkInCode(ids.KICKOFF, c.owner);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const wrong = await gqlData<{ checkIn: { __typename: string; attemptsLeft: number } }>(
      CHECK_IN,
      { input: { activityId: ids.KICKOFF, code: code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' } },
      watanabe,
    );
    expect(wrong.checkIn).toMatchObject({ __typename: 'WrongCheckInCodeError', attemptsLeft: 4 });
    const checkedIn = await gqlData<{ checkIn: ParticipationNode }>(
      CHECK_IN,
      { input: { activityId: ids.KICKOFF, code: code.toLowerCase() } },
      watanabe,
    );
    expect(checkedIn.checkIn).toMatchObject({ attendance: 'ATTENDED', registrationStatus: 'REGISTERED', done: true });
    expect(checkedIn.checkIn.checkedInAt).not.toBeNull();
    const kickoffSheet = await gqlData<{ recordAttendance: { participations: ParticipationNode[] } }>(
      RECORD_ATTENDANCE,
      {
        input: {
          activityId: ids.KICKOFF,
          entries: [
            { userId: c.trainee.id, status: 'ATTENDED' },
            { userId: ito.id, status: 'ABSENT' },
          ],
        },
      },
      c.owner,
    );
    expect(kickoffSheet.recordAttendance.participations.map((p) => [p.userId, p.attendance, p.done])).toEqual([
      [c.trainee.id, 'ATTENDED', true],
      [ito.id, 'ABSENT', false],
    ]);
    const kickoffParticipationOfTakahashi = kickoffSheet.recordAttendance.participations[0].id;

    // Lecture: nobody registered; the owner records the whole cohort at once (walk-ins are fine).
    const lectureSheet = await gqlData<{ recordAttendance: { participations: ParticipationNode[] } }>(
      RECORD_ATTENDANCE,
      {
        input: {
          activityId: ids.LECTURE,
          entries: [
            { userId: c.trainee.id, status: 'ATTENDED' },
            { userId: ito.id, status: 'ATTENDED' },
            { userId: watanabe.id, status: 'EXCUSED' },
          ],
        },
      },
      c.owner,
    );
    expect(lectureSheet.recordAttendance.participations.map((p) => [p.registrationStatus, p.attendance])).toEqual([
      [null, 'ATTENDED'],
      [null, 'ATTENDED'],
      [null, 'EXCUSED'],
    ]);

    // E-learning: 高橋 30 % → 100 % (completed with a time), 伊藤 stops at 50 %.
    const progress = async (as: UserRow, progressPercent: number) =>
      (
        await gqlData<{ recordLearningProgress: ParticipationNode }>(
          RECORD_PROGRESS,
          { input: { activityId: ids.ELEARNING, progressPercent } },
          as,
        )
      ).recordLearningProgress;
    expect(await progress(c.trainee, 30)).toMatchObject({ progressPercent: 30, completedAt: null, done: false });
    const completed = await progress(c.trainee, 100);
    expect(completed).toMatchObject({ progressPercent: 100, done: true });
    expect(completed.completedAt).not.toBeNull();
    expect(await progress(c.trainee, 100)).toMatchObject({ completedAt: completed.completedAt });
    expect(await progress(ito, 50)).toMatchObject({ progressPercent: 50, done: false });

    // Handbook: 高橋 and 伊藤 acknowledge; acknowledging twice keeps the first time.
    const acknowledge = async (as: UserRow) =>
      (
        await gqlData<{ acknowledgeHandbook: ParticipationNode }>(
          ACKNOWLEDGE,
          { input: { activityId: ids.HANDBOOK } },
          as,
        )
      ).acknowledgeHandbook;
    const first = await acknowledge(c.trainee);
    expect(first).toMatchObject({ done: true });
    expect((await acknowledge(c.trainee)).acknowledgedAt).toBe(first.acknowledgedAt);
    await acknowledge(ito);

    // Fieldwork is cancelled: 渡辺, registered, is told why; it leaves the figures.
    await learning.register(ids.FIELDWORK, watanabe);
    const cancelledFieldwork = await gqlData<{ cancelLearningActivity: { status: string; cancelReason: string } }>(
      CANCEL_ACTIVITY,
      { input: { activityId: ids.FIELDWORK, reason: '台風接近のため' } },
      c.owner,
    );
    expect(cancelledFieldwork.cancelLearningActivity).toMatchObject({
      status: 'CANCELLED',
      cancelReason: '台風接近のため',
    });
    const watanabeNotes = await gqlData<{ notifications: { edges: { node: { kind: string; message: string } }[] } }>(
      NOTIFICATIONS,
      {},
      watanabe,
    );
    expect(watanabeNotes.notifications.edges.map((e) => e.node)).toEqual([
      {
        kind: 'LEARNING_ACTIVITY_CANCELLED',
        subjectType: 'LearningActivity',
        message: '「FIELDWORK 中核人材確保の基礎」は中止になりました。理由: 台風接近のため',
      },
    ]);

    // The owner's figures, computed by hand above: 3 active trainees, 4 required activities.
    const figures = await gqlData<{
      programAttendance: {
        traineeCount: number;
        activities: {
          activity: { kind: Kind };
          registeredCount: number;
          waitlistedCount: number;
          attendedCount: number;
          doneCount: number;
          completionRate: number | null;
        }[];
        trainees: {
          traineeId: string;
          trainee: { displayName: string };
          requiredDone: number;
          requiredTotal: number;
        }[];
      };
    }>(PROGRAM_ATTENDANCE, { programId: c.program.id }, c.owner);
    expect(figures.programAttendance.traineeCount).toBe(3);
    const byKind = Object.fromEntries(
      figures.programAttendance.activities.map(({ activity, ...rest }) => [activity.kind, rest]),
    );
    const third = 1 / 3;
    expect(byKind).toEqual({
      KICKOFF: { registeredCount: 3, waitlistedCount: 0, attendedCount: 2, doneCount: 2, completionRate: 2 * third },
      LECTURE: { registeredCount: 0, waitlistedCount: 0, attendedCount: 2, doneCount: 2, completionRate: 2 * third },
      ELEARNING: { registeredCount: 0, waitlistedCount: 0, attendedCount: 0, doneCount: 1, completionRate: third },
      HANDBOOK: { registeredCount: 0, waitlistedCount: 0, attendedCount: 0, doneCount: 2, completionRate: 2 * third },
      CASE_STUDY: { registeredCount: 0, waitlistedCount: 0, attendedCount: 0, doneCount: 0, completionRate: 0 },
      WORKSHOP: { registeredCount: 1, waitlistedCount: 1, attendedCount: 0, doneCount: 0, completionRate: 0 },
      ROLE_PLAY: { registeredCount: 0, waitlistedCount: 0, attendedCount: 0, doneCount: 0, completionRate: 0 },
      DEMO_SEMINAR: { registeredCount: 0, waitlistedCount: 0, attendedCount: 0, doneCount: 0, completionRate: 0 },
    });
    const byTrainee = Object.fromEntries(
      figures.programAttendance.trainees.map((row) => [row.trainee.displayName, [row.requiredDone, row.requiredTotal]]),
    );
    expect(byTrainee).toEqual({ '高橋 翔': [4, 4], '伊藤 さくら': [2, 4], '渡辺 大輔': [1, 4] });

    // More seats in the workshop promote 渡辺 too.
    const bigger = await gqlData<{
      updateLearningActivity: {
        capacity: number;
        seats: { registered: number; waitlisted: number; remaining: number };
      };
    }>(UPDATE_ACTIVITY, { input: { activityId: ids.WORKSHOP, capacity: 3 } }, c.owner);
    expect(bigger.updateLearningActivity).toMatchObject({
      capacity: 3,
      seats: { registered: 2, waitlisted: 0, remaining: 1 },
    });
    expect(await t.count('notification', `kind = 'WAITLIST_PROMOTED' AND "recipientId" = $1`, [watanabe.id])).toBe(1);

    // The mentor rates 高橋 citing his kickoff attendance (PARTICIPATION evidence); someone else's or an
    // unfinished participation is refused.
    const rate = (evidenceId: string) =>
      gqlData<{
        recordMentorAssessment: { __typename: string; evidenceType?: string; evidenceId?: string; code?: string };
      }>(
        MENTOR_ASSESSMENT,
        {
          input: {
            programId: c.program.id,
            traineeId: c.trainee.id,
            behaviourId: framework.behaviours['S1-LISTENING'],
            level: 2,
            evidence: { type: 'PARTICIPATION', id: evidenceId },
          },
        },
        c.mentor,
      );
    expect((await rate(kickoffParticipationOfTakahashi)).recordMentorAssessment).toMatchObject({
      __typename: 'Assessment',
      evidenceType: 'PARTICIPATION',
      evidenceId: kickoffParticipationOfTakahashi,
    });
    const itoKickoff = kickoffSheet.recordAttendance.participations[1].id;
    expect((await rate(itoKickoff)).recordMentorAssessment).toMatchObject({ code: 'EVIDENCE_NOT_FOUND' });
    expect((await rate(cancelled.cancelRegistration.id)).recordMentorAssessment).toMatchObject({
      code: 'EVIDENCE_NOT_FOUND',
    });
  });
});
