import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { BadRequestException, InternalServerErrorException, Logger } from '@nestjs/common';
import { Errors, validationException } from '@banso/core';
import { ValidationError } from 'class-validator';
import { formatGraphQLError } from './error-formatter';

/** What Apollo hands the formatter for an error thrown inside a resolver. */
function fromResolver(thrown: unknown, code = 'INTERNAL_SERVER_ERROR'): [GraphQLFormattedError, unknown] {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const error = new GraphQLError(message, {
    path: ['program'],
    originalError: thrown instanceof Error ? thrown : undefined,
  });
  return [{ message, path: ['program'], locations: [{ line: 1, column: 3 }], extensions: { code } }, error];
}

describe('formatGraphQLError', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and a generic message, leaking nothing', () => {
    const failure = new Error('duplicate key value violates unique constraint "user_account_email_key" at 10.0.0.5');
    failure.stack = 'Error: secret\n    at Repository.insert (/srv/banso/node_modules/typeorm/...)';
    const formatted = formatGraphQLError(...fromResolver(failure));
    expect(formatted).toEqual({
      message: 'An unexpected error occurred on the server. Please try again later',
      path: ['program'],
      locations: [{ line: 1, column: 3 }],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messages: {
          ja: 'サーバーで予期しないエラーが発生しました。時間をおいて再度お試しください',
          en: 'An unexpected error occurred on the server. Please try again later',
        },
      },
    });
    const text = JSON.stringify(formatted);
    expect(text).not.toContain('user_account_email_key');
    expect(text).not.toContain('10.0.0.5');
    expect(text).not.toContain('node_modules');
  });

  it('hides non-Error throws and Nest 500s the same way', () => {
    expect(formatGraphQLError(...fromResolver('boom')).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const nest = formatGraphQLError(...fromResolver(new InternalServerErrorException('pool exhausted')));
    expect(nest.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(nest)).not.toContain('pool exhausted');
  });

  it('maps a domain exception to its code with both languages and the named fields', () => {
    const formatted = formatGraphQLError(
      ...fromResolver(
        validationException([
          Object.assign(new ValidationError(), { property: 'email', constraints: { isEmail: 'x' }, children: [] }),
        ]),
      ),
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messages: {
        ja: '入力が正しくありません（input.email: メールアドレスの形式ではありません）',
        en: 'Invalid input: input.email must be a valid email address',
      },
      fields: [
        {
          field: 'input.email',
          message: { ja: 'メールアドレスの形式ではありません', en: 'must be a valid email address' },
        },
      ],
    });
    expect(formatGraphQLError(...fromResolver(Errors.forbidden())).extensions?.code).toBe('FORBIDDEN');
    expect(formatGraphQLError(...fromResolver(Errors.rateLimited(42))).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    const formatted = formatGraphQLError(...fromResolver(new BadRequestException('Bad JSON')));
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messages: { ja: 'リクエストが正しくありません: Bad JSON', en: 'Bad JSON' },
    });
  });

  it('turns GraphQL validation and parse errors into BAD_USER_INPUT', () => {
    const message = 'Cannot query field "secret" on type "Query".';
    const formatted = formatGraphQLError(
      { message, locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(message),
    );
    expect(formatted).toEqual({
      message,
      locations: [{ line: 1, column: 9 }],
      extensions: { code: 'BAD_USER_INPUT', messages: { ja: `入力が正しくありません: ${message}`, en: message } },
    });
  });

  it('keeps a code of the closed list set by a library, and never lets an unknown code through', () => {
    const known = formatGraphQLError(
      { message: 'Unauthorized', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } },
      new GraphQLError('Unauthorized'),
    );
    expect(known.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const unknown = formatGraphQLError(
      { message: 'Persisted query not found', path: ['me'], extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      new GraphQLError('Persisted query not found'),
    );
    expect(unknown.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(unknown.message).not.toContain('Persisted');
  });
});
