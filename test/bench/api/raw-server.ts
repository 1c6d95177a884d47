/**
 * The baseline of `npm run bench:api`: a plain node:http + pg server that answers each benchmarked operation by
 * running exactly the statements the api ran for it (captured once through the api), with the request's
 * parameters, and writing a response of the same JSON shape. It authenticates the bearer token like any service
 * would (HS256 with a prepared key), replays the api's Redis commands and, for login, checks the password with the
 * same argon2 parameters. It is run as its own process by api.bench.ts: `node raw-server.js <plan.json>`.
 */
import { createHmac, createSecretKey, KeyObject, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import * as argon2 from 'argon2';
import Redis from 'ioredis';
import { Pool, PoolClient } from 'pg';
import type { CapturedOperation } from './capture';

export interface RawPlanOperation extends CapturedOperation {
  name: string;
  /** The variables and caller of the captured request: leaves that differ in a later request are substituted. */
  variables: Record<string, unknown>;
  actorId: string | null;
  /** The api's response to the captured request (same shape and size as every later one). */
  response: unknown;
  rawExtra?: 'argon2';
}

export interface RawPlan {
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  poolSize: number;
  operations: RawPlanOperation[];
}

const TRANSACTION_START = /^\s*(START TRANSACTION|BEGIN)\b/i;
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b/i;

function reviveBuffers(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') {
    const data = (value as { data?: unknown }).data;
    if (Array.isArray(data)) return Buffer.from(data as number[]);
  }
  return value;
}

function leaves(value: unknown, path: string, into: Map<string, unknown>): void {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${path}[${i}]`, into));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${key}`, into);
  else into.set(path, value);
}

class TokenVerifier {
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret));
  }

  /** The `sub` of a valid, unexpired HS256 access token, else null. */
  subject(header: string | undefined): string | null {
    if (!header?.startsWith('Bearer ')) return null;
    const [head, payload, signature] = header.slice(7).trim().split('.');
    if (!head || !payload || !signature) return null;
    const expected = createHmac('sha256', this.key).update(`${head}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub?: unknown;
      exp?: unknown;
      typ?: unknown;
    };
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now() || claims.typ !== 'access') return null;
    return typeof claims.sub === 'string' ? claims.sub : null;
  }
}

function sign(key: KeyObject, claims: Record<string, unknown>): string {
  const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function main(): void {
  const [planPath, portArgument] = process.argv.slice(2);
  const plan = JSON.parse(readFileSync(planPath, 'utf8'), reviveBuffers) as RawPlan;
  const pool = new Pool({ connectionString: plan.databaseUrl, max: plan.poolSize });
  const redis = new Redis(plan.redisUrl, { maxRetriesPerRequest: 1 });
  const verifier = new TokenVerifier(plan.jwtSecret);
  const signingKey = createSecretKey(Buffer.from(plan.jwtSecret));
  const operations = new Map(plan.operations.map((operation) => [operation.name, operation]));
  const capturedLeaves = new Map(
    plan.operations.map((operation) => {
      const map = new Map<string, unknown>();
      leaves(operation.variables, '', map);
      return [operation.name, map];
    }),
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET' && request.url === '/cpu') {
      response.end(JSON.stringify(process.cpuUsage()));
      return;
    }
    const body = JSON.parse(await readBody(request)) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const operation = operations.get(body.operationName ?? '');
    if (!operation) {
      response.writeHead(400).end('{"errors":[{"message":"unknown operation"}]}');
      return;
    }
    // Values of the captured request → values of this one (ids, versions, the caller).
    const substitutions = new Map<unknown, unknown>();
    if (operation.actorId) {
      const subject = verifier.subject(request.headers.authorization);
      if (!subject) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"errors":[{"message":"Unauthenticated","extensions":{"code":"UNAUTHENTICATED"}}]}');
        return;
      }
      if (subject !== operation.actorId) substitutions.set(operation.actorId, subject);
    }
    const current = new Map<string, unknown>();
    leaves(body.variables ?? {}, '', current);
    for (const [path, value] of capturedLeaves.get(operation.name) ?? []) {
      const now = current.get(path);
      if (now !== undefined && now !== value) substitutions.set(value, now);
    }
    const map = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(map);
      return substitutions.has(value) ? substitutions.get(value) : value;
    };

    const clients = new Map<number, PoolClient>();
    let passwordHash: string | undefined;
    let failed = false;
    try {
      const waves = new Map<number, typeof operation.statements>();
      for (const statement of operation.statements) {
        const list = waves.get(statement.wave);
        if (list) list.push(statement);
        else waves.set(statement.wave, [statement]);
      }
      for (const statement of operation.statements) {
        for (const position of statement.fresh) {
          const captured = statement.values[position];
          if (!substitutions.has(captured) || substitutions.get(captured) === captured)
            substitutions.set(captured, randomUUID());
        }
      }
      for (const wave of waves.values()) {
        const results = await Promise.all(
          wave.map(async (statement) => {
            // Like TypeORM: a connection is held from START TRANSACTION to COMMIT; any other statement borrows one
            // from the pool for itself (holding one while waiting for another would deadlock the pool).
            const values = statement.values.map(map);
            if (TRANSACTION_START.test(statement.text)) {
              const client = await pool.connect();
              clients.set(statement.client, client);
              return client.query(statement.text, values);
            }
            const client = clients.get(statement.client);
            if (!client) return pool.query(statement.text, values);
            const result = await client.query(statement.text, values);
            if (TRANSACTION_END.test(statement.text)) {
              clients.delete(statement.client);
              client.release();
            }
            return result;
          }),
        );
        if (operation.rawExtra === 'argon2' && !passwordHash) {
          for (const result of results)
            for (const row of result.rows as Record<string, unknown>[])
              for (const value of Object.values(row))
                if (typeof value === 'string' && value.startsWith('$argon2')) passwordHash = value;
        }
      }
      for (const command of operation.redis)
        await redis.call(command.name, ...command.args.map((a) => map(a) as string));
      if (operation.rawExtra === 'argon2') {
        const password = (body.variables?.input as { password?: string } | undefined)?.password ?? '';
        if (!passwordHash || !(await argon2.verify(passwordHash, password))) throw new Error('invalid credentials');
        sign(signingKey, { sub: randomUUID(), typ: 'access', exp: Math.floor(Date.now() / 1000) + 900 });
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      for (const client of clients.values()) client.release(failed);
    }
    const json = JSON.stringify(operation.response);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(json);
  }

  const reported = new Set<string>();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = (error as Error).message;
      if (!reported.has(message)) {
        reported.add(message);
        process.stderr.write(`raw baseline: ${message}\n`);
      }
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(portArgument), '127.0.0.1', () => process.stdout.write('raw baseline listening\n'));
  const stop = (): void => {
    server.close();
    redis.disconnect();
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
