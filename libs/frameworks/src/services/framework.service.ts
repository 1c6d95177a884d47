import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Errors,
  groupByKeys,
  Locale,
  orderByKeys,
  paginate,
  keysetBy,
} from '@banso/core';
import { CompetencyFrameworkEntity } from '../entities/competency-framework.entity';
import { CompetencyStepEntity } from '../entities/competency-step.entity';
import { BehaviourEntity } from '../entities/behaviour.entity';
import { Behaviour, CompetencyFramework, CompetencyStep, FrameworkOutline } from '../models/framework.model';
import { FrameworkStatus } from '../frameworks.enums';
import { FRAMEWORK_NOUN } from '../frameworks.errors';
import { FrameworkTree, toBehaviour, toDocument, toFramework, toStep } from '../frameworks.mapper';

/**
 * Reading competency frameworks (any signed-in user): one framework, the list of versions, the export document, the
 * batch reads behind the DataLoaders, and the rule that pins new programs to a PUBLISHED framework. Versioning and
 * editing (ADMIN) are in FrameworkAuthoringService.
 */
@Injectable()
export class FrameworkService {
  constructor(
    @InjectRepository(CompetencyFrameworkEntity) private readonly frameworks: Repository<CompetencyFrameworkEntity>,
    @InjectRepository(CompetencyStepEntity) private readonly steps: Repository<CompetencyStepEntity>,
    @InjectRepository(BehaviourEntity) private readonly behaviours: Repository<BehaviourEntity>,
  ) {}

  // ---- reading ------------------------------------------------------------------------------------------------

  /** A framework by id; without an id the latest PUBLISHED one (the default for new programs). */
  async framework(actor: Actor, id: string | undefined): Promise<CompetencyFramework> {
    const entity = id ? await this.frameworks.findOneBy({ id }) : await this.latestPublished();
    if (!entity) throw Errors.notFound(FRAMEWORK_NOUN);
    return toFramework(entity, actor.locale);
  }

  listFrameworks(
    actor: Actor,
    args: ConnectionArgs & { status?: FrameworkStatus },
  ): Promise<ConnectionShape<CompetencyFramework>> {
    const query = this.frameworks.createQueryBuilder('framework');
    if (args.status) query.where('framework.status = :status', { status: args.status });
    return paginate(query, args, keysetBy('framework', 'createdAt', 'DESC'), (entity) =>
      toFramework(entity, actor.locale),
    );
  }

  /** The framework with its steps and behaviours in display order (3 queries). */
  async tree(frameworkId: string): Promise<FrameworkTree> {
    const framework = await this.frameworks.findOneBy({ id: frameworkId });
    if (!framework) throw Errors.notFound(FRAMEWORK_NOUN);
    const steps = await this.steps.find({ where: { frameworkId }, order: { ordinal: 'ASC' } });
    const behaviours = await this.behaviours.find({
      where: { frameworkId },
      order: { ordinal: 'ASC', code: 'ASC' },
    });
    return { framework, steps, behaviours };
  }

  /** The framework with its steps and behaviours in display order, localised to the caller (3 queries). */
  async outline(frameworkId: string, locale: Locale): Promise<FrameworkOutline> {
    const tree = await this.tree(frameworkId);
    return {
      framework: toFramework(tree.framework, locale),
      steps: tree.steps.map((step) => toStep(step, locale)),
      behaviours: tree.behaviours.map((behaviour) => toBehaviour(behaviour, locale)),
    };
  }

  /** Which of the given behaviour ids belong to the framework (read in the current transaction). */
  async behaviourIdsInFramework(frameworkId: string, behaviourIds: readonly string[]): Promise<Set<string>> {
    const found = await this.behaviours.find({
      select: { id: true },
      where: { id: In([...behaviourIds]), frameworkId },
    });
    return new Set(found.map((row) => row.id));
  }

  /** The exchange document of a framework as pretty-printed JSON (any signed-in user, like the other reads). */
  async exportFramework(frameworkId: string): Promise<string> {
    return JSON.stringify(toDocument(await this.tree(frameworkId)), null, 2);
  }

  /** Which framework a new program is pinned to (asked by programs when it creates one). */
  async frameworkForNewProgram(requestedId: string | null): Promise<string | null> {
    const framework = requestedId
      ? await this.frameworks.findOneBy({ id: requestedId, status: FrameworkStatus.PUBLISHED })
      : await this.latestPublished();
    return framework?.id ?? null;
  }

  private latestPublished(): Promise<CompetencyFrameworkEntity | null> {
    return this.frameworks.findOne({
      where: { status: FrameworkStatus.PUBLISHED },
      order: { publishedAt: 'DESC', version: 'DESC' },
    });
  }

  // ---- batch reads for DataLoaders ----------------------------------------------------------------------------

  async frameworksByIds(ids: readonly string[], locale: Locale): Promise<(CompetencyFramework | null)[]> {
    const rows = await this.frameworks.findBy({ id: In([...ids]) });
    return orderByKeys(
      ids,
      rows.map((row) => toFramework(row, locale)),
      (f) => f.id,
    );
  }

  async stepsByFrameworkIds(ids: readonly string[], locale: Locale): Promise<CompetencyStep[][]> {
    const rows = await this.steps.find({ where: { frameworkId: In([...ids]) }, order: { ordinal: 'ASC' } });
    return groupByKeys(
      ids,
      rows.map((row) => toStep(row, locale)),
      (s) => s.frameworkId,
    );
  }

  async behavioursByFrameworkIds(ids: readonly string[], locale: Locale): Promise<Behaviour[][]> {
    const rows = await this.behaviours.find({
      where: { frameworkId: In([...ids]) },
      order: { ordinal: 'ASC', code: 'ASC' },
    });
    return groupByKeys(
      ids,
      rows.map((row) => toBehaviour(row, locale)),
      (b) => b.frameworkId,
    );
  }

  async behavioursByIds(ids: readonly string[], locale: Locale): Promise<(Behaviour | null)[]> {
    const rows = await this.behaviours.findBy({ id: In([...ids]) });
    return orderByKeys(
      ids,
      rows.map((row) => toBehaviour(row, locale)),
      (b) => b.id,
    );
  }
}
