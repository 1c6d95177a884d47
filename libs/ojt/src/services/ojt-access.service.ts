import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, isAdmin } from '@banso/core';
import { ProgramAccessService, ProgramRole } from '@banso/programs';
import { ClientCompanyEntity } from '../entities/client-company.entity';
import { SupportCaseEntity } from '../entities/support-case.entity';
import { SupportCaseHandOffEntity } from '../entities/case-history.entity';
import { OjtVisitEntity, OjtVisitMentorEntity } from '../entities/ojt-visit.entity';
import { CLIENT_COMPANY_NOUN, SUPPORT_CASE_NOUN, SupportCaseNotOpenError, VISIT_NOUN } from '../ojt.errors';
import { SupportCaseStatus } from '../ojt.enums';

export interface CaseAccess {
  canRead: boolean;
  /** Lead trainee, program owner or admin. */
  canWrite: boolean;
}

export interface VisitAccess {
  canRead: boolean;
  /** The trainee, an accompanying mentor, a program owner or an admin. */
  canWrite: boolean;
  /** The caller is one of the visit's mentors. */
  accompanying: boolean;
}

/**
 * OJT authorization (DESIGN.md): admins everything; program owners manage their programs' cases and visits; the
 * lead trainee writes their own cases and visits; mentors read their mentees' cases and act on the visits they
 * accompany; organisations that received a hand-off read the case. Client companies are visible to their
 * organisation and to everyone who may read one of their cases. What the caller may not see is NOT_FOUND.
 */
@Injectable()
export class OjtAccessService {
  constructor(
    private readonly programAccess: ProgramAccessService,
    @InjectRepository(SupportCaseEntity) private readonly cases: Repository<SupportCaseEntity>,
    @InjectRepository(ClientCompanyEntity) private readonly companies: Repository<ClientCompanyEntity>,
    @InjectRepository(OjtVisitEntity) private readonly visits: Repository<OjtVisitEntity>,
    @InjectRepository(OjtVisitMentorEntity) private readonly visitMentors: Repository<OjtVisitMentorEntity>,
    @InjectRepository(SupportCaseHandOffEntity) private readonly handOffs: Repository<SupportCaseHandOffEntity>,
  ) {}

  /** The caller's access to a case that exists (referenced by one of its visits or next actions). */
  async caseAccessById(actor: Actor, caseId: string): Promise<CaseAccess> {
    return this.caseAccess(actor, await this.cases.findOneByOrFail({ id: caseId }));
  }

  private async caseAccess(actor: Actor, supportCase: SupportCaseEntity): Promise<CaseAccess> {
    if (isAdmin(actor) || supportCase.leadTraineeId === actor.userId) return { canRead: true, canWrite: true };
    const roles = await this.programAccess.rolesOf(actor.userId, supportCase.programId);
    if (roles.includes(ProgramRole.OWNER)) return { canRead: true, canWrite: true };
    const readOnly = { canRead: true, canWrite: false };
    if (
      roles.includes(ProgramRole.MENTOR) &&
      (await this.programAccess.isPaired(supportCase.programId, actor.userId, supportCase.leadTraineeId))
    ) {
      return readOnly;
    }
    const accompanies = await this.visitMentors
      .createQueryBuilder('vm')
      .innerJoin(OjtVisitEntity, 'visit', 'visit.id = vm.visitId')
      .where('visit.supportCaseId = :caseId AND vm.mentorId = :userId', {
        caseId: supportCase.id,
        userId: actor.userId,
      })
      .getExists();
    if (accompanies) return readOnly;
    const handedTo = await this.handOffs.exists({
      where: { supportCaseId: supportCase.id, toOrganizationId: actor.organizationId },
    });
    return handedTo ? readOnly : { canRead: false, canWrite: false };
  }

  /** The case, or NOT_FOUND when it does not exist or the caller may not see it. */
  async readableCase(actor: Actor, caseId: string): Promise<SupportCaseEntity> {
    return (await this.caseAndAccess(actor, caseId)).supportCase;
  }

  /**
   * For a use case that changes the case: locks the row (until the transaction ends) and checks access on what it
   * locked, so the case is read once. NOT_FOUND for outsiders, FORBIDDEN for those who may only read it; a case that
   * is closed or dropped comes back as SupportCaseNotOpenError.
   */
  async lockWritableCase(actor: Actor, caseId: string): Promise<SupportCaseEntity | SupportCaseNotOpenError> {
    const supportCase = await this.cases.findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    const access = supportCase ? await this.caseAccess(actor, supportCase) : null;
    if (!supportCase || !access?.canRead) throw Errors.notFound(SUPPORT_CASE_NOUN);
    if (!access.canWrite) throw Errors.forbidden();
    if (supportCase.status !== SupportCaseStatus.OPEN) {
      return new SupportCaseNotOpenError(actor.locale, supportCase.status);
    }
    return supportCase;
  }

