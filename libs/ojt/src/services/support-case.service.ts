import { Injectable } from '@nestjs/common';
import { Actor, certificationEvaluation, Errors, InTransaction, OutboxService, TransactionContext } from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { IdentityService, OrganizationNotFoundError } from '@banso/identity';
import { NotAProgramMemberError, ProgramAccessService, ProgramRole } from '@banso/programs';
import { StoredManagementIssue, StoredTalentRequirement, SupportCaseEntity } from '../entities/support-case.entity';
import {
  CaseRevisionKind,
  SupportCaseHandOffEntity,
  SupportCaseMilestoneEntity,
  SupportCaseRevisionEntity,
  SupportCaseStepMoveEntity,
} from '../entities/case-history.entity';
import { CaseHandOff, CaseMilestone, CaseStepMove, SupportCase } from '../models/support-case.model';
import {
  HandOffSupportCaseInput,
  MoveSupportCaseToStepInput,
  OpenSupportCaseInput,
  RecordCaseMilestoneInput,
  SetManagementIssuesInput,
  SetTalentRequirementInput,
} from '../dto/case.input';
import {
  AlreadyAtStepError,
  HandOffToSameOrganizationError,
  LeadTraineeOrganizationMismatchError,
  MilestoneAlreadyRecordedError,
  MilestonePrerequisiteError,
  SupportCaseNotOpenError,
  TalentRequirementMissingError,
} from '../ojt.errors';
import { CaseMilestoneKind, SupportCaseStatus, SupportStep } from '../ojt.enums';
import { toHandOff, toMilestone, toStepMove, toSupportCase } from '../ojt.mapper';
import { OjtAccessService } from './ojt-access.service';

const CASE_FIELDS: (keyof SupportCaseEntity)[] = [
  'programId',
  'clientCompanyId',
  'leadTraineeId',
  'currentStep',
  'status',
  'managementIssues',
  'talentRequirement',
];

/** Milestone rules: what must be recorded before. */
const MILESTONE_REQUIRES: Partial<Record<CaseMilestoneKind, CaseMilestoneKind>> = {
  [CaseMilestoneKind.MATCHED]: CaseMilestoneKind.JOB_OPENING_CREATED,
};

/** Milestones that end the case. */
const CLOSING_MILESTONES: Partial<Record<CaseMilestoneKind, SupportCaseStatus>> = {
  [CaseMilestoneKind.CLOSED]: SupportCaseStatus.CLOSED,
  [CaseMilestoneKind.DROPPED]: SupportCaseStatus.DROPPED,
};

/** Support cases (案件): opening, STEP1 inventory, talent requirement, STEP moves, milestones and hand-offs. */
@Injectable()
export class SupportCaseService {
  constructor(
    private readonly transaction: TransactionContext,
    private readonly audit: AuditService,
    private readonly access: OjtAccessService,
    private readonly programAccess: ProgramAccessService,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Opens a case for a client company the caller can see. The lead trainee opens it for themself, or a program
   * owner opens it for them; the lead must be a TRAINEE of the program from the company's organisation.
   */
  @InTransaction()
  async openSupportCase(
    actor: Actor,
    input: OpenSupportCaseInput,
  ): Promise<SupportCase | NotAProgramMemberError | LeadTraineeOrganizationMismatchError> {
    const program = await this.programAccess.assertCanRead(actor, input.programId);
    const company = await this.access.readableCompany(actor, input.clientCompanyId);
    if (!program.canManage && input.leadTraineeId !== actor.userId) throw Errors.forbidden();
    if (!(await this.programAccess.hasActiveRole(input.leadTraineeId, input.programId, ProgramRole.TRAINEE))) {
      return new NotAProgramMemberError(actor.locale, 'input.leadTraineeId', ProgramRole.TRAINEE);
    }
    const [lead] = await this.identity.usersByIds([input.leadTraineeId]);
    if (!lead || lead.organizationId !== company.organizationId) {
      return new LeadTraineeOrganizationMismatchError(actor.locale);
    }
    return this.audit.insertAudited(
      actor,
      SupportCaseEntity,
      {
        programId: input.programId,
        clientCompanyId: company.id,
        leadTraineeId: input.leadTraineeId,
        currentStep: SupportStep.STEP0,
        status: SupportCaseStatus.OPEN,
        managementIssues: [],
        talentRequirement: null,
      },
      { action: 'ojt.supportCase.open', entityType: 'SupportCase', fields: CASE_FIELDS },
      toSupportCase,
    );
  }

  async setManagementIssues(
    actor: Actor,
    input: SetManagementIssuesInput,
  ): Promise<SupportCase | SupportCaseNotOpenError> {
    const issues: StoredManagementIssue[] = input.issues
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => a.issue.priority - b.issue.priority || a.index - b.index)
      .map(({ issue }) => ({
        title: issue.title.trim(),
        detail: issue.detail?.trim() || null,
        priority: issue.priority,
      }));
    return this.updateCase(actor, input.supportCaseId, 'ojt.supportCase.setManagementIssues', async (before) => {
      await this.addRevision(actor, before.id, CaseRevisionKind.MANAGEMENT_ISSUES, issues);
      return { managementIssues: issues };
    });
  }

