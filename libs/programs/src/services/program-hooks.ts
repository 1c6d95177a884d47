import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/** What a domain above programs learns when a program is created (inside the creating transaction). */
export interface ProgramCreatedHook {
  programCreated(program: { id: string; frameworkId: string }): Promise<void>;
}

/**
 * Who besides the program's owners may be paired as a mentor (e.g. certification: holders of an ACTIVE MENTOR
 * certificate and designated external advisors). Reads in the current transaction.
 */
export interface MentorEligibilityRule {
  mayMentor(programId: string, userId: string): Promise<boolean>;
}

/**
 * Marks a provider as a program-created hook. The domain lists the class in its module's providers (certification:
 * the default certification rules); programs finds it at start-up, so it never imports that domain.
 */
export const ProgramCreatedHookProvider = DiscoveryService.createDecorator<void>();

/** Marks a provider as a mentor-eligibility rule (certification: `CertifiedMentorEligibility`). */
export const MentorEligibilityRuleProvider = DiscoveryService.createDecorator<void>();

function hasMethod<T>(instance: unknown, method: keyof T): instance is T {
  return typeof (instance as Record<string, unknown> | null)?.[method as string] === 'function';
}

/** The hooks and rules other domains register with programs, found at start-up like job handlers. */
@Injectable()
export class ProgramHooks implements OnModuleInit {
  private readonly created: ProgramCreatedHook[] = [];
  private readonly eligibility: MentorEligibilityRule[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ProgramCreatedHookProvider.KEY })) {
      const instance: unknown = wrapper.instance;
      if (!hasMethod<ProgramCreatedHook>(instance, 'programCreated')) {
        throw new Error(`${wrapper.name} is marked @ProgramCreatedHookProvider but has no programCreated method`);
      }
      this.created.push(instance);
    }
    for (const wrapper of this.discovery.getProviders({ metadataKey: MentorEligibilityRuleProvider.KEY })) {
      const instance: unknown = wrapper.instance;
      if (!hasMethod<MentorEligibilityRule>(instance, 'mayMentor')) {
        throw new Error(`${wrapper.name} is marked @MentorEligibilityRuleProvider but has no mayMentor method`);
      }
      this.eligibility.push(instance);
    }
  }

  async programCreated(program: { id: string; frameworkId: string }): Promise<void> {
    for (const hook of this.created) await hook.programCreated(program);
  }

  /** Whether a registered rule lets the user mentor in the program; with no rule registered, any MENTOR member may. */
  async mayMentor(programId: string, userId: string): Promise<boolean> {
    if (!this.eligibility.length) return true;
    for (const rule of this.eligibility) if (await rule.mayMentor(programId, userId)) return true;
    return false;
  }
}