  private async caseAndAccess(
    actor: Actor,
    caseId: string,
  ): Promise<{ supportCase: SupportCaseEntity; access: CaseAccess }> {
    const supportCase = await this.cases.findOneBy({ id: caseId });
    if (!supportCase) throw Errors.notFound(SUPPORT_CASE_NOUN);
    const access = await this.caseAccess(actor, supportCase);
    if (!access.canRead) throw Errors.notFound(SUPPORT_CASE_NOUN);
    return { supportCase, access };
  }

  private async visitAccess(actor: Actor, visit: OjtVisitEntity): Promise<VisitAccess> {
    // The trainee is never one of their own visit's mentors (planVisit refuses it): no need to ask.
    if (visit.traineeId === actor.userId) return { canRead: true, canWrite: true, accompanying: false };
    const accompanying = await this.visitMentors.exists({ where: { visitId: visit.id, mentorId: actor.userId } });
    if (isAdmin(actor) || accompanying) return { canRead: true, canWrite: true, accompanying };
    const access = await this.caseAccessById(actor, visit.supportCaseId);
    return { canRead: access.canRead, canWrite: access.canWrite, accompanying };
  }

  async readableVisit(actor: Actor, visitId: string): Promise<{ visit: OjtVisitEntity; access: VisitAccess }> {
    const visit = await this.visits.findOneBy({ id: visitId });
    if (!visit) throw Errors.notFound(VISIT_NOUN);
    const access = await this.visitAccess(actor, visit);
    if (!access.canRead) throw Errors.notFound(VISIT_NOUN);
    return { visit, access };
  }

  /**
   * For a use case that changes the visit: locks the row (until the transaction ends, so two lifecycle steps never
   * interleave) and checks access on what it locked, so the visit is read once. NOT_FOUND for outsiders; FORBIDDEN
   * for those who may only read it, unless only `read` is needed (a mentor's feedback: read access, then accompanying).
   */
  async lockVisit(
    actor: Actor,
    visitId: string,
    need: 'write' | 'read' = 'write',
  ): Promise<{ visit: OjtVisitEntity; access: VisitAccess }> {
    const visit = await this.visits.findOne({ where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
    const access = visit ? await this.visitAccess(actor, visit) : null;
    if (!visit || !access?.canRead) throw Errors.notFound(VISIT_NOUN);
    if (need === 'write' && !access.canWrite) throw Errors.forbidden();
    return { visit, access };
  }

  private async companyReadable(actor: Actor, company: ClientCompanyEntity): Promise<boolean> {
    if (isAdmin(actor) || company.organizationId === actor.organizationId) return true;
    const cases = await this.cases.findBy({ clientCompanyId: company.id });
    for (const supportCase of cases) {
      if ((await this.caseAccess(actor, supportCase)).canRead) return true;
    }
    return false;
  }

  async readableCompany(actor: Actor, companyId: string): Promise<ClientCompanyEntity> {
    const company = await this.companies.findOneBy({ id: companyId });
    if (!company || !(await this.companyReadable(actor, company))) throw Errors.notFound(CLIENT_COMPANY_NOUN);
    return company;
  }

  /**
   * SQL condition (on alias `visit`) limiting visits to those the caller may read, built from their program roles
   * and pairings. Admins see every visit.
   */
  async visibleVisitsCondition(actor: Actor): Promise<{ sql: string; parameters: Record<string, unknown> } | null> {
    if (isAdmin(actor)) return null;
    const memberships = await this.programAccess.actorMemberships(actor);
    const ownedProgramIds: string[] = [];
    const pairs: string[] = [];
    const parameters: Record<string, unknown> = { visibleUserId: actor.userId, visibleOrgId: actor.organizationId };
    const mentoredProgramIds: string[] = [];
    for (const [programId, roles] of memberships) {
      if (roles.includes(ProgramRole.OWNER)) ownedProgramIds.push(programId);
      else if (roles.includes(ProgramRole.MENTOR)) mentoredProgramIds.push(programId);
    }
    if (mentoredProgramIds.length) {
      // Mentees' visits: checked in the same statement as the page (no read of the pairings beforehand).
      parameters.visibleMentoredPrograms = mentoredProgramIds;
      pairs.push(
        `(visit."programId" IN (:...visibleMentoredPrograms) AND ${this.programAccess.mentorPairedCondition(
          'visit."programId"',
          'visit."traineeId"',
          'visibleUserId',
        )})`,
      );
    }
    const clauses = [
      'visit."traineeId" = :visibleUserId',
      'EXISTS (SELECT 1 FROM ojt_visit_mentor vm WHERE vm."visitId" = visit.id AND vm."mentorId" = :visibleUserId)',
      `EXISTS (SELECT 1 FROM support_case_hand_off h WHERE h."supportCaseId" = visit."supportCaseId"
         AND h."toOrganizationId" = :visibleOrgId)`,
      ...pairs,
    ];
    if (ownedProgramIds.length) {
      parameters.visibleOwnedPrograms = ownedProgramIds;
      clauses.push('visit."programId" IN (:...visibleOwnedPrograms)');
    }
    return { sql: `(${clauses.join(' OR ')})`, parameters };
  }
}
