import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import dayjs from 'dayjs';
import {
  Actor,
  ConnectionShape,
  Errors,
  InTransaction,
  JobName,
  keysetBy,
  Locale,
  OutboxService,
  paginate,
  TransactionContext,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { IdentityService } from '@banso/identity';
import {
  MentorshipsService,
  MemberStatus,
  NotAProgramMemberError,
  ProgramAccessService,
  ProgramMembersService,
  ProgramRole,
  ProgramsService,
} from '@banso/programs';
import { NotificationKind, NotificationService } from '@banso/notification';
import { CertificateKind, CertificateStatus } from '../certification.enums';
import { CertificateEntity } from '../entities/certificate.entity';
import { Certificate, CertificateVerification } from '../models/certification.model';
import { CertificatesArgs, IssueCertificateInput, RevokeCertificateInput } from '../dto/certification.input';
import {
  AlreadyCertifiedError,
  CERTIFICATE_NOUN,
  CertificateNotActiveError,
  CriteriaNotMetError,
} from '../certification.errors';
import { toCertificate } from '../certification.mapper';
import { CertificationProgressService } from './certification-progress.service';
import { newVerificationCode, normaliseVerificationCode } from './verification-code';
import { VerifyThrottleService } from './verify-throttle.service';
import { CertificateCredentialService } from './certificate-credential.service';

const CERTIFICATE_FIELDS: (keyof CertificateEntity)[] = [
  'programId',
  'userId',
  'kind',
  'status',
  'issuedAt',
  'expiresAt',
  'mentorIds',
];

const KIND_TEXT: Record<CertificateKind, { ja: string; en: string }> = {
  [CertificateKind.SUPPORTER]: { ja: '担い手認定', en: 'SUPPORTER certificate' },
  [CertificateKind.MENTOR]: { ja: 'メンター認定', en: 'MENTOR certificate' },
};

/** Holders hear this long before their certificate expires. */
export const EXPIRY_NOTICE_DAYS = 30;

/** A stable uuid for a (rule, person) pair: the subject of the "criteria met" notification, sent once per owner. */
export function candidateSubjectId(ruleId: string, userId: string): string {
  const hex = createHash('sha256').update(`${ruleId}:${userId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Certificates (認定証): issuing against the rule (refused with the missing criteria), revoking, the daily expiry,
 * the holder's and the program's lists, and the public verification by code. When a MENTOR certificate ends
 * (revoked, expired) the holder's open pairings end where nothing else lets them mentor (the cascade).
 */
@Injectable()
export class CertificateService {
  constructor(
    @InjectRepository(CertificateEntity) private readonly rows: Repository<CertificateEntity>,
    private readonly transaction: TransactionContext,
    private readonly programAccess: ProgramAccessService,
    private readonly programMembers: ProgramMembersService,
    private readonly programs: ProgramsService,
    private readonly mentorships: MentorshipsService,
    private readonly progress: CertificationProgressService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly throttle: VerifyThrottleService,
    private readonly credentials: CertificateCredentialService,
  ) {}

  // ---- issuing ------------------------------------------------------------------------------------------------

  @InTransaction()
  async issueCertificate(
    actor: Actor,
    input: IssueCertificateInput,
  ): Promise<Certificate | CriteriaNotMetError | AlreadyCertifiedError | NotAProgramMemberError> {
    const program = await this.programAccess.lockManagedProgram(actor, input.programId);
    if (!(await this.programAccess.hasBeenMember(input.userId, program.id, ProgramRole.TRAINEE))) {
      return new NotAProgramMemberError(actor.locale, 'input.userId', ProgramRole.TRAINEE);
    }
    return this.issue(program.id, input.userId, input.kind, actor, actor.locale);
  }

  /**
   * Issues when every criterion is met (the caller holds the program row locked, or the evaluation job relies on
   * the partial unique index): stores the evidence snapshot, the expiry from the rule, a verification code and the
   * holder's mentors in the program; notifies the holder. `actor` null = issued automatically (autoIssue).
   */
  async issue(
    programId: string,
    userId: string,
    kind: CertificateKind,
    actor: Actor | null,
    locale: Locale,
  ): Promise<Certificate | CriteriaNotMetError | AlreadyCertifiedError> {
    const { progress, rules } = await this.progress.progressOf(programId, userId, locale);
    const ruleProgress = progress.rules.find((rule) => rule.kind === kind);
    const rule = rules.find((candidate) => candidate.kind === kind);
    if (!ruleProgress || !rule) throw Errors.notFound({ ja: '認定基準', en: 'certification rule' });
    if (ruleProgress.activeCertificateId) return new AlreadyCertifiedError(locale, ruleProgress.activeCertificateId);
    if (!ruleProgress.met) return new CriteriaNotMetError(locale, kind, ruleProgress.missing);
    const [pairings] = await this.mentorships.mentorshipsByProgramIds([programId]);
    const mentorIds = [...new Set(pairings.filter((p) => p.traineeId === userId).map((p) => p.mentorId))];
    const issuedAt = new Date();
    const [row] = await this.rows.query<CertificateEntity[]>(
      `INSERT INTO certificate ("programId", "userId", kind, status, "verificationCode", "issuedAt", "expiresAt",
                                "issuedById", evidence, "mentorIds")
       VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7, $8, $9)
       ON CONFLICT ("programId", "userId", kind) WHERE status = 'ACTIVE' DO NOTHING
       RETURNING *`,
      [
        programId,
        userId,
        kind,
        newVerificationCode(),
        issuedAt,
        dayjs(issuedAt).add(rule.validityMonths, 'month').toDate(),
        actor?.userId ?? null,
        JSON.stringify(progress.rules),
        mentorIds,
      ],
    );
    if (!row) {
      const existing = await this.rows.findOneByOrFail({ programId, userId, kind, status: CertificateStatus.ACTIVE });
      return new AlreadyCertifiedError(locale, existing.id);
    }
    const credentialJwt = await this.credentials.sign(row);
    await this.audit.record(actor, {
      action: actor ? 'certification.issue' : 'certification.autoIssue',
      entityType: 'Certificate',
      entityId: row.id,
      changes: changedFields(null, row, CERTIFICATE_FIELDS),
    });
    await this.notifications.notify({
      recipientId: userId,
      kind: NotificationKind.CERTIFICATE_ISSUED,
      subjectType: 'Certificate',
      subjectId: row.id,
      text: {
        ja: `${KIND_TEXT[kind].ja}が発行されました（確認コード ${row.verificationCode}）`,
        en: `Your ${KIND_TEXT[kind].en} was issued (verification code ${row.verificationCode})`,
      },
    });
    return toCertificate({ ...row, credentialJwt });
  }

  // ---- revoking and expiring ----------------------------------------------------------------------------------

  @InTransaction()
  async revokeCertificate(
    actor: Actor,
    input: RevokeCertificateInput,
  ): Promise<Certificate | CertificateNotActiveError> {
    const before = await this.rows.findOne({
      where: { id: input.certificateId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!before) throw Errors.notFound(CERTIFICATE_NOUN);
    await this.programAccess.lockManagedProgram(actor, before.programId, CERTIFICATE_NOUN);
    if (before.status !== CertificateStatus.ACTIVE) return new CertificateNotActiveError(actor.locale, before.status);
    const after: CertificateEntity = {
      ...before,
      status: CertificateStatus.REVOKED,
      revokedAt: new Date(),
      revokedById: actor.userId,
      revokeReason: input.reason.trim(),
    };
    await this.rows.update(
      { id: before.id },
      {
        status: after.status,
        revokedAt: after.revokedAt,
        revokedById: after.revokedById,
        revokeReason: after.revokeReason,
      },
    );
    await this.credentials.revoke(before);
    await this.audit.record(actor, {
      action: 'certification.revoke',
      entityType: 'Certificate',
      entityId: before.id,
      changes: changedFields(before, after, ['status', 'revokedAt', 'revokeReason']),
    });
    await this.notifications.notify({
      recipientId: before.userId,
      kind: NotificationKind.CERTIFICATE_REVOKED,
      subjectType: 'Certificate',
      subjectId: before.id,
      text: {
        ja: `${KIND_TEXT[before.kind].ja}が取り消されました（理由: ${after.revokeReason}）`,
        en: `Your ${KIND_TEXT[before.kind].en} was revoked (reason: ${after.revokeReason})`,
      },
    });
    if (before.kind === CertificateKind.MENTOR) await this.endMentorshipsOf(before.userId);
    return toCertificate(after);
  }

  /**
   * The daily job: certificates past their expiry become EXPIRED once (a second run finds none), holders hear 30
   * days before (once: notifications are unique per kind, certificate and person), and tomorrow's run is scheduled.
   */
  async expireCertificates(now = new Date()): Promise<{ expired: number; noticed: number }> {
    const expired = await this.rows.query<CertificateEntity[]>(
      `UPDATE certificate SET status = 'EXPIRED', "expiredAt" = $1
       WHERE status = 'ACTIVE' AND "expiresAt" <= $1 RETURNING *`,
      [now],
    );
    const rows = (Array.isArray(expired[0]) ? expired[0] : expired) as CertificateEntity[];
    for (const row of rows) {
      await this.audit.record(null, {
        action: 'certification.expire',
        entityType: 'Certificate',
        entityId: row.id,
        changes: [{ field: 'status', from: CertificateStatus.ACTIVE, to: CertificateStatus.EXPIRED }],
      });
      await this.notifications.notify({
        recipientId: row.userId,
        kind: NotificationKind.CERTIFICATE_EXPIRED,
        subjectType: 'Certificate',
        subjectId: row.id,
        text: {
          ja: `${KIND_TEXT[row.kind].ja}の有効期限が切れました`,
          en: `Your ${KIND_TEXT[row.kind].en} has expired`,
        },
      });
      if (row.kind === CertificateKind.MENTOR) await this.endMentorshipsOf(row.userId);
    }
    const expiring = await this.rows.query<Pick<CertificateEntity, 'id' | 'userId' | 'kind' | 'expiresAt'>[]>(
      `SELECT id, "userId", kind, "expiresAt" FROM certificate
       WHERE status = 'ACTIVE' AND "expiresAt" <= $1::timestamptz + make_interval(days => $2)`,
      [now, EXPIRY_NOTICE_DAYS],
    );
    let noticed = 0;
    for (const row of expiring) {
      const day = dayjs(row.expiresAt).format('YYYY-MM-DD');
      const sent = await this.notifications.notify({
        recipientId: row.userId,
        kind: NotificationKind.CERTIFICATE_EXPIRING,
        subjectType: 'Certificate',
        subjectId: row.id,
        text: {
          ja: `${KIND_TEXT[row.kind].ja}の有効期限（${day}）まで30日を切りました`,
          en: `Your ${KIND_TEXT[row.kind].en} expires on ${day} (less than 30 days)`,
        },
      });
      if (sent) noticed += 1;
    }
    return { expired: rows.length, noticed };
  }

  /** Schedules the expiry run of the day after `day` (YYYY-MM-DD), at 00:10 Japan time; idempotent per day. */
  async scheduleExpiry(day: string): Promise<void> {
    const next = new Date(Date.parse(`${day}T00:10:00+09:00`) + 24 * 3600 * 1000);
    const nextDay = new Date(next.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
    await this.outbox.enqueue(
      JobName.CERTIFICATION_EXPIRE,
      { day: nextDay },
      { runAt: next, deduplicationKey: `expire:${nextDay}` },
    );
  }

  /** The cascade: ends the pairings the holder may no longer keep and tells each program's owners. */
  private async endMentorshipsOf(mentorId: string): Promise<void> {
    const ended = await this.mentorships.endIneligibleMentorships(mentorId);
    if (!ended.length) return;
    const programIds = [...new Set(ended.map((m) => m.programId))];
    const members = await this.programMembers.membersByProgramIds(programIds);
    const users = await this.identity.usersByIds([mentorId, ...ended.map((m) => m.traineeId)]);
    const nameOf = (id: string) => users.find((u) => u?.id === id)?.displayName ?? '';
    for (const pairing of ended) {
      const owners = members[programIds.indexOf(pairing.programId)].filter(
        (m) => m.role === ProgramRole.OWNER && m.status === MemberStatus.ACTIVE,
      );
      for (const owner of owners) {
        await this.notifications.notify({
          recipientId: owner.userId,
          kind: NotificationKind.MENTORSHIP_ENDED,
          subjectType: 'Mentorship',
          subjectId: pairing.id,
          text: {
            ja: `${nameOf(mentorId)}さんのメンター認定が失効したため、${nameOf(pairing.traineeId)}さんとのペアを終了しました`,
            en: `${nameOf(mentorId)}'s MENTOR certificate ended, so their pairing with ${nameOf(pairing.traineeId)} ended`,
          },
        });
      }
    }
  }

  // ---- reading ------------------------------------------------------------------------------------------------

  async myCertificates(actor: Actor): Promise<Certificate[]> {
    const rows = await this.rows.find({ where: { userId: actor.userId }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return rows.map(toCertificate);
  }

  /** Owners and admins: the program's certificates, newest first. */
  async programCertificates(actor: Actor, args: CertificatesArgs): Promise<ConnectionShape<Certificate>> {
    await this.programAccess.assertCanManage(actor, args.programId);
    const query = this.rows
      .createQueryBuilder('certificate')
      .where('certificate.programId = :programId', { programId: args.programId });
    if (args.status) query.andWhere('certificate.status = :status', { status: args.status });
    return paginate(query, args, keysetBy<CertificateEntity>('certificate', 'issuedAt', 'DESC'), toCertificate);
  }

  /**
   * Public (no login), rate-limited per client address: the holder's name, kind, issuing program and organisation,
   * dates and status — nothing else. An ACTIVE certificate past its expiry already answers EXPIRED.
   */
  async verifyCertificate(code: string, address: string): Promise<CertificateVerification> {
    const wait = await this.throttle.take(address);
    if (wait > 0) throw Errors.rateLimited(wait);
    const normalised = normaliseVerificationCode(code);
    const row = normalised ? await this.rows.findOneBy({ verificationCode: normalised }) : null;
    if (!row) throw Errors.notFound(CERTIFICATE_NOUN);
    const [holder] = await this.identity.usersByIds([row.userId]);
    const [program] = await this.programs.programsByIds([row.programId]);
    const [organization] = program ? await this.identity.organizationsByIds([program.operatorOrganizationId]) : [null];
    const status =
      row.status === CertificateStatus.ACTIVE && row.expiresAt.getTime() <= Date.now()
        ? CertificateStatus.EXPIRED
        : row.status;
    return Object.assign(new CertificateVerification(), {
      holderName: holder?.displayName ?? '',
      kind: row.kind,
      programName: program?.name ?? '',
      organizationName: organization?.name ?? '',
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
      status,
    });
  }
}
