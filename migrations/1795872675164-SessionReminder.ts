import { MigrationInterface, QueryRunner } from 'typeorm';

/** The day-before reminder of off-JT sessions is a notification kind of its own. */
export class SessionReminder1795872675164 implements MigrationInterface {
  name = 'SessionReminder1795872675164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_enum" ADD VALUE 'LEARNING_SESSION_REMINDER'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
      `CREATE UNIQUE INDEX "notification_kind_subjectId_recipientId_idx" ON "notification" ("kind", "subjectId", "recipientId") `,
    );
  }
}
