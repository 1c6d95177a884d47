import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import {
  Actor,
  AppConfig,
  ConnectionArgs,
  ConnectionShape,
  Errors,
  InTransaction,
  isAdmin,
  JobName,
  keysetBy,
  OutboxService,
  paginate,
  TransactionContext,
} from '@banso/core';
import { AuditService } from '@banso/audit';
import { IdentityService } from '@banso/identity';
import { NotificationKind, NotificationService } from '@banso/notification';
import { ProgramAccessService, ProgramRole } from '@banso/programs';
import { ReportExportEntity } from '../entities/report-export.entity';
import { ReportExportSubscriptionEntity } from '../entities/report-export-subscription.entity';
import { ReportExportFormat, ReportExportStatus } from '../exports.enums';
import { KpiFilterInput } from '@banso/reporting';
import {
  RequestReportExportInput,
  SubscribeReportExportInput,
  UnsubscribeReportExportInput,
} from '../dto/report-export.input';
import { ReportExport, ReportExportSubscription, ReportExportUnsubscribed } from '../models/report-export.model';
import { REPORT_SOURCE, ReportFilter, ReportSource } from '../report-source';
import { CONTENT_TYPE, exportFileName, JST_OFFSET_MS, reportCsv, reportXlsx } from './report-files';
import { toReportExport, toSubscription } from '../exports.mapper';

export const EXPORT_NOUN = { ja: 'エクスポート', en: 'export' };
export const SUBSCRIPTION_NOUN = { ja: '定期エクスポート', en: 'export subscription' };

/** The month (YYYY-MM) of a moment, in Japan. */
export function periodInJapan(moment: Date): string {
  return new Date(moment.getTime() + JST_OFFSET_MS).toISOString().slice(0, 7);
}

/** Keeps the filter's given fields only (the stored filter is what the file says it was made with). */
function cleanFilter(filter: KpiFilterInput): ReportFilter {
  const clean: ReportFilter = { fiscalYear: filter.fiscalYear };
  if (filter.programIds?.length) clean.programIds = [...new Set(filter.programIds)];
  if (filter.prefecture) clean.prefecture = filter.prefecture.trim();
  if (filter.organizationKinds?.length) clean.organizationKinds = [...new Set(filter.organizationKinds)];
  if (filter.from) clean.from = filter.from;
  if (filter.to) clean.to = filter.to;
  return clean;
}

/** The file of a finished export, for the download route. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * Report exports (CSV / XLSX) and monthly subscriptions. Requesting one writes a row and the `export.build` job in
 * one transaction; the worker builds the file from the ReportSource (progress is written as it goes, outside the
 * job's transaction, so readers see it move), stores it and marks it DONE in the job's transaction. Only the
 * requester and admins see an export; everyone else gets NOT_FOUND.
 */
@Injectable()
export class ReportExportService {
  private readonly logger = new Logger(ReportExportService.name);

