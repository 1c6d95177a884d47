import { createHash } from 'node:crypto';
import { OperationTypeNode } from 'graphql';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { DomainException, ErrorCode, Errors, IdempotencyStore, RequestContext } from '@banso/core';

const logger = new Logger('Idempotency');

/** Printable ASCII without spaces, as UUIDs and the usual client-generated keys are. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** Responses that must not be replayed: the attempt failed for a reason a retry may not meet again. */
const TRANSIENT_CODES = new Set<string>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.RATE_LIMITED,
]);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** What makes two requests "the same": the operation text, the operation name and the variables. */
export function requestFingerprint(request: {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([request.query ?? '', request.operationName ?? null, canonical(request.variables ?? {})]))
    .digest('hex');
}

/**
 * `Idempotency-Key` on mutations (IETF httpapi idempotency-key draft, Stripe): the same key with the same request
 * from the same user within 24 h gets the first response back (header `Idempotent-Replayed: true`) and nothing is
 * written twice; the same key with another request, or while the first is still running, is a CONFLICT. A first
 * attempt that failed unexpectedly (INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE, RATE_LIMITED) is forgotten, so the
 * retry runs. Anonymous mutations (login, refreshToken) ignore the header: there is no user to scope the key to,
 * and their responses carry fresh credentials that must not be stored. Queries ignore it (they write nothing).
 */
export function idempotencyPlugin(
  store: IdempotencyStore,
  authenticate: (context: RequestContext) => Promise<void>,
): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key === undefined) return Promise.resolve();
      let claimId: string | null = null;
      let replay: { status: number; body: Record<string, unknown> } | null = null;
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          if (!KEY.test(key)) {
            throw Errors.badInput('Idempotency-Key', {
              ja: '空白を含まない 255 文字以内の ASCII 文字で指定してください',
              en: 'must be 1 to 255 printable ASCII characters without spaces',
            });
          }
          await authenticate(contextValue);
          if (!contextValue.actor) return;
          const claim = await store.claim(contextValue.actor.userId, key, requestFingerprint(request));
          if (claim.kind === 'claimed') claimId = claim.id;
          else if (claim.kind === 'replay') replay = claim.response;
          else if (claim.kind === 'mismatch') {
            throw new DomainException(ErrorCode.CONFLICT, {
              ja: 'この Idempotency-Key は別の内容のリクエストに使われています。新しいキーを指定してください',
              en: 'This Idempotency-Key was used with a different request. Send a new key',
            });
          } else {
            throw new DomainException(ErrorCode.CONFLICT, {
              ja: '同じ Idempotency-Key のリクエストがまだ処理中です。完了してから再度お試しください',
              en: 'A request with this Idempotency-Key is still being processed. Retry when it has finished',
            });
          }
        },
        responseForOperation() {
          if (!replay) return Promise.resolve(null);
          return Promise.resolve({
            http: { status: replay.status, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single' as const, singleResult: replay.body },
          });
        },
        async willSendResponse({ response }) {
          const id = claimId;
          if (!id) return;
          claimId = null;
          // Snapshot now, before other plugins localise the errors: a replay is localised again on its way out.
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const executed = body !== null && 'data' in body;
          const transient = body?.errors?.some((error) => TRANSIENT_CODES.has(String(error.extensions?.code)));
          const snapshot =
            executed && !transient ? (JSON.parse(JSON.stringify(body)) as Record<string, unknown>) : null;
          const status = response.http.status ?? 200;
          try {
            if (snapshot) await store.complete(id, { status, body: snapshot });
            else await store.release(id);
          } catch (error) {
            // The claim stays IN_FLIGHT and is taken over by a retry once it is stale.
            logger.warn({ msg: 'could not record the idempotent response', error: (error as Error).message });
          }
        },
      });
    },
  };
}
