import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { EvidenceType } from '../competency.enums';
import { EvidenceRegistry, EvidenceVerifier, EvidenceVerifierFor } from './evidence.registry';

@Injectable()
@EvidenceVerifierFor(EvidenceType.VISIT)
class OwnVisitsVerifier implements EvidenceVerifier {
  verify(evidenceId: string, traineeId: string): Promise<boolean> {
    return Promise.resolve(evidenceId === 'visit-1' && traineeId === 'trainee-1');
  }
}

@Injectable()
@EvidenceVerifierFor(EvidenceType.VISIT)
class SecondVisitVerifier implements EvidenceVerifier {
  verify(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** Stand-ins for the verifiers the learning lib lists. */
@Injectable()
@EvidenceVerifierFor(EvidenceType.PARTICIPATION)
class ParticipationVerifier implements EvidenceVerifier {
  verify(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

@Injectable()
@EvidenceVerifierFor(EvidenceType.CASE_SUBMISSION)
class CaseSubmissionVerifier implements EvidenceVerifier {
  verify(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** Boots a Nest context holding the registry and the given providers, like a domain module would list them. */
async function boot(...verifiers: (new (...args: never[]) => unknown)[]) {
  @Module({ imports: [DiscoveryModule], providers: [EvidenceRegistry, ...verifiers] })
  class TestModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
  const app = moduleRef.createNestApplication();
  await app.init();
  return app;
}

describe('EvidenceRegistry boot check', () => {
  it('refuses to start when an evidence kind has no verifier, naming the kind', async () => {
    await expect(boot()).rejects.toThrow('No evidence verifier for: VISIT, PARTICIPATION, CASE_SUBMISSION');
    await expect(boot(ParticipationVerifier, CaseSubmissionVerifier)).rejects.toThrow(
      'No evidence verifier for: VISIT (',
    );
  });

  it('finds the verifier a module lists and delegates to it; kinds awaiting their domain are refused', async () => {
    const app = await boot(OwnVisitsVerifier, ParticipationVerifier, CaseSubmissionVerifier);
    const registry = app.get(EvidenceRegistry);
    expect(registry.missingVerifiers()).toEqual([]);
    const visit = { type: EvidenceType.VISIT, id: 'visit-1' };
    await expect(registry.verify(visit, 'trainee-1', 'program-1')).resolves.toBe(true);
    await expect(registry.verify(visit, 'trainee-2', 'program-1')).resolves.toBe(false);
    const other = { type: EvidenceType.OTHER, id: 'p-1' };
    await expect(registry.verify(other, 'trainee-1', 'program-1')).resolves.toBe(false);
    await app.close();
  });

  it('refuses two verifiers for the same kind', async () => {
    await expect(
      boot(OwnVisitsVerifier, SecondVisitVerifier, ParticipationVerifier, CaseSubmissionVerifier),
    ).rejects.toThrow('An evidence verifier for VISIT is already registered');
  });
});
