import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, JobName, OutboxService, PollingLoop, runInTransaction } from '@banso/core';
import { JST_OFFSET_MS } from '../services/report-files';

/** Daily export jobs run at 00:05 in Japan. */
const DAILY_AT_MINUTES = 5;

/** The next daily slot after `now`: the Japanese calendar day (YYYY-MM-DD) and the moment (00:05 JST). */
export function nextDailySlot(now: Date): { day: string; runAt: Date } {
  const japan = new Date(now.getTime() + JST_OFFSET_MS);
  let slot = Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth(), japan.getUTCDate(), 0, DAILY_AT_MINUTES);
  if (slot <= japan.getTime()) slot += 86400 * 1000;
  return { day: new Date(slot).toISOString().slice(0, 10), runAt: new Date(slot - JST_OFFSET_MS) };
}

/**
 * Worker only: keeps the next run of the daily export jobs (`export.cleanup`, `export.subscriptions`) in the outbox,
 * due at 00:05 in Japan, one per day by deduplication key. Checks every EXPORT_SCHEDULER_INTERVAL_MS; several workers
 * may run it, the key keeps one job per day, and the handlers are idempotent anyway.
 */
@Injectable()
export class ExportScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ExportScheduler.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly outbox: OutboxService,
    config: AppConfig,
  ) {
    this.loop = new PollingLoop(
      'export scheduler',
      config.exports.schedulerIntervalMs,
      async () => {
        await this.scheduleNext(new Date());
        return false;
      },
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  async scheduleNext(now: Date): Promise<{ day: string; runAt: Date }> {
    const slot = nextDailySlot(now);
    await runInTransaction(async () => {
      await this.outbox.enqueue(
        JobName.EXPORT_CLEANUP,
        { day: slot.day },
        { runAt: slot.runAt, deduplicationKey: slot.day },
      );
      await this.outbox.enqueue(
        JobName.EXPORT_SUBSCRIPTIONS,
        { day: slot.day },
        { runAt: slot.runAt, deduplicationKey: slot.day },
      );
    });
    return slot;
  }
}
