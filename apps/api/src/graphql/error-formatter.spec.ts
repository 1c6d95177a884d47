import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { BadRequestException, InternalServerErrorException, Logger, PayloadTooLargeException } from '@nestjs/common';
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
      messages: { ja: 'リクエストが正しくありません', en: 'Bad JSON' },
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
      extensions: {
        code: 'BAD_USER_INPUT',
        messages: {
          ja: 'リクエストが正しくありません: 型 Query にフィールド secret はありません（1行目 9文字目）',
          en: message,
        },
      },
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

  it('answers a lost PostgreSQL or Redis connection with SERVICE_UNAVAILABLE and Retry-After, leaking nothing', () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    });
    const redis = Object.assign(new Error('Reached the max retries per request limit (which is 2).'), {
      name: 'MaxRetriesPerRequestError',
    });
    const terminated = new Error('Connection terminated unexpectedly');
    for (const failure of [refused, shutdown, redis, terminated]) {
      const formatted = formatGraphQLError(...fromResolver(failure));
      expect(formatted.extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: 5,
        messages: {
          ja: 'ただいまサービスを利用できません。5秒ほどおいて再度お試しください',
          en: 'The service is temporarily unavailable. Please try again in 5 seconds',
        },
      });
      expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|5432|administrator|max retries|terminated/);
    }
    const bug = formatGraphQLError(
      ...fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')")),
    );
    expect(bug.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('speaks one language per message for refused documents, translating the known graphql-js wordings', () => {
    const cases: [string, string][] = [
      ['Unknown argument "foo" on field "Query.me".', 'Query.me に引数 foo はありません'],
      [
        'Field "Query.program" argument "id" of type "ID!" is required, but it was not provided.',
        'Query.program の引数 id（ID!）は必須です',
      ],
      ['Variable "$id" of required type "ID!" was not provided.', '変数 $id（ID!）は必須です'],
      ['Syntax Error: Expected Name, found <EOF>.', 'GraphQL の構文が正しくありません'],
      ['Query depth 14 exceeds the limit of 10', 'クエリの深さ 14 が上限 10 を超えています'],
      ['Something graphql-js says in a new version.', ''],
    ];
    for (const [message, japanese] of cases) {
      const formatted = formatGraphQLError(
        { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        new GraphQLError(message),
      );
      const ja = (formatted.extensions?.messages as { ja: string }).ja;
      expect(ja).toBe(
        japanese ? `リクエストが正しくありません: ${japanese}` : 'GraphQL のリクエストが正しくありません',
      );
      expect(ja).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    }
  });

  it('answers graphql-js giving up on too many variable errors as BAD_USER_INPUT, not an internal error', () => {
    const message = 'Too many errors processing variables, error limit reached. Execution aborted.';
    const formatted = formatGraphQLError(
      { message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(message),
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messages: { ja: 'リクエストが正しくありません: 変数の誤りが多すぎるため処理を中止しました', en: message },
    });
  });

  it('maps an HTTP 413 to PAYLOAD_TOO_LARGE', () => {
    const formatted = formatGraphQLError(...fromResolver(new PayloadTooLargeException()));
    expect(formatted.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
