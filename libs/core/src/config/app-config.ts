import { Locale } from '../i18n/locale';

export type NodeEnvironment = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Typed configuration, read from the environment once at boot. The only place `process.env` is read. */
export class AppConfig {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly port: number;
  readonly jwtSecret: string;
  readonly nodeEnv: NodeEnvironment;
  readonly logLevel: LogLevel;
  readonly queuePrefix: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly defaultLocale: Locale;
  /** Transactional outbox: how often the worker's relay and sweeper look at the `outbox` table. */
  readonly outbox: OutboxConfig;
  /** When OJT reminders fall due. */
  readonly reminders: ReminderConfig;
  /** Where the deployment is reached from outside (links in credentials, e-mails). No trailing slash. */
  readonly publicBaseUrl: string;
  /** Verifiable credentials: who signs them and with which key. */
  readonly credentials: CredentialConfig;
  /** KPI reporting: how often the worker refreshes the pre-aggregated reports. */
  readonly reporting: ReportingConfig;
  /** Report exports: how long files are kept and how often the worker's daily-job scheduler looks. */
  readonly exports: ExportConfig;

  constructor(values: Omit<AppConfig, 'isProduction'>) {
    Object.assign(this, values);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export interface OutboxConfig {
  /** The relay polls this often (it is also woken by NOTIFY when a row is written). */
  pollIntervalMs: number;
  /** The sweeper runs this often. */
  sweepIntervalMs: number;
  /** A sent row still not finished this long after it was sent is checked against Redis (missing → re-sent). */
  sweepAfterMs: number;
}

export interface ReminderConfig {
  /** Post-brief reminder: this long after the visit was held … */
  postBriefAfterVisitMs: number;
  /** … but never sooner than this long after the visit was recorded. */
  postBriefAfterRecordingMs: number;
  /** Feedback reminder: this long after the post-brief. */
  feedbackAfterPostBriefMs: number;
  /** Off-JT session reminder: this long before the session starts (the day before). */
  sessionBeforeStartMs: number;
}

/** A private Ed25519 key as a JWK (RFC 8037): `x` is the public key, `d` the private one, both base64url. */
export interface Ed25519PrivateJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
}

export interface CredentialConfig {
  /** The issuer's id in every credential (a URL; its `/.well-known/jwks.json` holds the public keys). */
  issuerUrl: string;
  /** The issuer's display name in every credential. */
  issuerName: string;
  /** The configured signing key; null → one is generated on first use and kept in the database. */
  signingKey: Ed25519PrivateJwk | null;
}

export interface ReportingConfig {
  /** The worker refreshes the KPI snapshots this often; 0 = never on its own (reports are then computed live). */
  kpiRefreshIntervalMs: number;
}

export interface ExportConfig {
  /** A finished export file is kept this many days, then removed by the daily cleanup job. */
  retentionDays: number;
  /** The worker checks this often that the next daily export jobs (cleanup, monthly subscriptions) are scheduled. */
  schedulerIntervalMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Configuration error: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: NodeEnvironment[] = ['development', 'test', 'production'];

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new ConfigError(name, 'is required but not set');
  return value.trim();
}

function url(env: Env, name: string, protocols: string[]): string {
  const value = required(env, name);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols.join(' or ')}//…)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be an integer (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!allowed.includes(raw.trim() as T))
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  return raw.trim() as T;
}

function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL (expected https://… or http://…)');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(name, `must use http: or https: (got ${parsed.protocol})`);
  }
  if (parsed.search || parsed.hash) throw new ConfigError(name, 'must not have a query or a fragment');
  return raw.replace(/\/+$/, '');
}

const BASE64URL_32_BYTES = /^[A-Za-z0-9_-]{43}$/;

/** The key is a secret: messages describe what is wrong with it and never repeat it. */
function ed25519PrivateJwk(env: Env, name: string): Ed25519PrivateJwk | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(name, 'must be a JSON Web Key (JSON could not be parsed)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(name, 'must be a JSON Web Key object');
  }
  const jwk = parsed as Record<string, unknown>;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') {
    throw new ConfigError(name, 'must be an Ed25519 key ("kty": "OKP", "crv": "Ed25519")');
  }
  if (typeof jwk.x !== 'string' || !BASE64URL_32_BYTES.test(jwk.x)) {
    throw new ConfigError(name, 'must have "x", the 32-byte public key in base64url');
  }
  if (typeof jwk.d !== 'string' || !BASE64URL_32_BYTES.test(jwk.d)) {
    throw new ConfigError(name, 'must be a private key: "d", 32 bytes in base64url, is missing or malformed');
  }
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d };
}

/** Validates the environment; throws a ConfigError naming the variable at the first problem. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const jwtSecret = required(env, 'JWT_SECRET');
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  const queuePrefix = env.QUEUE_PREFIX?.trim() || 'banso';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) {
    throw new ConfigError('QUEUE_PREFIX', 'may contain only letters, digits, "-" and "_" (1–64 characters)');
  }
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const publicBaseUrl = baseUrl(env, 'PUBLIC_BASE_URL', `http://localhost:${port}`);
  return new AppConfig({
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    port,
    jwtSecret,
    nodeEnv,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    queuePrefix,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    defaultLocale: oneOf(env, 'DEFAULT_LOCALE', [Locale.JA, Locale.EN], Locale.JA),
    outbox: {
      pollIntervalMs: integer(env, 'OUTBOX_POLL_INTERVAL_MS', 1000, 20, 60000),
      sweepIntervalMs: integer(env, 'OUTBOX_SWEEP_INTERVAL_MS', 30000, 20, 3600000),
      sweepAfterMs: integer(env, 'OUTBOX_SWEEP_AFTER_MS', 60000, 0, 86400000),
    },
    reminders: {
      postBriefAfterVisitMs: integer(env, 'REMINDER_POST_BRIEF_AFTER_VISIT_SECONDS', 48 * 3600, 1, 30 * 86400) * 1000,
      postBriefAfterRecordingMs:
        integer(env, 'REMINDER_POST_BRIEF_AFTER_RECORDING_SECONDS', 24 * 3600, 0, 30 * 86400) * 1000,
      feedbackAfterPostBriefMs:
        integer(env, 'REMINDER_FEEDBACK_AFTER_POST_BRIEF_SECONDS', 72 * 3600, 1, 30 * 86400) * 1000,
      sessionBeforeStartMs: integer(env, 'REMINDER_SESSION_BEFORE_START_SECONDS', 24 * 3600, 60, 7 * 86400) * 1000,
    },
    publicBaseUrl,
    credentials: {
      issuerUrl: baseUrl(env, 'CREDENTIAL_ISSUER_URL', publicBaseUrl),
      issuerName: env.CREDENTIAL_ISSUER_NAME?.trim() || 'Banso',
      signingKey: ed25519PrivateJwk(env, 'CREDENTIAL_SIGNING_KEY'),
    },
    reporting: {
      kpiRefreshIntervalMs: integer(env, 'KPI_REFRESH_INTERVAL_SECONDS', 900, 0, 86400) * 1000,
    },
    exports: {
      retentionDays: integer(env, 'EXPORT_RETENTION_DAYS', 7, 1, 365),
      schedulerIntervalMs: integer(env, 'EXPORT_SCHEDULER_INTERVAL_MS', 3600000, 1000, 86400000),
    },
  });
}

/** Reads the environment for a process entry point: on a bad value, prints the message and exits. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
