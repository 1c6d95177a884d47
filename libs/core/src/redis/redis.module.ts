import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../queue/redis-connection';

/** A shared Redis connection for counters and short-lived state (login throttling, readiness). */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;

  constructor(@Inject(AppConfig) config: AppConfig) {
    const options = redisOptionsFromUrl(config.redisUrl);
    this.redis = new Redis({
      ...options,
      keyPrefix: `${config.queuePrefix}:`,
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}
