import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportExports1795873388824 implements MigrationInterface {
  name = 'ReportExports1795873388824';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."report_export_format_enum" AS ENUM('CSV', 'XLSX')`);
    await queryRunner.query(
      `CREATE TYPE "public"."report_export_status_enum" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requesterId" uuid NOT NULL, "filter" jsonb NOT NULL, "format" "public"."report_export_format_enum" NOT NULL, "status" "public"."report_export_status_enum" NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "fileName" character varying(200), "size" integer, "content" bytea, "error" character varying(500), "subscriptionId" uuid, "period" character varying(7), "requestedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "startedAt" TIMESTAMP(3) WITH TIME ZONE, "finishedAt" TIMESTAMP(3) WITH TIME ZONE, "expiresAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "report_export_progress_BETWEEN_0_AND_100_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "report_export_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "report_export_subscriptionId_period_idx" ON "report_export"  ("subscriptionId", "period") WHERE "subscriptionId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "report_export_status_expiresAt_idx" ON "report_export"  ("status", "expiresAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "report_export_requesterId_requestedAt_idx" ON "report_export"  ("requesterId", "requestedAt") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_export_subscription_format_enum" AS ENUM('CSV', 'XLSX')`);
    await queryRunner.query(
      `CREATE TABLE "report_export_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscriberId" uuid NOT NULL, "filter" jsonb NOT NULL, "format" "public"."report_export_subscription_format_enum" NOT NULL, "lastPeriod" character varying(7) NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "cancelledAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "report_export_subscription_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "report_export_subscription_subscriberId_idx" ON "report_export_subscription"  ("subscriberId") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'REPORT_EXPORT_READY'`);
    await queryRunner.query(
      `ALTER TABLE "report_export" ADD CONSTRAINT "report_export_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export" ADD CONSTRAINT "report_export_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "report_export_subscription"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_export_subscription" ADD CONSTRAINT "report_export_subscription_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_export_subscription" DROP CONSTRAINT "report_export_subscription_subscriberId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "report_export" DROP CONSTRAINT "report_export_subscriptionId_fkey"`);
    await queryRunner.query(`ALTER TABLE "report_export" DROP CONSTRAINT "report_export_requesterId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."notification_kind_subjectId_recipientId_idx"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_enum_old" AS ENUM('POST_BRIEF_OVERDUE', 'FEEDBACK_PENDING', 'WAITLIST_PROMOTED', 'LEARNING_ACTIVITY_CANCELLED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_enum_old" USING "kind"::"text"::"public"."notification_kind_enum_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind_enum"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum_old" RENAME TO "notification_kind_enum"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_kind_subjectId_recipientId_idx" ON "notification" USING btree ("recipientId", "kind", "subjectId") `,
    );
    await queryRunner.query(`DROP INDEX "public"."report_export_subscription_subscriberId_idx"`);
    await queryRunner.query(`DROP TABLE "report_export_subscription"`);
    await queryRunner.query(`DROP TYPE "public"."report_export_subscription_format_enum"`);
    await queryRunner.query(`DROP INDEX "public"."report_export_requesterId_requestedAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_export_status_expiresAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_export_subscriptionId_period_idx"`);
    await queryRunner.query(`DROP TABLE "report_export"`);
    await queryRunner.query(`DROP TYPE "public"."report_export_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."report_export_format_enum"`);
  }
}
