import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EvidenceType } from '../competency.enums';
import { EvidenceReference } from '../models/competency.model';

/**
 * Checks that an evidence id exists and belongs to the trainee in the program (implemented by the owning domain),
 * reading in the current transaction.
 */
export interface EvidenceVerifier {
  verify(evidenceId: string, traineeId: string, programId: string): Promise<boolean>;
}

/**
 * Marks a provider as the verifier of one evidence kind. The owning domain lists the class in its module's
 * providers (ojt: `VisitEvidenceVerifier` for VISIT); the registry finds it at start-up, like job handlers.
 */
export const EvidenceVerifierFor = DiscoveryService.createDecorator<EvidenceType>();

/**
 * Kinds in the enum (and the database type) with no recording domain: OTHER. Evidence of these kinds is refused
 * until a verifier is registered. Every other kind must have a verifier (ojt: VISIT; learning: PARTICIPATION,
 * CASE_SUBMISSION) or the app refuses to start.
 */
export const EVIDENCE_KINDS_AWAITING_A_DOMAIN: readonly EvidenceType[] = [EvidenceType.OTHER];

type VerifyEvidence = EvidenceVerifier['verify'];

function isEvidenceVerifier(instance: unknown): instance is EvidenceVerifier {
  return typeof (instance as Partial<EvidenceVerifier> | null)?.verify === 'function';
}

/**
 * Other domains verify their own evidence records, so the competency lib never imports them. Evidence of a kind
 * nobody verifies is refused (deny by default).
 */
@Injectable()
export class EvidenceRegistry implements OnModuleInit, OnApplicationBootstrap {
  private readonly verifiers = new Map<EvidenceType, VerifyEvidence>();

  constructor(private readonly discovery: DiscoveryService) {}

  /** Collects every provider marked with @EvidenceVerifierFor. */
  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: EvidenceVerifierFor.KEY })) {
      const type = this.discovery.getMetadataByDecorator(EvidenceVerifierFor, wrapper);
      const instance: unknown = wrapper.instance;
      if (!type || !isEvidenceVerifier(instance)) {
        throw new Error(`${wrapper.name} is marked @EvidenceVerifierFor but has no evidence kind or verify method`);
      }
      this.register(type, (evidenceId, traineeId, programId) => instance.verify(evidenceId, traineeId, programId));
    }
  }

  /** The boot check: the app refuses to start while an evidence kind has no verifier. */
  onApplicationBootstrap(): void {
    const missing = this.missingVerifiers();
    if (missing.length) {
      throw new Error(
        `No evidence verifier for: ${missing.join(', ')} (mark a provider of the owning domain with @EvidenceVerifierFor)`,
      );
    }
  }

  /** Evidence kinds of the enum with no verifier, apart from those awaiting their domain. */
  missingVerifiers(): EvidenceType[] {
    return Object.values(EvidenceType).filter(
      (type) => !this.verifiers.has(type) && !EVIDENCE_KINDS_AWAITING_A_DOMAIN.includes(type),
    );
  }

  register(type: EvidenceType, verify: VerifyEvidence): void {
    if (this.verifiers.has(type)) throw new Error(`An evidence verifier for ${type} is already registered`);
    this.verifiers.set(type, verify);
  }

  async verify(evidence: EvidenceReference, traineeId: string, programId: string): Promise<boolean> {
    const verifier = this.verifiers.get(evidence.type);
    return verifier ? verifier(evidence.id, traineeId, programId) : false;
  }
}
