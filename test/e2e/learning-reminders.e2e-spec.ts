import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { JobName, QueueName, redisOptionsFromUrl } from '@banso/core';
import { SessionReminderService } from '@banso/learning';
import { TestApp, waitUntil } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CANCEL_ACTIVITY, laterSession, LearningFactory, UPDATE_ACTIVITY } from '../factories/learning.factory';

const HOUR = 3600 * 1000;

interface ReminderRow {
  id: string;
  status: string;
  attempts: number;
  availableAt: Date;
  payload: { activityId: string; startsAt: string };
}

describe('The day-before reminder of an off-JT session (研修前日のリマインド), through the outbox', () => {
  let t: TestApp;
  let c: Cohort;
  let learning: LearningFactory;
  let ito: UserRow;
  let watanabe: UserRow;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { OUTBOX_POLL_INTERVAL_MS: '100' } });
    c = await t.factory.cohort();
    learning = new LearningFactory(t);
    ito = await t.factory.user({ organizationId: c.chamber.id, displayName: '伊藤 さくら' });
    watanabe = await t.factory.user({ organizationId: c.chamber.id, displayName: '渡辺 大輔' });
    await t.factory.member(c.program.id, ito.id, 'TRAINEE');
    await t.factory.member(c.program.id, watanabe.id, 'TRAINEE');
    queue = t.app.get<Queue>(getQueueToken(QueueName.REMINDERS));
    events = new QueueEvents(QueueName.REMINDERS, {
      connection: redisOptionsFromUrl(t.config.redisUrl),
      prefix: t.config.queuePrefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await t.close();
  });

  const remindersOf = (activityId: string): Promise<ReminderRow[]> =>
    t.dataSource.query<ReminderRow[]>(
      `SELECT id, status, attempts, "availableAt", payload FROM outbox
       WHERE "jobName" = $1 AND "deduplicationKey" = $2 ORDER BY "createdAt", id`,
      [JobName.LEARNING_SESSION_REMINDER, activityId],
    );
  const activeReminderOf = async (activityId: string): Promise<ReminderRow | undefined> =>
    (await remindersOf(activityId)).find((row) => row.status === 'PENDING' || row.status === 'SENT');
  const notificationsAbout = (activityId: string) =>
    t.dataSource.query<{ recipientId: string; kind: string; text: { ja: string; en: string } }[]>(
      `SELECT "recipientId", kind, text FROM notification WHERE "subjectId" = $1 AND kind = 'LEARNING_SESSION_REMINDER'`,
      [activityId],
    );

  it('a session next week gets one reminder due 24 hours before it starts; self-paced material and sessions starting within a day get none', async () => {
    const schedule = laterSession();
    const lecture = await learning.activity(c, { kind: 'LECTURE', ...schedule });
    const [reminder] = await remindersOf(lecture);
    expect(reminder).toMatchObject({
      status: 'PENDING',
      attempts: 0,
      availableAt: new Date(new Date(schedule.startsAt).getTime() - 24 * HOUR),
      payload: { activityId: lecture, startsAt: schedule.startsAt },
    });
    expect(await remindersOf(lecture)).toHaveLength(1);

    const elearning = await learning.activity(c, { kind: 'ELEARNING' });
    const soon = await learning.activity(c, { kind: 'WORKSHOP' }); // starts in 10 minutes
    expect(await remindersOf(elearning)).toEqual([]);
    expect(await remindersOf(soon)).toEqual([]);
  });

  it('moving the session moves its reminder; cancelling the session withdraws it', async () => {
    const schedule = laterSession();
    const lecture = await learning.activity(c, { kind: 'LECTURE', ...schedule });
    const first = (await activeReminderOf(lecture))!;

    // Moved two days later: the first reminder is withdrawn, a new one waits for the new day.
    const movedStart = new Date(new Date(schedule.startsAt).getTime() + 48 * HOUR);
    const movedEnd = new Date(movedStart.getTime() + 2 * HOUR);
    const moved = await t.gql(
      UPDATE_ACTIVITY,
      { input: { activityId: lecture, startsAt: movedStart.toISOString(), endsAt: movedEnd.toISOString() } },
      { as: c.owner },
    );
    expect(moved.data?.updateLearningActivity).toMatchObject({ __typename: 'LearningActivity' });
    const rows = await remindersOf(lecture);
    expect(rows.find((row) => row.id === first.id)?.status).toBe('CANCELLED');
    expect(await activeReminderOf(lecture)).toMatchObject({
      status: 'PENDING',
      availableAt: new Date(movedStart.getTime() - 24 * HOUR),
      payload: { activityId: lecture, startsAt: movedStart.toISOString() },
    });

    // A change that keeps the schedule leaves the reminder alone.
    const renamed = await t.gql(
      UPDATE_ACTIVITY,
      { input: { activityId: lecture, title: '第2回講義（会場変更なし）' } },
      { as: c.owner },
    );
    expect(renamed.data?.updateLearningActivity).toMatchObject({ __typename: 'LearningActivity' });
    expect(await remindersOf(lecture)).toHaveLength(2);

    const cancelled = await t.gql(
      CANCEL_ACTIVITY,
      { input: { activityId: lecture, reason: '講師の急病のため' } },
      { as: c.owner },
    );
    expect(cancelled.data?.cancelLearningActivity).toMatchObject({ status: 'CANCELLED' });
    expect((await remindersOf(lecture)).map((row) => row.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await activeReminderOf(lecture)).toBeUndefined();
  });

  it('the day before, everyone registered is reminded once (not the waitlist), even when the job runs twice', async () => {
    const lecture = await learning.activity(c, {
      kind: 'LECTURE',
      title: '第2回講義 求人票の書き方',
      location: '大阪商工会議所 4階',
      capacity: 2,
      ...laterSession(),
    });
    expect(await learning.register(lecture, c.trainee)).toMatchObject({ registrationStatus: 'REGISTERED' });
    expect(await learning.register(lecture, ito)).toMatchObject({ registrationStatus: 'REGISTERED' });
    expect(await learning.register(lecture, watanabe)).toMatchObject({ registrationStatus: 'WAITLISTED' });

    // A week passes: the session now starts in 23 hours and its reminder is due.
    // (TypeORM answers an UPDATE … RETURNING with [rows, affected].)
    const [[{ startsAt }]] = await t.dataSource.query<[{ startsAt: Date }[], number]>(
      `UPDATE learning_activity SET "startsAt" = date_trunc('minute', now()) + interval '23 hours',
              "endsAt" = date_trunc('minute', now()) + interval '25 hours'
       WHERE id = $1 RETURNING "startsAt"`,
      [lecture],
    );
    const pending = (await activeReminderOf(lecture))!;
    await t.dataSource.query(
      `UPDATE outbox SET "availableAt" = now(), payload = jsonb_set(payload, '{startsAt}', to_jsonb($2::text))
       WHERE id = $1`,
      [pending.id, startsAt.toISOString()],
    );
    const done = await waitUntil('the session reminder is DONE', async () => {
      const row = (await remindersOf(lecture)).find((r) => r.id === pending.id)!;
      return row.status === 'DONE' && row;
    });
    expect(done.attempts).toBe(1);

    const sent = await notificationsAbout(lecture);
    expect(sent.map((n) => n.recipientId).sort()).toEqual([c.trainee.id, ito.id].sort());
    expect(sent[0].text.ja).toMatch(/^明日「第2回講義 求人票の書き方」があります。.+開始、会場: 大阪商工会議所 4階$/);
    expect(sent[0].text.en).toMatch(/^"第2回講義 求人票の書き方" is tomorrow: .+ \(JST\), at 大阪商工会議所 4階$/);

    // Delivered again: the outbox row is DONE, so the worker skips it; the handler by hand sends nothing more.
    const job = (await queue.getJob(done.id))!;
    await job.retry('completed');
    await job.waitUntilFinished(events, 20000);
    expect((await remindersOf(lecture)).find((r) => r.id === done.id)?.attempts).toBe(1);
    const reminders = t.app.get(SessionReminderService);
    expect(await reminders.remind(lecture, startsAt.toISOString())).toBe('already-sent');
    expect(await notificationsAbout(lecture)).toHaveLength(2);

    // A reminder computed for another start time (the session was moved since) sends nothing.
    expect(await reminders.remind(lecture, new Date(startsAt.getTime() + HOUR).toISOString())).toBe('stale');
  });

  it('the handler re-checks the session: not yet due, cancelled, gone or nobody registered sends nothing', async () => {
    const schedule = laterSession();
    const lecture = await learning.activity(c, { kind: 'LECTURE', ...schedule });
    const reminders = t.app.get(SessionReminderService);
    expect(await reminders.remind(lecture, schedule.startsAt)).toBe('not-due');
    const dayBefore = new Date(new Date(schedule.startsAt).getTime() - 23 * HOUR);
    expect(await reminders.remind(lecture, schedule.startsAt, dayBefore)).toBe('nobody-registered');
    await learning.register(lecture, c.trainee);
    await t.gql(CANCEL_ACTIVITY, { input: { activityId: lecture, reason: '会場の都合' } }, { as: c.owner });
    expect(await reminders.remind(lecture, schedule.startsAt, dayBefore)).toBe('stale');
    expect(await reminders.remind('00000000-0000-4000-8000-000000000000', schedule.startsAt)).toBe('gone');
    expect(await notificationsAbout(lecture)).toEqual([]);
  });
});
