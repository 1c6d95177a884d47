import { MigrationInterface, QueryRunner } from 'typeorm';

export class OffJtLearning1795862975525 implements MigrationInterface {
  name = 'OffJtLearning1795862975525';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."learning_activity_kind_enum" AS ENUM('KICKOFF', 'LECTURE', 'ELEARNING', 'HANDBOOK', 'CASE_STUDY', 'WORKSHOP', 'ROLE_PLAY', 'DEMO_SEMINAR', 'FIELDWORK')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."learning_activity_aidastage_enum" AS ENUM('ATTENTION', 'INTEREST', 'DESIRE', 'ACTION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."learning_activity_status_enum" AS ENUM('SCHEDULED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "learning_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "kind" "public"."learning_activity_kind_enum" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "aidaStage" "public"."learning_activity_aidastage_enum" NOT NULL, "startsAt" TIMESTAMP(3) WITH TIME ZONE, "endsAt" TIMESTAMP(3) WITH TIME ZONE, "location" character varying(300), "onlineUrl" character varying(2000), "capacity" integer, "required" boolean NOT NULL DEFAULT false, "instructorName" character varying(200), "status" "public"."learning_activity_status_enum" NOT NULL DEFAULT 'SCHEDULED', "cancelReason" text, "cancelledAt" TIMESTAMP(3) WITH TIME ZONE, "checkInCode" character varying(12) NOT NULL, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "learning_activity_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "learning_activity_programId_startsAt_idx" ON "learning_activity"  ("programId", "startsAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_activity_behaviour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activityId" uuid NOT NULL, "behaviourId" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "learning_activity_behaviour_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "learning_activity_behaviour_behaviourId_idx" ON "learning_activity_behaviour"  ("behaviourId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "learning_activity_behaviour_activityId_behaviourId_idx" ON "learning_activity_behaviour"  ("activityId", "behaviourId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participation_registrationstatus_enum" AS ENUM('REGISTERED', 'WAITLISTED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participation_attendance_enum" AS ENUM('ATTENDED', 'ABSENT', 'EXCUSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activityId" uuid NOT NULL, "userId" uuid NOT NULL, "registrationStatus" "public"."participation_registrationstatus_enum", "queueNumber" integer, "registeredAt" TIMESTAMP(3) WITH TIME ZONE, "attendance" "public"."participation_attendance_enum", "attendanceRecordedAt" TIMESTAMP(3) WITH TIME ZONE, "checkedInAt" TIMESTAMP(3) WITH TIME ZONE, "progressPercent" integer NOT NULL DEFAULT '0', "completedAt" TIMESTAMP(3) WITH TIME ZONE, "acknowledgedAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "participation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "participation_userId_idx" ON "participation"  ("userId") `);
    await queryRunner.query(
      `CREATE INDEX "participation_activityId_registrationStatus_queueNumber_idx" ON "participation"  ("activityId", "registrationStatus", "queueNumber") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participation_activityId_userId_idx" ON "participation"  ("activityId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "public"."notification_kind_subjectId_recipientId_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'WAITLIST_PROMOTED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'LEARNING_ACTIVITY_CANCELLED'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_kind_subjectId_recipientId_idx" ON "notification"  ("kind", "subjectId", "recipientId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_activity" ADD CONSTRAINT "learning_activity_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_activity" ADD CONSTRAINT "learning_activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_activity_behaviour" ADD CONSTRAINT "learning_activity_behaviour_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "learning_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_activity_behaviour" ADD CONSTRAINT "learning_activity_behaviour_behaviourId_fkey" FOREIGN KEY ("behaviourId") REFERENCES "behaviour"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "participation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "learning_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "participation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "participation_userId_fkey"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "participation_activityId_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "learning_activity_behaviour" DROP CONSTRAINT "learning_activity_behaviour_behaviourId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_activity_behaviour" DROP CONSTRAINT "learning_activity_behaviour_activityId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP CONSTRAINT "learning_activity_createdById_fkey"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP CONSTRAINT "learning_activity_programId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."notification_kind_subjectId_recipientId_idx"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_enum_old" AS ENUM('POST_BRIEF_OVERDUE', 'FEEDBACK_PENDING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_enum_old" USING "kind"::"text"::"public"."notification_kind_enum_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind_enum"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum_old" RENAME TO "notification_kind_enum"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_kind_subjectId_recipientId_idx" ON "notification" USING btree ("recipientId", "kind", "subjectId") `,
    );
    await queryRunner.query(`DROP INDEX "public"."participation_activityId_userId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participation_activityId_registrationStatus_queueNumber_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participation_userId_idx"`);
    await queryRunner.query(`DROP TABLE "participation"`);
    await queryRunner.query(`DROP TYPE "public"."participation_attendance_enum"`);
    await queryRunner.query(`DROP TYPE "public"."participation_registrationstatus_enum"`);
    await queryRunner.query(`DROP INDEX "public"."learning_activity_behaviour_activityId_behaviourId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_activity_behaviour_behaviourId_idx"`);
    await queryRunner.query(`DROP TABLE "learning_activity_behaviour"`);
    await queryRunner.query(`DROP INDEX "public"."learning_activity_programId_startsAt_idx"`);
    await queryRunner.query(`DROP TABLE "learning_activity"`);
    await queryRunner.query(`DROP TYPE "public"."learning_activity_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."learning_activity_aidastage_enum"`);
    await queryRunner.query(`DROP TYPE "public"."learning_activity_kind_enum"`);
  }
}
