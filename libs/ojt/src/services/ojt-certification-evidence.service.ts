import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@banso/core';
import { CaseMilestoneKind, SupportStep, TraineeRole } from '../ojt.enums';

/** A visit that counts for certification, with what a checklist shows of it. */
export interface EvidenceVisit {
  id: string;
  number: number;
  companyName: string;
  heldAt: Date | null;
  traineeRole: TraineeRole;
}

/** A support case led by the trainee: the furthest STEP it reached (STEP0–3 sort as text) and its milestones. */
export interface EvidenceCase {
  id: string;
  companyName: string;
  highestStep: SupportStep;
  hasTalentRequirement: boolean;
  milestones: CaseMilestoneKind[];
}

export interface OjtCertificationEvidence {
  /** The trainee's visits that received mentor feedback (FEEDBACK_GIVEN), oldest first. */
  visitsWithFeedback: EvidenceVisit[];
  /** Cases the trainee leads. */
  cases: EvidenceCase[];
  /** Visits of other trainees the user accompanied as second mentor that received feedback. */
  secondMentorVisits: EvidenceVisit[];
}

/**
 * The OJT records certification counts (no access check: the certification lib decides who may see them), read in
 * one statement in the current transaction.
 */
@Injectable()
export class OjtCertificationEvidenceService {
  constructor(private readonly transaction: TransactionContext) {}

  async evidence(programId: string, userId: string): Promise<OjtCertificationEvidence> {
    const [row] = await this.transaction.manager.query<OjtCertificationEvidence[]>(
      `SELECT
         (SELECT COALESCE(json_agg(json_build_object('id', v.id, 'number', v.number, 'companyName', c.name,
                   'heldAt', v."heldAt", 'traineeRole', v."traineeRole") ORDER BY v."heldAt", v.id), '[]')
          FROM ojt_visit v JOIN support_case s ON s.id = v."supportCaseId"
          JOIN client_company c ON c.id = s."clientCompanyId"
          WHERE v."programId" = $1 AND v."traineeId" = $2 AND v.status = 'FEEDBACK_GIVEN') AS "visitsWithFeedback",
         (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'companyName', c.name,
                   'highestStep', GREATEST(s."currentStep"::text,
                      (SELECT max(m."toStep"::text) FROM support_case_step_move m WHERE m."supportCaseId" = s.id)),
                   'hasTalentRequirement', s."talentRequirement" IS NOT NULL,
                   'milestones', ARRAY(SELECT ms.milestone FROM support_case_milestone ms
                                       WHERE ms."supportCaseId" = s.id ORDER BY ms."occurredAt"))
                   ORDER BY s."createdAt", s.id), '[]')
          FROM support_case s JOIN client_company c ON c.id = s."clientCompanyId"
          WHERE s."programId" = $1 AND s."leadTraineeId" = $2) AS cases,
         (SELECT COALESCE(json_agg(json_build_object('id', v.id, 'number', v.number, 'companyName', c.name,
                   'heldAt', v."heldAt", 'traineeRole', v."traineeRole") ORDER BY v."heldAt", v.id), '[]')
          FROM ojt_visit_second_mentor sm JOIN ojt_visit v ON v.id = sm."visitId"
          JOIN support_case s ON s.id = v."supportCaseId" JOIN client_company c ON c.id = s."clientCompanyId"
          WHERE v."programId" = $1 AND sm."userId" = $2 AND v.status = 'FEEDBACK_GIVEN') AS "secondMentorVisits"`,
      [programId, userId],
    );
    return row;
  }
}
