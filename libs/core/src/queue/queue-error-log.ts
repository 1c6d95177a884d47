import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { OutageLog } from '../logging/outage-log';
import { QueueName } from './jobs';

/**
 * BullMQ re-emits its Redis connection's errors on each queue; with no listener it prints them raw. This listens on
 * every queue and reports an outage once through the OutageLog (the app's Redis client tells when it is over).
 */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly outages: OutageLog,
  ) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => this.outages.unreachable('redis', `queue:${name}`, error));
    }
  }
}
