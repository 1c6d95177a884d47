import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Locale } from '@banso/core';
import { CompetencyStandingService } from '@banso/competency';
import { OjtCertificationEvidenceService } from '@banso/ojt';
import { LearningReadingService } from '@banso/learning';
import { CertificateKind } from '../certification.enums';
import { CertificateEntity } from '../entities/certificate.entity';
import { CertificationRuleEntity } from '../entities/certification-rule.entity';
import { CertificationProgress, RuleProgress } from '../models/certification.model';
import { CertificationAccessService } from './certification-access.service';
import { CertificationRulesService } from './certification-rules.service';
import { evaluateCriteria, preparationKinds, toRuleProgress } from './criteria';

/** A person's standing against every rule of a program, with the rules it was computed from. */
export interface ProgramProgress {
  progress: CertificationProgress;
  rules: CertificationRuleEntity[];
}

/**
 * certificationProgress: for each rule of the program, each criterion met or not with its current value, target and
 * the records that count — read in a fixed number of statements (program, rules, framework ×3, mentor levels, OJT
 * evidence, off-JT evidence, the person's active certificates) whatever the amount of evidence.
 */
@Injectable()
export class CertificationProgressService {
  constructor(
    @InjectRepository(CertificateEntity) private readonly certificates: Repository<CertificateEntity>,
    private readonly access: CertificationAccessService,
    private readonly rules: CertificationRulesService,
    private readonly standing: CompetencyStandingService,
    private readonly ojt: OjtCertificationEvidenceService,
    private readonly learning: LearningReadingService,
  ) {}

  async certificationProgress(actor: Actor, programId: string, traineeId: string): Promise<CertificationProgress> {
    await this.access.assertCanReadPerson(actor, programId, traineeId);
    return (await this.progressOf(programId, traineeId, actor.locale)).progress;
  }

  /** No access check: for the evaluation job, issuing, and the query above. */
  async progressOf(programId: string, userId: string, locale: Locale): Promise<ProgramProgress> {
    const program = await this.access.program(programId);
    const rules = await this.rules.rulesOf(programId);
    const framework = await this.access.framework(program.frameworkId);
    const levels = await this.standing.currentMentorLevels(programId, userId);
    const ojt = await this.ojt.evidence(programId, userId);
    const activities = await this.learning.activitiesDoneBy(
      programId,
      userId,
      preparationKinds(rules.map((rule) => rule.criteria)),
    );
    const active = await this.certificates.query<
      { id: string; programId: string; kind: CertificateKind; verificationCode: string }[]
    >(
      `SELECT id, "programId", kind, "verificationCode" FROM certificate
       WHERE "userId" = $1 AND status = 'ACTIVE' AND "expiresAt" > now() ORDER BY "issuedAt"`,
      [userId],
    );
    const supporter = active.find((c) => c.kind === CertificateKind.SUPPORTER) ?? null;
    const ruleProgress: RuleProgress[] = rules.map((rule) =>
      toRuleProgress(
        rule.kind,
        rule.id,
        evaluateCriteria(rule.criteria, framework, { levels, ojt, activities, activeSupporter: supporter }, locale),
        active.find((c) => c.programId === programId && c.kind === rule.kind)?.id ?? null,
      ),
    );
    return {
      rules,
      progress: Object.assign(new CertificationProgress(), { programId, traineeId: userId, rules: ruleProgress }),
    };
  }
}
