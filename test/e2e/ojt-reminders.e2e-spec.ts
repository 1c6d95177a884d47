import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { JobName, QueueName, redisOptionsFromUrl } from '@banso/core';
import { ReminderService } from '@banso/ojt';
import { TestApp, errorCode, waitUntil } from '../utils/test-app';
import { Cohort } from '../factories';
import { GIVE_FEEDBACK, OjtFactory } from '../factories/ojt.factory';

const HOUR = 3600 * 1000;
const NOTIFICATIONS = `query ($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly) { totalCount edges { node { id kind subjectType subjectId message readAt } } }
}`;
const MARK_READ = `mutation ($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id readAt } }`;
const INBOX = `query { mentorInbox { reason waitingHours visit { id number } } }`;

interface NotificationNode {
  id: string;
  kind: string;
  subjectId: string;
  message: string;
  readAt: string | null;
}

interface ReminderRow {
  id: string;
  status: string;
  attempts: number;
  availableAt: Date;
}

describe('OJT reminders through the outbox and the real queue (リマインド)', () => {
  let t: TestApp;
  let ojt: OjtFactory;
  let c: Cohort;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { OUTBOX_POLL_INTERVAL_MS: '100' } });
    ojt = new OjtFactory(t);
    c = await t.factory.cohort();
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

  /** The visit's reminder of that kind in the outbox (at most one per kind and visit). */
  const reminderOf = async (jobName: JobName, visitId: string): Promise<ReminderRow> => {
    const rows = await t.dataSource.query<ReminderRow[]>(
      `SELECT id, status, attempts, "availableAt" FROM outbox WHERE "jobName" = $1 AND "deduplicationKey" = $2`,
      [jobName, visitId],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  };
  const untilStatus = (jobName: JobName, visitId: string, status: string): Promise<ReminderRow> =>
    waitUntil(`the ${jobName} reminder is ${status}`, async () => {
      const row = await reminderOf(jobName, visitId);
      return row.status === status && row;
    });
  /** As if the visit had been recorded `hours` ago: the recording time and the reminder's due time move back. */
  const recordedHoursAgo = async (visitId: string, hours: number): Promise<void> => {
    await t.dataSource.query(`UPDATE ojt_visit SET "recordedAt" = now() - make_interval(hours => $2) WHERE id = $1`, [
      visitId,
      hours,
    ]);
    await t.dataSource.query(
      `UPDATE outbox SET "availableAt" = now() WHERE "jobName" = $1 AND "deduplicationKey" = $2 AND status = 'PENDING'`,
      [JobName.OJT_POST_BRIEF_OVERDUE, visitId],
    );
  };
  const notificationsOf = async (as = c.trainee, unreadOnly?: boolean) =>
    (
      await t.gql<{ notifications: { totalCount: number; edges: { node: NotificationNode }[] } }>(
        NOTIFICATIONS,
        { unreadOnly },
        { as },
      )
    ).data!.notifications;
  const inboxOf = async (as = c.mentor) =>
    (await t.gql<{ mentorInbox: { reason: string; waitingHours: number; visit: { id: string } }[] }>(INBOX, {}, { as }))
      .data!.mentorInbox;

  it('a visit recorded days after it was held: the reminder waits 24 h from recording, not fired at once', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    await ojt.preBrief(c, visit.id);
    const before = Date.now();
    await ojt.recordVisit(c, visit.id, new Date(before - 5 * 24 * HOUR));
    const after = Date.now();

    // Held five days ago (48 h long past), recorded now: due 24 h after recording, and not yet handed to Redis.
    const reminder = await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id);
    expect(reminder.status).toBe('PENDING');
    expect(reminder.availableAt.getTime()).toBeGreaterThanOrEqual(before + 24 * HOUR - 1000);
    expect(reminder.availableAt.getTime()).toBeLessThanOrEqual(after + 24 * HOUR);
    expect(await queue.getJob(reminder.id)).toBeUndefined();
    // The worker's re-check agrees, the trainee has nothing, and the mentor's inbox does not call it overdue.
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id)).toBe('not-due');
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(0);
    expect((await inboxOf()).map((item) => item.visit.id)).not.toContain(visit.id);
    // A day later it is due.
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id, new Date(after + 24 * HOUR + 1000))).toBe(
      'sent',
    );
  });

  it('a visit recorded on the day it was held: the reminder is due 48 h after the visit', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    await ojt.preBrief(c, visit.id);
    const heldAt = new Date(Date.now() - 2 * HOUR);
    await ojt.recordVisit(c, visit.id, heldAt);
    const reminder = await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id);
    expect(reminder).toMatchObject({ status: 'PENDING', availableAt: new Date(heldAt.getTime() + 48 * HOUR) });
  });

  it('notifies the trainee once when the post-brief is still missing when due, even when the job runs twice', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    await ojt.preBrief(c, visit.id);
    await ojt.recordVisit(c, visit.id, new Date(Date.now() - 49 * HOUR));
    // Held 49 h ago and recorded 25 h ago: due now.
    await recordedHoursAgo(visit.id, 25);
    const done = await untilStatus(JobName.OJT_POST_BRIEF_OVERDUE, visit.id, 'DONE');
    expect(done.attempts).toBe(1);

    const mine = await notificationsOf();
    expect(mine.edges.map((e) => e.node).filter((n) => n.subjectId === visit.id)).toEqual([
      expect.objectContaining({
        kind: 'POST_BRIEF_OVERDUE',
        subjectType: 'OjtVisit',
        message: '第1回同行訪問の事後整理がまだです。訪問から48時間が過ぎました',
        readAt: null,
      }),
    ]);

    // The same job delivered again is not run (its outbox row is DONE); the handler once more by hand sends nothing.
    const job = (await queue.getJob(done.id))!;
    await job.retry('completed');
    await job.waitUntilFinished(events, 20000);
    expect((await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id)).attempts).toBe(1);
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id)).toBe('already-sent');
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(1);

    // The mentor sees the overdue post-brief in the inbox, with how long it has waited since the visit.
    expect((await inboxOf()).filter((item) => item.visit.id === visit.id)).toEqual([
      { reason: 'POST_BRIEF_OVERDUE', waitingHours: 49, visit: { id: visit.id, number: 1 } },
    ]);
    expect(await inboxOf(c.otherMentor)).toEqual([]);

    // The trainee reads it; someone else cannot touch it.
    const id = mine.edges.find((e) => e.node.subjectId === visit.id)!.node.id;
    expect(errorCode(await t.gql(MARK_READ, { input: { notificationId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MARK_READ, { input: { notificationId: id } }, { as: c.mentor }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MARK_READ, { input: { notificationId: id } }, { as: c.admin }))).toBe('NOT_FOUND');
    const read = await t.gql<{ markNotificationRead: { readAt: string } }>(
      MARK_READ,
      { input: { notificationId: id } },
      { as: c.trainee },
    );
    const readAt = read.data!.markNotificationRead.readAt;
    expect(readAt).toEqual(expect.any(String));
    const again = await t.gql<{ markNotificationRead: { readAt: string } }>(
      MARK_READ,
      { input: { notificationId: id } },
      { as: c.trainee },
    );
    expect(again.data?.markNotificationRead.readAt).toBe(readAt);
    expect((await notificationsOf(c.trainee, true)).edges.filter((e) => e.node.subjectId === visit.id)).toHaveLength(0);
    expect(await t.count('audit_event', `action = 'notification.markRead' AND "entityId" = $1`, [id])).toBe(1);
  });

  it('withdraws the post-brief reminder when the post-brief comes in time, and reminds the mentors 72 h after it', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    const brief = await ojt.preBrief(c, visit.id);
    await ojt.recordVisit(c, visit.id);
    expect((await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id)).status).toBe('PENDING');
    await ojt.postBrief(c, visit.id, [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }]);
    expect((await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id)).status).toBe('CANCELLED');

    // The feedback reminder waits 72 h after the post-brief; move the post-brief back in time and it falls due.
    const [{ postBriefedAt }] = await t.dataSource.query<{ postBriefedAt: Date }[]>(
      `SELECT "postBriefedAt" FROM ojt_visit WHERE id = $1`,
      [visit.id],
    );
    const feedback = await reminderOf(JobName.OJT_FEEDBACK_PENDING, visit.id);
    expect(feedback).toMatchObject({ status: 'PENDING', availableAt: new Date(postBriefedAt.getTime() + 72 * HOUR) });
    await t.dataSource.query(`UPDATE ojt_visit SET "postBriefedAt" = now() - interval '73 hours' WHERE id = $1`, [
      visit.id,
    ]);
    await t.dataSource.query(`UPDATE outbox SET "availableAt" = now() WHERE id = $1`, [feedback.id]);
    await untilStatus(JobName.OJT_FEEDBACK_PENDING, visit.id, 'DONE');
    const mentorNotes = await notificationsOf(c.mentor);
    expect(mentorNotes.edges.map((e) => e.node).filter((n) => n.subjectId === visit.id)).toEqual([
      expect.objectContaining({ kind: 'FEEDBACK_PENDING', subjectId: visit.id }),
    ]);
    expect(await t.app.get(ReminderService).remindFeedbackPending(visit.id)).toBe('already-sent');
    expect(await t.count('notification', `"subjectId" = $1 AND kind = 'FEEDBACK_PENDING'`, [visit.id])).toBe(1);
    expect(await t.count('notification', `"subjectId" = $1 AND kind = 'POST_BRIEF_OVERDUE'`, [visit.id])).toBe(0);
  });

  it('withdraws the feedback reminder once feedback is given, and a late job finds the state moved on', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.postBriefedVisit(c, caseId);
    expect((await reminderOf(JobName.OJT_FEEDBACK_PENDING, visit.id)).status).toBe('PENDING');
    const res = await t.gql(
      GIVE_FEEDBACK,
      { input: { visitId: visit.id, comment: '丁寧な準備でした', ratings: [] } },
      { as: c.mentor },
    );
    expect(res.data?.giveVisitFeedback).toMatchObject({ __typename: 'VisitFeedback' });
    expect((await reminderOf(JobName.OJT_FEEDBACK_PENDING, visit.id)).status).toBe('CANCELLED');
    await t.dataSource.query(`UPDATE ojt_visit SET "postBriefedAt" = now() - interval '80 hours' WHERE id = $1`, [
      visit.id,
    ]);
    expect(await t.app.get(ReminderService).remindFeedbackPending(visit.id)).toBe('state-moved-on');
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id)).toBe('state-moved-on');
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(0);
  });

  it('a reminder withdrawn after it was handed to Redis is skipped by the worker', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    const brief = await ojt.preBrief(c, visit.id);
    await ojt.recordVisit(c, visit.id, new Date(Date.now() - 49 * HOUR));
    await queue.pause();
    try {
      await recordedHoursAgo(visit.id, 25);
      const sent = await untilStatus(JobName.OJT_POST_BRIEF_OVERDUE, visit.id, 'SENT');
      expect(await queue.getJobState(sent.id)).toBe('waiting');
      // The post-brief comes in while the job waits in Redis.
      await ojt.postBrief(c, visit.id, [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }]);
      expect((await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id)).status).toBe('CANCELLED');
      await queue.resume();
      await (await queue.getJob(sent.id))!.waitUntilFinished(events, 20000);
    } finally {
      await queue.resume();
    }
    expect(await reminderOf(JobName.OJT_POST_BRIEF_OVERDUE, visit.id)).toMatchObject({
      status: 'CANCELLED',
      attempts: 0,
    });
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(0);
  });
});
