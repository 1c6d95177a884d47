import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, InTransaction } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import {
  MentorEligibilityRule,
  MentorEligibilityRuleProvider,
  NotAProgramMemberError,
  ProgramAccessService,
  ProgramClosedError,
  ProgramRole,
  ProgramStatus,
} from '@banso/programs';
import { CertificationAdvisorEntity } from '../entities/certificate.entity';
import { CertificationAdvisor } from '../models/certification.model';
import { DesignateAdvisorInput } from '../dto/certification.input';
import { AlreadyAdvisorError } from '../certification.errors';
import { toAdvisor } from '../certification.mapper';

/**
 * External advisors (外部アドバイザー): people an owner allows to mentor in a program without a MENTOR certificate
 * (audited, with the reason), and the mentor-eligibility rule certification gives programs' assignMentor: an ACTIVE,
 * unexpired MENTOR certificate (any program) or a designation in the program. Owners are always eligible (programs).
 */
@Injectable()
@MentorEligibilityRuleProvider()
export class AdvisorService implements MentorEligibilityRule {
  constructor(
    @InjectRepository(CertificationAdvisorEntity) private readonly advisors: Repository<CertificationAdvisorEntity>,
    private readonly programAccess: ProgramAccessService,
    private readonly audit: AuditService,
  ) {}

  async mayMentor(programId: string, userId: string): Promise<boolean> {
    const [row] = await this.advisors.query<{ eligible: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM certificate c WHERE c."userId" = $2 AND c.kind = 'MENTOR'
                        AND c.status = 'ACTIVE' AND c."expiresAt" > now())
           OR EXISTS (SELECT 1 FROM certification_advisor a WHERE a."programId" = $1 AND a."userId" = $2) AS eligible`,
      [programId, userId],
    );
    return row.eligible;
  }

  @InTransaction()
  async designateAdvisor(
    actor: Actor,
    input: DesignateAdvisorInput,
  ): Promise<CertificationAdvisor | ProgramClosedError | AlreadyAdvisorError | NotAProgramMemberError> {
    const program = await this.programAccess.lockManagedProgram(actor, input.programId);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    if (!(await this.programAccess.hasActiveRole(input.userId, program.id, ProgramRole.MENTOR))) {
      return new NotAProgramMemberError(actor.locale, 'input.userId', ProgramRole.MENTOR);
    }
    const [row] = await this.advisors.query<CertificationAdvisorEntity[]>(
      `INSERT INTO certification_advisor ("programId", "userId", reason, "designatedById") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("programId", "userId") DO NOTHING RETURNING *`,
      [program.id, input.userId, input.reason.trim(), actor.userId],
    );
    if (!row) return new AlreadyAdvisorError(actor.locale);
    await this.audit.record(actor, {
      action: 'certification.designateAdvisor',
      entityType: 'CertificationAdvisor',
      entityId: row.id,
      changes: changedFields(null, row, ['programId', 'userId', 'reason']),
    });
    return toAdvisor(row);
  }

  /** Owners and admins: the program's external advisors. */
  async certificationAdvisors(actor: Actor, programId: string): Promise<CertificationAdvisor[]> {
    await this.programAccess.assertCanManage(actor, programId);
    const rows = await this.advisors.find({ where: { programId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toAdvisor);
  }
}
