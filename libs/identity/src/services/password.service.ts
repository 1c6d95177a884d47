import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** Marks a password hash that no password matches (an account waiting for its set-password link). */
const UNUSABLE_HASH_PREFIX = '!unset$';

/** OWASP password storage recommendation for argon2id: 19 MiB memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /**
   * For an account created without a password (bulk roster import): a random marker no password matches, made without
   * argon2's 19 MiB / ~50 ms, so hundreds of accounts take milliseconds. It is unique, so a set-password link (bound
   * to a fingerprint of the hash) still works once.
   */
  unusableHash(): string {
    return `${UNUSABLE_HASH_PREFIX}${randomBytes(32).toString('base64url')}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    // Same time as a real check, so timing does not tell that the account has no password yet.
    if (hash.startsWith(UNUSABLE_HASH_PREFIX)) return this.verifyAgainstDummy(password);
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check when the account does not exist, so timing tells nothing. */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('banso-dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