  constructor(
    @InjectRepository(ReportExportEntity) private readonly exports: Repository<ReportExportEntity>,
    @InjectRepository(ReportExportSubscriptionEntity)
    private readonly subscriptions: Repository<ReportExportSubscriptionEntity>,
    @Inject(REPORT_SOURCE) private readonly source: ReportSource,
    private readonly access: ProgramAccessService,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly transaction: TransactionContext,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Reports are for program owners and admins: every program named must be one the caller manages (NOT_FOUND for
   * programs they cannot see, FORBIDDEN for members who are not owners); without programs, a non-admin must own one.
   */
  private async assertMayReport(actor: Actor, filter: KpiFilterInput): Promise<void> {
    const first = `${filter.fiscalYear}-04-01`;
    const last = `${filter.fiscalYear + 1}-03-31`;
    for (const field of ['from', 'to'] as const) {
      const day = filter[field];
      if (day && (day < first || day > last)) {
        throw Errors.badInput(`input.filter.${field}`, {
          ja: `${filter.fiscalYear}年度（${first}〜${last}）内の日付にしてください`,
          en: `must be a day of fiscal year ${filter.fiscalYear} (${first} to ${last})`,
        });
      }
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      throw Errors.badInput('input.filter.to', {
        ja: '終了日は開始日以降にしてください',
        en: 'must not be before the start date',
      });
    }
    for (const programId of new Set(filter.programIds ?? [])) await this.access.assertCanManage(actor, programId);
    if (isAdmin(actor) || filter.programIds?.length) return;
    const memberships = await this.access.actorMemberships(actor);
    if (![...memberships.values()].some((roles) => roles.includes(ProgramRole.OWNER))) throw Errors.forbidden();
  }

  @InTransaction()
  async request(actor: Actor, input: RequestReportExportInput): Promise<ReportExport> {
    await this.assertMayReport(actor, input.filter);
    const entity = this.exports.create({
      requesterId: actor.userId,
      filter: cleanFilter(input.filter),
      format: input.format,
    });
    await this.exports.insert(entity);
    const created = await this.exports.findOneByOrFail({ id: entity.id });
    await this.audit.record(actor, {
      action: 'reportExport.request',
      entityType: 'ReportExport',
      entityId: created.id,
      changes: [
        { field: 'format', from: null, to: created.format },
        { field: 'filter', from: null, to: { ...created.filter } },
      ],
    });
    await this.outbox.enqueue(JobName.EXPORT_BUILD, { exportId: created.id }, { deduplicationKey: created.id });
    return toReportExport(created);
  }

  /** One export: the requester's own, or any for admins; NOT_FOUND otherwise. */
  async find(actor: Actor, id: string): Promise<ReportExport> {
    return toReportExport(await this.visible(actor, id));
  }

  private async visible(actor: Actor, id: string): Promise<ReportExportEntity> {
    const row = await this.exports.findOneBy({ id });
    if (!row || (row.requesterId !== actor.userId && !isAdmin(actor))) throw Errors.notFound(EXPORT_NOUN);
    return row;
  }

  /** The caller's exports, newest first (their own only, admins too). */
  list(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<ReportExport>> {
    const query = this.exports
      .createQueryBuilder('export')
      .where('export.requesterId = :userId', { userId: actor.userId });
    return paginate(query, args, keysetBy<ReportExportEntity>('export', 'requestedAt', 'DESC'), toReportExport);
  }

  /** The file of a DONE export the caller may see; NOT_FOUND for anything else (not theirs, not ready, expired). */
  async download(actor: Actor, id: string): Promise<ExportFile> {
    const row = await this.visible(actor, id);
    if (row.status !== ReportExportStatus.DONE) throw Errors.notFound(EXPORT_NOUN);
    const withContent = await this.exports.findOne({
      select: { id: true, content: true, fileName: true, format: true },
      where: { id, status: ReportExportStatus.DONE },
    });
    if (!withContent?.content || !withContent.fileName) throw Errors.notFound(EXPORT_NOUN);
    return {
      fileName: withContent.fileName,
      contentType: CONTENT_TYPE[withContent.format],
      content: withContent.content,
    };
  }

  // ---- worker ---------------------------------------------------------------------------------------------------

  /** Progress is written on its own connection (committed at once), so `reportExport` shows it while the job runs. */
  private async progress(id: string, progress: number, started = false): Promise<void> {
    await this.dataSource.query(
      `UPDATE report_export SET status = $2, progress = $3, "startedAt" = CASE WHEN $4 THEN now() ELSE "startedAt" END
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id, ReportExportStatus.RUNNING, progress, started],
    );
  }

  /**
   * Builds the file (the `export.build` job). Idempotent: an export already finished is left alone, and two runs of
   * one export are serialised by an advisory lock. The last failed attempt marks it FAILED.
   */
  async build(exportId: string, lastAttempt: boolean): Promise<void> {
    const manager = this.transaction.manager;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`report_export:${exportId}`]);
    const row = await this.exports.findOneBy({ id: exportId });
    if (!row || (row.status !== ReportExportStatus.QUEUED && row.status !== ReportExportStatus.RUNNING)) return;
    try {
      await this.progress(exportId, 10, true);
      const [requester] = await this.identity.usersByIds([row.requesterId]);
      if (!requester) throw new Error('the requester no longer exists');
      const actor: Actor = {
        userId: requester.id,
        organizationId: requester.organizationId,
        systemRole: requester.systemRole,
        locale: requester.locale,
        requestId: `export:${exportId}`,
      };
      const report = await this.source.buildReport(actor, row.filter);
      await this.progress(exportId, 60);
      const content =
        row.format === ReportExportFormat.CSV ? reportCsv(report, row.filter) : await reportXlsx(report, row.filter);
      await this.progress(exportId, 90);
      const fileName = exportFileName(report, row.filter, row.format);
      const finishedAt = new Date();
      await manager.update(
        ReportExportEntity,
        { id: exportId },
        {
          status: ReportExportStatus.DONE,
          progress: 100,
          fileName,
          size: content.length,
          content,
          error: null,
          finishedAt,
          expiresAt: new Date(finishedAt.getTime() + this.config.exports.retentionDays * 86400 * 1000),
        },
      );
      if (row.subscriptionId) {
        await this.notifications.notify({
          recipientId: row.requesterId,
          kind: NotificationKind.REPORT_EXPORT_READY,
          subjectType: 'ReportExport',
          subjectId: exportId,
          text: {
            ja: `定期エクスポート「${fileName}」ができました（${this.config.exports.retentionDays}日間ダウンロードできます）`,
            en: `Your monthly export ${fileName} is ready (downloadable for ${this.config.exports.retentionDays} days)`,
          },
        });
      }
    } catch (error) {
      this.logger.warn({ msg: 'export build failed', exportId, lastAttempt, error: (error as Error).message });
      if (lastAttempt) {
        await this.dataSource.query(
          `UPDATE report_export SET status = $2, error = $3, "finishedAt" = now() WHERE id = $1`,
          [exportId, ReportExportStatus.FAILED, 'The report could not be built / レポートを作成できませんでした'],
        );
      }
      throw error;
    }
  }

  /** Removes the files of exports past expiresAt (the daily `export.cleanup` job); returns how many. Idempotent. */
  async removeExpired(): Promise<number> {
    const [rows] = await this.transaction.manager.query<[{ id: string }[], number]>(
      `UPDATE report_export SET status = $1, content = NULL
        WHERE status = $2 AND "expiresAt" <= now() RETURNING id`,
      [ReportExportStatus.EXPIRED, ReportExportStatus.DONE],
    );
    await this.audit.recordMany(
      null,
      rows.map((row) => ({
        action: 'reportExport.expire',
        entityType: 'ReportExport',
        entityId: row.id,
        changes: [{ field: 'status', from: ReportExportStatus.DONE, to: ReportExportStatus.EXPIRED }],
      })),
    );
    return rows.length;
  }

  /**
   * The daily `export.subscriptions` job: every active subscription not yet produced for the month of `day` gets
   * its export (one per subscription and month, by a unique index) and the build job. Idempotent.
   */
  async produceDueSubscriptions(day: string): Promise<number> {
    const period = day.slice(0, 7);
    const manager = this.transaction.manager;
    const created = await manager.query<{ id: string }[]>(
      `WITH due AS (
         UPDATE report_export_subscription SET "lastPeriod" = $1
          WHERE "cancelledAt" IS NULL AND "lastPeriod" < $1
          RETURNING id, "subscriberId", filter, format)
       INSERT INTO report_export ("requesterId", filter, format, "subscriptionId", period)
       SELECT "subscriberId", filter, format::text::report_export_format_enum, id, $1 FROM due
       ON CONFLICT ("subscriptionId", period) WHERE "subscriptionId" IS NOT NULL DO NOTHING
       RETURNING id`,
      [period],
    );
    await this.audit.recordMany(
      null,
      created.map((row) => ({
        action: 'reportExport.request',
        entityType: 'ReportExport',
        entityId: row.id,
        changes: [{ field: 'period', from: null, to: period }],
      })),
    );
    for (const row of created) {
      await this.outbox.enqueue(JobName.EXPORT_BUILD, { exportId: row.id }, { deduplicationKey: row.id });
    }
    return created.length;
  }

  // ---- subscriptions --------------------------------------------------------------------------------------------

  @InTransaction()
  async subscribe(actor: Actor, input: SubscribeReportExportInput): Promise<ReportExportSubscription> {
    await this.assertMayReport(actor, input.filter);
    const entity = this.subscriptions.create({
      subscriberId: actor.userId,
      filter: cleanFilter(input.filter),
      format: input.format,
      lastPeriod: periodInJapan(new Date()),
    });
    await this.subscriptions.insert(entity);
    const created = await this.subscriptions.findOneByOrFail({ id: entity.id });
    await this.audit.record(actor, {
      action: 'reportExport.subscribe',
      entityType: 'ReportExportSubscription',
      entityId: created.id,
      changes: [
        { field: 'format', from: null, to: created.format },
        { field: 'filter', from: null, to: { ...created.filter } },
      ],
    });
    return toSubscription(created);
  }

  /** Ends one of the caller's subscriptions (someone else's is NOT_FOUND); ending it twice is the same. */
  @InTransaction()
  async unsubscribe(actor: Actor, input: UnsubscribeReportExportInput): Promise<ReportExportUnsubscribed> {
    const row = await this.subscriptions.findOne({
      where: { id: input.subscriptionId, subscriberId: actor.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw Errors.notFound(SUBSCRIPTION_NOUN);
    if (!row.cancelledAt) {
      const cancelledAt = new Date();
      await this.subscriptions.update({ id: row.id }, { cancelledAt });
      await this.audit.record(actor, {
        action: 'reportExport.unsubscribe',
        entityType: 'ReportExportSubscription',
        entityId: row.id,
        changes: [{ field: 'cancelledAt', from: null, to: cancelledAt.toISOString() }],
      });
    }
    return new ReportExportUnsubscribed(row.id);
  }

  /** The caller's active subscriptions, oldest first. */
  async mySubscriptions(actor: Actor): Promise<ReportExportSubscription[]> {
    const rows = await this.subscriptions.find({
      where: { subscriberId: actor.userId, cancelledAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toSubscription);
  }
}
