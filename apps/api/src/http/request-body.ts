import { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, localeFromAcceptLanguage, localize, LocalizedText } from '@banso/core';

/** The largest request body the api reads (a GraphQL document with its variables). */
export const REQUEST_BODY_LIMIT_BYTES = 1024 * 1024;

interface BodyParserError {
  status?: number;
  type?: string;
}

const REFUSALS: Record<string, { status: number; code: ErrorCode; text: LocalizedText }> = {
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    text: {
      ja: `リクエストが大きすぎます（上限 ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB）`,
      en: `The request is too large (at most ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB)`,
    },
  },
  'entity.parse.failed': {
    status: 400,
    code: ErrorCode.BAD_USER_INPUT,
    text: { ja: 'リクエストの JSON が正しくありません', en: 'The request body is not valid JSON' },
  },
};

const UNREADABLE = {
  status: 400,
  code: ErrorCode.BAD_USER_INPUT,
  text: { ja: 'リクエストの本文を読み取れません', en: 'The request body cannot be read' },
};

/**
 * Reads JSON bodies up to the limit and answers a body it cannot read the GraphQL way: `{ errors: [{ message,
 * extensions: { code } }] }` in the language of Accept-Language (the caller is not known before the body is read),
 * instead of Express's bare `{"statusCode":413}`.
 */
export function useRequestBodyParsing(app: INestApplication): void {
  app.use(
    express.json({ limit: REQUEST_BODY_LIMIT_BYTES }),
    express.urlencoded({ extended: true, limit: REQUEST_BODY_LIMIT_BYTES }),
    (error: unknown, req: Request, res: Response, next: NextFunction) => {
      const parserError = error as BodyParserError;
      if (typeof parserError?.status !== 'number' || parserError.status >= 500) {
        next(error);
        return;
      }
      const refusal = REFUSALS[parserError.type ?? ''] ?? UNREADABLE;
      const locale = localeFromAcceptLanguage(req.headers['accept-language']);
      res
        .status(refusal.status)
        .json({ errors: [{ message: localize(refusal.text, locale), extensions: { code: refusal.code } }] });
    },
  );
}
