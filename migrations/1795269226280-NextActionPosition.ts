import { MigrationInterface, QueryRunner } from 'typeorm';

export class NextActionPosition1795269226280 implements MigrationInterface {
  name = 'NextActionPosition1795269226280';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing rows (one post-brief each) get position 1; new rows always carry their position.
    await queryRunner.query(`ALTER TABLE "next_action" ADD "position" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "next_action" ALTER COLUMN "position" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "next_action" DROP COLUMN "position"`);
  }
}
