import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, clientAddress, Ctx, CurrentActor, Public, RequestContext } from '@banso/core';
import { AuthService } from '../services/auth.service';
import { ChangePasswordInput, LoginInput, RefreshTokenInput } from '../dto/auth.input';
import { ChangePasswordResult, LoginResult, RefreshTokenResult } from '../identity.results';
import { AuthPayload, PasswordChanged } from '../models/user.model';
import { InvalidCredentialsError, InvalidRefreshTokenError } from '../identity.errors';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Log in with email and password (ログイン)' })
  login(
    @Args('input') input: LoginInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload | InvalidCredentialsError> {
    return this.auth.login(input, {
      locale: context.locale,
      address: clientAddress(context.req),
      requestId: context.requestId,
    });
  }

  @Public()
  @Mutation(() => RefreshTokenResult, {
    description: 'Exchange a refresh token for a new pair; the old one stops working',
  })
  refreshToken(
    @Args('input') input: RefreshTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload | InvalidRefreshTokenError> {
    return this.auth.refresh(input, {
      locale: context.locale,
      address: clientAddress(context.req),
      requestId: context.requestId,
    });
  }

  @Mutation(() => Boolean, { description: 'Log out this session: its refresh tokens are revoked' })
  logout(@CurrentActor() actor: Actor, @Args('input') input: RefreshTokenInput): Promise<boolean> {
    return this.auth.logout(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Log out everywhere: every session of yours on every device ends' })
  logoutEverywhere(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.logoutEverywhere(actor);
  }

  @Mutation(() => ChangePasswordResult, { description: 'Change your own password; other sessions are logged out' })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
  ): Promise<PasswordChanged | InvalidCredentialsError> {
    return this.auth.changePassword(actor, input);
  }
}
