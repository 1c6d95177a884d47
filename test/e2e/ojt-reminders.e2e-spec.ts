import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents } from 'bullmq';
import { QueueName, redisOptionsFromUrl } from '@banso/core';
import { feedbackPendingJobId, postBriefOverdueJobId, ReminderService } from '@banso/ojt';
import { TestApp, errorCode } from '../utils/test-app';
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

describe('OJT reminders on the real queue (リマインド)', () => {
  let t: TestApp;
  let ojt: OjtFactory;
  let c: Cohort;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
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

  const jobOf = async (id: string): Promise<Job> => {
    const job = await queue.getJob(id);
    if (!job) throw new Error(`job ${id} not found`);
    return job;
  };
  const notificationsOf = async (as = c.trainee, unreadOnly?: boolean) =>
    (
      await t.gql<{ notifications: { totalCount: number; edges: { node: NotificationNode }[] } }>(
        NOTIFICATIONS,
        { unreadOnly },
        { as },
      )
    ).data!.notifications;

  it('notifies the trainee once when the post-brief is still missing 48 h after the visit, even when the job runs twice', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    await ojt.preBrief(c, visit.id);
    // Held 49 hours ago: the reminder is due at once.
    await ojt.recordVisit(c, visit.id, new Date(Date.now() - 49 * HOUR));
    const job = await jobOf(postBriefOverdueJobId(visit.id));
    await job.waitUntilFinished(events, 20000);

    const mine = await notificationsOf();
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({
      kind: 'POST_BRIEF_OVERDUE',
      subjectType: 'OjtVisit',
      subjectId: visit.id,
      message: '第1回同行訪問の事後整理がまだです。訪問から48時間が過ぎました',
      readAt: null,
    });

    // The same job again on the queue, and the handler once more by hand: nothing is sent twice.
    await job.retry('completed');
    await (await jobOf(postBriefOverdueJobId(visit.id))).waitUntilFinished(events, 20000);
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id)).toBe('already-sent');
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(1);

    // The mentor sees the overdue post-brief in the inbox, with how long it has waited.
    const inbox = await t.gql<{ mentorInbox: { reason: string; waitingHours: number; visit: { id: string } }[] }>(
      INBOX,
      {},
      { as: c.mentor },
    );
    expect(inbox.data?.mentorInbox).toEqual([
      { reason: 'POST_BRIEF_OVERDUE', waitingHours: 49, visit: { id: visit.id, number: 1 } },
    ]);
    expect((await t.gql<{ mentorInbox: unknown[] }>(INBOX, {}, { as: c.otherMentor })).data?.mentorInbox).toEqual([]);

    // The trainee reads it; someone else cannot touch it.
    const id = mine.edges[0].node.id;
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
    expect((await notificationsOf(c.trainee, true)).totalCount).toBe(0);
    expect(await t.count('audit_event', `action = 'notification.markRead' AND "entityId" = $1`, [id])).toBe(1);
  });

  it('cancels the post-brief reminder when the post-brief comes in time, and reminds the mentors 72 h after it', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.planVisit(c, caseId);
    const brief = await ojt.preBrief(c, visit.id);
    await ojt.recordVisit(c, visit.id);
    expect(await (await jobOf(postBriefOverdueJobId(visit.id))).isDelayed()).toBe(true);
    await ojt.postBrief(c, visit.id, [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }]);
    expect(await queue.getJob(postBriefOverdueJobId(visit.id))).toBeUndefined();

    // Feedback reminder is waiting 72 h; move the post-brief back in time and let the job run now.
    const feedbackJob = await jobOf(feedbackPendingJobId(visit.id));
    expect(await feedbackJob.isDelayed()).toBe(true);
    await t.dataSource.query(`UPDATE ojt_visit SET "postBriefedAt" = now() - interval '73 hours' WHERE id = $1`, [
      visit.id,
    ]);
    await feedbackJob.promote();
    await feedbackJob.waitUntilFinished(events, 20000);
    const mentorNotes = await notificationsOf(c.mentor);
    expect(mentorNotes.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'FEEDBACK_PENDING', subjectId: visit.id }),
    ]);
    expect(await t.app.get(ReminderService).remindFeedbackPending(visit.id)).toBe('already-sent');
    expect(await t.count('notification', `"subjectId" = $1 AND kind = 'FEEDBACK_PENDING'`, [visit.id])).toBe(1);
    expect(await t.count('notification', `"subjectId" = $1 AND kind = 'POST_BRIEF_OVERDUE'`, [visit.id])).toBe(0);
  });

  it('removes the feedback reminder once feedback is given, and a late job finds the state moved on', async () => {
    const { caseId } = await ojt.openCase(c);
    const visit = await ojt.postBriefedVisit(c, caseId);
    expect(await (await jobOf(feedbackPendingJobId(visit.id))).isDelayed()).toBe(true);
    const res = await t.gql(
      GIVE_FEEDBACK,
      { input: { visitId: visit.id, comment: '丁寧な準備でした', ratings: [] } },
      {
        as: c.mentor,
      },
    );
    expect(res.data?.giveVisitFeedback).toMatchObject({ __typename: 'VisitFeedback' });
    expect(await queue.getJob(feedbackPendingJobId(visit.id))).toBeUndefined();
    await t.dataSource.query(`UPDATE ojt_visit SET "postBriefedAt" = now() - interval '80 hours' WHERE id = $1`, [
      visit.id,
    ]);
    expect(await t.app.get(ReminderService).remindFeedbackPending(visit.id)).toBe('state-moved-on');
    expect(await t.app.get(ReminderService).remindPostBriefOverdue(visit.id)).toBe('state-moved-on');
    expect(await t.count('notification', `"subjectId" = $1`, [visit.id])).toBe(0);
  });
});
