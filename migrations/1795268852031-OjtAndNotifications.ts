import { MigrationInterface, QueryRunner } from 'typeorm';

export class OjtAndNotifications1795268852031 implements MigrationInterface {
  name = 'OjtAndNotifications1795268852031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_enum" AS ENUM('POST_BRIEF_OVERDUE', 'FEEDBACK_PENDING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipientId" uuid NOT NULL, "kind" "public"."notification_kind_enum" NOT NULL, "subjectType" character varying(60) NOT NULL, "subjectId" uuid NOT NULL, "text" jsonb NOT NULL, "readAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipientId_createdAt_idx" ON "notification"  ("recipientId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_kind_subjectId_recipientId_idx" ON "notification"  ("kind", "subjectId", "recipientId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "client_company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizationId" uuid NOT NULL, "name" character varying(200) NOT NULL, "industry" character varying(100) NOT NULL, "employeeCount" integer, "prefecture" character varying(20) NOT NULL, "notes" text, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "client_company_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_company_organizationId_createdAt_idx" ON "client_company"  ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_currentstep_enum" AS ENUM('STEP0', 'STEP1', 'STEP2', 'STEP3')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."support_case_status_enum" AS ENUM('OPEN', 'CLOSED', 'DROPPED')`);
    await queryRunner.query(
      `CREATE TABLE "support_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programId" uuid NOT NULL, "clientCompanyId" uuid NOT NULL, "leadTraineeId" uuid NOT NULL, "currentStep" "public"."support_case_currentstep_enum" NOT NULL, "status" "public"."support_case_status_enum" NOT NULL, "managementIssues" jsonb NOT NULL, "talentRequirement" jsonb, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "support_case_leadTraineeId_idx" ON "support_case"  ("leadTraineeId") `);
    await queryRunner.query(`CREATE INDEX "support_case_clientCompanyId_idx" ON "support_case"  ("clientCompanyId") `);
    await queryRunner.query(
      `CREATE INDEX "support_case_programId_leadTraineeId_idx" ON "support_case"  ("programId", "leadTraineeId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_revision_kind_enum" AS ENUM('MANAGEMENT_ISSUES', 'TALENT_REQUIREMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_case_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "kind" "public"."support_case_revision_kind_enum" NOT NULL, "revision" integer NOT NULL, "content" jsonb NOT NULL, "authorId" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_revision_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "support_case_revision_supportCaseId_kind_revision_idx" ON "support_case_revision"  ("supportCaseId", "kind", "revision") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_step_move_fromstep_enum" AS ENUM('STEP0', 'STEP1', 'STEP2', 'STEP3')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_step_move_tostep_enum" AS ENUM('STEP0', 'STEP1', 'STEP2', 'STEP3')`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_case_step_move" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "fromStep" "public"."support_case_step_move_fromstep_enum" NOT NULL, "toStep" "public"."support_case_step_move_tostep_enum" NOT NULL, "reason" text NOT NULL, "movedById" uuid NOT NULL, "movedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_step_move_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "support_case_step_move_supportCaseId_movedAt_idx" ON "support_case_step_move"  ("supportCaseId", "movedAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_milestone_milestone_enum" AS ENUM('JOB_OPENING_CREATED', 'MATCHED', 'FOLLOW_UP_STARTED', 'CLOSED', 'DROPPED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_case_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "milestone" "public"."support_case_milestone_milestone_enum" NOT NULL, "occurredAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "note" text, "recordedById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_milestone_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "support_case_milestone_supportCaseId_milestone_idx" ON "support_case_milestone"  ("supportCaseId", "milestone") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."support_case_hand_off_step_enum" AS ENUM('STEP0', 'STEP1', 'STEP2', 'STEP3')`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_case_hand_off" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "fromOrganizationId" uuid NOT NULL, "toOrganizationId" uuid NOT NULL, "step" "public"."support_case_hand_off_step_enum" NOT NULL, "summary" text NOT NULL, "collectedInformation" jsonb NOT NULL, "handedOffById" uuid NOT NULL, "handedOffAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_hand_off_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "support_case_hand_off_toOrganizationId_idx" ON "support_case_hand_off"  ("toOrganizationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "support_case_hand_off_supportCaseId_handedOffAt_idx" ON "support_case_hand_off"  ("supportCaseId", "handedOffAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ojt_visit_status_enum" AS ENUM('PLANNED', 'PRE_BRIEFED', 'VISITED', 'POST_BRIEFED', 'FEEDBACK_GIVEN', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."ojt_visit_traineerole_enum" AS ENUM('OBSERVER', 'CO_LEAD', 'LEAD')`);
    await queryRunner.query(
      `CREATE TYPE "public"."ojt_visit_stepspractised_enum" AS ENUM('STEP0', 'STEP1', 'STEP2', 'STEP3')`,
    );
    await queryRunner.query(
      `CREATE TABLE "ojt_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "programId" uuid NOT NULL, "traineeId" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."ojt_visit_status_enum" NOT NULL, "scheduledAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "traineeRole" "public"."ojt_visit_traineerole_enum" NOT NULL, "heldAt" TIMESTAMP(3) WITH TIME ZONE, "durationMinutes" integer, "stepsPractised" "public"."ojt_visit_stepspractised_enum" array NOT NULL, "summary" text, "cancelReason" text, "cancelledAt" TIMESTAMP(3) WITH TIME ZONE, "postBriefedAt" TIMESTAMP(3) WITH TIME ZONE, "feedbackGivenAt" TIMESTAMP(3) WITH TIME ZONE, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ojt_visit_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ojt_visit_traineeId_scheduledAt_idx" ON "ojt_visit"  ("traineeId", "scheduledAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ojt_visit_programId_scheduledAt_idx" ON "ojt_visit"  ("programId", "scheduledAt") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ojt_visit_supportCaseId_number_idx" ON "ojt_visit"  ("supportCaseId", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ojt_visit_mentor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "mentorId" uuid NOT NULL, CONSTRAINT "ojt_visit_mentor_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ojt_visit_mentor_mentorId_idx" ON "ojt_visit_mentor"  ("mentorId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ojt_visit_mentor_visitId_mentorId_idx" ON "ojt_visit_mentor"  ("visitId", "mentorId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pre_brief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "companyInfoReviewed" text NOT NULL, "priorConsultation" text NOT NULL, "hearingItems" text array NOT NULL, "meetingPlan" text NOT NULL, "version" integer NOT NULL, "updatedById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pre_brief_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "pre_brief_visitId_idx" ON "pre_brief"  ("visitId") `);
    await queryRunner.query(
      `CREATE TYPE "public"."hypothesis_kind_enum" AS ENUM('MANAGEMENT_ISSUE', 'TALENT_ISSUE', 'HIRING_PROFILE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hypothesis_verdict_enum" AS ENUM('CONFIRMED', 'REVISED', 'REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hypothesis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."hypothesis_kind_enum" NOT NULL, "statement" text NOT NULL, "verdict" "public"."hypothesis_verdict_enum", "verdictNote" text, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hypothesis_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "hypothesis_visitId_position_idx" ON "hypothesis"  ("visitId", "position") `);
    await queryRunner.query(
      `CREATE TABLE "post_brief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "findings" text NOT NULL, "goodPoints" text NOT NULL, "improvementAreas" text NOT NULL, "improvementPlan" text NOT NULL, "nextHearingItems" text array NOT NULL, "version" integer NOT NULL, "updatedById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_brief_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "post_brief_visitId_idx" ON "post_brief"  ("visitId") `);
    await queryRunner.query(`CREATE TYPE "public"."next_action_status_enum" AS ENUM('OPEN', 'DONE', 'DROPPED')`);
    await queryRunner.query(
      `CREATE TABLE "next_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supportCaseId" uuid NOT NULL, "visitId" uuid NOT NULL, "description" text NOT NULL, "ownerId" uuid NOT NULL, "dueOn" date, "status" "public"."next_action_status_enum" NOT NULL, "closingNote" text, "closedAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "next_action_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "next_action_ownerId_status_idx" ON "next_action"  ("ownerId", "status") `);
    await queryRunner.query(`CREATE INDEX "next_action_visitId_idx" ON "next_action"  ("visitId") `);
    await queryRunner.query(
      `CREATE INDEX "next_action_supportCaseId_status_idx" ON "next_action"  ("supportCaseId", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "visit_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visitId" uuid NOT NULL, "mentorId" uuid NOT NULL, "comment" text NOT NULL, "assessmentIds" uuid array NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_feedback_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "visit_feedback_mentorId_idx" ON "visit_feedback"  ("mentorId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "visit_feedback_visitId_idx" ON "visit_feedback"  ("visitId") `);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_company" ADD CONSTRAINT "client_company_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_company" ADD CONSTRAINT "client_company_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case" ADD CONSTRAINT "support_case_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case" ADD CONSTRAINT "support_case_clientCompanyId_fkey" FOREIGN KEY ("clientCompanyId") REFERENCES "client_company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case" ADD CONSTRAINT "support_case_leadTraineeId_fkey" FOREIGN KEY ("leadTraineeId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_revision" ADD CONSTRAINT "support_case_revision_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_revision" ADD CONSTRAINT "support_case_revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_step_move" ADD CONSTRAINT "support_case_step_move_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_step_move" ADD CONSTRAINT "support_case_step_move_movedById_fkey" FOREIGN KEY ("movedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_milestone" ADD CONSTRAINT "support_case_milestone_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_milestone" ADD CONSTRAINT "support_case_milestone_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" ADD CONSTRAINT "support_case_hand_off_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" ADD CONSTRAINT "support_case_hand_off_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" ADD CONSTRAINT "support_case_hand_off_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" ADD CONSTRAINT "support_case_hand_off_handedOffById_fkey" FOREIGN KEY ("handedOffById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit" ADD CONSTRAINT "ojt_visit_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit" ADD CONSTRAINT "ojt_visit_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit" ADD CONSTRAINT "ojt_visit_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit" ADD CONSTRAINT "ojt_visit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_mentor" ADD CONSTRAINT "ojt_visit_mentor_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ojt_visit_mentor" ADD CONSTRAINT "ojt_visit_mentor_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pre_brief" ADD CONSTRAINT "pre_brief_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pre_brief" ADD CONSTRAINT "pre_brief_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hypothesis" ADD CONSTRAINT "hypothesis_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_brief" ADD CONSTRAINT "post_brief_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_brief" ADD CONSTRAINT "post_brief_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "next_action" ADD CONSTRAINT "next_action_supportCaseId_fkey" FOREIGN KEY ("supportCaseId") REFERENCES "support_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "next_action" ADD CONSTRAINT "next_action_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "next_action" ADD CONSTRAINT "next_action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_feedback" ADD CONSTRAINT "visit_feedback_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ojt_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_feedback" ADD CONSTRAINT "visit_feedback_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit_feedback" DROP CONSTRAINT "visit_feedback_mentorId_fkey"`);
    await queryRunner.query(`ALTER TABLE "visit_feedback" DROP CONSTRAINT "visit_feedback_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "next_action" DROP CONSTRAINT "next_action_ownerId_fkey"`);
    await queryRunner.query(`ALTER TABLE "next_action" DROP CONSTRAINT "next_action_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "next_action" DROP CONSTRAINT "next_action_supportCaseId_fkey"`);
    await queryRunner.query(`ALTER TABLE "post_brief" DROP CONSTRAINT "post_brief_updatedById_fkey"`);
    await queryRunner.query(`ALTER TABLE "post_brief" DROP CONSTRAINT "post_brief_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "hypothesis" DROP CONSTRAINT "hypothesis_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "pre_brief" DROP CONSTRAINT "pre_brief_updatedById_fkey"`);
    await queryRunner.query(`ALTER TABLE "pre_brief" DROP CONSTRAINT "pre_brief_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit_mentor" DROP CONSTRAINT "ojt_visit_mentor_mentorId_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit_mentor" DROP CONSTRAINT "ojt_visit_mentor_visitId_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit" DROP CONSTRAINT "ojt_visit_createdById_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit" DROP CONSTRAINT "ojt_visit_traineeId_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit" DROP CONSTRAINT "ojt_visit_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "ojt_visit" DROP CONSTRAINT "ojt_visit_supportCaseId_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" DROP CONSTRAINT "support_case_hand_off_handedOffById_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" DROP CONSTRAINT "support_case_hand_off_toOrganizationId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" DROP CONSTRAINT "support_case_hand_off_fromOrganizationId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_hand_off" DROP CONSTRAINT "support_case_hand_off_supportCaseId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_milestone" DROP CONSTRAINT "support_case_milestone_recordedById_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_milestone" DROP CONSTRAINT "support_case_milestone_supportCaseId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_step_move" DROP CONSTRAINT "support_case_step_move_movedById_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_step_move" DROP CONSTRAINT "support_case_step_move_supportCaseId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_revision" DROP CONSTRAINT "support_case_revision_authorId_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case_revision" DROP CONSTRAINT "support_case_revision_supportCaseId_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "support_case" DROP CONSTRAINT "support_case_leadTraineeId_fkey"`);
    await queryRunner.query(`ALTER TABLE "support_case" DROP CONSTRAINT "support_case_clientCompanyId_fkey"`);
    await queryRunner.query(`ALTER TABLE "support_case" DROP CONSTRAINT "support_case_programId_fkey"`);
    await queryRunner.query(`ALTER TABLE "client_company" DROP CONSTRAINT "client_company_createdById_fkey"`);
    await queryRunner.query(`ALTER TABLE "client_company" DROP CONSTRAINT "client_company_organizationId_fkey"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_recipientId_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."visit_feedback_visitId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."visit_feedback_mentorId_idx"`);
    await queryRunner.query(`DROP TABLE "visit_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."next_action_supportCaseId_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."next_action_visitId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."next_action_ownerId_status_idx"`);
    await queryRunner.query(`DROP TABLE "next_action"`);
    await queryRunner.query(`DROP TYPE "public"."next_action_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."post_brief_visitId_idx"`);
    await queryRunner.query(`DROP TABLE "post_brief"`);
    await queryRunner.query(`DROP INDEX "public"."hypothesis_visitId_position_idx"`);
    await queryRunner.query(`DROP TABLE "hypothesis"`);
    await queryRunner.query(`DROP TYPE "public"."hypothesis_verdict_enum"`);
    await queryRunner.query(`DROP TYPE "public"."hypothesis_kind_enum"`);
    await queryRunner.query(`DROP INDEX "public"."pre_brief_visitId_idx"`);
    await queryRunner.query(`DROP TABLE "pre_brief"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_mentor_visitId_mentorId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_mentor_mentorId_idx"`);
    await queryRunner.query(`DROP TABLE "ojt_visit_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_supportCaseId_number_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_programId_scheduledAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ojt_visit_traineeId_scheduledAt_idx"`);
    await queryRunner.query(`DROP TABLE "ojt_visit"`);
    await queryRunner.query(`DROP TYPE "public"."ojt_visit_stepspractised_enum"`);
    await queryRunner.query(`DROP TYPE "public"."ojt_visit_traineerole_enum"`);
    await queryRunner.query(`DROP TYPE "public"."ojt_visit_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_hand_off_supportCaseId_handedOffAt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_hand_off_toOrganizationId_idx"`);
    await queryRunner.query(`DROP TABLE "support_case_hand_off"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_hand_off_step_enum"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_milestone_supportCaseId_milestone_idx"`);
    await queryRunner.query(`DROP TABLE "support_case_milestone"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_milestone_milestone_enum"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_step_move_supportCaseId_movedAt_idx"`);
    await queryRunner.query(`DROP TABLE "support_case_step_move"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_step_move_tostep_enum"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_step_move_fromstep_enum"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_revision_supportCaseId_kind_revision_idx"`);
    await queryRunner.query(`DROP TABLE "support_case_revision"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_revision_kind_enum"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_programId_leadTraineeId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_clientCompanyId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_case_leadTraineeId_idx"`);
    await queryRunner.query(`DROP TABLE "support_case"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."support_case_currentstep_enum"`);
    await queryRunner.query(`DROP INDEX "public"."client_company_organizationId_createdAt_idx"`);
    await queryRunner.query(`DROP TABLE "client_company"`);
    await queryRunner.query(`DROP INDEX "public"."notification_kind_subjectId_recipientId_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipientId_createdAt_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind_enum"`);
  }
}
