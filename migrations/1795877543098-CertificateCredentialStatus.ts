import { MigrationInterface, QueryRunner } from 'typeorm';

/** A certificate points at its revocation bit by status list and index (a list holds 131 072 entries). */
export class CertificateCredentialStatus1795877543098 implements MigrationInterface {
  name = 'CertificateCredentialStatus1795877543098';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificate_statusListIndex_idx"`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD "statusListId" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_statusListId_statusListIndex_idx" ON "certificate"  ("statusListId", "statusListIndex") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificate_statusListId_statusListIndex_idx"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP COLUMN "statusListId"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_statusListIndex_idx" ON "certificate" USING btree ("statusListIndex") `,
    );
  }
}
