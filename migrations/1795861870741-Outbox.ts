import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1795861870741 implements MigrationInterface {
  name = 'Outbox1795861870741';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."outbox_status_enum" AS ENUM('PENDING', 'SENT', 'DONE', 'FAILED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jobName" character varying(100) NOT NULL, "payload" jsonb NOT NULL, "deduplicationKey" character varying(200), "availableAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" "public"."outbox_status_enum" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "lastError" text, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "sentAt" TIMESTAMP(3) WITH TIME ZONE, "checkedAt" TIMESTAMP(3) WITH TIME ZONE, "completedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "outbox_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outbox_jobName_deduplicationKey_idx" ON "outbox"  ("jobName", "deduplicationKey") WHERE "status" IN ('PENDING', 'SENT')`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_status_availableAt_idx" ON "outbox"  ("status", "availableAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_status_availableAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_jobName_deduplicationKey_idx"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status_enum"`);
  }
}
