import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { HttpException, Logger } from '@nestjs/common';
import { describeInputError } from './input-errors';
import { describeDocumentError } from './document-errors';
import {
  DomainException,
  ERROR_CODES,
  ErrorCode,
  Errors,
  isDependencyOutage,
  Locale,
  localize,
  LocalizedText,
  OUTAGE_RETRY_AFTER_SECONDS,
  RequestContext,
} from '@banso/core';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODE: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

/** Japanese wording of an HTTP-level refusal (its own message is English), English when it has none. */
const HTTP_REFUSAL: Partial<Record<ErrorCode, LocalizedText>> = {
  [ErrorCode.BAD_USER_INPUT]: { ja: 'リクエストが正しくありません', en: 'The request is not valid' },
  [ErrorCode.UNAUTHENTICATED]: { ja: 'ログインが必要です', en: 'You must be logged in' },
  [ErrorCode.FORBIDDEN]: { ja: 'この操作を行う権限がありません', en: 'You are not allowed to perform this operation' },
  [ErrorCode.NOT_FOUND]: { ja: '見つかりません', en: 'Not found' },
  [ErrorCode.CONFLICT]: { ja: 'ほかの変更と競合しました', en: 'The request conflicts with another change' },
  [ErrorCode.RATE_LIMITED]: { ja: '試行回数が多すぎます', en: 'Too many attempts' },
  [ErrorCode.PAYLOAD_TOO_LARGE]: { ja: 'リクエストが大きすぎます', en: 'The request is too large' },
};

/** HTTP status of a response whose errors leave nothing to execute (set by Apollo to 500 for plugin refusals). */
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/** During an outage every request fails the same way: log the first, then at most one line every 30 s. */
let lastOutageLog = 0;
let outagesSinceLog = 0;
function logOutage(cause: unknown): void {
  outagesSinceLog += 1;
  const now = Date.now();
  if (now - lastOutageLog < 30_000) return;
  const error = cause instanceof Error ? cause.message : String(cause);
  logger.warn({ msg: 'dependency unavailable: answering SERVICE_UNAVAILABLE', error, failedRequests: outagesSinceLog });
  lastOutageLog = now;
  outagesSinceLog = 0;
}

function fromDomainException(
  exception: DomainException,
  formatted: Pick<GraphQLFormattedError, 'path' | 'locations'>,
): GraphQLFormattedError {
  return {
    message: exception.text.en,
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      code: exception.code,
      messages: exception.text,
      ...(exception.fields.length ? { fields: exception.fields } : {}),
      ...(exception.retryAfterSeconds ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
    },
  };
}

const GRAPHQL_INPUT_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

const INTERNAL: LocalizedText = {
  ja: 'サーバーで予期しないエラーが発生しました。時間をおいて再度お試しください',
  en: 'An unexpected error occurred on the server. Please try again later',
};

/**
 * graphql-js throws (instead of reporting) when a request's variables hold more than 50 errors; Apollo then tags
 * it INTERNAL_SERVER_ERROR although it is the caller's input.
 */
function isVariableCoercionAbort(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.originalError &&
    error.message.startsWith('Too many errors processing variables')
  );
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { originalError?: unknown })?.originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * The one place errors become responses: `extensions.code` from the closed list, both language versions kept
 * until the locale plugin picks one, no stack traces or internal messages ever.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const path = formatted.path;
  const locations = formatted.locations;
  if (original instanceof DomainException) return fromDomainException(original, formatted);
  if (isDependencyOutage(original)) {
    logOutage(original);
    return fromDomainException(Errors.serviceUnavailable(OUTAGE_RETRY_AFTER_SECONDS), formatted);
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODE[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.SERVICE_UNAVAILABLE) {
      return fromDomainException(Errors.serviceUnavailable(OUTAGE_RETRY_AFTER_SECONDS), formatted);
    }
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error(original.message, original.stack);
    const refusal = HTTP_REFUSAL[code];
    const text = refusal ? { ja: refusal.ja, en: original.message || refusal.en } : INTERNAL;
    return { message: text.en, path, locations, extensions: { code, messages: text } };
  }
  const rawCode = formatted.extensions?.code;
  const extensionCode = typeof rawCode === 'string' ? rawCode : '';
  if (GRAPHQL_INPUT_CODES.has(extensionCode) || (!extensionCode && !path) || isVariableCoercionAbort(original)) {
    const described = describeInputError(formatted.message);
    if (described) {
      return {
        message: described.text.en,
        locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, messages: described.text, fields: described.fields },
      };
    }
    const text = describeDocumentError(formatted.message, locations?.[0]);
    return { message: text.en, locations, extensions: { code: ErrorCode.BAD_USER_INPUT, messages: text } };
  }
  if (ERROR_CODES.includes(extensionCode) && extensionCode !== String(ErrorCode.INTERNAL_SERVER_ERROR)) {
    return { message: formatted.message, path, locations, extensions: { code: extensionCode } };
  }
  const cause = original instanceof Error ? original : new Error(String(original));
  logger.error({ msg: 'unexpected error', error: cause.message, stack: cause.stack, path });
  return {
    message: INTERNAL.en,
    path,
    locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messages: INTERNAL },
  };
}

function localizeError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
  const messages = extensions.messages as LocalizedText | undefined;
  delete extensions.messages;
  const fields = extensions.fields as { field: string; message: LocalizedText }[] | undefined;
  if (fields) extensions.fields = fields.map((f) => ({ field: f.field, message: localize(f.message, locale) }));
  return { ...error, message: messages ? localize(messages, locale) : error.message, extensions };
}

/** Puts every error message in the caller's language (their account locale, else Accept-Language). */
export const localeAndLoggingPlugin: ApolloServerPlugin<RequestContext> = {
  requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    return Promise.resolve({
      willSendResponse({ response, request }) {
        // Responses carry the caller's data: never stored by a cache (what Apollo's cache-control plugin sent).
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        const locale = contextValue.locale;
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localizeError(e, locale));
        }
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = new Set(errors.map((e) => String(e.extensions?.code)));
        if (codes.has(ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        } else if (response.http.status === 500 && !codes.has(ErrorCode.INTERNAL_SERVER_ERROR)) {
          // A plugin refused the operation before it ran (a limit, an idempotency conflict): not a server fault.
          response.http.status = STATUS_OF_CODE[errors[0]?.extensions?.code as string] ?? 400;
        }
        logger.log({
          msg: 'graphql request',
          requestId: contextValue.requestId,
          operationName: request.operationName ?? null,
          userId: contextValue.actor?.userId ?? null,
          errors: errors.length,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        });
        return Promise.resolve();
      },
    });
  },
};
