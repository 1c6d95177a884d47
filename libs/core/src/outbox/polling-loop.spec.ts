import { MAX_BACKOFF_MS, PollingLoop, withTimeout } from './polling-loop';

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const silent = { error: jest.fn() };

  it('runs at once, then every interval, one run at a time', async () => {
    const work = jest.fn(() => Promise.resolve(false));
    const loop = new PollingLoop('test', 1000, work, silent);
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(work).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('runs again at once while the work reports more, and when woken', async () => {
    let batches = 3;
    const work = jest.fn(() => Promise.resolve(--batches > 0));
    const loop = new PollingLoop('test', 60000, work, silent);
    loop.start();
    await jest.advanceTimersByTimeAsync(10);
    expect(work).toHaveBeenCalledTimes(3);
    loop.wake();
    await jest.advanceTimersByTimeAsync(10);
    expect(work).toHaveBeenCalledTimes(4);
    await loop.stop();
  });

  it('backs off exponentially after failures, up to 30 s, and logs each one', () => {
    expect([0, 1, 2, 3, 10].map((failures) => PollingLoop.backoff(1000, failures))).toEqual([
      1000,
      2000,
      4000,
      8000,
      MAX_BACKOFF_MS,
    ]);
    expect(PollingLoop.backoff(60000, 2)).toBe(60000);
  });

  it('logs a failed run and tries again after the backoff', async () => {
    const logger = { error: jest.fn() };
    const work = jest.fn().mockRejectedValueOnce(new Error('redis down')).mockResolvedValue(false);
    const loop = new PollingLoop('relay', 1000, work, logger);
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(logger.error).toHaveBeenCalledWith({ msg: 'relay failed', error: 'redis down', failures: 1 });
    await jest.advanceTimersByTimeAsync(1999);
    expect(work).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('stop() waits for the run in flight and starts no other', async () => {
    let finish: (more: boolean) => void = () => undefined;
    const work = jest.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const loop = new PollingLoop('test', 10, work, silent);
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(true);
    await stopping;
    expect(stopped).toBe(true);
    loop.wake();
    await jest.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('withTimeout gives up on work that does not settle in time, and passes on work that does', async () => {
    const hanging = withTimeout(new Promise<never>(() => undefined), 10000, 'Redis');
    const settled = expect(hanging).rejects.toThrow('Redis did not answer within 10000 ms');
    await jest.advanceTimersByTimeAsync(10000);
    await settled;
    await expect(withTimeout(Promise.resolve(7), 10000, 'Redis')).resolves.toBe(7);
  });
});
