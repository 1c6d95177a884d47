import { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiReporting1795873179112 implements MigrationInterface {
  name = 'KpiReporting1795873179112';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kpi_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scopeKey" character varying(60) NOT NULL, "fiscalYear" integer NOT NULL, "programId" uuid, "dataAsOf" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "computedInMs" integer NOT NULL, "sections" jsonb NOT NULL, "breakdowns" jsonb NOT NULL, "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "kpi_snapshot_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "kpi_snapshot_programId_idx" ON "kpi_snapshot"  ("programId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "kpi_snapshot_scopeKey_idx" ON "kpi_snapshot"  ("scopeKey") `);
    await queryRunner.query(
      `CREATE INDEX "support_case_milestone_milestone_occurredAt_idx" ON "support_case_milestone"  ("milestone", "occurredAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "support_case_hand_off_handedOffAt_idx" ON "support_case_hand_off"  ("handedOffAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ojt_visit_heldAt_idx" ON "ojt_visit"  ("heldAt") WHERE "cancelledAt" IS NULL AND "heldAt" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ojt_visit_programId_heldAt_idx" ON "ojt_visit"  ("programId", "heldAt") WHERE "cancelledAt" IS NULL AND "heldAt" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_snapshot" ADD CONSTRAINT "kpi_snapshot_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kpi_snapshot" DROP CONSTRAINT "kpi_snapshot_programId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_programId_heldAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_heldAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_hand_off_handedOffAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_milestone_milestone_occurredAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_snapshot_scopeKey_idx"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_snapshot_programId_idx"`);
    await queryRunner.query(`DROP TABLE "kpi_snapshot"`);
  }
}
