import { MigrationInterface, QueryRunner } from 'typeorm';

export class CredentialSigningKeysAndStatusLists1795872951129 implements MigrationInterface {
  name = 'CredentialSigningKeysAndStatusLists1795872951129';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credential_signing_key" ("id" character varying(64) NOT NULL, "algorithm" character varying(16) NOT NULL, "publicJwk" jsonb NOT NULL, "privateJwk" jsonb NOT NULL, "active" boolean NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credential_signing_key_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "credential_signing_key_active_idx" ON "credential_signing_key"  ("active") WHERE "active"`,
    );
    await queryRunner.query(`CREATE TYPE "public"."credential_status_list_purpose_enum" AS ENUM('revocation')`);
    await queryRunner.query(
      `CREATE TABLE "credential_status_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" "public"."credential_status_list_purpose_enum" NOT NULL, "sizeBits" integer NOT NULL, "nextIndex" integer NOT NULL DEFAULT '0', "multiplier" integer NOT NULL, "bitstring" bytea NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credential_status_list_multiplier_check" CHECK ("multiplier" % 2 = 1), CONSTRAINT "credential_status_list_next_index_check" CHECK ("nextIndex" >= 0 AND "nextIndex" <= "sizeBits"), CONSTRAINT "credential_status_list_size_check" CHECK (octet_length("bitstring") * 8 = "sizeBits"), CONSTRAINT "credential_status_list_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "credential_status_list_purpose_createdAt_idx" ON "credential_status_list"  ("purpose", "createdAt") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."credential_status_list_purpose_createdAt_idx"`);
    await queryRunner.query(`DROP TABLE "credential_status_list"`);
    await queryRunner.query(`DROP TYPE "public"."credential_status_list_purpose_enum"`);
    await queryRunner.query(`DROP INDEX "public"."credential_signing_key_active_idx"`);
    await queryRunner.query(`DROP TABLE "credential_signing_key"`);
  }
}
