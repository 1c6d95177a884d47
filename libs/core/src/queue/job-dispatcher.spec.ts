import { Job } from 'bullmq';
import { JobDispatcher, JobHandler, JobLedger } from './job-dispatcher';
import { JobName } from './jobs';
import { OutboxAttempt } from '../outbox/outbox.service';

const OUTBOX_ID = '0b7f6f44-2a59-4d0e-8f3e-0d3c9a1c2b11';

function fakeJob(attemptsMade = 0): Job {
  return {
    id: OUTBOX_ID,
    name: JobName.SYSTEM_PING,
    data: { pingId: 'p1' },
    attemptsMade,
    opts: { attempts: 3 },
  } as unknown as Job;
}

function setUp(attempt: OutboxAttempt, handle: () => Promise<void> = () => Promise.resolve()) {
  const ledger = {
    startAttempt: jest.fn<Promise<OutboxAttempt>, [string | undefined]>(() => Promise.resolve(attempt)),
    complete: jest.fn<Promise<void>, [string | undefined, () => Promise<void>]>((_id, work) => work()),
    recordFailure: jest.fn<Promise<void>, [string | undefined, Error, boolean]>(() => Promise.resolve()),
  } satisfies JobLedger;
  const handler: JobHandler<JobName.SYSTEM_PING> = { jobName: JobName.SYSTEM_PING, handle: jest.fn(handle) };
  const dispatcher = new JobDispatcher(ledger);
  dispatcher.register(handler);
  return { ledger, handler, dispatcher };
}

describe('JobDispatcher and the outbox ledger', () => {
  it('runs the handler and marks the outbox row done', async () => {
    const { ledger, handler, dispatcher } = setUp('run');
    await dispatcher.dispatch(fakeJob());
    expect(handler.handle).toHaveBeenCalledWith({ pingId: 'p1' }, expect.anything());
    expect(ledger.startAttempt).toHaveBeenCalledWith(OUTBOX_ID);
    expect(ledger.complete).toHaveBeenCalledWith(OUTBOX_ID, expect.any(Function));
  });

  it.each(['already-done', 'cancelled'] as const)('does not run a job whose row is %s', async (attempt) => {
    const { ledger, handler, dispatcher } = setUp(attempt);
    await dispatcher.dispatch(fakeJob());
    expect(handler.handle).not.toHaveBeenCalled();
    expect(ledger.complete).not.toHaveBeenCalled();
  });

  it('records a failure and rethrows (BullMQ retries); the last attempt marks the row failed', async () => {
    const boom = new Error('database unavailable');
    const { ledger, dispatcher } = setUp('run', () => Promise.reject(boom));
    await expect(dispatcher.dispatch(fakeJob(0))).rejects.toBe(boom);
    expect(ledger.recordFailure).toHaveBeenLastCalledWith(OUTBOX_ID, boom, false);
    await expect(dispatcher.dispatch(fakeJob(2))).rejects.toBe(boom);
    expect(ledger.recordFailure).toHaveBeenLastCalledWith(OUTBOX_ID, boom, true);
  });

  it('refuses a job nobody handles', async () => {
    const { dispatcher } = setUp('run');
    const job = { ...fakeJob(), name: 'unknown.job' } as unknown as Job;
    await expect(dispatcher.dispatch(job)).rejects.toThrow('No handler registered for job unknown.job');
  });
});