  async setTalentRequirement(
    actor: Actor,
    input: SetTalentRequirementInput,
  ): Promise<SupportCase | SupportCaseNotOpenError> {
    const requirement: StoredTalentRequirement = {
      candidateProfile: input.candidateProfile.trim(),
      expectations: input.expectations.trim(),
      roleAndDuties: input.roleAndDuties.trim(),
      mustHave: input.mustHave.map((item) => item.trim()),
      niceToHave: input.niceToHave.map((item) => item.trim()),
      engagementType: input.engagementType,
    };
    return this.updateCase(actor, input.supportCaseId, 'ojt.supportCase.setTalentRequirement', async (before) => {
      await this.addRevision(actor, before.id, CaseRevisionKind.TALENT_REQUIREMENT, requirement);
      await this.outbox.enqueue(...certificationEvaluation(before.programId, before.leadTraineeId));
      return { talentRequirement: requirement };
    });
  }

  /** Forward or back (行きつ戻りつ); every move is kept. */
  async moveSupportCaseToStep(
    actor: Actor,
    input: MoveSupportCaseToStepInput,
  ): Promise<CaseStepMove | SupportCaseNotOpenError | AlreadyAtStepError> {
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockWritableCase(actor, input.supportCaseId);
      if (!(before instanceof SupportCaseEntity)) return before;
      if (before.currentStep === input.step) return new AlreadyAtStepError(actor.locale, input.step);
      await manager.update(SupportCaseEntity, { id: before.id }, { currentStep: input.step });
      const move = manager.create(SupportCaseStepMoveEntity, {
        supportCaseId: before.id,
        fromStep: before.currentStep,
        toStep: input.step,
        reason: input.reason.trim(),
        movedById: actor.userId,
      });
      await manager.insert(SupportCaseStepMoveEntity, move);
      await this.audit.record(actor, {
        action: 'ojt.supportCase.moveToStep',
        entityType: 'SupportCase',
        entityId: before.id,
        changes: changedFields(before, { ...before, currentStep: input.step }, ['currentStep']),
      });
      await this.outbox.enqueue(...certificationEvaluation(before.programId, before.leadTraineeId));
      return toStepMove(await manager.findOneByOrFail(SupportCaseStepMoveEntity, { id: move.id }));
    });
  }

  /**
   * Records a KPI milestone once. MATCHED needs JOB_OPENING_CREATED; a job opening needs a talent requirement.
   * CLOSED and DROPPED end the case.
   */
  async recordCaseMilestone(
    actor: Actor,
    input: RecordCaseMilestoneInput,
  ): Promise<
    | CaseMilestone
    | SupportCaseNotOpenError
    | MilestoneAlreadyRecordedError
    | MilestonePrerequisiteError
    | TalentRequirementMissingError
  > {
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockWritableCase(actor, input.supportCaseId);
      if (!(before instanceof SupportCaseEntity)) return before;
      const recorded = await manager.findBy(SupportCaseMilestoneEntity, { supportCaseId: before.id });
      const has = (kind: CaseMilestoneKind) => recorded.some((row) => row.milestone === kind);
      if (has(input.milestone)) return new MilestoneAlreadyRecordedError(actor.locale, input.milestone);
      const requires = MILESTONE_REQUIRES[input.milestone];
      if (requires && !has(requires)) return new MilestonePrerequisiteError(actor.locale, input.milestone, requires);
      if (input.milestone === CaseMilestoneKind.JOB_OPENING_CREATED && !before.talentRequirement) {
        return new TalentRequirementMissingError(actor.locale);
      }
      const milestone = manager.create(SupportCaseMilestoneEntity, {
        supportCaseId: before.id,
        milestone: input.milestone,
        occurredAt: input.occurredAt,
        note: input.note?.trim() || null,
        recordedById: actor.userId,
      });
      await manager.insert(SupportCaseMilestoneEntity, milestone);
      const status = CLOSING_MILESTONES[input.milestone];
      if (status) await manager.update(SupportCaseEntity, { id: before.id }, { status });
      await this.audit.record(actor, {
        action: 'ojt.supportCase.recordMilestone',
        entityType: 'SupportCase',
        entityId: before.id,
        changes: [
          { field: 'milestone', from: null, to: input.milestone },
          ...changedFields(before, { ...before, status: status ?? before.status }, ['status']),
        ],
      });
      await this.outbox.enqueue(...certificationEvaluation(before.programId, before.leadTraineeId));
      return toMilestone(await manager.findOneByOrFail(SupportCaseMilestoneEntity, { id: milestone.id }));
    });
  }

  /** Hand-off (トスアップ): records who passed the case to whom at which STEP; the receiver gains read access. */
  async handOffSupportCase(
    actor: Actor,
    input: HandOffSupportCaseInput,
  ): Promise<CaseHandOff | SupportCaseNotOpenError | OrganizationNotFoundError | HandOffToSameOrganizationError> {
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockWritableCase(actor, input.supportCaseId);
      if (!(await this.identity.organizationExists(input.toOrganizationId))) {
        return new OrganizationNotFoundError(actor.locale);
      }
      if (!(before instanceof SupportCaseEntity)) return before;
      const [lead] = await this.identity.usersByIds([before.leadTraineeId]);
      const fromOrganizationId = lead?.organizationId ?? actor.organizationId;
      if (fromOrganizationId === input.toOrganizationId) return new HandOffToSameOrganizationError(actor.locale);
      const handOff = manager.create(SupportCaseHandOffEntity, {
        supportCaseId: before.id,
        fromOrganizationId,
        toOrganizationId: input.toOrganizationId,
        step: input.step,
        summary: input.summary.trim(),
        collectedInformation: {
          managementIssues: before.managementIssues,
          talentRequirement: before.talentRequirement,
        },
        handedOffById: actor.userId,
      });
      await manager.insert(SupportCaseHandOffEntity, handOff);
      const created = await manager.findOneByOrFail(SupportCaseHandOffEntity, { id: handOff.id });
      await this.audit.record(actor, {
        action: 'ojt.supportCase.handOff',
        entityType: 'SupportCase',
        entityId: before.id,
        changes: changedFields(null, created, ['fromOrganizationId', 'toOrganizationId', 'step', 'summary']),
      });
      return toHandOff(created);
    });
  }

  async supportCase(actor: Actor, id: string): Promise<SupportCase> {
    return toSupportCase(await this.access.readableCase(actor, id));
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private updateCase(
    actor: Actor,
    caseId: string,
    action: string,
    change: (before: SupportCaseEntity) => Promise<Partial<SupportCaseEntity>>,
  ): Promise<SupportCase | SupportCaseNotOpenError> {
    return this.transaction.run(async (manager) => {
      const before = await this.access.lockWritableCase(actor, caseId);
      if (!(before instanceof SupportCaseEntity)) return before;
      const values = await change(before);
      await manager.update(SupportCaseEntity, { id: caseId }, values);
      const after = await manager.findOneByOrFail(SupportCaseEntity, { id: caseId });
      await this.audit.record(actor, {
        action,
        entityType: 'SupportCase',
        entityId: caseId,
        changes: changedFields(before, after, CASE_FIELDS),
      });
      return toSupportCase(after);
    });
  }

  private async addRevision(
    actor: Actor,
    caseId: string,
    kind: CaseRevisionKind,
    content: StoredManagementIssue[] | StoredTalentRequirement,
  ): Promise<void> {
    const manager = this.transaction.manager;
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(MAX(revision), 0) + 1 AS next FROM support_case_revision WHERE "supportCaseId" = $1 AND kind = $2`,
      [caseId, kind],
    );
    await manager.insert(SupportCaseRevisionEntity, {
      supportCaseId: caseId,
      kind,
      revision: next,
      content,
      authorId: actor.userId,
    });
  }
}
