import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, isAdmin } from '@banso/core';
import { PROGRAM_NOUN, ProgramAccessService, ProgramRole } from '@banso/programs';
import { KpiFilterInput } from '../dto/kpi-filter.input';
import { KpiSnapshotEntity } from '../entities/kpi-snapshot.entity';
import { FILTER_ERRORS } from '../reporting.errors';
import { addDays, fiscalYearDays, KpiScope, startOfDayJst } from './kpi-scope';

/**
 * Who may report on what: admins every program; owners the programs they own (a program id they cannot see is
 * NOT_FOUND, one they belong to without owning it FORBIDDEN); trainees and mentors nothing (FORBIDDEN).
 */
@Injectable()
export class KpiAccessService {
  constructor(
    @InjectRepository(KpiSnapshotEntity) private readonly snapshots: Repository<KpiSnapshotEntity>,
    private readonly programAccess: ProgramAccessService,
  ) {}

  async scopeFor(actor: Actor, filter: KpiFilterInput): Promise<KpiScope> {
    const programIds = await this.programsFor(actor, filter.programIds);
    const { first, last } = fiscalYearDays(filter.fiscalYear);
    const from = filter.from ?? first;
    const to = filter.to ?? last;
    if (from < first || from > last) throw Errors.badInput('filter.from', FILTER_ERRORS.outsideFiscalYear);
    if (to < first || to > last) throw Errors.badInput('filter.to', FILTER_ERRORS.outsideFiscalYear);
    if (from > to) throw Errors.badInput('filter.from', FILTER_ERRORS.fromAfterTo);
    return {
      fiscalYear: filter.fiscalYear,
      programIds,
      periodStart: startOfDayJst(from),
      periodEnd: startOfDayJst(addDays(to, 1)),
      organizationKinds: filter.organizationKinds?.length ? [...filter.organizationKinds] : null,
      prefecture: filter.prefecture?.trim() || null,
    };
  }

  /** The programs the report counts (null = all, admins only). */
  private async programsFor(actor: Actor, requested: string[] | undefined): Promise<string[] | null> {
    if (isAdmin(actor)) {
      if (!requested?.length) return null;
      const found = await this.snapshots.manager.query<{ id: string }[]>(
        `SELECT id FROM program WHERE id = ANY($1::uuid[])`,
        [requested],
      );
      if (found.length !== requested.length) throw Errors.notFound(PROGRAM_NOUN);
      return [...requested].sort();
    }
    const memberships = await this.programAccess.actorMemberships(actor);
    const owned = [...memberships].filter(([, roles]) => roles.includes(ProgramRole.OWNER)).map(([id]) => id);
    if (!requested?.length) {
      if (!owned.length) throw Errors.forbidden();
      return owned.sort();
    }
    if (requested.some((id) => !memberships.has(id))) throw Errors.notFound(PROGRAM_NOUN);
    if (requested.some((id) => !owned.includes(id))) throw Errors.forbidden();
    return [...requested].sort();
  }
}
