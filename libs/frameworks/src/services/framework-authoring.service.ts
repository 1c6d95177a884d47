import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import {
  Actor,
  Errors,
  IllegalTransitionError,
  isAdmin,
  Lifecycle,
  LocalizedText,
  TransactionContext,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { CompetencyFrameworkEntity } from '../entities/competency-framework.entity';
import { CompetencyStepEntity } from '../entities/competency-step.entity';
import { BehaviourEntity } from '../entities/behaviour.entity';
import { Behaviour, CompetencyFramework, CompetencyStep } from '../models/framework.model';
import { FrameworkStatus } from '../frameworks.enums';
import {
  BEHAVIOUR_NOUN,
  BehaviourCodeTakenError,
  FRAMEWORK_NOUN,
  FrameworkNotEditableError,
  FrameworkVersionTakenError,
  InvalidFrameworkDocumentError,
  STEP_NOUN,
} from '../frameworks.errors';
import {
  AddBehaviourInput,
  CreateFrameworkDraftInput,
  FrameworkIdInput,
  ImportFrameworkInput,
  RemoveBehaviourInput,
  UpdateBehaviourInput,
  UpdateCompetencyStepInput,
  UpdateFrameworkInput,
} from '../dto/framework.input';
import { FrameworkDocument, parseFrameworkDocument } from './framework-document';
import {
  behaviourOrdinal,
  behaviourRows,
  frameworkRow,
  stepRows,
  toBehaviour,
  toDocument,
  toFramework,
  toStep,
} from '../frameworks.mapper';
import { FrameworkService } from './framework.service';

const FRAMEWORK_LIFECYCLE = new Lifecycle<FrameworkStatus>(FRAMEWORK_NOUN, {
  [FrameworkStatus.DRAFT]: [FrameworkStatus.PUBLISHED],
  [FrameworkStatus.PUBLISHED]: [FrameworkStatus.RETIRED],
  [FrameworkStatus.RETIRED]: [],
});

/**
 * Authoring competency frameworks (ADMIN only): versioning, import, publishing and DRAFT-only editing. A PUBLISHED
 * framework never changes, so the programs pinned to it keep their meaning.
 */
@Injectable()
export class FrameworkAuthoringService {
  constructor(
    private readonly frameworks: FrameworkService,
    private readonly dataSource: DataSource,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
  ) {}

  // ---- versioning (ADMIN) -------------------------------------------------------------------------------------

  /** Copies a framework (steps, behaviours, scale) into the next DRAFT version of the same code. */
  async createFrameworkDraft(actor: Actor, input: CreateFrameworkDraftInput): Promise<CompetencyFramework> {
    this.assertAdmin(actor);
    const source = await this.frameworks.tree(input.fromFrameworkId);
    return this.transaction.run(async (manager) => {
      await this.lockCode(manager, source.framework.code);
      const version = await this.nextVersion(manager, source.framework.code);
      const created = await this.insertTree(manager, toDocument(source), version, source.framework.id);
      await this.audit.record(actor, {
        action: 'competency.createFrameworkDraft',
        entityType: 'CompetencyFramework',
        entityId: created.id,
        changes: changedFields(null, created, ['code', 'version', 'status', 'basedOnId']),
      });
      return toFramework(created, actor.locale);
    });
  }

  /** Imports a framework document as a DRAFT. Nothing is written unless the whole document is valid. */
  async importFramework(
    actor: Actor,
    input: ImportFrameworkInput,
  ): Promise<CompetencyFramework | InvalidFrameworkDocumentError | FrameworkVersionTakenError> {
    this.assertAdmin(actor);
    const parsed = parseFrameworkDocument(input.json);
    if ('problems' in parsed) return new InvalidFrameworkDocumentError(actor.locale, parsed.problems);
    const document = parsed.document;
    return this.transaction.run(async (manager) => {
      await this.lockCode(manager, document.code);
      if (
        await manager.exists(CompetencyFrameworkEntity, { where: { code: document.code, version: document.version } })
      ) {
        return new FrameworkVersionTakenError(actor.locale, document.code, document.version);
      }
      const created = await this.insertTree(manager, document, document.version, null);
      await this.audit.record(actor, {
        action: 'competency.importFramework',
        entityType: 'CompetencyFramework',
        entityId: created.id,
        changes: changedFields(null, created, ['code', 'version', 'status', 'nameJa', 'nameEn']),
      });
      return toFramework(created, actor.locale);
    });
  }

  publishFramework(actor: Actor, input: FrameworkIdInput): Promise<CompetencyFramework | IllegalTransitionError> {
    return this.transition(actor, input.frameworkId, FrameworkStatus.PUBLISHED, 'competency.publishFramework');
  }

  retireFramework(actor: Actor, input: FrameworkIdInput): Promise<CompetencyFramework | IllegalTransitionError> {
    return this.transition(actor, input.frameworkId, FrameworkStatus.RETIRED, 'competency.retireFramework');
  }

  private async transition(
    actor: Actor,
    frameworkId: string,
    target: FrameworkStatus,
    action: string,
  ): Promise<CompetencyFramework | IllegalTransitionError> {
    this.assertAdmin(actor);
    return this.transaction.run(async (manager) => {
      const before = await this.lockFramework(manager, frameworkId);
      const illegal = FRAMEWORK_LIFECYCLE.check(actor.locale, before.status, target);
      if (illegal) return illegal;
      const publishedAt = target === FrameworkStatus.PUBLISHED ? new Date() : before.publishedAt;
      await manager.update(CompetencyFrameworkEntity, { id: frameworkId }, { status: target, publishedAt });
      const after = { ...before, status: target, publishedAt };
      await this.audit.record(actor, {
        action,
        entityType: 'CompetencyFramework',
        entityId: frameworkId,
        changes: changedFields(before, after, ['status', 'publishedAt']),
      });
      return toFramework(after, actor.locale);
    });
  }

  // ---- editing a DRAFT (ADMIN) --------------------------------------------------------------------------------

  async updateFramework(
    actor: Actor,
    input: UpdateFrameworkInput,
  ): Promise<CompetencyFramework | FrameworkNotEditableError> {
    return this.editDraft(actor, input.frameworkId, async (manager, before) => {
      const after: CompetencyFrameworkEntity = {
        ...before,
        nameJa: input.nameJa?.trim() ?? before.nameJa,
        nameEn: input.nameEn?.trim() ?? before.nameEn,
        proficientLevel: input.proficientLevel ?? before.proficientLevel,
      };
      const audit = { action: 'competency.updateFramework', entityType: 'CompetencyFramework' };
      await this.saveEdit(manager, actor, audit, CompetencyFrameworkEntity, before, after, [
        'nameJa',
        'nameEn',
        'proficientLevel',
      ]);
      return toFramework(after, actor.locale);
    });
  }

  async updateCompetencyStep(
    actor: Actor,
    input: UpdateCompetencyStepInput,
  ): Promise<CompetencyStep | FrameworkNotEditableError> {
    return this.editDraftRow(actor, CompetencyStepEntity, input.stepId, STEP_NOUN, async (manager, before) => {
      const after: CompetencyStepEntity = {
        ...before,
        titleJa: input.titleJa?.trim() ?? before.titleJa,
        titleEn: input.titleEn?.trim() ?? before.titleEn,
        tasksJa: input.tasksJa?.trim() ?? before.tasksJa,
        tasksEn: input.tasksEn?.trim() ?? before.tasksEn,
        practicePoints:
          input.practicePoints?.map((p) => ({ phase: p.phase ?? null, ja: p.ja.trim(), en: p.en.trim() })) ??
          before.practicePoints,
      };
      const audit = { action: 'competency.updateStep', entityType: 'CompetencyStep' };
      await this.saveEdit(manager, actor, audit, CompetencyStepEntity, before, after, [
        'titleJa',
        'titleEn',
        'tasksJa',
        'tasksEn',
        'practicePoints',
      ]);
      return toStep(after, actor.locale);
    });
  }

  async addBehaviour(
    actor: Actor,
    input: AddBehaviourInput,
  ): Promise<Behaviour | FrameworkNotEditableError | BehaviourCodeTakenError> {
    return this.editDraft(actor, input.frameworkId, async (manager, framework) => {
      const step = input.stepId
        ? await manager.findOneBy(CompetencyStepEntity, { id: input.stepId, frameworkId: framework.id })
        : null;
      if (input.stepId && !step) throw Errors.notFound(STEP_NOUN);
      if (await manager.exists(BehaviourEntity, { where: { frameworkId: framework.id, code: input.code } })) {
        return new BehaviourCodeTakenError(actor.locale, input.code);
      }
      const [{ next }] = await manager.query<{ next: number }[]>(
        `SELECT COALESCE(MAX(ordinal), 0) + 1 AS next FROM behaviour WHERE "frameworkId" = $1 AND "stepId" IS NOT DISTINCT FROM $2`,
        [framework.id, step?.id ?? null],
      );
      const entity = manager.create(BehaviourEntity, {
        frameworkId: framework.id,
        stepId: step?.id ?? null,
        code: input.code,
        ordinal: Math.max(Number(next), behaviourOrdinal(step, 0)),
        nameJa: input.nameJa.trim(),
        nameEn: input.nameEn.trim(),
        descriptionJa: input.descriptionJa.trim(),
        descriptionEn: input.descriptionEn.trim(),
        phase: input.phase ?? null,
      });
      await manager.insert(BehaviourEntity, entity);
      await this.audit.record(actor, {
        action: 'competency.addBehaviour',
        entityType: 'Behaviour',
        entityId: entity.id,
        changes: changedFields(null, entity, ['frameworkId', 'stepId', 'code', 'nameJa', 'nameEn', 'phase']),
      });
      return toBehaviour(entity, actor.locale);
    });
  }

  async updateBehaviour(actor: Actor, input: UpdateBehaviourInput): Promise<Behaviour | FrameworkNotEditableError> {
    return this.editDraftRow(actor, BehaviourEntity, input.behaviourId, BEHAVIOUR_NOUN, async (manager, before) => {
      const after: BehaviourEntity = {
        ...before,
        nameJa: input.nameJa?.trim() ?? before.nameJa,
        nameEn: input.nameEn?.trim() ?? before.nameEn,
        descriptionJa: input.descriptionJa?.trim() ?? before.descriptionJa,
        descriptionEn: input.descriptionEn?.trim() ?? before.descriptionEn,
        phase: input.phase ?? before.phase,
      };
      const audit = { action: 'competency.updateBehaviour', entityType: 'Behaviour' };
      await this.saveEdit(manager, actor, audit, BehaviourEntity, before, after, [
        'nameJa',
        'nameEn',
        'descriptionJa',
        'descriptionEn',
        'phase',
      ]);
      return toBehaviour(after, actor.locale);
    });
  }

  async removeBehaviour(
    actor: Actor,
    input: RemoveBehaviourInput,
  ): Promise<CompetencyFramework | FrameworkNotEditableError> {
    return this.editDraftRow(
      actor,
      BehaviourEntity,
      input.behaviourId,
      BEHAVIOUR_NOUN,
      async (manager, existing, framework) => {
        await manager.delete(BehaviourEntity, { id: existing.id });
        await this.audit.record(actor, {
          action: 'competency.removeBehaviour',
          entityType: 'Behaviour',
          entityId: existing.id,
          changes: changedFields(existing, {}, ['code', 'nameJa', 'nameEn']),
        });
        return toFramework(framework, actor.locale);
      },
    );
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private assertAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw Errors.forbidden();
  }

  /** Runs an ADMIN edit of a DRAFT framework in one transaction; any other status is a FrameworkNotEditableError. */
  private editDraft<T>(
    actor: Actor,
    frameworkId: string,
    work: (manager: EntityManager, framework: CompetencyFrameworkEntity) => Promise<T>,
  ): Promise<T | FrameworkNotEditableError> {
    this.assertAdmin(actor);
    return this.inDraft(actor, frameworkId, work);
  }

  /**
   * editDraft for a step or behaviour reached by its own id: NOT_FOUND unless it exists (asked only of admins);
   * `work` gets the row as read again under the framework lock.
   */
  private async editDraftRow<E extends CompetencyStepEntity | BehaviourEntity, T>(
    actor: Actor,
    target: EntityTarget<E>,
    id: string,
    noun: LocalizedText,
    work: (manager: EntityManager, row: E, framework: CompetencyFrameworkEntity) => Promise<T>,
  ): Promise<T | FrameworkNotEditableError> {
    this.assertAdmin(actor);
    const where = { id } as FindOptionsWhere<E>;
    const existing = await this.dataSource.manager.findOneBy(target, where);
    if (!existing) throw Errors.notFound(noun);
    return this.inDraft(actor, existing.frameworkId, async (manager, framework) => {
      const row = await manager.findOneBy(target, where);
      if (!row) throw Errors.notFound(noun);
      return work(manager, row, framework);
    });
  }

  private inDraft<T>(
    actor: Actor,
    frameworkId: string,
    work: (manager: EntityManager, framework: CompetencyFrameworkEntity) => Promise<T>,
  ): Promise<T | FrameworkNotEditableError> {
    return this.transaction.run(async (manager) => {
      const framework = await this.lockFramework(manager, frameworkId);
      if (framework.status !== FrameworkStatus.DRAFT) {
        return new FrameworkNotEditableError(actor.locale, framework.status);
      }
      return work(manager, framework);
    });
  }

  /** Writes the edited fields of a row and audits the ones that changed, in the caller's transaction. */
  private async saveEdit<E extends CompetencyFrameworkEntity | CompetencyStepEntity | BehaviourEntity>(
    manager: EntityManager,
    actor: Actor,
    audit: { action: string; entityType: string },
    target: EntityTarget<E>,
    before: E,
    after: E,
    fields: Extract<keyof E, string>[],
  ): Promise<void> {
    const values = Object.fromEntries(fields.map((field) => [field, after[field]]));
    await manager.update<ObjectLiteral>(target, { id: before.id }, values);
    await this.audit.record(actor, {
      ...audit,
      entityId: before.id,
      changes: changedFields(before, after, fields),
    });
  }

  private async lockFramework(manager: EntityManager, id: string): Promise<CompetencyFrameworkEntity> {
    const framework = await manager.findOne(CompetencyFrameworkEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!framework) throw Errors.notFound(FRAMEWORK_NOUN);
    return framework;
  }

  /** Serialises version allocation per framework code (transaction-scoped advisory lock). */
  private async lockCode(manager: EntityManager, code: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('competency_framework:' || $1))`, [code]);
  }

  private async nextVersion(manager: EntityManager, code: string): Promise<number> {
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM competency_framework WHERE code = $1`,
      [code],
    );
    return Number(next);
  }

  /** Inserts a DRAFT framework with its steps and behaviours (one statement per table). */
  private async insertTree(
    manager: EntityManager,
    document: FrameworkDocument,
    version: number,
    basedOnId: string | null,
  ): Promise<CompetencyFrameworkEntity> {
    const framework = manager.create(CompetencyFrameworkEntity, frameworkRow(document, version, basedOnId));
    await manager.insert(CompetencyFrameworkEntity, framework);
    const steps = stepRows(document, framework.id).map((row) => manager.create(CompetencyStepEntity, row));
    if (steps.length) await manager.insert(CompetencyStepEntity, steps);
    const stepIds = steps.map((step) => step.id);
    const behaviours = behaviourRows(document, framework.id, stepIds).map((row) =>
      manager.create(BehaviourEntity, row),
    );
    if (behaviours.length) await manager.insert(BehaviourEntity, behaviours);
    return manager.findOneByOrFail(CompetencyFrameworkEntity, { id: framework.id });
  }
}
