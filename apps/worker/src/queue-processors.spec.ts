import { JobDispatcher, JobLedger, JobName } from '@banso/core';

const ledger: JobLedger = {
  startAttempt: () => Promise.resolve('run'),
  complete: (_jobId, work) => work(),
  recordFailure: () => Promise.resolve(),
};
import { HandlerCoverageCheck } from './queue-processors';

describe('Worker start-up check', () => {
  it('refuses to start while a job name has no handler', () => {
    const dispatcher = new JobDispatcher(ledger);
    expect(() => new HandlerCoverageCheck(dispatcher).onApplicationBootstrap()).toThrow(
      /No handler for jobs: .*system\.ping/,
    );
  });

  it('starts when every job has a handler', () => {
    const dispatcher = new JobDispatcher(ledger);
    for (const jobName of Object.values(JobName)) dispatcher.register({ jobName, handle: () => Promise.resolve() });
    expect(() => new HandlerCoverageCheck(dispatcher).onApplicationBootstrap()).not.toThrow();
  });
});
