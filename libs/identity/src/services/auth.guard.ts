import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Errors, IS_PUBLIC, REQUIRED_ROLE, RequestContext, requestContextOf, SystemRole } from '@banso/core';
import { IdentityService } from './identity.service';
import { IdentityLoaders } from '../identity.loaders';
import { TokenService } from './token.service';

/**
 * Global guard: every GraphQL operation needs a valid access token of an active account unless marked @Public().
 * It puts the caller (the Actor, with their program roles: one statement) and their locale on the request context. Role checks beyond the system role are
 * made by the services, which know the records.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
    private readonly loaders: IdentityLoaders,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      return this.isPublic(context);
    }
    const request = requestContextOf(context);
    await this.authenticate(request);
    if (this.isPublic(context)) return true;
    if (!request.actor) throw Errors.unauthenticated();
    const role = this.reflector.getAllAndOverride<SystemRole | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (role && request.actor.systemRole !== role) throw Errors.forbidden();
    return true;
  }

  /**
   * Puts the caller of a valid access token (an active account) and their locale on the request context; leaves
   * it anonymous otherwise. Also used before execution by request-level plugins (Idempotency-Key).
   */
  async authenticate(request: RequestContext): Promise<void> {
    if (request.actor) return;
    const header = request.req?.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return;
    const claims = this.tokens.verifyAccessToken(token);
    const account = claims ? await this.identity.actorAccount(claims.sub) : null;
    if (!account) return;
    const { user, programRoles } = account;
    request.locale = user.locale;
    request.actor = {
      userId: user.id,
      organizationId: user.organizationId,
      systemRole: user.systemRole,
      locale: user.locale,
      requestId: request.requestId,
      programRoles,
    };
    // The account is read once per request: `me` and any loader asking for the caller get this row.
    this.loaders.prime(request, user);
  }

  private isPublic(context: ExecutionContext): boolean {
    return Boolean(this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]));
  }
}
