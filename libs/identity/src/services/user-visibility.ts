import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Actor } from '@banso/core';

/** Whether the caller may see another person's account for a reason another domain knows (e.g. a shared program). */
export interface UserVisibilityRule {
  allows(actor: Actor, userId: string): Promise<boolean>;
}

/**
 * Marks a provider as a user-visibility rule. The domain that knows the relationship lists the class in its module's
 * providers (programs: `SharedProgramVisibility`); identity finds it at start-up, so it never imports that domain.
 */
export const UserVisibilityRuleProvider = DiscoveryService.createDecorator<void>();

function isUserVisibilityRule(instance: unknown): instance is UserVisibilityRule {
  return typeof (instance as Partial<UserVisibilityRule> | null)?.allows === 'function';
}

/** Identity knows organisations; the rules registered by other domains add their relationships. */
@Injectable()
export class UserVisibilityRules implements OnModuleInit {
  private readonly rules: UserVisibilityRule[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  /** Collects every provider marked with @UserVisibilityRuleProvider; a marked class without `allows` stops the boot. */
  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: UserVisibilityRuleProvider.KEY })) {
      const instance: unknown = wrapper.instance;
      if (!isUserVisibilityRule(instance)) {
        throw new Error(`${wrapper.name} is marked @UserVisibilityRuleProvider but has no allows method`);
      }
      this.rules.push(instance);
    }
  }

  async anyAllows(actor: Actor, userId: string): Promise<boolean> {
    for (const rule of this.rules) if (await rule.allows(actor, userId)) return true;
    return false;
  }
}
