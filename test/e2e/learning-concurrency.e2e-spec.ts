import { TestApp } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { LearningFactory, REGISTER } from '../factories/learning.factory';

describe('registrations for the last seats never overbook', () => {
  let t: TestApp;
  let c: Cohort;
  let learning: LearningFactory;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    learning = new LearningFactory(t);
  });
  afterAll(() => t.close());

  it('20 parallel registrations for 5 seats → exactly 5 REGISTERED, 15 WAITLISTED in arrival order', async () => {
    const activityId = await learning.activity(c, { kind: 'WORKSHOP', capacity: 5 });
    const trainees: UserRow[] = [];
    for (let i = 0; i < 20; i += 1) {
      const trainee = await t.factory.user({ organizationId: c.chamber.id, displayName: `受講者 ${i + 1}` });
      await t.factory.member(c.program.id, trainee.id, 'TRAINEE');
      trainees.push(trainee);
    }

    const responses = await Promise.all(
      trainees.map((trainee) =>
        t.gql<{
          registerForActivity: { __typename: string; registrationStatus: string; waitlistPosition: number | null };
        }>(REGISTER, { input: { activityId } }, { as: trainee }),
      ),
    );
    const results = responses.map((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.registerForActivity;
    });
    expect(results.every((r) => r.__typename === 'Participation')).toBe(true);
    expect(results.filter((r) => r.registrationStatus === 'REGISTERED')).toHaveLength(5);
    const waitlisted = results.filter((r) => r.registrationStatus === 'WAITLISTED');
    expect(waitlisted).toHaveLength(15);
    // Each waiting person got a distinct place, 1–15, as they arrived.
    expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );

    // In the database: arrival numbers 1–20 without gaps; the five seats went to the first five to arrive and the
    // waitlist follows arrival order.
    const rows = await t.dataSource.query<{ registrationStatus: string; queueNumber: number }[]>(
      `SELECT "registrationStatus", "queueNumber" FROM participation WHERE "activityId" = $1 ORDER BY "queueNumber"`,
      [activityId],
    );
    expect(rows.map((r) => r.queueNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows.map((r) => r.registrationStatus)).toEqual([
      ...Array<string>(5).fill('REGISTERED'),
      ...Array<string>(15).fill('WAITLISTED'),
    ]);
    const positionByUser = new Map(results.map((r, i) => [trainees[i].id, r.waitlistPosition]));
    const ordered = await t.dataSource.query<{ userId: string }[]>(
      `SELECT "userId" FROM participation WHERE "activityId" = $1 AND "registrationStatus" = 'WAITLISTED'
       ORDER BY "queueNumber"`,
      [activityId],
    );
    expect(ordered.map((r) => positionByUser.get(r.userId))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});
