import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, SystemRole } from './actor';
import { Errors } from '../errors/domain.exception';
import type { RequestContext } from '../graphql/request-context';

export const IS_PUBLIC = 'banso:isPublic';
export const REQUIRED_ROLE = 'banso:requiredRole';

/** Opts an operation out of authentication (login, health, certificate verification). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Restricts an operation to a system role (checked by the global guard before the resolver runs). */
export const RequireSystemRole = (role: SystemRole): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLE, role);

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The authenticated caller; the global guard guarantees one exists on non-public operations. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestContextOf(context).actor;
  if (!actor) throw Errors.unauthenticated();
  return actor;
});

/** The whole per-request context (actor, locale, loaders). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context),
);
