import { Injectable } from '@nestjs/common';
import { RedisClient } from '@banso/core';

export const CHECK_IN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxWrongCodes: 5,
};

/**
 * Counts wrong check-in codes per person and activity in Redis (shared by all api replicas). Past the limit,
 * check-in is refused with RATE_LIMITED until the window has passed, so a six-character code cannot be guessed.
 */
@Injectable()
export class CheckInThrottleService {
  constructor(private readonly client: RedisClient) {}

  private key(activityId: string, userId: string): string {
    return `check-in-fail:${activityId}:${userId}`;
  }

  /** Seconds to wait, or 0 when an attempt may proceed. */
  async retryAfter(activityId: string, userId: string): Promise<number> {
    const key = this.key(activityId, userId);
    const failures = Number((await this.client.redis.get(key)) ?? 0);
    if (failures < CHECK_IN_THROTTLE.maxWrongCodes) return 0;
    return Math.max(1, await this.client.redis.ttl(key));
  }

  /** Records a wrong code; returns the attempts left. */
  async recordFailure(activityId: string, userId: string): Promise<number> {
    const key = this.key(activityId, userId);
    const result = await this.client.redis.multi().incr(key).expire(key, CHECK_IN_THROTTLE.windowSeconds, 'NX').exec();
    const failures = Number(result?.[0]?.[1] ?? CHECK_IN_THROTTLE.maxWrongCodes);
    return Math.max(0, CHECK_IN_THROTTLE.maxWrongCodes - failures);
  }
}
