import { TestApp, errorCode, GraphQLResponse } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';
import {
  ACKNOWLEDGE,
  CANCEL_ACTIVITY,
  CANCEL_REGISTRATION,
  CHECK_IN,
  CHECK_IN_CODE,
  CREATE_ACTIVITY,
  laterSession,
  LearningFactory,
  openSession,
  RECORD_ATTENDANCE,
  RECORD_PROGRESS,
  REGISTER,
  UPDATE_ACTIVITY,
} from '../factories/learning.factory';

type Result = Record<string, unknown> & { __typename: string; code?: string; message?: string };

/** Every refused input: a clear error naming the field or row, in ja and en, and nothing written. */
describe('Off-JT learning: bad input is refused and writes nothing', () => {
  let t: TestApp;
  let c: Cohort;
  let learning: LearningFactory;
  let framework: FrameworkRow;
  let englishOwner: UserRow;
  let englishTrainee: UserRow;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    learning = new LearningFactory(t);
    framework = await new CompetencyFactory(t.dataSource).defaultFramework();
    englishOwner = await t.factory.user({ organizationId: c.operator.id, locale: 'en', displayName: 'Emma Owner' });
    englishTrainee = await t.factory.user({ organizationId: c.chamber.id, locale: 'en', displayName: 'Ken Trainee' });
    await t.factory.member(c.program.id, englishOwner.id, 'OWNER');
    await t.factory.member(c.program.id, englishTrainee.id, 'TRAINEE');
  });
  afterAll(() => t.close());

  /** Row counts of every table the learning lib writes, plus the audit trail and notifications. */
  const snapshot = async () => ({
    activities: await t.count('learning_activity'),
    behaviours: await t.count('learning_activity_behaviour'),
    participations: await t.count('participation'),
    audit: await t.count('audit_event'),
    notifications: await t.count('notification'),
  });

  async function refused(
    query: string,
    input: Record<string, unknown>,
    as: UserRow,
  ): Promise<{ res: GraphQLResponse; result: Result | undefined }> {
    const before = await snapshot();
    const res = await t.gql(query, { input }, { as });
    expect(await snapshot()).toEqual(before);
    const data = res.data as Record<string, Result> | null | undefined;
    return { res, result: data ? Object.values(data)[0] : undefined };
  }

  const fieldOf = (res: GraphQLResponse) => res.errors?.[0].extensions.fields?.map((f) => f.field);

  const base = () => ({
    programId: c.program.id,
    kind: 'LECTURE',
    title: '講義',
    aidaStage: 'INTEREST',
    ...openSession(),
  });

  it('createLearningActivity: names the field of a bad value', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ capacity: 0 }, 'input.capacity'],
      [{ capacity: 10001 }, 'input.capacity'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
      [{ behaviourIds: ['not-a-uuid'] }, 'input.behaviourIds'],
      [{ startsAt: undefined }, 'input.startsAt'],
      [{ endsAt: undefined }, 'input.endsAt'],
      [{ endsAt: new Date(Date.now() - 1000).toISOString() }, 'input.endsAt'],
    ];
    for (const [override, field] of cases) {
      const { res } = await refused(CREATE_ACTIVITY, { ...base(), ...override }, c.owner);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toContain(field);
    }
    const { res } = await refused(CREATE_ACTIVITY, { ...base(), endsAt: base().startsAt }, englishOwner);
    expect(res.errors?.[0].message).toBe('Invalid input (input.endsAt): must be after startsAt');
    const ja = await refused(CREATE_ACTIVITY, { ...base(), endsAt: base().startsAt }, c.owner);
    expect(ja.res.errors?.[0].message).toBe(
      '入力が正しくありません（input.endsAt）: 終了日時は開始日時より後にしてください',
    );
  });

  it('createLearningActivity: refuses a behaviour of another framework and a closed program', async () => {
    const draft = await t.gql<{ createFrameworkDraft: { behaviours: { id: string; code: string }[] } }>(
      `mutation($input: CreateFrameworkDraftInput!) { createFrameworkDraft(input: $input) { behaviours { id code } } }`,
      { input: { fromFrameworkId: framework.id } },
      { as: c.admin },
    );
    const foreign = draft.data!.createFrameworkDraft.behaviours.find((b) => b.code === 'S1-LISTENING')!.id;
    const own = framework.behaviours['S1-LISTENING'];
    const ja = await refused(CREATE_ACTIVITY, { ...base(), behaviourIds: [own, foreign] }, c.owner);
    expect(ja.result).toEqual({
      __typename: 'BehaviourNotInFrameworkError',
      behaviourId: foreign,
      code: 'BEHAVIOUR_NOT_IN_FRAMEWORK',
      message: `この行動（${foreign}）はプログラムのコンピテンシー・フレームワークに含まれていません`,
    });
    const en = await refused(CREATE_ACTIVITY, { ...base(), behaviourIds: [foreign] }, englishOwner);
    expect(en.result?.message).toBe(`The behaviour (${foreign}) is not part of this program's competency framework`);

    const closed = await t.factory.program({ operatorOrganizationId: c.operator.id, status: 'CLOSED' });
    await t.factory.member(closed.id, c.owner.id, 'OWNER');
    const { result } = await refused(CREATE_ACTIVITY, { ...base(), programId: closed.id }, c.owner);
    expect(result).toMatchObject({ code: 'PROGRAM_CLOSED', message: 'このプログラムは終了しているため変更できません' });
  });

  it('updateLearningActivity: an activity of another program is NOT_FOUND; capacity below the registered; a cancelled activity', async () => {
    const otherCohort = { program: c.otherProgram, owner: c.otherOwner };
    const foreign = await learning.activity(otherCohort, { kind: 'LECTURE' });
    const notFound = await refused(UPDATE_ACTIVITY, { activityId: foreign, title: '乗っ取り' }, c.owner);
    expect(errorCode(notFound.res)).toBe('NOT_FOUND');
    expect(notFound.res.errors?.[0].message).toBe('研修（Off-JT）が見つかりません');

    const workshop = await learning.activity(c, { kind: 'WORKSHOP', capacity: 3 });
    await learning.register(workshop, c.trainee);
    await learning.register(workshop, englishTrainee);
    const shrink = await refused(UPDATE_ACTIVITY, { activityId: workshop, capacity: 1 }, englishOwner);
    expect(shrink.result).toEqual({
      __typename: 'CapacityBelowRegisteredError',
      registeredCount: 2,
      code: 'CAPACITY_BELOW_REGISTERED',
      message: 'The capacity cannot be lower than the 2 people already registered',
    });
    const badSchedule = await refused(UPDATE_ACTIVITY, { activityId: workshop, startsAt: null }, c.owner);
    expect(fieldOf(badSchedule.res)).toEqual(['input.startsAt']);

    await t.gql(CANCEL_ACTIVITY, { input: { activityId: workshop, reason: '会場の都合' } }, { as: c.owner });
    const again = await refused(CANCEL_ACTIVITY, { activityId: workshop, reason: '二度目' }, c.owner);
    expect(again.result).toMatchObject({ code: 'ACTIVITY_CANCELLED' });
    const edit = await refused(UPDATE_ACTIVITY, { activityId: workshop, title: '再開' }, c.owner);
    expect(edit.result).toMatchObject({ code: 'ACTIVITY_CANCELLED' });
  });

  it('registerForActivity: a cancelled or finished activity, a non-trainee, twice', async () => {
    const lecture = await learning.activity(c, { kind: 'LECTURE' });
    await t.gql(CANCEL_ACTIVITY, { input: { activityId: lecture, reason: '講師の体調不良' } }, { as: c.owner });
    const ja = await refused(REGISTER, { activityId: lecture }, c.trainee);
    expect(ja.result).toEqual({
      __typename: 'ActivityCancelledError',
      code: 'ACTIVITY_CANCELLED',
      message: 'この研修は中止されたため、登録・記録・変更はできません',
    });
    const en = await refused(REGISTER, { activityId: lecture }, englishTrainee);
    expect(en.result?.message).toBe(
      'This activity was cancelled; it can no longer be registered for, recorded or changed',
    );

    const past = await learning.activity(c, {
      kind: 'LECTURE',
      startsAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    expect((await refused(REGISTER, { activityId: past }, c.trainee)).result).toMatchObject({ code: 'ACTIVITY_ENDED' });

    const open = await learning.activity(c, { kind: 'LECTURE' });
    const mentor = await refused(REGISTER, { activityId: open, userId: c.mentor.id }, c.owner);
    expect(mentor.result).toMatchObject({
      __typename: 'NotAProgramMemberError',
      field: 'input.userId',
      requiredRole: 'TRAINEE',
    });
    expect(await learning.register(open, c.trainee)).toMatchObject({ registrationStatus: 'REGISTERED' });
    const twice = await refused(REGISTER, { activityId: open }, c.trainee);
    expect(twice.result).toMatchObject({ code: 'ALREADY_REGISTERED', message: '既に参加登録されています' });
    const invalid = await refused(REGISTER, { activityId: 'not-an-id' }, c.trainee);
    expect(fieldOf(invalid.res)).toEqual(['input.activityId']);

    const notRegistered = await refused(CANCEL_REGISTRATION, { activityId: open }, englishTrainee);
    expect(notRegistered.result).toMatchObject({
      code: 'NOT_REGISTERED',
      message: 'There is no registration for this activity to cancel',
    });
  });

  it('recordAttendance: all or nothing, each problem naming its row', async () => {
    const lecture = await learning.activity(c, { kind: 'LECTURE' });
    const { result } = await refused(
      RECORD_ATTENDANCE,
      {
        activityId: lecture,
        entries: [
          { userId: c.trainee.id, status: 'ATTENDED' },
          { userId: c.mentor.id, status: 'ATTENDED' },
          { userId: c.trainee.id, status: 'ABSENT' },
          { userId: c.otherTrainee.id, status: 'EXCUSED' },
        ],
      },
      c.owner,
    );
    expect(result).toEqual({
      __typename: 'InvalidAttendanceEntriesError',
      code: 'INVALID_ATTENDANCE_ENTRIES',
      message: '出欠を記録できない行があります（2, 3, 4行目）。何も記録していません',
      problems: [
        {
          row: 1,
          userId: c.mentor.id,
          message: 'input.entries.1.userId: このプログラムの有効な担い手候補者ではありません',
        },
        { row: 2, userId: c.trainee.id, message: 'input.entries.2.userId: 同じ人が複数の行にあります' },
        {
          row: 3,
          userId: c.otherTrainee.id,
          message: 'input.entries.3.userId: このプログラムの有効な担い手候補者ではありません',
        },
      ],
    });

    const later = await learning.activity(c, { kind: 'LECTURE', ...laterSession() });
    const early = await refused(
      RECORD_ATTENDANCE,
      { activityId: later, entries: [{ userId: englishTrainee.id, status: 'ABSENT' }] },
      englishOwner,
    );
    expect(early.result).toMatchObject({
      problems: [
        {
          row: 0,
          message:
            'input.entries.0.userId: only EXCUSED can be recorded before the session opens (30 minutes before the start)',
        },
      ],
    });

    const elearning = await learning.activity(c, { kind: 'ELEARNING' });
    const kind = await refused(
      RECORD_ATTENDANCE,
      { activityId: elearning, entries: [{ userId: c.trainee.id, status: 'ATTENDED' }] },
      englishOwner,
    );
    expect(kind.result).toMatchObject({
      code: 'ACTIVITY_KIND_MISMATCH',
      message: expect.stringContaining('This only applies to: kickoff, lecture'),
    });
    const empty = await refused(RECORD_ATTENDANCE, { activityId: lecture, entries: [] }, c.owner);
    expect(fieldOf(empty.res)).toEqual(['input.entries']);
  });

  it('checkIn: outside the window, a wrong code, then rate-limited', async () => {
    const later = await learning.activity(c, { kind: 'WORKSHOP', ...laterSession() });
    const laterCode = await learning.checkInCode(later, c.owner);
    const early = await refused(CHECK_IN, { activityId: later, code: laterCode }, englishTrainee);
    expect(early.result).toMatchObject({
      __typename: 'CheckInNotOpenError',
      code: 'CHECK_IN_NOT_OPEN',
      message: 'Check-in is open from 30 minutes before the start until the end of the session',
    });

    const finished = await learning.activity(c, {
      kind: 'WORKSHOP',
      startsAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const finishedCode = await learning.checkInCode(finished, c.owner);
    expect((await refused(CHECK_IN, { activityId: finished, code: finishedCode }, c.trainee)).result).toMatchObject({
      code: 'CHECK_IN_NOT_OPEN',
    });

    const now = await learning.activity(c, { kind: 'WORKSHOP' });
    const code = await learning.checkInCode(now, c.owner);
    const wrongCode = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    for (let attemptsLeft = 4; attemptsLeft >= 0; attemptsLeft -= 1) {
      const wrong = await refused(CHECK_IN, { activityId: now, code: wrongCode }, c.trainee);
      expect(wrong.result).toMatchObject({
        __typename: 'WrongCheckInCodeError',
        attemptsLeft,
        message: `出席コードが違います（残り${attemptsLeft}回）`,
      });
    }
    const limited = await refused(CHECK_IN, { activityId: now, code }, c.trainee);
    expect(errorCode(limited.res)).toBe('RATE_LIMITED');
    // Someone else is not affected.
    const other = await t.gql<{ checkIn: Result }>(
      CHECK_IN,
      { input: { activityId: now, code } },
      { as: englishTrainee },
    );
    expect(other.data?.checkIn).toMatchObject({ __typename: 'Participation', attendance: 'ATTENDED' });

    const elearning = await learning.activity(c, { kind: 'ELEARNING' });
    const noCode = await t.gql(CHECK_IN_CODE, { activityId: elearning }, { as: c.owner });
    expect(errorCode(noCode)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noCode)).toEqual(['activityId']);
  });

  it('recordLearningProgress: 120, going down, the wrong kind; acknowledgeHandbook: the wrong kind', async () => {
    const elearning = await learning.activity(c, { kind: 'ELEARNING' });
    const tooMuch = await refused(RECORD_PROGRESS, { activityId: elearning, progressPercent: 120 }, c.trainee);
    expect(errorCode(tooMuch.res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(tooMuch.res)).toEqual(['input.progressPercent']);
    const negative = await refused(RECORD_PROGRESS, { activityId: elearning, progressPercent: -1 }, c.trainee);
    expect(fieldOf(negative.res)).toEqual(['input.progressPercent']);

    await t.gql(RECORD_PROGRESS, { input: { activityId: elearning, progressPercent: 60 } }, { as: c.trainee });
    const down = await refused(RECORD_PROGRESS, { activityId: elearning, progressPercent: 40 }, c.trainee);
    expect(down.result).toEqual({
      __typename: 'ProgressCannotDecreaseError',
      currentPercent: 60,
      code: 'PROGRESS_CANNOT_DECREASE',
      message: '進捗は下げられません（現在 60%）',
    });
    await t.gql(RECORD_PROGRESS, { input: { activityId: elearning, progressPercent: 10 } }, { as: englishTrainee });
    const downEn = await refused(RECORD_PROGRESS, { activityId: elearning, progressPercent: 5 }, englishTrainee);
    expect(downEn.result?.message).toBe('Progress cannot go down (currently 10 %)');

    const lecture = await learning.activity(c, { kind: 'LECTURE' });
    const wrongKind = await refused(RECORD_PROGRESS, { activityId: lecture, progressPercent: 50 }, c.trainee);
    expect(wrongKind.result).toMatchObject({
      code: 'ACTIVITY_KIND_MISMATCH',
      message: 'この操作はeラーニングのみが対象です（この研修は講義）',
    });
    const ack = await refused(ACKNOWLEDGE, { activityId: elearning }, englishTrainee);
    expect(ack.result).toMatchObject({
      code: 'ACTIVITY_KIND_MISMATCH',
      message: 'This only applies to: handbook (this activity: e-learning module)',
    });

    const handbook = await learning.activity(c, { kind: 'HANDBOOK' });
    await t.gql(CANCEL_ACTIVITY, { input: { activityId: handbook, reason: '改訂中' } }, { as: c.owner });
    expect((await refused(ACKNOWLEDGE, { activityId: handbook }, c.trainee)).result).toMatchObject({
      code: 'ACTIVITY_CANCELLED',
    });
  });
});
