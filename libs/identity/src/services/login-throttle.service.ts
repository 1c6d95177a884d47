import { Injectable } from '@nestjs/common';
import { RedisClient } from '@banso/core';

export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

/**
 * Counts failed logins per account and per client address in Redis (shared by all api replicas). Past the limit,
 * logins are refused with RATE_LIMITED until the window has passed, without checking the password.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly client: RedisClient) {}

  private keys(email: string, address: string): [string, string] {
    return [`login-fail:account:${email}`, `login-fail:address:${address}`];
  }

  /** Seconds to wait, or 0 when a login attempt may proceed. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [accountKey, addressKey] = this.keys(email, address);
    const [accountFailures, addressFailures] = await this.client.redis.mget(accountKey, addressKey);
    const blocked: string[] = [];
    if (Number(accountFailures ?? 0) >= LOGIN_THROTTLE.maxFailuresPerAccount) blocked.push(accountKey);
    if (Number(addressFailures ?? 0) >= LOGIN_THROTTLE.maxFailuresPerAddress) blocked.push(addressKey);
    if (!blocked.length) return 0;
    const ttls = await Promise.all(blocked.map((key) => this.client.redis.ttl(key)));
    return Math.max(1, ...ttls);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const pipeline = this.client.redis.multi();
    for (const key of this.keys(email, address)) {
      pipeline.incr(key);
      pipeline.expire(key, LOGIN_THROTTLE.windowSeconds, 'NX');
    }
    await pipeline.exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.client.redis.del(this.keys(email, '')[0]);
  }
}
