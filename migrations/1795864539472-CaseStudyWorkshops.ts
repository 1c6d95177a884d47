import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudyWorkshops1795864539472 implements MigrationInterface {
  name = 'CaseStudyWorkshops1795864539472';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_study" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "title" character varying(200) NOT NULL, "industry" character varying(100) NOT NULL, "background" text NOT NULL, "managementIssues" text NOT NULL, "whatWasDone" text NOT NULL, "outcome" text NOT NULL, "source" character varying(300) NOT NULL, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_study_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_study_programId_createdAt_idx" ON "case_study"  ("programId", "createdAt") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."case_submission_status_enum" AS ENUM('DRAFT', 'FINAL')`);
    await queryRunner.query(
      `CREATE TABLE "case_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activityId" uuid NOT NULL, "traineeId" uuid NOT NULL, "status" "public"."case_submission_status_enum" NOT NULL, "version" integer NOT NULL DEFAULT '1', "issueHypotheses" text NOT NULL, "proposedSolutions" text NOT NULL, "talentRequirementDraft" text NOT NULL, "submittedAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_submission_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_submission_traineeId_idx" ON "case_submission"  ("traineeId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_submission_activityId_traineeId_idx" ON "case_submission"  ("activityId", "traineeId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_submission_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submissionId" uuid NOT NULL, "version" integer NOT NULL, "issueHypotheses" text NOT NULL, "proposedSolutions" text NOT NULL, "talentRequirementDraft" text NOT NULL, "submittedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "case_submission_revision_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_submission_revision_submissionId_version_idx" ON "case_submission_revision"  ("submissionId", "version") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."case_review_role_enum" AS ENUM('MENTOR', 'PEER')`);
    await queryRunner.query(
      `CREATE TABLE "case_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submissionId" uuid NOT NULL, "reviewerId" uuid NOT NULL, "role" "public"."case_review_role_enum" NOT NULL, "submissionVersion" integer NOT NULL, "scores" jsonb NOT NULL, "comment" text NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_review_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_review_reviewerId_idx" ON "case_review"  ("reviewerId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_review_submissionId_reviewerId_submissionVersion_idx" ON "case_review"  ("submissionId", "reviewerId", "submissionVersion") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_peer_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submissionId" uuid NOT NULL, "reviewerId" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_peer_assignment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_peer_assignment_reviewerId_idx" ON "case_peer_assignment"  ("reviewerId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_peer_assignment_submissionId_reviewerId_idx" ON "case_peer_assignment"  ("submissionId", "reviewerId") `,
    );
    await queryRunner.query(`ALTER TABLE "learning_activity" ADD "caseStudyId" uuid`);
    await queryRunner.query(
      `ALTER TABLE "learning_activity" ADD "peerReviewersPerSubmission" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "learning_activity" ADD "rubric" jsonb`);
    await queryRunner.query(`ALTER TABLE "learning_activity" ADD "submissionsClosedAt" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "learning_activity" ADD CONSTRAINT "learning_activity_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "case_study"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "case_study_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "case_study_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_submission" ADD CONSTRAINT "case_submission_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "learning_activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_submission" ADD CONSTRAINT "case_submission_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_submission_revision" ADD CONSTRAINT "case_submission_revision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "case_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_review" ADD CONSTRAINT "case_review_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "case_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_review" ADD CONSTRAINT "case_review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_peer_assignment" ADD CONSTRAINT "case_peer_assignment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "case_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_peer_assignment" ADD CONSTRAINT "case_peer_assignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_peer_assignment" DROP CONSTRAINT "case_peer_assignment_reviewerId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_peer_assignment" DROP CONSTRAINT "case_peer_assignment_submissionId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "case_review" DROP CONSTRAINT "case_review_reviewerId_fkey"`);
    await queryRunner.query(`ALTER TABLE "case_review" DROP CONSTRAINT "case_review_submissionId_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "case_submission_revision" DROP CONSTRAINT "case_submission_revision_submissionId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "case_submission" DROP CONSTRAINT "case_submission_traineeId_fkey"`);
    await queryRunner.query(`ALTER TABLE "case_submission" DROP CONSTRAINT "case_submission_activityId_fkey"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "case_study_createdById_fkey"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "case_study_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP CONSTRAINT "learning_activity_caseStudyId_fkey"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP COLUMN "submissionsClosedAt"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP COLUMN "rubric"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP COLUMN "peerReviewersPerSubmission"`);
    await queryRunner.query(`ALTER TABLE "learning_activity" DROP COLUMN "caseStudyId"`);
    await queryRunner.query(`DROP INDEX "public"."case_peer_assignment_submissionId_reviewerId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_peer_assignment_reviewerId_idx"`);
    await queryRunner.query(`DROP TABLE "case_peer_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."case_review_submissionId_reviewerId_submissionVersion_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_review_reviewerId_idx"`);
    await queryRunner.query(`DROP TABLE "case_review"`);
    await queryRunner.query(`DROP TYPE "public"."case_review_role_enum"`);
    await queryRunner.query(`DROP INDEX "public"."case_submission_revision_submissionId_version_idx"`);
    await queryRunner.query(`DROP TABLE "case_submission_revision"`);
    await queryRunner.query(`DROP INDEX "public"."case_submission_activityId_traineeId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_submission_traineeId_idx"`);
    await queryRunner.query(`DROP TABLE "case_submission"`);
    await queryRunner.query(`DROP TYPE "public"."case_submission_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_programId_createdAt_idx"`);
    await queryRunner.query(`DROP TABLE "case_study"`);
  }
}
