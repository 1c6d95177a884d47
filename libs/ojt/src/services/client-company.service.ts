import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  isAdmin,
  orderByKeys,
  paginate,
  plainRows,
  TransactionContext,
  keysetBy,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { ClientCompanyEntity } from '../entities/client-company.entity';
import { ClientCompany } from '../models/client-company.model';
import { CreateClientCompanyInput } from '../dto/company.input';
import { toClientCompany } from '../ojt.mapper';
import { OjtAccessService } from './ojt-access.service';

const COMPANY_FIELDS: (keyof ClientCompanyEntity)[] = [
  'organizationId',
  'name',
  'industry',
  'employeeCount',
  'prefecture',
  'notes',
];

/** Client companies (支援先企業): created by supporters for their own organisation. */
@Injectable()
export class ClientCompanyService {
  constructor(
    @InjectRepository(ClientCompanyEntity) private readonly companies: Repository<ClientCompanyEntity>,
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
  ) {}

  createClientCompany(actor: Actor, input: CreateClientCompanyInput): Promise<ClientCompany> {
    return this.transaction.run(async (manager) => {
      const entity = manager.create(ClientCompanyEntity, {
        organizationId: actor.organizationId,
        name: input.name.trim(),
        industry: input.industry.trim(),
        employeeCount: input.employeeCount ?? null,
        prefecture: input.prefecture.trim(),
        notes: input.notes?.trim() || null,
        createdById: actor.userId,
      });
      await manager.insert(ClientCompanyEntity, entity);
      const created = await manager.findOneByOrFail(ClientCompanyEntity, { id: entity.id });
      await this.audit.record(actor, {
        action: 'ojt.clientCompany.create',
        entityType: 'ClientCompany',
        entityId: created.id,
        changes: changedFields(null, created, COMPANY_FIELDS),
      });
      return toClientCompany(created);
    });
  }

  async clientCompany(actor: Actor, id: string): Promise<ClientCompany> {
    return toClientCompany(await this.access.readableCompany(actor, id));
  }

  /** Companies of the caller's organisation (admins: all), newest first. */
  listClientCompanies(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<ClientCompany>> {
    const query = this.companies.createQueryBuilder('company');
    if (!isAdmin(actor)) query.where('company.organizationId = :orgId', { orgId: actor.organizationId });
    return paginate(query, args, keysetBy('company', 'createdAt', 'DESC'), toClientCompany);
  }

  async companiesByIds(ids: readonly string[]): Promise<(ClientCompany | null)[]> {
    const rows = await plainRows(this.companies.manager.connection, ClientCompanyEntity, 'company').byIds(ids);
    return orderByKeys(ids, rows.map(toClientCompany), (c) => c.id);
  }
}
