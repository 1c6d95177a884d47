import { MigrationInterface, QueryRunner } from 'typeorm';

export class CompetencyFramework1795268763522 implements MigrationInterface {
  name = 'CompetencyFramework1795268763522';

  /** program."frameworkId" is added nullable here; DefaultCompetencyFramework fills it and makes it NOT NULL. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."competency_framework_status_enum" AS ENUM('DRAFT', 'PUBLISHED', 'RETIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "competency_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "version" integer NOT NULL, "status" "public"."competency_framework_status_enum" NOT NULL DEFAULT 'DRAFT', "nameJa" character varying(200) NOT NULL, "nameEn" character varying(200) NOT NULL, "proficientLevel" integer NOT NULL, "scale" jsonb NOT NULL, "basedOnId" uuid, "publishedAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competency_framework__proficientLevel_BETWEEN_0_AND_4_check" CHECK ("proficientLevel" BETWEEN 0 AND 4), CONSTRAINT "competency_framework_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "competency_framework_status_idx" ON "competency_framework"  ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "competency_framework_code_version_idx" ON "competency_framework"  ("code", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "competency_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "frameworkId" uuid NOT NULL, "code" character varying(20) NOT NULL, "ordinal" integer NOT NULL, "titleJa" character varying(200) NOT NULL, "titleEn" character varying(200) NOT NULL, "tasksJa" text NOT NULL, "tasksEn" text NOT NULL, "practicePoints" jsonb NOT NULL, CONSTRAINT "competency_step_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "competency_step_frameworkId_code_idx" ON "competency_step"  ("frameworkId", "code") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."behaviour_phase_enum" AS ENUM('SOLUTION', 'REQUIREMENT')`);
    await queryRunner.query(
      `CREATE TABLE "behaviour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "frameworkId" uuid NOT NULL, "stepId" uuid, "code" character varying(40) NOT NULL, "ordinal" integer NOT NULL, "nameJa" character varying(200) NOT NULL, "nameEn" character varying(200) NOT NULL, "descriptionJa" text NOT NULL, "descriptionEn" text NOT NULL, "phase" "public"."behaviour_phase_enum", CONSTRAINT "behaviour_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "behaviour_stepId_idx" ON "behaviour"  ("stepId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "behaviour_frameworkId_code_idx" ON "behaviour"  ("frameworkId", "code") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."assessment_source_enum" AS ENUM('SELF', 'MENTOR', 'PEER')`);
    await queryRunner.query(
      `CREATE TYPE "public"."assessment_evidencetype_enum" AS ENUM('VISIT', 'PARTICIPATION', 'CASE_SUBMISSION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "traineeId" uuid NOT NULL, "behaviourId" uuid NOT NULL, "level" smallint NOT NULL, "source" "public"."assessment_source_enum" NOT NULL, "assessorId" uuid NOT NULL, "evidenceType" "public"."assessment_evidencetype_enum", "evidenceId" uuid, "comment" character varying(2000), "recordedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assessment__evidenceType_IS_NULL_evidenceId_IS_NULL_check" CHECK (("evidenceType" IS NULL) = ("evidenceId" IS NULL)), CONSTRAINT "assessment__level_BETWEEN_0_AND_4_check" CHECK ("level" BETWEEN 0 AND 4), CONSTRAINT "assessment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "assessment_assessorId_idx" ON "assessment"  ("assessorId") `);
    await queryRunner.query(`CREATE INDEX "assessment_behaviourId_idx" ON "assessment"  ("behaviourId") `);
    await queryRunner.query(`CREATE INDEX "assessment_traineeId_idx" ON "assessment"  ("traineeId") `);
    await queryRunner.query(
      `CREATE INDEX "assessment_programId_traineeId_behaviourId_recordedAt_idx" ON "assessment"  ("programId", "traineeId", "behaviourId", "recordedAt") `,
    );
    await queryRunner.query(`ALTER TABLE "program" ADD "frameworkId" uuid`);
    await queryRunner.query(`CREATE INDEX "program_frameworkId_idx" ON "program"  ("frameworkId") `);
    await queryRunner.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "competency_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_framework" ADD CONSTRAINT "competency_framework_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "competency_framework"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_step" ADD CONSTRAINT "competency_step_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "competency_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "behaviour" ADD CONSTRAINT "behaviour_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "competency_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "behaviour" ADD CONSTRAINT "behaviour_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "competency_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_behaviourId_fkey" FOREIGN KEY ("behaviourId") REFERENCES "behaviour"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_assessorId_fkey"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_behaviourId_fkey"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_traineeId_fkey"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "behaviour" DROP CONSTRAINT "behaviour_stepId_fkey"`);
    await queryRunner.query(`ALTER TABLE "behaviour" DROP CONSTRAINT "behaviour_frameworkId_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_step" DROP CONSTRAINT "competency_step_frameworkId_fkey"`);
    await queryRunner.query(`ALTER TABLE "competency_framework" DROP CONSTRAINT "competency_framework_basedOnId_fkey"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "program_frameworkId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."program_frameworkId_idx"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "frameworkId"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_programId_traineeId_behaviourId_recordedAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_traineeId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_behaviourId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_assessorId_idx"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_evidencetype_enum"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_source_enum"`);
    await queryRunner.query(`DROP INDEX "public"."behaviour_frameworkId_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."behaviour_stepId_idx"`);
    await queryRunner.query(`DROP TABLE "behaviour"`);
    await queryRunner.query(`DROP TYPE "public"."behaviour_phase_enum"`);
    await queryRunner.query(`DROP INDEX "public"."competency_step_frameworkId_code_idx"`);
    await queryRunner.query(`DROP TABLE "competency_step"`);
    await queryRunner.query(`DROP INDEX "public"."competency_framework_code_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."competency_framework_status_idx"`);
    await queryRunner.query(`DROP TABLE "competency_framework"`);
    await queryRunner.query(`DROP TYPE "public"."competency_framework_status_enum"`);
  }
}
