import { Injectable } from '@nestjs/common';
import { Actor } from '@banso/core';
import { UserVisibilityRule, UserVisibilityRuleProvider } from '@banso/identity';
import { ProgramAccessService } from './program-access.service';

/** People of the same program see each other's accounts (the roster already shows them). */
@Injectable()
@UserVisibilityRuleProvider()
export class SharedProgramVisibility implements UserVisibilityRule {
  constructor(private readonly access: ProgramAccessService) {}

  allows(actor: Actor, userId: string): Promise<boolean> {
    return this.access.shareAProgram(actor.userId, userId);
  }
}
