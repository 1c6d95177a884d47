import { Injectable } from '@nestjs/common';
import { Actor, isAdmin, TransactionContext } from '@banso/core';
import type { Report, ReportFilter, ReportRow, ReportSource } from '../report-source';

interface Counts {
  owners: number;
  mentors: number;
  trainees: number;
  held: number;
  cancelled: number;
  planned: number;
  visitedTrainees: number;
}

function row(
  key: string,
  label: [string, string],
  definition: [string, string],
  value: number | null,
  unit: string,
): ReportRow {
  return {
    key,
    labelJa: label[0],
    labelEn: label[1],
    definitionJa: definition[0],
    definitionEn: definition[1],
    value,
    unit,
  };
}

/**
 * The ReportSource bound until the reporting lib's KpiReportService is: two sections computed from the database —
 * program members by role, and OJT visits — for the programs the caller may report on (admins: all; others: the
 * programs they own), narrowed by the filter (programs, fiscal year, prefecture and kind of the person's
 * organisation, visit dates). One statement.
 */
@Injectable()
export class ProgramActivityReportSource implements ReportSource {
  constructor(private readonly transaction: TransactionContext) {}

  async buildReport(actor: Actor, filter: ReportFilter): Promise<Report> {
    const [counts] = await this.transaction.manager.query<Counts[]>(
      `WITH scope AS (
         SELECT p.id FROM program p
          WHERE ($1::uuid[] IS NULL OR p.id = ANY($1))
            AND ($2::int IS NULL OR p."fiscalYear" = $2)
            AND ($3::boolean OR EXISTS (SELECT 1 FROM program_member o WHERE o."programId" = p.id
                   AND o."userId" = $4 AND o.role = 'OWNER' AND o.status = 'ACTIVE'))),
       people AS (
         SELECT u.id FROM user_account u JOIN organization org ON org.id = u."organizationId"
          WHERE ($5::text IS NULL OR org.prefecture = $5) AND ($6::text[] IS NULL OR org.kind::text = ANY($6))),
       members AS (
         SELECT pm.role, count(DISTINCT pm."userId")::int AS n FROM program_member pm
           JOIN scope ON scope.id = pm."programId" JOIN people ON people.id = pm."userId"
          WHERE pm.status = 'ACTIVE' GROUP BY pm.role),
       visits AS (
         SELECT count(*) FILTER (WHERE v.status <> 'CANCELLED' AND v."heldAt" IS NOT NULL)::int AS held,
                count(*) FILTER (WHERE v.status = 'CANCELLED')::int AS cancelled,
                count(*) FILTER (WHERE v.status IN ('PLANNED', 'PRE_BRIEFED'))::int AS planned,
                count(DISTINCT v."traineeId") FILTER (WHERE v.status <> 'CANCELLED' AND v."heldAt" IS NOT NULL)::int
                  AS "visitedTrainees"
           FROM ojt_visit v JOIN scope ON scope.id = v."programId" JOIN people ON people.id = v."traineeId"
          WHERE ($7::date IS NULL OR v."scheduledAt" >= $7::date) AND ($8::date IS NULL OR v."scheduledAt" < $8::date + 1))
       SELECT COALESCE((SELECT n FROM members WHERE role = 'OWNER'), 0) AS owners,
              COALESCE((SELECT n FROM members WHERE role = 'MENTOR'), 0) AS mentors,
              COALESCE((SELECT n FROM members WHERE role = 'TRAINEE'), 0) AS trainees,
              visits.* FROM visits`,
      [
        filter.programIds?.length ? filter.programIds : null,
        filter.fiscalYear ?? null,
        isAdmin(actor),
        actor.userId,
        filter.prefecture ?? null,
        filter.organizationKinds?.length ? filter.organizationKinds : null,
        filter.from ?? null,
        filter.to ?? null,
      ],
    );
    const average = counts.visitedTrainees ? Math.round((counts.held / counts.visitedTrainees) * 10) / 10 : null;
    return {
      generatedAt: new Date(),
      sections: [
        {
          key: 'members',
          titleJa: '参加者',
          titleEn: 'Members',
          rows: [
            row(
              'owners',
              ['オーナー数', 'Owners'],
              ['参加中のオーナーの人数', 'Active owners of the programs'],
              counts.owners,
              '人',
            ),
            row(
              'mentors',
              ['メンター数', 'Mentors'],
              ['参加中のメンターの人数', 'Active mentors of the programs'],
              counts.mentors,
              '人',
            ),
            row(
              'trainees',
              ['担い手候補者数', 'Trainees'],
              ['参加中（退出者を除く）の担い手候補者の人数', 'Active trainees (withdrawn members excluded)'],
              counts.trainees,
              '人',
            ),
          ],
        },
        {
          key: 'visits',
          titleJa: '同行訪問',
          titleEn: 'Accompanied visits',
          rows: [
            row(
              'visitsHeld',
              ['実施した訪問', 'Visits held'],
              ['実施済みの訪問（中止を除く）', 'Visits held (cancelled excluded)'],
              counts.held,
              '件',
            ),
            row(
              'visitsPlanned',
              ['予定の訪問', 'Visits planned'],
              ['計画・事前準備段階の訪問', 'Visits planned or pre-briefed'],
              counts.planned,
              '件',
            ),
            row(
              'visitsCancelled',
              ['中止した訪問', 'Visits cancelled'],
              ['中止された訪問', 'Cancelled visits'],
              counts.cancelled,
              '件',
            ),
            row(
              'visitsPerTrainee',
              ['一人当たり訪問回数', 'Visits per trainee'],
              [
                '実施した訪問 ÷ 訪問を実施した担い手候補者数（小数第1位）',
                'Visits held ÷ trainees with a visit held (one decimal)',
              ],
              average,
              '回',
            ),
          ],
        },
      ],
    };
  }
}
