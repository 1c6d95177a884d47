import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EvidenceType } from '../competency.enums';
import { EvidenceReference } from '../models/competency.model';

/** Checks that an evidence id exists and belongs to the trainee in the program (registered by the owning domain). */
export type EvidenceVerifier = (
  manager: EntityManager,
  evidenceId: string,
  traineeId: string,
  programId: string,
) => Promise<boolean>;

/**
 * Other domains register how to verify their evidence records (ojt: VISIT, learning: PARTICIPATION, …), so the
 * competency lib never imports them. Evidence of a type nobody verifies is refused (deny by default).
 */
@Injectable()
export class EvidenceRegistry {
  private readonly verifiers = new Map<EvidenceType, EvidenceVerifier>();

  register(type: EvidenceType, verifier: EvidenceVerifier): void {
    if (this.verifiers.has(type)) throw new Error(`An evidence verifier for ${type} is already registered`);
    this.verifiers.set(type, verifier);
  }

  async verify(
    manager: EntityManager,
    evidence: EvidenceReference,
    traineeId: string,
    programId: string,
  ): Promise<boolean> {
    const verifier = this.verifiers.get(evidence.type);
    return verifier ? verifier(manager, evidence.id, traineeId, programId) : false;
  }
}
