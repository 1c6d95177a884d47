import { Injectable, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobDispatcher, JobHandler, JobName, JobPayload } from '@banso/core';
import { ReportExportService } from '../services/report-export.service';

/** Worker: builds an export file (`export.build`). */
@Injectable()
export class ExportBuildProcessor implements JobHandler<JobName.EXPORT_BUILD>, OnModuleInit {
  readonly jobName = JobName.EXPORT_BUILD;

  constructor(
    private readonly exports: ReportExportService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  handle(payload: JobPayload[JobName.EXPORT_BUILD], job: Job): Promise<void> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.exports.build(payload.exportId, lastAttempt);
  }
}

/** Worker: the daily removal of expired export files (`export.cleanup`). */
@Injectable()
export class ExportCleanupProcessor implements JobHandler<JobName.EXPORT_CLEANUP>, OnModuleInit {
  readonly jobName = JobName.EXPORT_CLEANUP;

  constructor(
    private readonly exports: ReportExportService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(): Promise<void> {
    await this.exports.removeExpired();
  }
}

/** Worker: the daily check for monthly subscriptions due (`export.subscriptions`). */
@Injectable()
export class ExportSubscriptionsProcessor implements JobHandler<JobName.EXPORT_SUBSCRIPTIONS>, OnModuleInit {
  readonly jobName = JobName.EXPORT_SUBSCRIPTIONS;

  constructor(
    private readonly exports: ReportExportService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.EXPORT_SUBSCRIPTIONS]): Promise<void> {
    await this.exports.produceDueSubscriptions(payload.day);
  }
}
