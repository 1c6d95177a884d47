import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiSection } from '../models/kpi-report.model';
import { FIGURES, SECTION_TITLES } from './kpi-definitions';
import { KpiScope, organizationMatches, programsInPeriod, scopeParameters } from './kpi-scope';
import { KpiSectionProvider, KpiSectionRegistry } from './kpi-section.registry';

/**
 * Current levels as at the end of the period: the latest MENTOR and SELF rating of each trainee × behaviour (active
 * or completed trainees of programs taking part in the period; withdrawn trainees left out).
 */
const SQL = `
  WITH prog AS (${programsInPeriod()}),
  tr AS (
    SELECT DISTINCT pm."programId", pm."userId" FROM program_member pm JOIN prog ON prog.id = pm."programId"
    JOIN user_account u ON u.id = pm."userId" JOIN organization o ON o.id = u."organizationId"
    WHERE pm.role = 'TRAINEE' AND pm.status <> 'WITHDRAWN' AND ${organizationMatches('o')}
  ),
  cur AS (
    SELECT DISTINCT ON (a."programId", a."traineeId", a."behaviourId", a.source)
           a."programId", a."traineeId", a."behaviourId", a.source, a.level
    FROM assessment a JOIN tr ON tr."programId" = a."programId" AND tr."userId" = a."traineeId"
    WHERE a.source IN ('MENTOR', 'SELF') AND a."recordedAt" < $3::timestamptz
    ORDER BY a."programId", a."traineeId", a."behaviourId", a.source, a."recordedAt" DESC, a.id DESC
  ),
  lv AS (
    SELECT "programId", "traineeId", "behaviourId",
           max(level) FILTER (WHERE source = 'MENTOR') AS mentor, max(level) FILTER (WHERE source = 'SELF') AS self
    FROM cur GROUP BY 1, 2, 3
  ),
  rated AS (
    SELECT lv.*, b."stepId", (lv.mentor >= f."proficientLevel") AS proficient, b.code
    FROM lv JOIN behaviour b ON b.id = lv."behaviourId" JOIN competency_framework f ON f.id = b."frameworkId"
  ),
  behaviours AS (
    SELECT b.id, b.code, b.ordinal, b."nameJa", b."nameEn", b."stepId"
    FROM behaviour b WHERE b."frameworkId" IN (SELECT "frameworkId" FROM prog)
  ),
  steps AS (
    SELECT s.id, s.code, s.ordinal, s."titleJa", s."titleEn",
           (SELECT count(*) FROM behaviour b WHERE b."stepId" = s.id) AS size
    FROM competency_step s WHERE s."frameworkId" IN (SELECT "frameworkId" FROM prog)
  ),
  step_proficient AS (
    SELECT r."stepId", r."traineeId" FROM rated r JOIN steps s ON s.id = r."stepId"
    WHERE r.proficient GROUP BY r."programId", r."stepId", r."traineeId", s.size HAVING count(*) = s.size
  )
  SELECT
    (SELECT COALESCE(jsonb_agg(x ORDER BY x.ordinal, x.code), '[]') FROM (
       SELECT s.code, min(s.ordinal) AS ordinal, min(s."titleJa") AS "titleJa", min(s."titleEn") AS "titleEn",
              (SELECT count(DISTINCT sp."traineeId") FROM step_proficient sp
               WHERE sp."stepId" IN (SELECT s2.id FROM steps s2 WHERE s2.code = s.code))::int AS n
       FROM steps s GROUP BY s.code) x) AS steps,
    (SELECT COALESCE(jsonb_agg(x ORDER BY x.ordinal, x.code), '[]') FROM (
       SELECT b.code, min(b.ordinal) AS ordinal, min(b."nameJa") AS "nameJa", min(b."nameEn") AS "nameEn",
              (SELECT count(DISTINCT r."traineeId") FROM rated r WHERE r.code = b.code AND r.proficient)::int AS n
       FROM behaviours b GROUP BY b.code) x) AS behaviours,
    (SELECT avg(self - mentor) FROM rated WHERE self IS NOT NULL AND mentor IS NOT NULL) AS gap`;

interface Row {
  steps: { code: string; titleJa: string; titleEn: string; n: number }[];
  behaviours: { code: string; nameJa: string; nameEn: string; n: number }[];
  gap: string | null;
}

/** Competencies: trainees at or above the proficient level per STEP and per behaviour; self vs mentor gap. */
@Injectable()
export class CompetencySection implements KpiSectionProvider, OnModuleInit {
  readonly key = 'competencies';
  readonly order = 30;

  constructor(private readonly registry: KpiSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection> {
    const [row] = await manager.query<Row[]>(SQL, scopeParameters(scope));
    return {
      key: this.key,
      titleJa: SECTION_TITLES.competencies.ja,
      titleEn: SECTION_TITLES.competencies.en,
      rows: [
        ...row.steps.map((step) => ({
          ...FIGURES.proficientPerStep(step.code, { ja: step.titleJa, en: step.titleEn }),
          value: step.n,
        })),
        ...row.behaviours.map((behaviour) => ({
          ...FIGURES.proficientPerBehaviour(behaviour.code, { ja: behaviour.nameJa, en: behaviour.nameEn }),
          value: behaviour.n,
        })),
        { ...FIGURES.selfMentorGap, value: row.gap === null ? null : Math.round(Number(row.gap) * 100) / 100 },
      ],
    };
  }
}
