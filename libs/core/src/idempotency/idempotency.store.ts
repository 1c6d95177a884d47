import { Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity, IdempotencyKeyStatus } from './idempotency-key.entity';

/** How long a key and its response are kept (as Stripe and the IETF httpapi draft suggest). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** A first attempt still IN_FLIGHT after this long died with its process: a retry may take the key over. */
export const IDEMPOTENCY_IN_FLIGHT_TIMEOUT_SECONDS = 120;
/** Expired keys removed by each new key (cleanup on access, amortised). */
const SWEEP_BATCH = 100;

export interface StoredResponse {
  status: number;
  body: Record<string, unknown>;
}

export type IdempotencyClaim =
  | { kind: 'claimed'; id: string }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-flight' }
  | { kind: 'mismatch' };

/**
 * Idempotency keys in PostgreSQL, outside any use-case transaction: a key is claimed (IN_FLIGHT) before the
 * mutation runs, then completed with its response or released when the attempt failed unexpectedly, so that a
 * retry runs again instead of replaying a failure.
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claimed = await this.dataSource.query<{ id: string }[]>(
        `WITH swept AS (
           DELETE FROM idempotency_key WHERE id IN (
             SELECT id FROM idempotency_key
             WHERE "expiresAt" < now() AND NOT ("userId" = $1 AND key = $2)
             ORDER BY "expiresAt" LIMIT ${SWEEP_BATCH}))
         INSERT INTO idempotency_key ("userId", key, fingerprint, status, "expiresAt")
         VALUES ($1, $2, $3, 'IN_FLIGHT', now() + make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS}))
         ON CONFLICT ("userId", key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, status = 'IN_FLIGHT', response = NULL, "responseStatus" = NULL,
               "createdAt" = now(), "expiresAt" = EXCLUDED."expiresAt"
           WHERE idempotency_key."expiresAt" < now()
              OR (idempotency_key.status = 'IN_FLIGHT' AND idempotency_key.fingerprint = EXCLUDED.fingerprint
                  AND idempotency_key."createdAt" < now() - make_interval(secs => ${IDEMPOTENCY_IN_FLIGHT_TIMEOUT_SECONDS}))
         RETURNING id`,
        [userId, key, fingerprint],
      );
      if (claimed.length) return { kind: 'claimed', id: claimed[0].id };
      const [existing] = await this.dataSource.query<
        Pick<IdempotencyKeyEntity, 'fingerprint' | 'status' | 'response' | 'responseStatus'>[]
      >(
        `SELECT fingerprint, status, response, "responseStatus" FROM idempotency_key WHERE "userId" = $1 AND key = $2`,
        [userId, key],
      );
      // Released by a failed first attempt between the two statements: claim again.
      if (!existing) continue;
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (existing.status === IdempotencyKeyStatus.IN_FLIGHT || !existing.response) return { kind: 'in-flight' };
      return { kind: 'replay', response: { status: existing.responseStatus ?? 200, body: existing.response } };
    }
    return { kind: 'in-flight' };
  }

  async complete(id: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET status = 'COMPLETED', response = $2, "responseStatus" = $3 WHERE id = $1`,
      [id, JSON.stringify(response.body), response.status],
    );
  }

  /** Forgets a claim whose attempt failed unexpectedly: the next request with the key runs. */
  async release(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE id = $1 AND status = 'IN_FLIGHT'`, [id]);
  }
}

/** The idempotency-key table and its store (composed by the api; the cli loads it for migrations). */
@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKeyEntity])],
  providers: [IdempotencyStore],
  exports: [IdempotencyStore],
})
export class IdempotencyModule {}
