import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EvidenceType, EvidenceVerifier, EvidenceVerifierFor } from '@banso/competency';
import { OjtVisitEntity } from '../entities/ojt-visit.entity';
import { VisitStatus } from '../ojt.enums';

/** A visit is evidence for a trainee in a program when it is theirs, in that program, and has taken place. */
@Injectable()
@EvidenceVerifierFor(EvidenceType.VISIT)
export class VisitEvidenceVerifier implements EvidenceVerifier {
  constructor(@InjectRepository(OjtVisitEntity) private readonly visits: Repository<OjtVisitEntity>) {}

  verify(visitId: string, traineeId: string, programId: string): Promise<boolean> {
    return this.visits.exists({
      where: [
        { id: visitId, traineeId, programId, status: VisitStatus.POST_BRIEFED },
        { id: visitId, traineeId, programId, status: VisitStatus.FEEDBACK_GIVEN },
      ],
    });
  }
}
