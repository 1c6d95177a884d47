import { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitRecordedAt1795863077485 implements MigrationInterface {
  name = 'VisitRecordedAt1795863077485';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Visits recorded before this migration keep NULL: the reminder rule counts them as recorded when held.
    await queryRunner.query(`ALTER TABLE "ojt_visit" ADD "recordedAt" TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ojt_visit" DROP COLUMN "recordedAt"`);
  }
}
