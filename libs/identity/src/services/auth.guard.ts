import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Errors, IS_PUBLIC, REQUIRED_ROLE, requestContextOf, SystemRole } from '@banso/core';
import { IdentityService } from './identity.service';
import { TokenService } from './token.service';

/**
 * Global guard: every GraphQL operation needs a valid access token of an active account unless marked @Public().
 * It puts the caller (the Actor) and their locale on the request context. Role checks beyond the system role are
 * made by the services, which know the records.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      return this.isPublic(context);
    }
    const request = requestContextOf(context);
    if (!request.actor) {
      const header = request.req?.headers.authorization;
      const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (token) {
        const claims = await this.tokens.verifyAccessToken(token);
        const user = claims ? await this.identity.activeAccount(claims.sub) : null;
        if (user) {
          request.locale = user.locale;
          request.actor = {
            userId: user.id,
            organizationId: user.organizationId,
            systemRole: user.systemRole,
            locale: user.locale,
            requestId: request.requestId,
          };
        }
      }
    }
    if (this.isPublic(context)) return true;
    if (!request.actor) throw Errors.unauthenticated();
    const role = this.reflector.getAllAndOverride<SystemRole | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (role && request.actor.systemRole !== role) throw Errors.forbidden();
    return true;
  }

  private isPublic(context: ExecutionContext): boolean {
    return Boolean(this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]));
  }
}
