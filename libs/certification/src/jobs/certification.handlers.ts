import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobDispatcher, JobHandler, JobName, JobPayload, runInTransaction } from '@banso/core';
import { CertificationEvaluationService } from '../services/certification-evaluation.service';
import { CertificateService } from '../services/certificate.service';

/** Worker side: evidence of a (program, trainee) changed a few seconds ago. */
@Injectable()
export class EvaluateCertificationProcessor implements JobHandler<JobName.CERTIFICATION_EVALUATE>, OnModuleInit {
  readonly jobName = JobName.CERTIFICATION_EVALUATE;

  constructor(
    private readonly evaluation: CertificationEvaluationService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.CERTIFICATION_EVALUATE]): Promise<void> {
    await this.evaluation.evaluateTrainee(payload.programId, payload.traineeId);
  }
}

/** Worker side: one batch of a cohort re-evaluation. */
@Injectable()
export class EvaluateProgramCertificationsProcessor
  implements JobHandler<JobName.CERTIFICATION_EVALUATE_PROGRAM>, OnModuleInit
{
  readonly jobName = JobName.CERTIFICATION_EVALUATE_PROGRAM;

  constructor(
    private readonly evaluation: CertificationEvaluationService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.CERTIFICATION_EVALUATE_PROGRAM]): Promise<void> {
    await this.evaluation.runBatch(payload.runId);
  }
}

/** Worker side: the daily expiry run; schedules the next day's in the same transaction. */
@Injectable()
export class ExpireCertificatesProcessor implements JobHandler<JobName.CERTIFICATION_EXPIRE>, OnModuleInit {
  readonly jobName = JobName.CERTIFICATION_EXPIRE;

  constructor(
    private readonly certificates: CertificateService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(payload: JobPayload[JobName.CERTIFICATION_EXPIRE]): Promise<void> {
    await this.certificates.expireCertificates();
    await this.certificates.scheduleExpiry(payload.day);
  }
}

/**
 * Provided by the worker only: on start it makes sure the next daily expiry run is in the outbox (one per day,
 * deduplicated by the day), so the chain of daily runs survives a worker that was down at midnight.
 */
@Injectable()
export class CertificationExpiryScheduler implements OnApplicationBootstrap {
  constructor(private readonly certificates: CertificateService) {}

  async onApplicationBootstrap(): Promise<void> {
    // Today in Japan time: the next run is tomorrow at 00:10 JST.
    const today = new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
    await runInTransaction(() => this.certificates.scheduleExpiry(today));
  }
}
