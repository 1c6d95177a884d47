import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795268410676 implements MigrationInterface {
  name = 'Initial1795268410676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actorId" uuid, "action" character varying(100) NOT NULL, "entityType" character varying(60) NOT NULL, "entityId" uuid NOT NULL, "changes" jsonb NOT NULL, "requestId" character varying(64), "occurredAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entityType_entityId_occurredAt_idx" ON "audit_event"  ("entityType", "entityId", "occurredAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind_enum" AS ENUM('PRO_TALENT_HUB', 'YOROZU_SUPPORT_CENTER', 'PUBLIC_AGENCY', 'SHOKOKAI', 'CHAMBER_OF_COMMERCE', 'REGIONAL_BANK', 'SHINKIN_BANK', 'TAX_ACCOUNTANT', 'SME_CONSULTANT', 'NPO', 'MUNICIPALITY', 'TALENT_FIRM', 'UNIVERSITY', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."organization_sector_enum" AS ENUM('PUBLIC', 'PRIVATE')`);
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."organization_kind_enum" NOT NULL, "sector" "public"."organization_sector_enum" NOT NULL, "prefecture" character varying(20), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organization_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_account_locale_enum" AS ENUM('ja', 'en')`);
    await queryRunner.query(`CREATE TYPE "public"."user_account_systemrole_enum" AS ENUM('ADMIN', 'USER')`);
    await queryRunner.query(`CREATE TYPE "public"."user_account_status_enum" AS ENUM('ACTIVE', 'DISABLED')`);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "displayName" character varying(100) NOT NULL, "organizationId" uuid NOT NULL, "passwordHash" character varying(200) NOT NULL, "locale" "public"."user_account_locale_enum" NOT NULL DEFAULT 'ja', "systemRole" "public"."user_account_systemrole_enum" NOT NULL DEFAULT 'USER', "status" "public"."user_account_status_enum" NOT NULL DEFAULT 'ACTIVE', "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_account_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_idx" ON "user_account"  ("email") `);
    await queryRunner.query(`CREATE INDEX "user_account_organizationId_idx" ON "user_account"  ("organizationId") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "familyId" uuid NOT NULL, "tokenHash" character varying(64) NOT NULL, "expiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP(3) WITH TIME ZONE, "revokedAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "refresh_token_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_token_userId_idx" ON "refresh_token"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "refresh_token_familyId_idx" ON "refresh_token"  ("familyId") `);
    await queryRunner.query(`CREATE TYPE "public"."program_status_enum" AS ENUM('DRAFT', 'ACTIVE', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "fiscalYear" integer NOT NULL, "region" character varying(100) NOT NULL, "operatorOrganizationId" uuid NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "status" "public"."program_status_enum" NOT NULL DEFAULT 'DRAFT', "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "program__endsOn_startsOn__check" CHECK ("endsOn" >= "startsOn"), CONSTRAINT "program_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "program_fiscalYear_idx" ON "program"  ("fiscalYear") `);
    await queryRunner.query(
      `CREATE INDEX "program_operatorOrganizationId_idx" ON "program"  ("operatorOrganizationId") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."program_member_role_enum" AS ENUM('OWNER', 'MENTOR', 'TRAINEE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."program_member_status_enum" AS ENUM('ACTIVE', 'COMPLETED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "program_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "userId" uuid NOT NULL, "role" "public"."program_member_role_enum" NOT NULL, "status" "public"."program_member_status_enum" NOT NULL DEFAULT 'ACTIVE', "joinedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawnAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "program_member_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "program_member_userId_idx" ON "program_member"  ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "program_member_programId_userId_role_idx" ON "program_member"  ("programId", "userId", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "mentorId" uuid NOT NULL, "traineeId" uuid NOT NULL, "startedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "endedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "mentorship_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mentorship_mentorId_idx" ON "mentorship"  ("mentorId") `);
    await queryRunner.query(
      `CREATE INDEX "mentorship_programId_traineeId_idx" ON "mentorship"  ("programId", "traineeId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorship_programId_mentorId_traineeId_idx" ON "mentorship"  ("programId", "mentorId", "traineeId") WHERE "endedAt" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "user_account_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_operatorOrganizationId_fkey" FOREIGN KEY ("operatorOrganizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_member" ADD CONSTRAINT "program_member_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_member" ADD CONSTRAINT "program_member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "mentorship_traineeId_fkey"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "mentorship_mentorId_fkey"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "mentorship_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "program_member" DROP CONSTRAINT "program_member_userId_fkey"`);
    await queryRunner.query(`ALTER TABLE "program_member" DROP CONSTRAINT "program_member_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "program_operatorOrganizationId_fkey"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "refresh_token_userId_fkey"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "user_account_organizationId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_programId_mentorId_traineeId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_programId_traineeId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_mentorId_idx"`);
    await queryRunner.query(`DROP TABLE "mentorship"`);
    await queryRunner.query(`DROP INDEX "public"."program_member_programId_userId_role_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_member_userId_idx"`);
    await queryRunner.query(`DROP TABLE "program_member"`);
    await queryRunner.query(`DROP TYPE "public"."program_member_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."program_member_role_enum"`);
    await queryRunner.query(`DROP INDEX "public"."program_operatorOrganizationId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_fiscalYear_idx"`);
    await queryRunner.query(`DROP TABLE "program"`);
    await queryRunner.query(`DROP TYPE "public"."program_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_familyId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_userId_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_organizationId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_idx"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."user_account_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."user_account_systemrole_enum"`);
    await queryRunner.query(`DROP TYPE "public"."user_account_locale_enum"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_sector_enum"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind_enum"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entityType_entityId_occurredAt_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
