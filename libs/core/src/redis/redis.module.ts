import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { OutageLog } from '../logging/outage-log';
import { redisOptionsFromUrl } from '../queue/redis-connection';

/** A shared Redis connection for counters and short-lived state (login throttling, readiness). */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;

  constructor(@Inject(AppConfig) config: AppConfig, @Inject(OutageLog) outages: OutageLog) {
    const options = redisOptionsFromUrl(config.redisUrl);
    this.redis = new Redis({
      ...options,
      keyPrefix: `${config.queuePrefix}:`,
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
    // Without a listener ioredis prints a raw stack for every reconnection attempt.
    this.redis.on('error', (error: Error) => outages.unreachable('redis', 'client', error));
    this.redis.on('ready', () => outages.reachable('redis'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [OutageLog, RedisClient], exports: [OutageLog, RedisClient] })
export class RedisModule {}
