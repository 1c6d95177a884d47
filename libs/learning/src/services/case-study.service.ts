import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  Actor,
  ConnectionShape,
  keysetBy,
  orderByKeys,
  paginate,
  runInTransaction,
  TransactionContext,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ProgramAccessService, ProgramClosedError } from '@banso/programs';
import { CaseStudyEntity } from '../entities/case-study.entity';
import { CaseStudy } from '../models/case-study.model';
import { CaseStudiesArgs, CreateCaseStudyInput } from '../dto/case-study.input';
import { toCaseStudy } from '../learning.mapper';

const CASE_STUDY_FIELDS: (keyof CaseStudyEntity)[] = [
  'programId',
  'title',
  'industry',
  'background',
  'managementIssues',
  'whatWasDone',
  'outcome',
  'source',
];

/** The case library of a program (事例集): owners write past support cases, members read them. */
@Injectable()
export class CaseStudyService {
  constructor(
    @InjectRepository(CaseStudyEntity) private readonly caseStudies: Repository<CaseStudyEntity>,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly programAccess: ProgramAccessService,
  ) {}

  async createCaseStudy(actor: Actor, input: CreateCaseStudyInput): Promise<CaseStudy | ProgramClosedError> {
    await this.programAccess.assertCanManage(actor, input.programId);
    return runInTransaction(async () => {
      const manager = this.transaction.manager;
      if (await this.programAccess.isClosedForWrite(input.programId)) {
        return new ProgramClosedError(actor.locale);
      }
      const caseStudy = manager.create(CaseStudyEntity, {
        programId: input.programId,
        title: input.title.trim(),
        industry: input.industry.trim(),
        background: input.background.trim(),
        managementIssues: input.managementIssues.trim(),
        whatWasDone: input.whatWasDone.trim(),
        outcome: input.outcome.trim(),
        source: input.source.trim(),
        createdById: actor.userId,
      });
      await manager.insert(CaseStudyEntity, caseStudy);
      const created = await manager.findOneByOrFail(CaseStudyEntity, { id: caseStudy.id });
      await this.audit.record(actor, {
        action: 'learning.caseStudy.create',
        entityType: 'CaseStudy',
        entityId: created.id,
        changes: changedFields(null, created, CASE_STUDY_FIELDS),
      });
      return toCaseStudy(created);
    });
  }

  async listCaseStudies(actor: Actor, args: CaseStudiesArgs): Promise<ConnectionShape<CaseStudy>> {
    await this.programAccess.assertCanRead(actor, args.programId);
    const query = this.caseStudies
      .createQueryBuilder('caseStudy')
      .where('caseStudy.programId = :programId', { programId: args.programId });
    return paginate(query, args, keysetBy<CaseStudyEntity>('caseStudy', 'createdAt', 'DESC'), toCaseStudy);
  }

  async caseStudiesByIds(ids: readonly string[]): Promise<(CaseStudy | null)[]> {
    const rows = await this.caseStudies.findBy({ id: In([...ids]) });
    return orderByKeys(ids, rows.map(toCaseStudy), (c) => c.id);
  }
}
