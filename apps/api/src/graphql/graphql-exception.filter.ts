import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands every exception of a GraphQL resolver, guard or pipe back to GraphQL untouched, so the error formatter is
 * the one place that maps and logs it (Nest would otherwise log each one again, raw, at error level). Other
 * contexts (the health endpoint) keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionPassthrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql')
      return exception instanceof Error ? exception : new Error(String(exception));
    return super.catch(exception, host);
  }
}
