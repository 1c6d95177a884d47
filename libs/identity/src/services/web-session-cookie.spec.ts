import { loadConfig, Locale, RequestContext } from '@banso/core';
import { AuthPayload } from '../models/user.model';
import { InvalidRefreshTokenError } from '../identity.errors';
import { REFRESH_COOKIE, WebSessionCookie } from './web-session-cookie';

const ENV = {
  DATABASE_URL: 'postgres://banso@127.0.0.1:5432/banso',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-chars',
};

interface Recorded {
  set: { name: string; value: string; options: Record<string, unknown> }[];
  cleared: { name: string; options: Record<string, unknown> }[];
}

function context(headers: Record<string, string>): { context: RequestContext; recorded: Recorded } {
  const recorded: Recorded = { set: [], cleared: [] };
  const res = {
    cookie: (name: string, value: string, options: Record<string, unknown>) =>
      recorded.set.push({ name, value, options }),
    clearCookie: (name: string, options: Record<string, unknown>) => recorded.cleared.push({ name, options }),
  };
  return { context: { req: { headers }, res } as unknown as RequestContext, recorded };
}

function payload(): AuthPayload {
  return new AuthPayload({
    accessToken: 'access',
    accessTokenExpiresAt: new Date('2025-07-01T00:00:00Z'),
    refreshToken: 'id.secret',
    user: { id: 'u1' } as AuthPayload['user'],
  });
}

describe('WebSessionCookie', () => {
  const development = new WebSessionCookie(loadConfig({ ...ENV }));
  const production = new WebSessionCookie(loadConfig({ ...ENV, NODE_ENV: 'production' }));

  it('moves the web client’s refresh token into an httpOnly SameSite=Strict cookie on /graphql', () => {
    const { context: web, recorded } = context({ 'x-banso-client': 'web' });
    const result = development.deliver(payload(), web);
    expect(result.refreshToken).toBe('');
    expect(recorded.set).toEqual([
      {
        name: REFRESH_COOKIE,
        value: 'id.secret',
        options: { httpOnly: true, sameSite: 'strict', secure: false, path: '/graphql', maxAge: 30 * 24 * 3600 * 1000 },
      },
    ]);
  });

  it('marks the cookie Secure in production', () => {
    const { context: web, recorded } = context({ 'x-banso-client': 'web' });
    production.deliver(payload(), web);
    expect(recorded.set[0].options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'strict' });
  });

  it('leaves API clients and error results untouched', () => {
    const api = context({});
    expect(development.deliver(payload(), api.context).refreshToken).toBe('id.secret');
    expect(api.recorded.set).toEqual([]);
    const web = context({ 'x-banso-client': 'web' });
    const error = new InvalidRefreshTokenError(Locale.JA);
    expect(development.deliver(error, web.context)).toBe(error);
    expect(web.recorded.set).toEqual([]);
  });

  it('reads the token from the Cookie header among others, and clears the cookie only when one was sent', () => {
    const withCookie = context({ cookie: `theme=dark; ${REFRESH_COOKIE}=abc.def%3D; other=1` });
    expect(development.refreshToken(withCookie.context)).toBe('abc.def=');
    development.clear(withCookie.context);
    expect(withCookie.recorded.cleared).toEqual([
      { name: REFRESH_COOKIE, options: { httpOnly: true, sameSite: 'strict', secure: false, path: '/graphql' } },
    ]);
    const without = context({ cookie: 'theme=dark' });
    expect(development.refreshToken(without.context)).toBeUndefined();
    development.clear(without.context);
    expect(without.recorded.cleared).toEqual([]);
  });
});
