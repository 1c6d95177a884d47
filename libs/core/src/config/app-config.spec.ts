import { ConfigError, loadConfig } from './app-config';
import { Locale } from '../i18n/locale';

const VALID = {
  DATABASE_URL: 'postgres://banso@127.0.0.1:5432/banso',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-chars',
};

function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('reads a minimal environment with the documented defaults', () => {
    const config = loadConfig({ ...VALID });
    expect(config).toMatchObject({
      databaseUrl: VALID.DATABASE_URL,
      redisUrl: VALID.REDIS_URL,
      port: 3000,
      jwtSecret: VALID.JWT_SECRET,
      nodeEnv: 'development',
      logLevel: 'info',
      queuePrefix: 'banso',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      defaultLocale: Locale.JA,
    });
    expect(config.isProduction).toBe(false);
  });

  it('reads every variable when set, trimming spaces', () => {
    const config = loadConfig({
      ...VALID,
      DATABASE_URL: ' postgresql://db.internal/banso ',
      REDIS_URL: 'rediss://cache.internal:6380/2',
      PORT: '8080',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: 'banso-prod_1',
      ACCESS_TOKEN_TTL_SECONDS: '600',
      REFRESH_TOKEN_TTL_DAYS: '14',
      DEFAULT_LOCALE: 'en',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://db.internal/banso',
      redisUrl: 'rediss://cache.internal:6380/2',
      port: 8080,
      nodeEnv: 'production',
      logLevel: 'warn',
      queuePrefix: 'banso-prod_1',
      accessTokenTtlSeconds: 600,
      refreshTokenTtlDays: 14,
      defaultLocale: Locale.EN,
    });
    expect(config.isProduction).toBe(true);
  });

  it('reads the outbox and reminder timings, in milliseconds, with the documented defaults', () => {
    expect(loadConfig({ ...VALID })).toMatchObject({
      outbox: { pollIntervalMs: 1000, sweepIntervalMs: 30000, sweepAfterMs: 60000 },
      reminders: {
        postBriefAfterVisitMs: 48 * 3600 * 1000,
        postBriefAfterRecordingMs: 24 * 3600 * 1000,
        feedbackAfterPostBriefMs: 72 * 3600 * 1000,
        sessionBeforeStartMs: 24 * 3600 * 1000,
      },
      exports: { retentionDays: 7, schedulerIntervalMs: 3600000 },
    });
    const config = loadConfig({
      ...VALID,
      OUTBOX_POLL_INTERVAL_MS: '100',
      OUTBOX_SWEEP_INTERVAL_MS: '200',
      OUTBOX_SWEEP_AFTER_MS: '0',
      REMINDER_POST_BRIEF_AFTER_VISIT_SECONDS: '3',
      REMINDER_POST_BRIEF_AFTER_RECORDING_SECONDS: '2',
      REMINDER_FEEDBACK_AFTER_POST_BRIEF_SECONDS: '5',
      REMINDER_SESSION_BEFORE_START_SECONDS: '600',
    });
    expect(config.outbox).toEqual({ pollIntervalMs: 100, sweepIntervalMs: 200, sweepAfterMs: 0 });
    expect(config.reminders).toEqual({
      postBriefAfterVisitMs: 3000,
      postBriefAfterRecordingMs: 2000,
      feedbackAfterPostBriefMs: 5000,
      sessionBeforeStartMs: 600000,
    });
    expect(failure({ ...VALID, OUTBOX_POLL_INTERVAL_MS: '5' }).message).toBe(
      'Configuration error: OUTBOX_POLL_INTERVAL_MS must be between 20 and 60000 (got 5)',
    );
  });

  it('reads the credential issuer and signing key, defaulting the issuer to the public base URL', () => {
    expect(loadConfig({ ...VALID, PORT: '4000' })).toMatchObject({
      publicBaseUrl: 'http://localhost:4000',
      credentials: { issuerUrl: 'http://localhost:4000', issuerName: 'Banso', signingKey: null },
    });
    const key = { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), d: 'B'.repeat(43), kid: 'ignored' };
    const config = loadConfig({
      ...VALID,
      PUBLIC_BASE_URL: 'https://api.banso.example.jp/',
      CREDENTIAL_ISSUER_URL: 'https://banso.example.jp',
      CREDENTIAL_ISSUER_NAME: ' Banso 運営事務局 ',
      CREDENTIAL_SIGNING_KEY: JSON.stringify(key),
    });
    expect(config.publicBaseUrl).toBe('https://api.banso.example.jp');
    expect(config.credentials).toEqual({
      issuerUrl: 'https://banso.example.jp',
      issuerName: 'Banso 運営事務局',
      signingKey: { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), d: 'B'.repeat(43) },
    });
  });

  it.each([
    ['PUBLIC_BASE_URL', 'ftp://banso.example.jp', 'must use http: or https:'],
    ['PUBLIC_BASE_URL', 'https://banso.example.jp/?a=1', 'must not have a query or a fragment'],
    ['CREDENTIAL_ISSUER_URL', 'banso', 'is not a valid URL'],
    ['CREDENTIAL_SIGNING_KEY', '{not json', 'must be a JSON Web Key (JSON could not be parsed)'],
    ['CREDENTIAL_SIGNING_KEY', '{"kty":"RSA","n":"x","e":"AQAB"}', 'must be an Ed25519 key'],
    ['CREDENTIAL_SIGNING_KEY', `{"kty":"OKP","crv":"Ed25519","x":"${'A'.repeat(43)}"}`, 'must be a private key'],
    ['CREDENTIAL_SIGNING_KEY', `{"kty":"OKP","crv":"Ed25519","x":"short","d":"${'B'.repeat(43)}"}`, 'must have "x"'],
  ])('names %s when it is malformed (%s)', (variable, value, message) => {
    const error = failure({ ...VALID, [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(message);
  });

  it('never repeats the signing key in its message', () => {
    const secret = 'S'.repeat(42) + '!';
    const error = failure({
      ...VALID,
      CREDENTIAL_SIGNING_KEY: `{"kty":"OKP","crv":"Ed25519","x":"${'A'.repeat(43)}","d":"${secret}"}`,
    });
    expect(error.message).not.toContain(secret);
  });

  it('is silent by default in tests', () => {
    expect(loadConfig({ ...VALID, NODE_ENV: 'test' }).logLevel).toBe('silent');
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: undefined }, 'Configuration error: DATABASE_URL is required but not set'],
    ['DATABASE_URL', { DATABASE_URL: '   ' }, 'Configuration error: DATABASE_URL is required but not set'],
    [
      'DATABASE_URL',
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL is not a valid URL (expected postgres: or postgresql://…)',
    ],
    [
      'DATABASE_URL',
      { DATABASE_URL: 'mysql://db/banso' },
      'DATABASE_URL must use postgres: or postgresql: (got mysql:)',
    ],
    ['REDIS_URL', { REDIS_URL: undefined }, 'REDIS_URL is required but not set'],
    ['REDIS_URL', { REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL must use redis: or rediss: (got http:)'],
    ['JWT_SECRET', { JWT_SECRET: undefined }, 'JWT_SECRET is required but not set'],
    ['JWT_SECRET', { JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    ['PORT', { PORT: 'eighty' }, 'PORT must be an integer (got "eighty")'],
    ['PORT', { PORT: '-1' }, 'PORT must be an integer (got "-1")'],
    ['PORT', { PORT: '70000' }, 'PORT must be between 1 and 65535 (got 70000)'],
    ['NODE_ENV', { NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, test, production (got "staging")'],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    ['QUEUE_PREFIX', { QUEUE_PREFIX: 'banso:prod' }, 'QUEUE_PREFIX may contain only letters, digits, "-" and "_"'],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '10' }, 'ACCESS_TOKEN_TTL_SECONDS must be between 30'],
    ['REFRESH_TOKEN_TTL_DAYS', { REFRESH_TOKEN_TTL_DAYS: '1.5' }, 'REFRESH_TOKEN_TTL_DAYS must be an integer'],
    ['DEFAULT_LOCALE', { DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE must be one of ja, en (got "fr")'],
  ])('names %s when it is missing or malformed (%j)', (variable, override, message) => {
    const error = failure({ ...VALID, ...override });
    expect(error.variable).toBe(variable);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`Configuration error: ${variable} `)).toBe(true);
  });
});
