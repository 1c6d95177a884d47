import { GraphQLFormattedError } from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { HttpException, Logger } from '@nestjs/common';
import { describeInputError } from './input-errors';
import { DomainException, ERROR_CODES, ErrorCode, Locale, localize, LocalizedText, RequestContext } from '@banso/core';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODE: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

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
  if (original instanceof DomainException) {
    return {
      message: original.text.en,
      path,
      locations,
      extensions: {
        code: original.code,
        messages: original.text,
        ...(original.fields.length ? { fields: original.fields } : {}),
        ...(original.retryAfterSeconds ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODE[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error(original.message, original.stack);
    const text: LocalizedText =
      code === ErrorCode.INTERNAL_SERVER_ERROR
        ? INTERNAL
        : { ja: `リクエストが正しくありません: ${original.message}`, en: original.message };
    return { message: text.en, path, locations, extensions: { code, messages: text } };
  }
  const rawCode = formatted.extensions?.code;
  const extensionCode = typeof rawCode === 'string' ? rawCode : '';
  if (GRAPHQL_INPUT_CODES.has(extensionCode) || (!extensionCode && !path)) {
    const described = describeInputError(formatted.message);
    if (described) {
      return {
        message: described.text.en,
        locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, messages: described.text, fields: described.fields },
      };
    }
    const text = { ja: `入力が正しくありません: ${formatted.message}`, en: formatted.message };
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
        const locale = contextValue.locale;
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localizeError(e, locale));
        }
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
        logger.log({
          msg: 'graphql request',
          requestId: contextValue.requestId,
          operationName: request.operationName ?? null,
          userId: contextValue.actor?.userId ?? null,
          errors,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        });
        return Promise.resolve();
      },
    });
  },
};
