import { AssessmentEntity } from './entities/assessment.entity';
import { Assessment } from './models/competency.model';

export function toAssessment(entity: AssessmentEntity): Assessment {
  return Object.assign(new Assessment(), {
    id: entity.id,
    programId: entity.programId,
    traineeId: entity.traineeId,
    behaviourId: entity.behaviourId,
    level: entity.level,
    source: entity.source,
    assessorId: entity.assessorId,
    evidenceType: entity.evidenceType,
    evidenceId: entity.evidenceId,
    comment: entity.comment,
    recordedAt: entity.recordedAt,
  });
}
