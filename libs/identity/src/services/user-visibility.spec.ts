import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Actor, Locale, SystemRole } from '@banso/core';
import { UserVisibilityRule, UserVisibilityRuleProvider, UserVisibilityRules } from './user-visibility';

const actor: Actor = {
  userId: 'me',
  organizationId: 'org',
  systemRole: SystemRole.USER,
  locale: Locale.EN,
  requestId: 'request-1',
};

@Injectable()
@UserVisibilityRuleProvider()
class SameTeamRule implements UserVisibilityRule {
  allows(_actor: Actor, userId: string): Promise<boolean> {
    return Promise.resolve(userId === 'teammate');
  }
}

@Injectable()
@UserVisibilityRuleProvider()
class NotARule {}

async function boot(...providers: (new () => unknown)[]) {
  @Module({ imports: [DiscoveryModule], providers: [UserVisibilityRules, ...providers] })
  class TestModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
  return moduleRef.createNestApplication().init();
}

describe('UserVisibilityRules', () => {
  it('finds the rules modules list and allows when one of them does', async () => {
    const app = await boot(SameTeamRule);
    const rules = app.get(UserVisibilityRules);
    await expect(rules.anyAllows(actor, 'teammate')).resolves.toBe(true);
    await expect(rules.anyAllows(actor, 'stranger')).resolves.toBe(false);
    await app.close();
  });

  it('denies by default when no domain registered a rule', async () => {
    const app = await boot();
    await expect(app.get(UserVisibilityRules).anyAllows(actor, 'teammate')).resolves.toBe(false);
    await app.close();
  });

  it('stops the boot when a marked provider has no allows method, naming it', async () => {
    await expect(boot(NotARule)).rejects.toThrow('NotARule is marked @UserVisibilityRuleProvider');
  });
});
