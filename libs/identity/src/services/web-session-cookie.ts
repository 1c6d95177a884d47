import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig, RequestContext } from '@banso/core';
import { AuthPayload } from '../models/user.model';

/** The web app sends this header; the api then keeps the refresh token in a cookie instead of the body. */
export const WEB_CLIENT_HEADER = 'x-banso-client';
export const REFRESH_COOKIE = 'banso_refresh';
/** The cookie goes only to the GraphQL endpoint, nowhere else. */
const COOKIE_PATH = '/graphql';

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The web client's session cookie: the refresh token lives in an httpOnly, SameSite=Strict cookie (Secure in
 * production), so the browser's JavaScript never holds it. API clients without the web header keep receiving
 * the token in the response body, as before.
 */
@Injectable()
export class WebSessionCookie {
  constructor(private readonly config: AppConfig) {}

  isWebClient(context: RequestContext): boolean {
    return context.req.headers[WEB_CLIENT_HEADER] === 'web';
  }

  /** The refresh token sent as the cookie, if any. */
  refreshToken(context: RequestContext): string | undefined {
    return readCookie(context.req, REFRESH_COOKIE);
  }

  /** For the web client: moves the refresh token of a successful login or refresh into the cookie. */
  deliver<T>(result: T, context: RequestContext): T {
    if (!(result instanceof AuthPayload) || !this.isWebClient(context) || !context.res) return result;
    context.res.cookie(REFRESH_COOKIE, result.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: COOKIE_PATH,
      maxAge: this.config.refreshTokenTtlDays * 24 * 3600 * 1000,
    });
    result.refreshToken = '';
    return result;
  }

  /** Removes the cookie (logout, or a refresh token that no longer works). */
  clear(context: RequestContext): void {
    if (!context.res || !readCookie(context.req, REFRESH_COOKIE)) return;
    context.res.clearCookie(REFRESH_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: COOKIE_PATH,
    });
  }
}
