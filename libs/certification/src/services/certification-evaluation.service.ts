import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors, InTransaction, isErrorResult, JobName, Locale, OutboxService } from '@banso/core';
import { AuditService } from '@banso/audit';
import { IdentityService } from '@banso/identity';
import {
  MemberStatus,
  ProgramAccessService,
  ProgramClosedError,
  ProgramMembersService,
  ProgramRole,
  ProgramStatus,
} from '@banso/programs';
import { NotificationKind, NotificationService } from '@banso/notification';
import { CertificateKind } from '../certification.enums';
import { CertificationEvaluationRunEntity } from '../entities/certificate.entity';
import { CertificationEvaluationRun } from '../models/certification.model';
import { EvaluateProgramCertificationsInput } from '../dto/certification.input';
import { EVALUATION_RUN_NOUN } from '../certification.errors';
import { toRun } from '../certification.mapper';
import { CertificationProgressService } from './certification-progress.service';
import { candidateSubjectId, CertificateService } from './certificate.service';

/** Trainees evaluated per job of a cohort run: each batch commits, so done/total moves while the run goes on. */
export const EVALUATION_BATCH_SIZE = 20;

const KIND_TEXT: Record<CertificateKind, { ja: string; en: string }> = {
  [CertificateKind.SUPPORTER]: { ja: '担い手認定', en: 'SUPPORTER certification' },
  [CertificateKind.MENTOR]: { ja: 'メンター認定', en: 'MENTOR certification' },
};

/**
 * Evaluation: the debounced per-trainee job (evidence changed) and the cohort re-evaluation. When every criterion of
 * a rule is met and the person holds no ACTIVE certificate of that kind in the program, the owners are notified
 * (once per rule and person) and, with the rule's autoIssue on, the certificate is issued.
 */
@Injectable()
export class CertificationEvaluationService {
  constructor(
    @InjectRepository(CertificationEvaluationRunEntity)
    private readonly runs: Repository<CertificationEvaluationRunEntity>,
    private readonly programAccess: ProgramAccessService,
    private readonly programMembers: ProgramMembersService,
    private readonly progress: CertificationProgressService,
    private readonly certificates: CertificateService,
    private readonly notifications: NotificationService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Job handler: returns how many rules the person newly meets (notified or issued). Idempotent. */
  async evaluateTrainee(programId: string, traineeId: string): Promise<number> {
    if (!(await this.programAccess.hasBeenMember(traineeId, programId, ProgramRole.TRAINEE))) return 0;
    const { progress, rules } = await this.progress.progressOf(programId, traineeId, Locale.JA);
    const met = progress.rules.filter((rule) => rule.met && !rule.activeCertificateId);
    if (!met.length) return 0;
    const [members] = await this.programMembers.membersByProgramIds([programId]);
    const owners = members.filter((m) => m.role === ProgramRole.OWNER && m.status === MemberStatus.ACTIVE);
    const [trainee] = await this.identity.usersByIds([traineeId]);
    for (const ruleProgress of met) {
      const rule = rules.find((candidate) => candidate.id === ruleProgress.ruleId)!;
      for (const owner of owners) {
        await this.notifications.notify({
          recipientId: owner.userId,
          kind: NotificationKind.CERTIFICATION_CRITERIA_MET,
          subjectType: 'CertificationCandidate',
          subjectId: candidateSubjectId(rule.id, traineeId),
          text: {
            ja: `${trainee?.displayName ?? ''}さんが${KIND_TEXT[rule.kind].ja}の基準をすべて満たしました${rule.autoIssue ? '（自動発行）' : ''}`,
            en: `${trainee?.displayName ?? ''} meets every ${KIND_TEXT[rule.kind].en} criterion${rule.autoIssue ? ' (issued automatically)' : ''}`,
          },
        });
      }
      if (rule.autoIssue) {
        const issued = await this.certificates.issue(programId, traineeId, rule.kind, null, Locale.JA);
        if (isErrorResult(issued) && issued.code !== 'ALREADY_CERTIFIED') {
          throw new Error(`auto-issue of ${rule.kind} for ${traineeId} failed: ${issued.code}`);
        }
      }
    }
    return met.length;
  }

  /** Owners: re-evaluates every active trainee of the program in the worker; progress in certificationEvaluationRun. */
  @InTransaction()
  async evaluateProgramCertifications(
    actor: Actor,
    input: EvaluateProgramCertificationsInput,
  ): Promise<CertificationEvaluationRun | ProgramClosedError> {
    const program = await this.programAccess.lockManagedProgram(actor, input.programId);
    if (program.status === ProgramStatus.CLOSED) return new ProgramClosedError(actor.locale);
    const [members] = await this.programMembers.membersByProgramIds([program.id]);
    const traineeIds = members
      .filter((m) => m.role === ProgramRole.TRAINEE && m.status === MemberStatus.ACTIVE)
      .map((m) => m.userId);
    const run = await this.runs.save(
      this.runs.create({
        programId: program.id,
        traineeIds,
        total: traineeIds.length,
        done: 0,
        criteriaMetCount: 0,
        requestedById: actor.userId,
        finishedAt: traineeIds.length ? null : new Date(),
      }),
    );
    await this.audit.record(actor, {
      action: 'certification.evaluateProgram',
      entityType: 'CertificationEvaluationRun',
      entityId: run.id,
      changes: [{ field: 'total', from: null, to: run.total }],
    });
    if (traineeIds.length) {
      await this.outbox.enqueue(
        JobName.CERTIFICATION_EVALUATE_PROGRAM,
        { runId: run.id },
        { deduplicationKey: `${run.id}:0` },
      );
    }
    return toRun(run);
  }

  /** Job handler: the next batch of a run; enqueues the following batch until every trainee is done. */
  async runBatch(runId: string): Promise<void> {
    const run = await this.runs.findOne({ where: { id: runId }, lock: { mode: 'pessimistic_write' } });
    if (!run || run.finishedAt) return;
    const batch = run.traineeIds.slice(run.done, run.done + EVALUATION_BATCH_SIZE);
    let met = 0;
    for (const traineeId of batch) met += await this.evaluateTrainee(run.programId, traineeId);
    const done = run.done + batch.length;
    const finished = done >= run.total;
    await this.runs.update(
      { id: run.id },
      { done, criteriaMetCount: run.criteriaMetCount + met, finishedAt: finished ? new Date() : null },
    );
    if (!finished) {
      await this.outbox.enqueue(
        JobName.CERTIFICATION_EVALUATE_PROGRAM,
        { runId: run.id },
        { deduplicationKey: `${run.id}:${done}` },
      );
    }
  }

  async certificationEvaluationRun(actor: Actor, id: string): Promise<CertificationEvaluationRun> {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw Errors.notFound(EVALUATION_RUN_NOUN);
    await this.programAccess.assertCanManage(actor, run.programId, EVALUATION_RUN_NOUN);
    return toRun(run);
  }
}
