import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certification1795873408187 implements MigrationInterface {
  name = 'Certification1795873408187';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ojt_visit_second_mentor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "userId" uuid NOT NULL, CONSTRAINT "ojt_visit_second_mentor_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ojt_visit_second_mentor_userId_idx" ON "ojt_visit_second_mentor"  ("userId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ojt_visit_second_mentor_visitId_userId_idx" ON "ojt_visit_second_mentor"  ("visitId", "userId") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."certification_rule_kind_enum" AS ENUM('SUPPORTER', 'MENTOR')`);
    await queryRunner.query(
      `CREATE TABLE "certification_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "kind" "public"."certification_rule_kind_enum" NOT NULL, "criteria" jsonb NOT NULL, "validityMonths" integer NOT NULL, "autoIssue" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certification_rule_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certification_rule_programId_kind_idx" ON "certification_rule"  ("programId", "kind") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."certificate_kind_enum" AS ENUM('SUPPORTER', 'MENTOR')`);
    await queryRunner.query(`CREATE TYPE "public"."certificate_status_enum" AS ENUM('ACTIVE', 'EXPIRED', 'REVOKED')`);
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "userId" uuid NOT NULL, "kind" "public"."certificate_kind_enum" NOT NULL, "status" "public"."certificate_status_enum" NOT NULL, "verificationCode" character varying(10) NOT NULL, "issuedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "issuedById" uuid, "evidence" jsonb NOT NULL, "mentorIds" uuid array NOT NULL DEFAULT '{}', "revokedAt" TIMESTAMP(3) WITH TIME ZONE, "revokedById" uuid, "revokeReason" text, "expiredAt" TIMESTAMP(3) WITH TIME ZONE, "credentialJwt" text, "statusListIndex" integer, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_verificationCode_idx" ON "certificate"  ("verificationCode") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_statusListIndex_idx" ON "certificate"  ("statusListIndex") `,
    );
    await queryRunner.query(
      `CREATE INDEX "certificate_status_expiresAt_idx" ON "certificate"  ("status", "expiresAt") `,
    );
    await queryRunner.query(`CREATE INDEX "certificate_userId_idx" ON "certificate"  ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_programId_userId_kind_idx" ON "certificate"  ("programId", "userId", "kind") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE TABLE "certification_advisor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "userId" uuid NOT NULL, "reason" text NOT NULL, "designatedById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certification_advisor_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "certification_advisor_userId_idx" ON "certification_advisor"  ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certification_advisor_programId_userId_idx" ON "certification_advisor"  ("programId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certification_evaluation_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "traineeIds" uuid array NOT NULL, "total" integer NOT NULL, "done" integer NOT NULL DEFAULT '0', "criteriaMetCount" integer NOT NULL DEFAULT '0', "requestedById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finishedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "certification_evaluation_run_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "certification_evaluation_run_programId_createdAt_idx" ON "certification_evaluation_run"  ("programId", "createdAt") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'CERTIFICATION_CRITERIA_MET'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'CERTIFICATE_ISSUED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'CERTIFICATE_EXPIRING'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'CERTIFICATE_EXPIRED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'CERTIFICATE_REVOKED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'MENTORSHIP_ENDED'`);
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_second_mentor" ADD CONSTRAINT "ojt_visit_second_mentor_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_second_mentor" ADD CONSTRAINT "ojt_visit_second_mentor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_rule" ADD CONSTRAINT "certification_rule_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "certificate_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_advisor" ADD CONSTRAINT "certification_advisor_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_advisor" ADD CONSTRAINT "certification_advisor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_advisor" ADD CONSTRAINT "certification_advisor_designatedById_fkey" FOREIGN KEY ("designatedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_evaluation_run" ADD CONSTRAINT "certification_evaluation_run_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The default certification rules (README "Certification"), built from the program's framework. One definition:
    // new programs get them through the certification lib's program-created hook, which calls this function.
    await queryRunner.query(`
      CREATE FUNCTION certification_default_rules(p_program uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO certification_rule ("programId", kind, criteria, "validityMonths", "autoIssue")
        SELECT p.id, 'SUPPORTER'::certification_rule_kind_enum, jsonb_build_object(
                 'minLevelForSteps', COALESCE((
                   SELECT jsonb_agg(jsonb_build_object('stepCode', s.code,
                            'minLevel', CASE WHEN s.code IN ('STEP1', 'STEP2') THEN 3 ELSE 2 END) ORDER BY s.ordinal)
                   FROM competency_step s WHERE s."frameworkId" = p."frameworkId"), '[]'::jsonb),
                 'minLevelForBehaviours', COALESCE((
                   SELECT jsonb_agg(jsonb_build_object('behaviourCode', b.code, 'minLevel', 2) ORDER BY b.ordinal, b.code)
                   FROM behaviour b WHERE b."frameworkId" = p."frameworkId" AND b."stepId" IS NULL), '[]'::jsonb),
                 'minLevelForAllBehaviours', NULL, 'minVisitsWithFeedback', 4, 'minVisitsLed', 1,
                 'requiredActivitiesDone', true,
                 'caseReached', jsonb_build_object('step', 'STEP2', 'milestone', NULL, 'requireTalentRequirement', true),
                 'requireActiveSupporter', false, 'minVisitsAsSecondMentor', NULL, 'mentorPreparation', NULL),
               24, false
        FROM program p WHERE p.id = p_program
        UNION ALL
        SELECT p.id, 'MENTOR'::certification_rule_kind_enum, jsonb_build_object(
                 'minLevelForSteps', '[]'::jsonb,
                 'minLevelForBehaviours', COALESCE((
                   SELECT jsonb_agg(jsonb_build_object('behaviourCode', b.code, 'minLevel', 4) ORDER BY b.ordinal, b.code)
                   FROM behaviour b WHERE b."frameworkId" = p."frameworkId" AND b.code ~ '(LISTENING|HYPOTHESIS)'),
                   '[]'::jsonb),
                 'minLevelForAllBehaviours', 3, 'minVisitsWithFeedback', NULL, 'minVisitsLed', NULL,
                 'requiredActivitiesDone', false, 'caseReached', NULL,
                 'requireActiveSupporter', true, 'minVisitsAsSecondMentor', 2, 'mentorPreparation', NULL),
               24, false
        FROM program p WHERE p.id = p_program
        ON CONFLICT ("programId", kind) DO NOTHING
      $$`);
    await queryRunner.query(`SELECT certification_default_rules(id) FROM program`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certification_evaluation_run" DROP CONSTRAINT "certification_evaluation_run_programId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_advisor" DROP CONSTRAINT "certification_advisor_designatedById_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "certification_advisor" DROP CONSTRAINT "certification_advisor_userId_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "certification_advisor" DROP CONSTRAINT "certification_advisor_programId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_userId_fkey"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "certification_rule" DROP CONSTRAINT "certification_rule_programId_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_second_mentor" DROP CONSTRAINT "ojt_visit_second_mentor_userId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_second_mentor" DROP CONSTRAINT "ojt_visit_second_mentor_visitId_fkey"`,
    );
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
    await queryRunner.query(`DROP INDEX "public"."certification_evaluation_run_programId_createdAt_idx"`);
    await queryRunner.query(`DROP TABLE "certification_evaluation_run"`);
    await queryRunner.query(`DROP INDEX "public"."certification_advisor_programId_userId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certification_advisor_userId_idx"`);
    await queryRunner.query(`DROP TABLE "certification_advisor"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_programId_userId_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_userId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_status_expiresAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_statusListIndex_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_verificationCode_idx"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_kind_enum"`);
    await queryRunner.query(`DROP INDEX "public"."certification_rule_programId_kind_idx"`);
    await queryRunner.query(`DROP TABLE "certification_rule"`);
    await queryRunner.query(`DROP TYPE "public"."certification_rule_kind_enum"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_second_mentor_visitId_userId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_second_mentor_userId_idx"`);
    await queryRunner.query(`DROP TABLE "ojt_visit_second_mentor"`);
  }
}
