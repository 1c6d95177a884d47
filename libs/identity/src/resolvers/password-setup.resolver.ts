import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, CurrentActor, Public, RequestContext } from '@banso/core';
import { PasswordSetupService } from '../services/password-setup.service';
import { IssuePasswordSetupLinkInput, SetPasswordWithTokenInput } from '../dto/password-setup.input';
import { PasswordChanged, PasswordSetupLink } from '../models/user.model';
import { InvalidPasswordSetupTokenError } from '../identity.errors';
import { SetPasswordWithTokenResult } from '../identity.results';

@Resolver()
export class PasswordSetupResolver {
  constructor(private readonly passwordSetup: PasswordSetupService) {}

  @Mutation(() => PasswordSetupLink, {
    description: 'Issue a one-time link with which the person sets their password (admins)',
  })
  issuePasswordSetupLink(
    @CurrentActor() actor: Actor,
    @Args('input') input: IssuePasswordSetupLinkInput,
  ): Promise<PasswordSetupLink> {
    return this.passwordSetup.issue(actor, input);
  }

  @Public()
  @Mutation(() => SetPasswordWithTokenResult, {
    description: 'Set your password with a one-time link; your other sessions end',
  })
  setPasswordWithToken(
    @Args('input') input: SetPasswordWithTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<PasswordChanged | InvalidPasswordSetupTokenError> {
    return this.passwordSetup.setPassword(input, context.locale, context.requestId);
  }
}
