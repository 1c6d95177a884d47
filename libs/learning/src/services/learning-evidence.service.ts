import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EvidenceRegistry, EvidenceType } from '@banso/competency';
import { DONE_SQL } from '../learning.mapper';

/**
 * A participation is evidence a mentor may cite in recordMentorAssessment (PARTICIPATION) when it belongs to the
 * trainee, its activity belongs to the program and was not cancelled, and the trainee is done with it (attended,
 * completed the e-learning, acknowledged the handbook).
 */
@Injectable()
export class LearningEvidenceService implements OnModuleInit {
  constructor(private readonly evidence: EvidenceRegistry) {}

  onModuleInit(): void {
    this.evidence.register(EvidenceType.PARTICIPATION, (manager, id, traineeId, programId) =>
      this.isCitableParticipation(manager, id, traineeId, programId),
    );
    this.evidence.register(EvidenceType.CASE_SUBMISSION, (manager, id, traineeId, programId) =>
      this.isCitableSubmission(manager, id, traineeId, programId),
    );
  }

  /** A final case submission of the trainee in the program that someone has reviewed. */
  async isCitableSubmission(
    manager: EntityManager,
    submissionId: string,
    traineeId: string,
    programId: string,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM case_submission s JOIN learning_activity activity ON activity.id = s."activityId"
       WHERE s.id = $1 AND s."traineeId" = $2 AND activity."programId" = $3 AND s.status = 'FINAL'
         AND EXISTS (SELECT 1 FROM case_review r WHERE r."submissionId" = s.id)`,
      [submissionId, traineeId, programId],
    );
    return rows.length > 0;
  }

  async isCitableParticipation(
    manager: EntityManager,
    participationId: string,
    traineeId: string,
    programId: string,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM participation p JOIN learning_activity activity ON activity.id = p."activityId"
       WHERE p.id = $1 AND p."userId" = $2 AND activity."programId" = $3 AND activity.status = 'SCHEDULED'
         AND ${DONE_SQL}`,
      [participationId, traineeId, programId],
    );
    return rows.length > 0;
  }
}
