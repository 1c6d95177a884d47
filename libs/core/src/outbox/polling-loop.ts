import { Logger } from '@nestjs/common';

/** Longest pause between two runs after repeated failures (PostgreSQL or Redis down). */
export const MAX_BACKOFF_MS = 30_000;

/** How long the relay and sweeper wait for Redis before giving up the batch (its transaction rolls back). */
export const REDIS_TIMEOUT_MS = 10_000;

/**
 * Rejects when `work` has not settled within `ms`. BullMQ's connection waits for Redis indefinitely; a batch must not
 * hold its row locks (or a graceful shutdown) that long. Work that completes later is harmless: job ids dedupe.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `work` again and again, `intervalMs` apart, one run at a time. A run that reports more work runs again at
 * once; a failing run backs off exponentially (interval × 2ⁿ, at most 30 s); `wake()` brings the next run forward;
 * `stop()` cancels the next run and waits for the one in flight.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = true;
  private woken = false;
  private failures = 0;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<boolean>,
    private readonly logger: Pick<Logger, 'error'>,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Run as soon as the current run (if any) is over. */
  wake(): void {
    if (this.stopped) return;
    if (this.inFlight) this.woken = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  /** Delay before the next run after `failures` consecutive failures. */
  static backoff(intervalMs: number, failures: number): number {
    return failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, Math.max(MAX_BACKOFF_MS, intervalMs));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
  }

  private run(): void {
    this.timer = null;
    this.woken = false;
    this.inFlight = this.work()
      .then((more) => {
        this.failures = 0;
        return more;
      })
      .catch((error: Error) => {
        this.failures += 1;
        this.logger.error({ msg: `${this.name} failed`, error: error.message, failures: this.failures });
        return false;
      })
      .then((more) => {
        this.inFlight = null;
        this.schedule(more || this.woken ? 0 : PollingLoop.backoff(this.intervalMs, this.failures));
      });
  }
}
