import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AppConfig, JobDispatcher, JobHandler, JobName, JobPayload, OutboxService } from '@banso/core';
import { KpiRefreshService } from '../services/kpi-refresh.service';

/** The refresh slot an instant falls in, and when the next one starts. */
export function refreshSlot(now: number, intervalMs: number): { slot: number; nextAt: Date } {
  const slot = Math.floor(now / intervalMs);
  return { slot, nextAt: new Date((slot + 1) * intervalMs) };
}

export function refreshKey(slot: number): string {
  return `kpi-refresh:${slot}`;
}

/**
 * Worker side: refreshes every KPI snapshot, then chains the next run through the outbox (due at the start of the
 * next slot; one job per slot whatever the number of workers, by the deduplication key). The chain and the DONE mark
 * commit with the snapshots.
 */
@Injectable()
export class KpiRefreshHandler implements JobHandler<JobName.REPORTING_REFRESH_KPIS>, OnModuleInit {
  readonly jobName = JobName.REPORTING_REFRESH_KPIS;

  constructor(
    private readonly refresh: KpiRefreshService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(_payload: JobPayload[JobName.REPORTING_REFRESH_KPIS]): Promise<void> {
    await this.refresh.refreshAll();
    const interval = this.config.reporting.kpiRefreshIntervalMs;
    if (!interval) return;
    const { slot, nextAt } = refreshSlot(Date.now(), interval);
    await this.outbox.enqueue(
      this.jobName,
      { slot: slot + 1 },
      { runAt: nextAt, deduplicationKey: refreshKey(slot + 1) },
    );
  }
}

/**
 * Worker only (apps/worker adds it): at start-up, asks for a refresh now, which then chains itself every
 * KPI_REFRESH_INTERVAL_SECONDS. Off when the interval is 0.
 */
@Injectable()
export class KpiRefreshScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const interval = this.config.reporting.kpiRefreshIntervalMs;
    if (!interval) return;
    const { slot } = refreshSlot(Date.now(), interval);
    await this.outbox.enqueue(JobName.REPORTING_REFRESH_KPIS, { slot }, { deduplicationKey: refreshKey(slot) });
  }
}
