import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiSection } from '../models/kpi-report.model';
import { FIGURES, FUNNEL_STAGES, SECTION_TITLES } from './kpi-definitions';
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

/**
 * Cases worked in the period (opened, a visit held, a STEP move, a milestone or a hand-off in it), each at the
 * furthest stage reached by the end of the period: 0–2 its STEP (STEP3 counts as past STEP2), 3 job opening,
 * 4 matched, 5 followed up. Stages are cumulative, so the funnel never widens.
 */
const SQL = `
  WITH cs AS (
    SELECT c.id
    FROM support_case c JOIN user_account u ON u.id = c."leadTraineeId" JOIN organization o ON o.id = u."organizationId"
    WHERE ${programInScope('c."programId"')} AND ${organizationMatches('o')}
      AND (${inPeriod('c."createdAt"')}
        OR EXISTS (SELECT 1 FROM ojt_visit v WHERE v."supportCaseId" = c.id AND ${heldVisit('v')} AND ${inPeriod('v."heldAt"')})
        OR EXISTS (SELECT 1 FROM support_case_step_move sm WHERE sm."supportCaseId" = c.id AND ${inPeriod('sm."movedAt"')})
        OR EXISTS (SELECT 1 FROM support_case_milestone ms WHERE ms."supportCaseId" = c.id AND ${inPeriod('ms."occurredAt"')})
        OR EXISTS (SELECT 1 FROM support_case_hand_off h WHERE h."supportCaseId" = c.id AND ${inPeriod('h."handedOffAt"')}))
  ),
  reached AS (
    SELECT cs.id,
           GREATEST(
             COALESCE((SELECT max(least(substr(sm."toStep"::text, 5)::int, 2)) FROM support_case_step_move sm
                       WHERE sm."supportCaseId" = cs.id AND sm."movedAt" < $3::timestamptz), 0),
             COALESCE((SELECT max(CASE ms.milestone WHEN 'JOB_OPENING_CREATED' THEN 3 WHEN 'MATCHED' THEN 4
                                                    WHEN 'FOLLOW_UP_STARTED' THEN 5 ELSE 0 END)
                       FROM support_case_milestone ms
                       WHERE ms."supportCaseId" = cs.id AND ms."occurredAt" < $3::timestamptz), 0)) AS stage,
           EXISTS (SELECT 1 FROM support_case_milestone ms WHERE ms."supportCaseId" = cs.id
                   AND ms.milestone = 'DROPPED' AND ms."occurredAt" < $3::timestamptz) AS dropped
    FROM cs
  )
  SELECT
    (SELECT jsonb_agg((SELECT count(*) FROM reached WHERE stage >= n)::int ORDER BY n) FROM generate_series(0, 5) n) AS stages,
    (SELECT count(*)::int FROM reached WHERE dropped) AS dropped,
    (SELECT COALESCE(jsonb_agg(x ORDER BY x."from", x."to"), '[]') FROM (
       SELECT fo.kind::text AS "from", tor.kind::text AS "to", count(*)::int AS n
       FROM support_case_hand_off h JOIN support_case c ON c.id = h."supportCaseId"
       JOIN organization fo ON fo.id = h."fromOrganizationId" JOIN organization tor ON tor.id = h."toOrganizationId"
       WHERE ${programInScope('c."programId"')} AND ${inPeriod('h."handedOffAt"')} AND ${organizationMatches('fo')}
       GROUP BY 1, 2) x) AS "handOffs"`;

interface Row {
  stages: number[];
  dropped: number;
  handOffs: { from: string; to: string; n: number }[];
}

/** The outcome funnel per case with conversion rates, dropped cases, and hand-offs between organisation kinds. */
@Injectable()
export class CaseFunnelSection implements KpiSectionProvider, OnModuleInit {
  readonly key = 'caseFunnel';
  readonly order = 40;

  constructor(private readonly registry: KpiSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection> {
    const [row] = await manager.query<Row[]>(SQL, scopeParameters(scope));
    const stages = FUNNEL_STAGES.map((stage, index) => ({
      ...FIGURES.funnelStage(stage.key, stage.label),
      value: row.stages[index],
    }));
    const conversions = FUNNEL_STAGES.slice(1).map((stage, index) => ({
      ...FIGURES.funnelConversion(stage.key, stage.label, FUNNEL_STAGES[index].label),
      value: percent(row.stages[index + 1], row.stages[index]),
    }));
    return {
      key: this.key,
      titleJa: SECTION_TITLES.caseFunnel.ja,
      titleEn: SECTION_TITLES.caseFunnel.en,
      rows: [
        ...stages,
        ...conversions,
        { ...FIGURES.droppedCases, value: row.dropped },
        ...row.handOffs.map((handOff) => ({ ...FIGURES.handOffs(handOff.from, handOff.to), value: handOff.n })),
      ],
    };
  }
}
