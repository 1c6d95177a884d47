import { Injectable } from '@nestjs/common';
import { RedisClient } from '@banso/core';

export const VERIFY_THROTTLE = {
  windowSeconds: 10 * 60,
  maxLookups: 30,
};

/**
 * Public certificate look-ups per client address in Redis (shared by all api replicas), as the check-in throttle:
 * past 30 in 10 minutes verifyCertificate answers RATE_LIMITED until the window has passed, so the 50-bit codes
 * cannot be enumerated.
 */
@Injectable()
export class VerifyThrottleService {
  constructor(private readonly client: RedisClient) {}

  /** Counts the look-up; returns the seconds to wait when over the limit, else 0. */
  async take(address: string): Promise<number> {
    const key = `certificate-verify:${address}`;
    const result = await this.client.redis.multi().incr(key).expire(key, VERIFY_THROTTLE.windowSeconds, 'NX').exec();
    const count = Number(result?.[0]?.[1] ?? VERIFY_THROTTLE.maxLookups + 1);
    if (count <= VERIFY_THROTTLE.maxLookups) return 0;
    return Math.max(1, await this.client.redis.ttl(key));
  }
}
