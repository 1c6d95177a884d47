import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, clientAddress, Ctx, CurrentActor, Public, RequestContext } from '@banso/core';
import { AuthService } from '../services/auth.service';
import { WebSessionCookie } from '../services/web-session-cookie';
import { ChangePasswordInput, LoginInput, RefreshTokenInput } from '../dto/auth.input';
import { ChangePasswordResult, LoginResult, RefreshTokenResult } from '../identity.results';
import { AuthPayload, PasswordChanged } from '../models/user.model';
import { InvalidCredentialsError, InvalidRefreshTokenError } from '../identity.errors';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly webSession: WebSessionCookie,
  ) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Log in with email and password (ログイン)' })
  async login(
    @Args('input') input: LoginInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload | InvalidCredentialsError> {
    const result = await this.auth.login(input, {
      locale: context.locale,
      address: clientAddress(context.req),
      requestId: context.requestId,
    });
    return this.webSession.deliver(result, context);
  }

  @Public()
  @Mutation(() => RefreshTokenResult, {
    description:
      'Exchange a refresh token for a new pair; the old one stops working. The web app sends none: its session cookie carries it',
  })
  async refreshToken(
    @Args('input') input: RefreshTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload | InvalidRefreshTokenError> {
    const refreshToken = input.refreshToken ?? this.webSession.refreshToken(context);
    const result = await this.auth.refresh(
      { refreshToken },
      { locale: context.locale, address: clientAddress(context.req), requestId: context.requestId },
    );
    if (result instanceof InvalidRefreshTokenError) this.webSession.clear(context);
    return this.webSession.deliver(result, context);
  }

  @Mutation(() => Boolean, {
    description: 'Log out this session: its refresh tokens are revoked (and the web app’s session cookie cleared)',
  })
  async logout(
    @CurrentActor() actor: Actor,
    @Args('input') input: RefreshTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const refreshToken = input.refreshToken ?? this.webSession.refreshToken(context);
    const done = await this.auth.logout(actor, { refreshToken });
    this.webSession.clear(context);
    return done;
  }

  @Mutation(() => Boolean, { description: 'Log out everywhere: every session of yours on every device ends' })
  async logoutEverywhere(@CurrentActor() actor: Actor, @Ctx() context: RequestContext): Promise<boolean> {
    const done = await this.auth.logoutEverywhere(actor);
    this.webSession.clear(context);
    return done;
  }

  @Mutation(() => ChangePasswordResult, { description: 'Change your own password; other sessions are logged out' })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
  ): Promise<PasswordChanged | InvalidCredentialsError> {
    return this.auth.changePassword(actor, input);
  }
}
