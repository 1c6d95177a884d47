import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiSection } from '../models/kpi-report.model';
import { REPORT_TIME_ZONE } from '../reporting.enums';
import { FIGURES, SECTION_TITLES } from './kpi-definitions';
import {
  heldVisit,
  inPeriod,
  KpiScope,
  organizationMatches,
  percent,
  programInScope,
  scopeParameters,
} from './kpi-scope';
import { KpiSectionProvider, KpiSectionRegistry } from './kpi-section.registry';

const SQL = `
  WITH v AS (
    SELECT v.id, v."heldAt", v."postBriefedAt"
    FROM ojt_visit v JOIN user_account u ON u.id = v."traineeId" JOIN organization o ON o.id = u."organizationId"
    WHERE ${heldVisit('v')} AND ${inPeriod('v."heldAt"')} AND ${programInScope('v."programId"')}
      AND ${organizationMatches('o')}
  ),
  briefs AS (
    SELECT (pb."createdAt" <= v."heldAt") AS pre, (v."postBriefedAt" <= v."heldAt" + interval '7 days') AS post
    FROM v LEFT JOIN pre_brief pb ON pb."visitId" = v.id
  ),
  actions AS (
    SELECT na.status, na."dueOn", na."closedAt" FROM next_action na JOIN v ON v.id = na."visitId"
    WHERE na."dueOn" IS NOT NULL
      AND (na.status <> 'OPEN' OR na."dueOn" < (now() AT TIME ZONE '${REPORT_TIME_ZONE}')::date)
  )
  SELECT
    (SELECT count(*)::int FROM briefs) AS held,
    (SELECT count(*)::int FROM briefs WHERE pre) AS pre,
    (SELECT count(*)::int FROM briefs WHERE post) AS post,
    (SELECT count(*)::int FROM briefs WHERE pre AND post) AS "both",
    (SELECT COALESCE(jsonb_object_agg(verdict, n), '{}') FROM (
       SELECT h.verdict::text AS verdict, count(*)::int AS n FROM hypothesis h JOIN v ON v.id = h."visitId"
       WHERE h.verdict IS NOT NULL GROUP BY 1) x) AS verdicts,
    (SELECT count(*)::int FROM actions) AS "actionsDue",
    (SELECT count(*)::int FROM actions WHERE status = 'DONE'
       AND ("closedAt" AT TIME ZONE '${REPORT_TIME_ZONE}')::date <= "dueOn") AS "actionsOnTime",
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."createdAt" - v."heldAt") / 3600)
       FROM visit_feedback f JOIN v ON v.id = f."visitId") AS "feedbackHours"`;

interface Row {
  held: number;
  pre: number;
  post: number;
  both: number;
  verdicts: Record<string, number>;
  actionsDue: number;
  actionsOnTime: number;
  feedbackHours: number | null;
}

/** OJT quality: briefs around visits, hypotheses, next actions on time, mentor feedback turnaround. */
@Injectable()
export class OjtQualitySection implements KpiSectionProvider, OnModuleInit {
  readonly key = 'ojtQuality';
  readonly order = 20;

  constructor(private readonly registry: KpiSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection> {
    const [row] = await manager.query<Row[]>(SQL, scopeParameters(scope));
    const hours = row.feedbackHours === null ? null : Math.round(Number(row.feedbackHours) * 10) / 10;
    return {
      key: this.key,
      titleJa: SECTION_TITLES.ojtQuality.ja,
      titleEn: SECTION_TITLES.ojtQuality.en,
      rows: [
        { ...FIGURES.briefedShare, value: percent(row.both, row.held) },
        { ...FIGURES.preBriefShare, value: percent(row.pre, row.held) },
        { ...FIGURES.postBriefShare, value: percent(row.post, row.held) },
        { ...FIGURES.hypotheses('CONFIRMED'), value: row.verdicts.CONFIRMED ?? 0 },
        { ...FIGURES.hypotheses('REVISED'), value: row.verdicts.REVISED ?? 0 },
        { ...FIGURES.hypotheses('REJECTED'), value: row.verdicts.REJECTED ?? 0 },
        { ...FIGURES.nextActionsOnTime, value: percent(row.actionsOnTime, row.actionsDue) },
        { ...FIGURES.feedbackTurnaround, value: hours },
      ],
    };
  }
}
