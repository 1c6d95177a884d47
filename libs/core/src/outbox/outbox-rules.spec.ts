import { remainingDelay } from './outbox-relay';
import { sweepAction } from './outbox-sweeper';

describe('Outbox relay and sweeper rules', () => {
  const now = new Date('2026-04-01T09:00:00.000Z');

  it('sends a due row without delay and a row due soon with the rest of its delay', () => {
    expect(remainingDelay(new Date('2026-04-01T08:00:00.000Z'), now)).toBe(0);
    expect(remainingDelay(now, now)).toBe(0);
    expect(remainingDelay(new Date('2026-04-01T09:00:00.750Z'), now)).toBe(750);
  });

  it('re-sends a job Redis lost, records outcomes the worker could not, and leaves live jobs to BullMQ', () => {
    expect(sweepAction('unknown')).toBe('resend');
    expect(sweepAction('completed')).toBe('mark-done');
    expect(sweepAction('failed')).toBe('mark-failed');
    for (const state of ['waiting', 'delayed', 'active', 'prioritized', 'waiting-children'] as const) {
      expect(sweepAction(state)).toBe('leave');
    }
  });
});
