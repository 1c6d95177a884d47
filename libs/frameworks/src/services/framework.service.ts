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
  inTransaction,
  orderByKeys,
  paginate,
  plainQuery,
  plainRows,
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

  /** Steps and behaviours of PUBLISHED and RETIRED frameworks (immutable), by framework id. */
  private readonly frozenParts = new Map<string, Pick<FrameworkTree, 'steps' | 'behaviours'>>();

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

  /**
   * The framework with its steps and behaviours in display order. A PUBLISHED or RETIRED framework's steps and
   * behaviours never change (only DRAFTs are edited), so once read outside a transaction they are kept for the
   * process: then only the framework row is read (1 statement, else 3).
   */
  async tree(frameworkId: string): Promise<FrameworkTree> {
    const dataSource = this.frameworks.manager.connection;
    const [framework] = await plainRows(dataSource, CompetencyFrameworkEntity, 'framework').byIds([frameworkId]);
    if (!framework) throw Errors.notFound(FRAMEWORK_NOUN);
    const frozen = framework.status !== FrameworkStatus.DRAFT;
    const kept = frozen ? this.frozenParts.get(frameworkId) : undefined;
    if (kept) return { framework, ...kept };
    const [steps, behaviours] = await Promise.all([
      plainRows(dataSource, CompetencyStepEntity, 'step').select(
        `WHERE step."frameworkId" = $1 ORDER BY step.ordinal ASC`,
        [frameworkId],
      ),
      plainRows(dataSource, BehaviourEntity, 'behaviour').select(
        `WHERE behaviour."frameworkId" = $1 ORDER BY behaviour.ordinal ASC, behaviour.code ASC`,
        [frameworkId],
      ),
    ]);
    // Not from inside a transaction: what it read (a status it may roll back) is not known to stay.
    if (frozen && !inTransaction()) this.frozenParts.set(frameworkId, { steps, behaviours });
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
    const found = await plainQuery<{ id: string }>(
      this.behaviours.manager.connection,
      'SELECT id FROM behaviour WHERE id = ANY($1::uuid[]) AND "frameworkId" = $2',
      [behaviourIds, frameworkId],
    );
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
