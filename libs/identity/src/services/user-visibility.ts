import { Injectable } from '@nestjs/common';
import { Actor } from '@banso/core';

/** Whether the caller may see another person's account for a reason another domain knows (e.g. a shared program). */
export type UserVisibilityRule = (actor: Actor, userId: string) => Promise<boolean>;

/**
 * Identity knows organisations; other domains know other relationships. They register rules here at start-up, so
 * identity never imports them (programs: people in the same program see each other).
 */
@Injectable()
export class UserVisibilityRules {
  private readonly rules: UserVisibilityRule[] = [];

  register(rule: UserVisibilityRule): void {
    this.rules.push(rule);
  }

  async anyAllows(actor: Actor, userId: string): Promise<boolean> {
    for (const rule of this.rules) if (await rule(actor, userId)) return true;
    return false;
  }
}
