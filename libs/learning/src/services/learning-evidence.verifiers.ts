import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EvidenceType, EvidenceVerifier, EvidenceVerifierFor } from '@banso/competency';
import { DONE_SQL } from '../learning.mapper';
import { ParticipationEntity } from '../entities/participation.entity';
import { CaseSubmissionEntity } from '../entities/case-study.entity';

/**
 * A participation is evidence for a trainee in a program when it is theirs, its activity belongs to the program and
 * was not cancelled, and they are done with it (attended the session, completed the e-learning, acknowledged the
 * handbook).
 */
@Injectable()
@EvidenceVerifierFor(EvidenceType.PARTICIPATION)
export class ParticipationEvidenceVerifier implements EvidenceVerifier {
  constructor(
    @InjectRepository(ParticipationEntity) private readonly participations: Repository<ParticipationEntity>,
  ) {}

  async verify(participationId: string, traineeId: string, programId: string): Promise<boolean> {
    const rows = await this.participations.query<unknown[]>(
      `SELECT 1 FROM participation p JOIN learning_activity activity ON activity.id = p."activityId"
       WHERE p.id = $1 AND p."userId" = $2 AND activity."programId" = $3 AND activity.status = 'SCHEDULED'
         AND ${DONE_SQL}`,
      [participationId, traineeId, programId],
    );
    return rows.length > 0;
  }
}

/** A case submission is evidence when it is the trainee's final work in the program and someone has reviewed it. */
@Injectable()
@EvidenceVerifierFor(EvidenceType.CASE_SUBMISSION)
export class CaseSubmissionEvidenceVerifier implements EvidenceVerifier {
  constructor(@InjectRepository(CaseSubmissionEntity) private readonly submissions: Repository<CaseSubmissionEntity>) {}

  async verify(submissionId: string, traineeId: string, programId: string): Promise<boolean> {
    const rows = await this.submissions.query<unknown[]>(
      `SELECT 1 FROM case_submission s JOIN learning_activity activity ON activity.id = s."activityId"
       WHERE s.id = $1 AND s."traineeId" = $2 AND activity."programId" = $3 AND s.status = 'FINAL'
         AND EXISTS (SELECT 1 FROM case_review r WHERE r."submissionId" = s.id)`,
      [submissionId, traineeId, programId],
    );
    return rows.length > 0;
  }
}
