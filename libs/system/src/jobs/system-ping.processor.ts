import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobDispatcher, JobHandler, JobName, JobPayload } from '@banso/core';
import { SystemPingService } from '../services/system-ping.service';

/** Worker side of the ping. */
@Injectable()
export class SystemPingProcessor implements JobHandler<JobName.SYSTEM_PING>, OnModuleInit {
  readonly jobName = JobName.SYSTEM_PING;

  constructor(
    private readonly pings: SystemPingService,
    private readonly dispatcher: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  handle(payload: JobPayload[JobName.SYSTEM_PING]): Promise<void> {
    return this.pings.process(payload.pingId);
  }
}
