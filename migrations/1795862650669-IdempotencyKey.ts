import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKey1795862650669 implements MigrationInterface {
  name = 'IdempotencyKey1795862650669';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."idempotency_key_status_enum" AS ENUM('IN_FLIGHT', 'COMPLETED')`);
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "key" character varying(255) NOT NULL, "fingerprint" character varying(64) NOT NULL, "status" "public"."idempotency_key_status_enum" NOT NULL, "response" jsonb, "responseStatus" smallint, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_key_expiresAt_idx" ON "idempotency_key"  ("expiresAt") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idempotency_key_userId_key_idx" ON "idempotency_key"  ("userId", "key") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_userId_key_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_expiresAt_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TYPE "public"."idempotency_key_status_enum"`);
  }
}
