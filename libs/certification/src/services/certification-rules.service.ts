import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, InTransaction } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import {
  ProgramAccessService,
  ProgramClosedError,
  ProgramCreatedHook,
  ProgramCreatedHookProvider,
  ProgramStatus,
} from '@banso/programs';
import { CertificateKind } from '../certification.enums';
import { CertificationRuleEntity, StoredCriteria } from '../entities/certification-rule.entity';
import { CertificationRule } from '../models/certification.model';
import { CertificationCriteriaInput, UpdateCertificationRuleInput } from '../dto/certification.input';
import { toRule } from '../certification.mapper';
import { CertificationAccessService } from './certification-access.service';
import { CriteriaFramework } from './criteria';

const RULE_FIELDS: (keyof CertificationRuleEntity)[] = ['criteria', 'validityMonths', 'autoIssue'];

/** Turns the validated input into the stored shape; every code must exist in the program's framework. */
export function criteriaFromInput(input: CertificationCriteriaInput, framework: CriteriaFramework): StoredCriteria {
  const stepCodes = new Set(framework.steps.map((s) => s.code));
  const behaviourCodes = new Set(framework.behaviours.map((b) => b.code));
  const duplicate = (codes: string[]) => codes.findIndex((code, i) => codes.indexOf(code) !== i);
  input.minLevelForSteps.forEach((item, i) => {
    if (!stepCodes.has(item.stepCode)) {
      throw Errors.badInput(`input.criteria.minLevelForSteps.${i}.stepCode`, {
        ja: `このプログラムの能力フレームワークにないSTEPです（${[...stepCodes].join('、')}）`,
        en: `is not a step of the program's framework (${[...stepCodes].join(', ')})`,
      });
    }
  });
  input.minLevelForBehaviours.forEach((item, i) => {
    if (!behaviourCodes.has(item.behaviourCode)) {
      throw Errors.badInput(`input.criteria.minLevelForBehaviours.${i}.behaviourCode`, {
        ja: 'このプログラムの能力フレームワークにない行動コードです',
        en: "is not a behaviour code of the program's framework",
      });
    }
  });
  const repeatedStep = duplicate(input.minLevelForSteps.map((s) => s.stepCode));
  if (repeatedStep >= 0) {
    throw Errors.badInput(`input.criteria.minLevelForSteps.${repeatedStep}.stepCode`, {
      ja: '同じSTEPが複数あります',
      en: 'appears more than once',
    });
  }
  const repeatedBehaviour = duplicate(input.minLevelForBehaviours.map((b) => b.behaviourCode));
  if (repeatedBehaviour >= 0) {
    throw Errors.badInput(`input.criteria.minLevelForBehaviours.${repeatedBehaviour}.behaviourCode`, {
      ja: '同じ行動が複数あります',
      en: 'appears more than once',
    });
  }
  const caseReached = input.caseReached ?? null;
  if (caseReached && !caseReached.step && !caseReached.milestone) {
    throw Errors.badInput('input.criteria.caseReached', {
      ja: 'STEPかマイルストーンのどちらかを指定してください',
      en: 'needs a step or a milestone',
    });
  }
  if (
    input.minVisitsLed !== null &&
    input.minVisitsLed !== undefined &&
    input.minVisitsWithFeedback !== null &&
    input.minVisitsWithFeedback !== undefined &&
    input.minVisitsLed > input.minVisitsWithFeedback
  ) {
    throw Errors.badInput('input.criteria.minVisitsLed', {
      ja: 'フィードバック済みの訪問数以下にしてください',
      en: 'must not exceed minVisitsWithFeedback',
    });
  }
  return {
    minLevelForSteps: input.minLevelForSteps.map((s) => ({ stepCode: s.stepCode, minLevel: s.minLevel })),
    minLevelForBehaviours: input.minLevelForBehaviours.map((b) => ({
      behaviourCode: b.behaviourCode,
      minLevel: b.minLevel,
    })),
    minLevelForAllBehaviours: input.minLevelForAllBehaviours ?? null,
    minVisitsWithFeedback: input.minVisitsWithFeedback ?? null,
    minVisitsLed: input.minVisitsLed ?? null,
    requiredActivitiesDone: input.requiredActivitiesDone,
    caseReached: caseReached
      ? {
          step: caseReached.step ?? null,
          milestone: caseReached.milestone ?? null,
          requireTalentRequirement: caseReached.requireTalentRequirement,
        }
      : null,
    requireActiveSupporter: input.requireActiveSupporter,
    minVisitsAsSecondMentor: input.minVisitsAsSecondMentor ?? null,
    mentorPreparation: input.mentorPreparation
      ? { minActivities: input.mentorPreparation.minActivities, kinds: [...input.mentorPreparation.kinds] }
      : null,
  };
}

/**
 * Certification rules (認定基準) per program and kind: read by the program's members, replaced by owners while the
 * program is not CLOSED. Every new program gets the default rules (a program-created hook).
 */
@Injectable()
@ProgramCreatedHookProvider()
export class CertificationRulesService implements ProgramCreatedHook {
  constructor(
    @InjectRepository(CertificationRuleEntity) private readonly rules: Repository<CertificationRuleEntity>,
    private readonly programAccess: ProgramAccessService,
    private readonly access: CertificationAccessService,
    private readonly audit: AuditService,
  ) {}

  async certificationRules(actor: Actor, programId: string): Promise<CertificationRule[]> {
    await this.programAccess.assertCanRead(actor, programId);
    return (await this.rulesOf(programId)).map(toRule);
  }

  /** The rules of a program (no access check), SUPPORTER first. */
  async rulesOf(programId: string): Promise<CertificationRuleEntity[]> {
    const rows = await this.rules.find({ where: { programId } });
    return rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === CertificateKind.SUPPORTER ? -1 : 1));
  }

  @InTransaction()
  async updateCertificationRule(
    actor: Actor,
    input: UpdateCertificationRuleInput,
  ): Promise<CertificationRule | ProgramClosedError> {
    const program = await this.programAccess.lockManagedProgram(actor, input.programId);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const criteria = criteriaFromInput(input.criteria, await this.access.framework(program.frameworkId));
    const before = await this.rules.findOne({ where: { programId: program.id, kind: input.kind } });
    const values = { criteria, validityMonths: input.validityMonths, autoIssue: input.autoIssue };
    const [saved] = await this.rules.query<CertificationRuleEntity[]>(
      `INSERT INTO certification_rule ("programId", kind, criteria, "validityMonths", "autoIssue")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("programId", kind) DO UPDATE
         SET criteria = EXCLUDED.criteria, "validityMonths" = EXCLUDED."validityMonths",
             "autoIssue" = EXCLUDED."autoIssue", "updatedAt" = now()
       RETURNING *`,
      [program.id, input.kind, JSON.stringify(criteria), input.validityMonths, input.autoIssue],
    );
    await this.audit.record(actor, {
      action: 'certification.updateRule',
      entityType: 'CertificationRule',
      entityId: saved.id,
      changes: changedFields(before, { ...saved, ...values }, RULE_FIELDS),
    });
    return toRule(saved);
  }

  /**
   * Program-created hook: the default SUPPORTER and MENTOR rules (README "Certification"), built from the program's
   * framework by the database function `certification_default_rules` — the same one the migration ran for the
   * programs that existed before, so there is one definition of the defaults.
   */
  async programCreated(program: { id: string; frameworkId: string }): Promise<void> {
    await this.rules.query(`SELECT certification_default_rules($1)`, [program.id]);
  }
}
